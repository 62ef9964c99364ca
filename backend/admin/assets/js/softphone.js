/*
 * 网络电话: a browser softphone registered on the hospital PBX with the staff member's extension,
 * SIP over WebSocket (WebRTC) through SIP.js (vendored from npm by `make assets`, ES modules
 * imported straight from /amis-static, no build step, no CDN).
 *
 *   const phone = await Softphone.connect({wsUrl, domain, user, password, displayName, ringSeconds});
 *   const off = phone.on(event => ...);        // {kind, callId, at, durationSeconds?, cause?}, as DeskPhone
 *   phone.onStatus(status => ...);             // {state: 'registered' | 'disconnected' | ..., message}
 *   await phone.dial({callId, target});        // target: the number the PBX routes to the patient
 *   await phone.hangup();
 *   DeskPhone.reportTo(phone, '/api/v1/calls/{callId}/events');   // the same reporter as desk agents
 *
 * Hang-up causes reported to the server: 'sip:<status>' for a call the far end or the PBX refused
 * (486 busy, 408/480 no answer, ...), 'no_answer' when our ring timer gave up, 'ws_dropped' when the
 * WebSocket to the PBX broke, 'local_error' for a call that never left the browser; the server
 * turns them into the call record's status (backend/services/calling.py). Every failure a person
 * can meet (microphone, registration, a dropped connection) has a message in Chinese here.
 */
