/*
 * 来电弹屏: when the PBX (or the simulator) reports a call ringing this staff member's extension,
 * show the caller's patient 360 view at the side of whatever page is open: one patient, a choice
 * when the number is registered to several, or 未知来电 with the masked number.
 *
 * The server keeps the calls (any web process may have received the PBX event); this page asks
 * for the calls of its own extension every two seconds. The first answer only says where the
 * list stands, so reloading a page does not pop a call again.
 */
(function () {
  'use strict';
  var INTERVAL = 2000;
  var amis = amisRequire('amis/embed');
  var last = null;
  var shown = null;

  function close() {
    if (shown) {
      shown.unmount();
      shown = null;
    }
    var box = document.getElementById('incoming-call');
    if (box) box.parentNode.removeChild(box);
  }

  function show(call) {
    close();
    var box = document.createElement('aside');
    box.id = 'incoming-call';
    box.className = 'incoming-call';
    box.setAttribute('data-call', String(call.id));
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'incoming-call-close';
    button.textContent = '关闭';
    button.addEventListener('click', close);
    var body = document.createElement('div');
    body.id = 'incoming-call-body';
    box.appendChild(button);
    box.appendChild(body);
    document.body.appendChild(box);
    shown = amis.embed(
      '#incoming-call-body',
      {type: 'service', schemaApi: 'get:/admin/PatientDataApp/PatientAdmin/incoming/' + call.id},
      {locale: 'zh-CN'},
      {theme: 'cxd'}
    );
  }

  function poll() {
    var again = true;
    fetch('/api/v1/calls/inbound' + (last === null ? '' : '?after=' + last), {credentials: 'same-origin'})
      .then(function (response) {
        again = response.status !== 403; // a role that sees no patients gets no screen pop: stop asking
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data) return;
        if (last !== null && data.calls.length) show(data.calls[data.calls.length - 1]);
        last = Math.max(last || 0, data.last_id);
      })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { if (again) setTimeout(poll, INTERVAL); });
  }

  poll();
})();
