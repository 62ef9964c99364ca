/*
 * 拨号面板: the call button of the follow-up execution form.
 *
 * One entry point for every dial method a staff member may have:
 *   - pbx:     the server dials through the PBX (or the simulator); the page only follows the status;
 *   - runpu / simbox: the page drives the desk agent on 127.0.0.1 through DeskPhone (desk-phone.js),
 *              reports the agent's events to the server and hands the agent a signed upload URL;
 *   - manual:  the page shows the number to dial by hand (the server audits that);
 *   - webrtc:  网络电话: the page registers the staff member's extension on the PBX through
 *              Softphone (softphone.js, SIP over WebSocket) and places the call itself; the
 *              microphone and the registration are checked before the server counts an attempt.
 * The call record's id is written into the form (call_id) so the saved contact links to it.
 *
 *   SuifangCall.start(taskId, doAction, formId)  // from an amis "custom" action
 *   SuifangCall.hangup()
 */
(function () {
  'use strict';

  var FINAL = ['completed', 'no_answer', 'busy', 'failed'];
  var current = null;

  function api(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new Error(data.detail || data.msg || ('请求失败（' + response.status + '）'));
        }
        return data;
      });
    });
  }

  function describe(call) {
    if (call.status === 'completed') {
      return '通话已结束，通话时长 ' + call.duration_seconds + ' 秒' + (call.has_recording ? '（已录音）' : '');
    }
    if (FINAL.indexOf(call.status) >= 0) {
      return call.status_label + '，请选择随访结果（如“无人接听”“占线”），系统会按规则安排重拨';
    }
    return call.status_label + '…';
  }

  function poll(callId, set) {
    var stopped = false;
    function tick() {
      if (stopped) return;
      api('GET', '/api/v1/calls/' + callId).then(function (call) {
        set({call_status: describe(call), call_state: call.status});
        if (FINAL.indexOf(call.status) < 0) {
          setTimeout(tick, 1000);
        } else if (current && current.call.call_id === callId) {
          current.finished = true;
        }
      }).catch(function (error) {
        set({call_status: '无法获取通话状态：' + error.message});
        setTimeout(tick, 3000);
      });
    }
    tick();
    return function () { stopped = true; };
  }

  function start(taskId, doAction, formId) {
    function set(values) {
      doAction({actionType: 'setValue', componentId: formId, args: {value: values}});
    }
    if (current && !current.finished) {
      set({call_status: '当前通话尚未结束，请先挂断'});
      return Promise.resolve();
    }
    set({call_status: '正在发起呼叫…', call_state: 'initiated'});
    return api('GET', '/api/v1/softphone').then(function (config) {
      if (!config.enabled) return dial(taskId, set, null);
      set({call_status: '正在连接网络电话…'});
      return Softphone.checkMicrophone().then(function () {
        return Softphone.connect({
          wsUrl: config.ws_url,
          domain: config.domain,
          user: config.extension,
          password: config.password,
          displayName: config.display_name,
          ringSeconds: config.ring_seconds
        });
      }).then(function (phone) {
        set({softphone_notice: ''});  // registered: an earlier refusal no longer holds
        watch(phone, set);
        return dial(taskId, set, phone);
      });
    }).catch(function (error) {
      // the softphone's own problems are told once, in red beside the status
      var notice = /^(MIC_|REGISTER_|WS_)/.test(error.code || '') ? error.message : '';
      set({
        call_status: notice ? '未拨号：网络电话不可用' : '拨号失败：' + error.message,
        call_state: 'failed',
        softphone_notice: notice
      });
    });
  }

  /* The softphone's own news (registered, connection lost, back again) shown in the call status. */
  var watched = [];
  function watch(phone, set) {
    if (watched.indexOf(phone) >= 0) return;
    watched.push(phone);
    phone.onStatus(function (status) {
      // a problem stays on screen (the call status below moves on); a good state clears it
      set({softphone_notice: status.state === 'registered' ? '' : status.message, softphone_state: status.state});
    });
  }

  function dial(taskId, set, softphone) {
    return api('POST', '/api/v1/calls', {task_id: taskId}).then(function (call) {
      current = {call: call, phone: null, finished: false, stop: null};
      set({call_id: call.id, call_status: describe(call), call_state: call.status});
      if (call.method === 'manual') {
        // dialled by hand: nothing for the page to follow or hang up
        set({call_status: '请用座机拨打 ' + call.number + '，通话后选择随访结果', call_state: 'manual'});
        current.finished = true;
        return;
      }
      if (call.method === 'runpu' || call.method === 'simbox') {
        return DeskPhone.connect({vendor: call.method, url: call.agent_url}).then(function (phone) {
          current.phone = phone;
          DeskPhone.reportTo(phone, '/api/v1/calls/{callId}/events');
          return phone.dial({
            callId: call.call_id,
            number: call.number,
            uploadUrl: window.location.origin + call.upload_url
          });
        }).then(function () {
          current.stop = poll(call.call_id, set);
        }).catch(function (error) {
          current.finished = true;
          // tell the server the attempt failed, so the record does not stay "initiated"
          api('POST', '/api/v1/calls/' + call.call_id + '/events', {kind: 'hangup', cause: 'agent_error'})
            .catch(function () {});
          set({call_status: '桌面设备拨号失败：' + error.message, call_state: 'failed'});
        });
      }
      if (call.method === 'webrtc' && softphone) {
        current.phone = softphone;
        var reporter = DeskPhone.reportTo(softphone, '/api/v1/calls/{callId}/events');
        var off = softphone.on(function (event) {
          if (event.kind === 'hangup') {
            reporter.stop();
            off();
          }
        });
        current.stop = poll(call.call_id, set);
        return softphone.dial({callId: call.call_id, target: call.number}).catch(function (error) {
          current.finished = true;
          set({call_status: '网络电话拨号失败：' + error.message, call_state: 'failed'});
        });
      }
      current.stop = poll(call.call_id, set);
    });
  }

  function hangup() {
    if (!current || current.finished) return Promise.resolve();
    if (current.phone) return current.phone.hangup();
    return api('POST', '/api/v1/calls/' + current.call.call_id + '/hangup').catch(function () {});
  }

  window.SuifangCall = {start: start, hangup: hangup};
})();
