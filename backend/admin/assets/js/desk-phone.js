/*
 * Desk telephony drivers: the browser talks to the vendor agent that runs on the staff PC
 * (127.0.0.1) and normalises its events. One small driver per vendor behind one interface:
 *
 *   const phone = await DeskPhone.connect({vendor: 'runpu' | 'simbox', url});
 *   const off = phone.on(event => ...);  // {kind, callId, at, durationSeconds?, cause?}
 *   await phone.dial({callId, number, uploadUrl});
 *   await phone.hangup();
 *   DeskPhone.reportTo(phone, '/api/v1/calls/{callId}/events');
 *
 * Protocols (see docs/desk-telephony.md):
 *   runpu  润普 RL1000 "ccgate": {cmd, request: {param, uri}} -> {cmd, request, response: {state, msg, data}};
 *          events use the same envelope with cmd = ev*. state != 0 is an error.
 *   simbox SIM/4G box: {"cmd": "LINK"} on open, AT-flavoured commands, events acknowledged by
 *          echoing {"cmd": <event>, "success": "true", "message": "成功"}.
 * Plain ES2019, no dependencies, no build step.
 */
(function (global) {
  'use strict';

  var DEFAULT_URLS = { runpu: 'ws://127.0.0.1:12686', simbox: 'ws://127.0.0.1:8800/' };
  var VENDOR_NAMES = { runpu: '润普录音盒', simbox: 'SIM 卡电话盒' };
  var COMMAND_TIMEOUT_MS = 10000;
  var DEPLOYMENT_DOC = '《桌面电话部署说明》(docs/desk-telephony.md)';

  // ccgate event names: the documented ones (wstest.html) and the ones ccgate 0.39 sends instead.
  var RUNPU_EVENTS = {
    evCallOutRing: 'ringing',
    evCallOutRingBack: 'ringing',
    evCallOutEstablished: 'answered',
    evRemotePhoneHook: 'answered',
    evCallOutEnd: 'hangup',
    evPSTNFree: 'hangup'
  };
  var SIMBOX_EVENTS = { ALERT: 'ringing', CBEGIN: 'answered', CEND: 'hangup' };
  var SIMBOX_ACKED = ['USB', 'CORG', 'CALLING', 'ALERT', 'CBEGIN', 'CEND'];

  function isLoopbackHost(host) {
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
  }

  function connectError(vendor, url) {
    var name = VENDOR_NAMES[vendor];
    var text = '无法连接本机' + name + '服务（' + url + '）。可能原因：' +
      '1. 本机未安装或未启动' + name + '服务，或设备未插好；';
    var loc = global.location || {};
    if (loc.protocol === 'http:' && !isLoopbackHost(loc.hostname)) {
      text += '2. 当前随访系统通过 http:// 打开，Chrome / Edge 会拒绝网页访问本机 127.0.0.1（本地网络访问限制）。' +
        '请改用 https:// 地址打开随访系统，或请信息科下发 LocalNetworkAccessAllowedForUrls 策略，详见' + DEPLOYMENT_DOC + '。';
    } else {
      text += '2. 浏览器询问“是否允许访问本地网络设备”时选择了阻止：请在地址栏左侧的网站设置中允许，' +
        '或请信息科下发 LocalNetworkAccessAllowedForUrls 策略，详见' + DEPLOYMENT_DOC + '。';
    }
    var error = new Error(text);
    error.code = 'DESK_AGENT_UNREACHABLE';
    return error;
  }

  function openSocket(vendor, url) {
    return new Promise(function (resolve, reject) {
      var ws;
      try {
        ws = new WebSocket(url);
      } catch (e) {
        reject(connectError(vendor, url));
        return;
      }
      var settled = false;
      ws.onopen = function () {
        settled = true;
        resolve(ws);
      };
      ws.onerror = ws.onclose = function () {
        if (!settled) {
          settled = true;
          reject(connectError(vendor, url));
        }
      };
    });
  }

  function nowIso() {
    return new Date().toISOString();
  }

  /* State shared by all drivers: the one call in progress on this desk, handlers, normalisation. */
  function BasePhone(vendor, ws) {
    this.vendor = vendor;
    this.ws = ws;
    this.call = null;
    this.handlers = [];
    var self = this;
    ws.onmessage = function (message) {
      var data;
      try {
        data = JSON.parse(message.data);
      } catch (e) {
        return; // agents also send plain log lines; they carry nothing we act on
      }
      if (data && typeof data === 'object') self.receive(data);
    };
    ws.onclose = function () {
      if (self.call) self.finish(null, '本机电话服务已断开');
    };
  }

  BasePhone.prototype.on = function (handler) {
    var handlers = this.handlers;
    handlers.push(handler);
    return function () {
      var i = handlers.indexOf(handler);
      if (i >= 0) handlers.splice(i, 1);
    };
  };

  BasePhone.prototype.emit = function (kind, extra) {
    if (!this.call) return;
    var event = { kind: kind, callId: this.call.callId, at: nowIso() };
    if (extra) {
      Object.keys(extra).forEach(function (key) { event[key] = extra[key]; });
    }
    this.handlers.slice().forEach(function (handler) {
      try {
        handler(event);
      } catch (e) {
        if (global.console) global.console.error(e);
      }
    });
  };

  BasePhone.prototype.startCall = function (callId, number) {
    if (this.call) throw new Error('当前通话尚未结束，请先挂机。');
    if (!callId || !number) throw new Error('拨号需要 callId 和 number。');
    this.call = { callId: String(callId), number: String(number), ringing: false, answeredAt: null };
  };

  /* Each kind is reported once per call: agents repeat ring events for every ring. */
  BasePhone.prototype.progress = function (kind, agentDurationSeconds, cause) {
    var call = this.call;
    if (!call) return;
    if (kind === 'ringing' && !call.ringing && !call.answeredAt) {
      call.ringing = true;
      this.emit('ringing');
    } else if (kind === 'answered' && !call.answeredAt) {
      call.answeredAt = Date.now();
      this.emit('answered');
    } else if (kind === 'hangup') {
      this.finish(agentDurationSeconds, cause);
    }
  };

  /* Talk time: the agent's figure when it gives one, else answered -> hangup by our clock. */
  BasePhone.prototype.finish = function (agentDurationSeconds, cause) {
    var call = this.call;
    if (!call) return;
    var duration;
    if (typeof agentDurationSeconds === 'number' && isFinite(agentDurationSeconds)) {
      duration = Math.max(0, Math.round(agentDurationSeconds));
    } else if (call.answeredAt) {
      duration = Math.max(0, Math.round((Date.now() - call.answeredAt) / 1000));
    } else {
      duration = 0;
    }
    var reason = cause || (call.answeredAt ? null : 'no_answer');
    this.emit('hangup', { durationSeconds: duration, cause: reason });
    this.call = null;
  };

  BasePhone.prototype.sendJson = function (payload) {
    if (this.ws.readyState !== 1) throw new Error('本机电话服务已断开，请刷新页面后重试。');
    this.ws.send(JSON.stringify(payload));
  };

  BasePhone.prototype.close = function () {
    this.ws.close();
  };

  /* ---------------------------------------------------------------- 润普 RL1000 ccgate */

  function RunpuPhone(ws) {
    BasePhone.call(this, 'runpu', ws);
    this.pending = {};
  }
  RunpuPhone.prototype = Object.create(BasePhone.prototype);

  /* One request per command name at a time; ccgate answers with the same cmd and no request id. */
  RunpuPhone.prototype.command = function (cmd, param, uri) {
    var self = this;
    return new Promise(function (resolve, reject) {
      var queue = self.pending[cmd] || (self.pending[cmd] = []);
      var entry = { resolve: resolve, reject: reject };
      entry.timer = setTimeout(function () {
        var i = queue.indexOf(entry);
        if (i >= 0) queue.splice(i, 1);
        reject(new Error(VENDOR_NAMES.runpu + '没有响应（' + cmd + '），请检查本机服务。'));
      }, COMMAND_TIMEOUT_MS);
      queue.push(entry);
      try {
        self.sendJson({ cmd: cmd, request: { param: param, uri: uri || '' } });
      } catch (e) {
        clearTimeout(entry.timer);
        queue.splice(queue.indexOf(entry), 1);
        reject(e);
      }
    });
  };

  RunpuPhone.prototype.receive = function (message) {
    var cmd = message.cmd;
    var response = message.response || {};
    var queue = this.pending[cmd];
    if (queue && queue.length) {
      var entry = queue.shift();
      clearTimeout(entry.timer);
      if (Number(response.state || 0) !== 0) {
        entry.reject(new Error(VENDOR_NAMES.runpu + '：' + (response.msg || '操作失败') + '（' + cmd + '）'));
      } else {
        entry.resolve(response.data || {});
      }
      return;
    }
    var kind = RUNPU_EVENTS[cmd];
    if (!kind) return;
    var data = response.data || {};
    var duration = typeof data.durationSeconds === 'number' ? data.durationSeconds : undefined;
    this.progress(kind, duration, data.finishedReasonName || null);
  };

  /*
   * cmdAddCookie first: ccgate sends this cookie with every upload and refuses to upload
   * without one ("未登陆"). The business call id and upload URL travel in `uri`, the
   * query-string field ccgate carries on every request.
   */
  RunpuPhone.prototype.dial = function (options) {
    var self = this;
    this.startCall(options.callId, options.number);
    var uri = 'callId=' + encodeURIComponent(options.callId) +
      '&uploadUrl=' + encodeURIComponent(options.uploadUrl || '');
    var cookie = options.cookie || ('suifang_call_id=' + options.callId);
    return this.command('cmdAddCookie', { value: cookie }, uri)
      .then(function () {
        return self.command('cmdStartDial', { phoneNo: String(options.number), prefix: options.prefix || '' }, uri);
      })
      .then(function (data) {
        if (self.call) self.call.agentCallId = data.value || null;
        return { callId: String(options.callId), agentCallId: data.value || null };
      })
      .catch(function (error) {
        self.call = null;
        throw error;
      });
  };

  RunpuPhone.prototype.hangup = function () {
    var self = this;
    var number = this.call ? this.call.number : '';
    return this.command('cmdStopDial', { phoneNo: number }, '')
      .then(function () { return self.command('cmdDoHook', { value: false }, ''); })
      .then(function () { return undefined; });
  };

  /* ---------------------------------------------------------------- SIM/4G box */

  function SimboxPhone(ws) {
    BasePhone.call(this, 'simbox', ws);
  }
  SimboxPhone.prototype = Object.create(BasePhone.prototype);

  SimboxPhone.prototype.receive = function (message) {
    var cmd = message.cmd;
    if (SIMBOX_ACKED.indexOf(cmd) >= 0) {
      var ack = { cmd: cmd, success: 'true', message: '成功' };
      if (cmd === 'USB') ack = { cmd: cmd, connected: 'true', success: 'true', message: '成功' };
      if (cmd === 'CORG' || cmd === 'CALLING') {
        ack = { cmd: cmd, number: String(message.number || ''), success: 'true', message: '成功' };
      }
      this.sendJson(ack);
    }
    var kind = SIMBOX_EVENTS[cmd];
    if (kind) {
      var duration = message.duration !== undefined && message.duration !== '' ? Number(message.duration) : undefined;
      this.progress(kind, duration, message.cause || null);
      return;
    }
    // A refused command (no SIM, busy line) ends the call we were setting up.
    var refused = message.success === false || message.success === 'false';
    if (refused && this.call && (cmd === 'ATD' || cmd === 'setCallrecord' || cmd === 'autorecord')) {
      this.finish(null, message.message || (VENDOR_NAMES.simbox + '拒绝了拨号'));
    }
  };

  SimboxPhone.prototype.dial = function (options) {
    this.startCall(options.callId, options.number);
    try {
      this.sendJson({ cmd: 'autorecord', value: '1' });
      this.sendJson({
        cmd: 'setCallrecord',
        pid: '',
        userWid: '',
        callrecordUrl: options.callRecordUrl || options.uploadUrl || '',
        recordFileUrl: options.uploadUrl || '',
        heartbeatUrl: options.heartbeatUrl || ''
      });
      this.sendJson({ cmd: 'ATD', number: String(options.number), callid: String(options.callId) });
    } catch (e) {
      this.call = null;
      return Promise.reject(e);
    }
    return Promise.resolve({ callId: String(options.callId), agentCallId: null });
  };

  SimboxPhone.prototype.hangup = function () {
    try {
      this.sendJson({ cmd: 'ATH' });
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve();
  };

  /* ---------------------------------------------------------------- public API */

  function connect(options) {
    var vendor = (options && options.vendor) || '';
    if (!VENDOR_NAMES[vendor]) return Promise.reject(new Error('不支持的桌面电话类型：' + vendor));
    var url = options.url || DEFAULT_URLS[vendor];
    return openSocket(vendor, url).then(function (ws) {
      if (vendor === 'runpu') return new RunpuPhone(ws);
      var phone = new SimboxPhone(ws);
      phone.sendJson({ cmd: 'LINK' });
      return phone;
    });
  }

  /*
   * Forward every event to the server, one request at a time so the server sees them in order.
   * Returns {stop(), settled()}: settled() resolves once everything queued so far was sent.
   */
  function reportTo(phone, urlTemplate) {
    var chain = Promise.resolve();
    var stop = phone.on(function (event) {
      var body = JSON.stringify({
        kind: event.kind,
        at: event.at,
        duration_seconds: event.durationSeconds === undefined ? null : event.durationSeconds,
        cause: event.cause === undefined ? null : event.cause
      });
      var url = urlTemplate.replace('{callId}', encodeURIComponent(event.callId));
      chain = chain.then(function () {
        return fetch(url, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: body
        }).then(function (response) {
          if (!response.ok && global.console) {
            global.console.warn('通话事件上报失败', response.status, url);
          }
        });
      }).catch(function (error) {
        if (global.console) global.console.warn('通话事件上报失败', error);
      });
    });
    return {
      stop: stop,
      settled: function () { return chain; }
    };
  }

  global.DeskPhone = {
    connect: connect,
    reportTo: reportTo,
    DEFAULT_URLS: DEFAULT_URLS
  };
})(window);