(function (global) {
  'use strict';

  var SIP_JS = '/amis-static/sip.js@0.21.2/lib/index.js';
  var REGISTER_TIMEOUT_MS = 10000;

  var MESSAGES = {
    noMediaDevices: '无法使用麦克风：当前页面不是安全连接（https://），浏览器不允许网页使用麦克风。' +
      '请通过 https:// 地址打开随访系统（见部署说明“网络电话”一节）。',
    micDenied: '无法使用麦克风：浏览器拒绝了麦克风权限。请点击地址栏左侧的图标，将“麦克风”设为“允许”后刷新页面再拨打。',
    micMissing: '无法使用麦克风：没有找到可用的麦克风或耳麦，请插好耳麦后重试。',
    micBusy: '无法使用麦克风：麦克风被其他程序占用或无法打开，请关闭占用麦克风的程序后重试。',
    connectFailed: '网络电话无法连接电话交换机（{url}）。请检查网络，或请信息科确认交换机的 WebSocket（WSS）服务已开启。',
    registerRefused: '网络电话注册失败：交换机拒绝了分机 {user} 的注册（{code}）。请联系管理员在员工维护中核对分机号和分机密码。',
    registerTimeout: '网络电话注册失败：交换机没有响应分机 {user} 的注册，请稍后重试或联系信息科。',
    dropped: '网络电话与电话交换机的连接已断开，正在重新连接…',
    droppedInCall: '通话中网络电话与电话交换机的连接已断开，本次通话已结束。请检查网络后重新拨打。',
    reconnected: '网络电话已重新连接交换机。',
    busyLine: '当前通话尚未结束，请先挂机。'
  };

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, key) { return values[key] === undefined ? '' : String(values[key]); });
  }

  function failure(code, text) {
    var error = new Error(text);
    error.code = code;
    return error;
  }

  function nowIso() {
    return new Date().toISOString();
  }

  /* Ask for the microphone before anything is dialled, so a refusal costs no call attempt. */
  function checkMicrophone() {
    var devices = global.navigator && global.navigator.mediaDevices;
    if (!devices || !devices.getUserMedia) return Promise.reject(failure('MIC_INSECURE', MESSAGES.noMediaDevices));
    return devices.getUserMedia({audio: true, video: false}).then(function (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
    }, function (error) {
      var name = error && error.name;
      if (name === 'NotAllowedError' || name === 'SecurityError') throw failure('MIC_DENIED', MESSAGES.micDenied);
      if (name === 'NotFoundError' || name === 'OverconstrainedError') throw failure('MIC_MISSING', MESSAGES.micMissing);
      throw failure('MIC_BUSY', MESSAGES.micBusy);
    });
  }

  function Phone(SIP, options) {
    this.SIP = SIP;
    this.options = options;
    this.handlers = [];
    this.statusHandlers = [];
    this.call = null;
    this.closed = false;
    this.registered = false;
    var self = this;
    this.ua = new SIP.UserAgent({
      uri: SIP.UserAgent.makeURI('sip:' + options.user + '@' + options.domain),
      displayName: options.displayName || options.user,
      authorizationUsername: options.user,
      authorizationPassword: options.password,
      transportOptions: {server: options.wsUrl, connectionTimeout: 5, traceSip: false},
      logBuiltinEnabled: false,
      logLevel: 'error',
      sessionDescriptionHandlerFactoryOptions: {
        // the PBX is on the hospital network: no STUN/TURN server outside it
        peerConnectionConfiguration: {iceServers: options.iceServers || []},
        iceGatheringTimeout: 1000
      },
      delegate: {
        onDisconnect: function (error) { self.disconnected(error); },
        // incoming calls are not taken here (来电弹屏 shows them); 480, a 4xx, leaves the PBX's
        // other branches (a desk phone on the same extension) ringing, where a 6xx would end them
        onInvite: function (invitation) { invitation.reject({statusCode: 480}).catch(function () {}); }
      }
    });
    this.registerer = new SIP.Registerer(this.ua, {expires: options.registerSeconds || 300});
  }

  Phone.prototype.on = function (handler) {
    var handlers = this.handlers;
    handlers.push(handler);
    return function () {
      var i = handlers.indexOf(handler);
      if (i >= 0) handlers.splice(i, 1);
    };
  };

  Phone.prototype.onStatus = function (handler) {
    this.statusHandlers.push(handler);
  };

  Phone.prototype.status = function (state, message) {
    this.lastStatus = {state: state, message: message};
    this.statusHandlers.slice().forEach(function (handler) {
      try { handler({state: state, message: message}); } catch (e) { if (global.console) global.console.error(e); }
    });
  };

  Phone.prototype.emit = function (kind, extra) {
    if (!this.call) return;
    var event = {kind: kind, callId: this.call.callId, at: nowIso()};
    Object.keys(extra || {}).forEach(function (key) { event[key] = extra[key]; });
    this.handlers.slice().forEach(function (handler) {
      try { handler(event); } catch (e) { if (global.console) global.console.error(e); }
    });
  };

  /* Connect the WebSocket and REGISTER; resolves once the PBX accepted the extension. */
  Phone.prototype.start = function () {
    var self = this;
    var values = {url: this.options.wsUrl, user: this.options.user};
    return this.ua.start().catch(function () {
      throw failure('WS_CONNECT', format(MESSAGES.connectFailed, values));
    }).then(function () { return self.register(); });
  };

  Phone.prototype.register = function () {
    var self = this;
    var values = {url: this.options.wsUrl, user: this.options.user};
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        reject(failure('REGISTER_TIMEOUT', format(MESSAGES.registerTimeout, values)));
      }, REGISTER_TIMEOUT_MS);
      self.registerer.register({
        requestDelegate: {
          onAccept: function () {
            clearTimeout(timer);
            self.registered = true;
            self.status('registered', '网络电话已就绪（分机 ' + self.options.user + '）');
            resolve(self);
          },
          onReject: function (response) {
            clearTimeout(timer);
            self.registered = false;
            var message = response.message;
            values.code = message.statusCode + ' ' + (message.reasonPhrase || '');
            var error = failure('REGISTER_REFUSED', format(MESSAGES.registerRefused, values));
            self.status('refused', error.message);
            reject(error);
          }
        }
      }).catch(function () {
        clearTimeout(timer);
        reject(failure('WS_CONNECT', format(MESSAGES.connectFailed, values)));
      });
    });
  };

  /* The WebSocket broke: end a call in progress (its BYE cannot reach the PBX now), tell the
   * person, and try to come back every few seconds. */
  Phone.prototype.disconnected = function () {
    if (this.closed) return;
    this.registered = false;
    if (this.call) {
      var session = this.call.session;
      this.finish('ws_dropped');
      try {
        var handler = session.sessionDescriptionHandler;
        if (handler) handler.close();
      } catch (e) { /* media already gone */ }
      this.status('dropped', MESSAGES.droppedInCall);
    } else {
      this.status('dropped', MESSAGES.dropped);
    }
    this.scheduleReconnect();
  };

  Phone.prototype.scheduleReconnect = function () {
    var self = this;
    if (this.reconnecting || this.closed) return;
    this.reconnecting = setTimeout(function () {
      self.reconnecting = null;
      self.ua.reconnect().then(function () { return self.register(); }).then(function () {
        self.status('registered', MESSAGES.reconnected);
      }).catch(function () { self.scheduleReconnect(); });
    }, this.options.reconnectSeconds ? this.options.reconnectSeconds * 1000 : 5000);
  };

  Phone.prototype.dial = function (options) {
    var SIP = this.SIP;
    var self = this;
    if (this.call) return Promise.reject(new Error(MESSAGES.busyLine));
    if (!this.registered) {
      return Promise.reject(failure('NOT_REGISTERED', (this.lastStatus && this.lastStatus.message) || MESSAGES.dropped));
    }
    var target = SIP.UserAgent.makeURI('sip:' + options.target + '@' + this.options.domain);
    if (!target) return Promise.reject(new Error('无法拨打该号码：' + options.target));
    var inviter = new SIP.Inviter(this.ua, target, {
      // the PBX names the recording after our call id (see the README's 网络电话 notes)
      extraHeaders: ['X-Followup-Call-Id: ' + options.callId],
      sessionDescriptionHandlerOptions: {constraints: {audio: true, video: false}}
    });
    var call = {callId: String(options.callId), session: inviter, ringing: false, answeredAt: null, cause: null};
    this.call = call;
    inviter.stateChange.addListener(function (state) {
      if (state === SIP.SessionState.Established) {
        self.answered(call);
      } else if (state === SIP.SessionState.Terminated) {
        // SIP.js ends the session before it hands us the final response (onReject below):
        // finish once that has told us the SIP status
        setTimeout(function () {
          if (self.call === call) self.finish(call.cause || (call.answeredAt ? 'normal' : 'no_answer'));
        }, 0);
      }
    });
    var ringSeconds = this.options.ringSeconds || 60;
    call.timer = setTimeout(function () {
      if (self.call === call && !call.answeredAt) {
        call.cause = 'no_answer';
        inviter.cancel().catch(function () {});
      }
    }, ringSeconds * 1000);
    return inviter.invite({
      requestDelegate: {
        onProgress: function (response) {
          var code = response.message.statusCode;
          if ((code === 180 || code === 183) && !call.ringing) {
            call.ringing = true;
            self.emit('ringing');
          }
        },
        onReject: function (response) {
          if (!call.cause) call.cause = 'sip:' + response.message.statusCode;
        }
      }
    }).then(function () {
      return {callId: call.callId};
    }, function (error) {
      // nothing left the browser (no microphone, no connection): the call ends here
      call.cause = 'local_error';
      if (self.call === call) self.finish('local_error');
      var name = error && error.name;
      if (name === 'NotAllowedError') throw failure('MIC_DENIED', MESSAGES.micDenied);
      throw error;
    });
  };

  Phone.prototype.answered = function (call) {
    if (call.answeredAt) return;
    call.answeredAt = Date.now();
    clearTimeout(call.timer);
    var handler = call.session.sessionDescriptionHandler;
    var audio = this.audioElement();
    if (handler && handler.remoteMediaStream) {
      audio.srcObject = handler.remoteMediaStream;
      var playing = audio.play();
      if (playing && playing.catch) playing.catch(function () {});
    }
    this.emit('answered');
  };

  Phone.prototype.audioElement = function () {
    if (!this.audio) {
      this.audio = document.createElement('audio');
      this.audio.autoplay = true;
      this.audio.setAttribute('data-softphone', 'remote');
      document.body.appendChild(this.audio);
    }
    return this.audio;
  };

  Phone.prototype.finish = function (cause) {
    var call = this.call;
    if (!call) return;
    clearTimeout(call.timer);
    var duration = call.answeredAt ? Math.max(0, Math.round((Date.now() - call.answeredAt) / 1000)) : 0;
    this.emit('hangup', {durationSeconds: duration, cause: cause});
    this.call = null;
    if (this.audio) this.audio.srcObject = null;
  };

  /* Hang up from our side: BYE when talking, CANCEL while it rings. */
  Phone.prototype.hangup = function () {
    var call = this.call;
    if (!call) return Promise.resolve();
    var SIP = this.SIP;
    var session = call.session;
    if (session.state === SIP.SessionState.Established) return session.bye().then(function () {});
    if (session.state === SIP.SessionState.Establishing || session.state === SIP.SessionState.Initial) {
      call.cause = call.cause || 'cancelled';
      return session.cancel().then(function () {});
    }
    return Promise.resolve();
  };

  Phone.prototype.close = function () {
    this.closed = true;
    clearTimeout(this.reconnecting);
    var ua = this.ua;
    return this.registerer.unregister().catch(function () {}).then(function () { return ua.stop(); });
  };

  var phones = {};

  /* One registered phone per page and extension, created on first use. */
  function connect(options) {
    var key = options.wsUrl + '|' + options.user;
    if (phones[key] && !phones[key].failed) return phones[key].ready;
    var entry = {failed: false};
    entry.ready = import(SIP_JS).then(function (SIP) {
      var phone = new Phone(SIP, options);
      return phone.start().catch(function (error) {
        // a refused or unreachable phone is dropped whole; the next dial starts afresh
        phone.closed = true;
        phone.ua.stop().catch(function () {});
        throw error;
      });
    }).catch(function (error) {
      entry.failed = true;
      throw error;
    });
    phones[key] = entry;
    return entry.ready;
  }

  global.Softphone = {connect: connect, checkMicrophone: checkMicrophone, MESSAGES: MESSAGES};
})(window);
