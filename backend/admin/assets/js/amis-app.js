/*
 * Starts the admin shell (amis App with hash routing) from the schema the server wrote as JSON
 * data into #amis-schema. Ported from fastapi-amis-admin's app.html inline script, moved to a file
 * so the Content-Security-Policy can forbid inline scripts altogether.
 */
(function () {
  'use strict';
  var holder = document.getElementById('amis-schema');
  var app = JSON.parse(holder.textContent);
  var locale = holder.dataset.locale;
  var theme = holder.dataset.theme;
  var amis = amisRequire('amis/embed');
  var match = amisRequire('path-to-regexp').match;
  var history = HistoryLibrary.createHashHistory();

  function normalizeLink(to, location) {
    location = location || history.location;
    to = to || '';
    if (to && to[0] === '#') {
      to = location.pathname + location.search + to;
    } else if (to && to[0] === '?') {
      to = location.pathname + to;
    }
    var idx = to.indexOf('?');
    var idx2 = to.indexOf('#');
    var pathname = ~idx ? to.substring(0, idx) : ~idx2 ? to.substring(0, idx2) : to;
    var search = ~idx ? to.substring(idx, ~idx2 ? idx2 : undefined) : '';
    var hash = ~idx2 ? to.substring(idx2) : location.hash;
    if (!pathname) {
      pathname = location.pathname;
    } else if (pathname[0] !== '/' && !/^https?:\/\//.test(pathname)) {
      var paths = location.pathname.split('/');
      paths.pop();
      var m;
      while ((m = /^\.\.?\//.exec(pathname))) {
        if (m[0] === '../') paths.pop();
        pathname = pathname.substring(m[0].length);
      }
      pathname = paths.concat(pathname).join('/');
    }
    return pathname + search + hash;
  }

  function isCurrentUrl(to, ctx) {
    if (!to) return false;
    var pathname = history.location.pathname;
    var link = normalizeLink(to, Object.assign({}, window.location, { pathname: pathname, hash: '' }));
    if (!~link.indexOf('http') && ~link.indexOf(':')) {
      var strict = ctx && ctx.strict;
      return match(link, { decode: decodeURIComponent, strict: typeof strict !== 'undefined' ? strict : true })(
        pathname
      );
    }
    return decodeURI(pathname) === link;
  }

  var amisInstance = amis.embed(
    '#root',
    app,
    { location: history.location, locale: locale },
    {
      updateLocation: function (location, replace) {
        location = normalizeLink(location);
        if (location === 'goBack') {
          return history.back();
        } else if (
          (!/^https?:\/\//.test(location) && location === history.location.pathname + history.location.search) ||
          location === history.location.href
        ) {
          return; // already there: no reload
        } else if (/^https?:\/\//.test(location) || !history) {
          return (window.location.href = location);
        }
        history[replace ? 'replace' : 'push'](location);
      },
      jumpTo: function (to, action) {
        if (to === 'goBack') return history.back();
        to = normalizeLink(to);
        if (isCurrentUrl(to)) return;
        if (action && action.actionType === 'url') {
          if (action.blank === false) {
            window.location.href = to;
          } else {
            window.open(to, '_blank');
          }
          return;
        } else if (action && action.blank) {
          window.open(to, '_blank');
          return;
        }
        if (/^https?:\/\//.test(to)) {
          window.location.href = to;
        } else if (
          (!/^https?:\/\//.test(to) && to === history.pathname + history.location.search) ||
          to === history.location.href
        ) {
          // the current page: nothing to do
        } else if (window.location.hash && to.indexOf('?') > -1) {
          // a hash route with a query: keep the query before the hash
          var parts = to.split('?');
          window.location.href = window.location.pathname + '?' + parts[1] + '#' + parts[0];
        } else {
          history.push(to);
        }
      },
      isCurrentUrl: isCurrentUrl,
      theme: theme
    }
  );

  history.listen(function (state) {
    amisInstance.updateProps({ location: state.location || state, locale: locale });
  });
})();
