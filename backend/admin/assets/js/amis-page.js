/*
 * Starts a standalone amis page (login, the patient's H5 questionnaire) from the schema the server
 * wrote as JSON data into #amis-schema. A file rather than an inline script, so the
 * Content-Security-Policy can forbid inline scripts altogether.
 */
(function () {
  'use strict';
  var holder = document.getElementById('amis-schema');
  var schema = JSON.parse(holder.textContent);
  var amis = amisRequire('amis/embed');
  amis.embed('#root', schema, { locale: holder.dataset.locale }, { theme: holder.dataset.theme });
})();
