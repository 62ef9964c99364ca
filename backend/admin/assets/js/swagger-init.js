/*
 * Starts Swagger UI on /api/docs from our own copy of swagger-ui-dist (no CDN), from a file rather
 * than an inline script, so the page keeps the Content-Security-Policy of every other page.
 */
(function () {
  'use strict';
  var holder = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: holder.dataset.openapi,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
})();
