/*
 * AI 助手: reads a server-sent-events answer (POST, fetch + ReadableStream) into an amis component,
 * with a stop button. Events are `data: {"delta": "..."}` while the answer grows, then
 * `data: {"result": {...}}` (already validated by the server) or `data: {"error": "..."}`.
 *
 *   SuifangAi.stream(url, doAction, componentId)   // from an amis "custom" action
 *   SuifangAi.stop(componentId)                     // 停止: aborts the request; the server stops the model
 *   SuifangAi.openDraft(event, doAction, formId, dialog)  // AI 草拟: the dialog, with the form's notes
 *   SuifangAi.fillAnswers(event, formId)            // 填入: chosen drafted answers into the form (not saved)
 */
(function () {
  'use strict';

  var running = {};

  function set(doAction, componentId, value) {
    doAction({actionType: 'setValue', componentId: componentId, args: {value: value}});
  }

  function stream(url, doAction, componentId) {
    stop(componentId);
    var controller = new AbortController();
    running[componentId] = controller;
    var text = '';
    set(doAction, componentId, {ai_text: '', ai_error: '', ai_result: null, ai_running: true});
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'text/event-stream'},
      body: '{}',
      signal: controller.signal
    }).then(function (response) {
      if (!response.ok || !response.body) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          throw new Error(data.detail || ('AI 服务请求失败（' + response.status + '）'));
        });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder('utf-8');
      var buffer = '';
      function handle(line) {
        if (line.indexOf('data:') !== 0) return;
        var event = JSON.parse(line.slice(5));
        if (event.delta) {
          text += event.delta;
          set(doAction, componentId, {ai_text: text});
        } else if (event.result) {
          set(doAction, componentId, {ai_result: event.result, ai_text: '', ai_running: false});
        } else if (event.error) {
          set(doAction, componentId, {ai_error: event.error, ai_running: false});
        }
      }
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            set(doAction, componentId, {ai_running: false});
            return;
          }
          buffer += decoder.decode(chunk.value, {stream: true});
          var lines = buffer.split('\n');
          buffer = lines.pop();
          lines.forEach(handle);
          return pump();
        });
      }
      return pump();
    }).catch(function (error) {
      if (error.name === 'AbortError') {
        set(doAction, componentId, {ai_error: '已停止生成（可不用 AI 继续操作）', ai_running: false});
      } else {
        set(doAction, componentId, {ai_error: error.message, ai_running: false});
      }
    }).then(function () {
      if (running[componentId] === controller) delete running[componentId];
    });
  }

  function stop(componentId) {
    var controller = running[componentId];
    if (controller) {
      controller.abort();
      delete running[componentId];
    }
  }

  function fillAnswers(event, formId) {
    var data = event.data || {};
    var picker = event.context.scoped.getComponentById('ai-draft-form');
    var chosen = (picker && picker.getValues ? picker.getValues().chosen : null) || data.chosen || [];
    if (typeof chosen === 'string') chosen = chosen ? chosen.split(',') : [];
    var form = event.context.scoped.getComponentById(formId);
    if (!form) return 0;
    var values = form.getValues ? form.getValues() : (form.props.data || {});
    var answers = Object.assign({}, values.answers || {});
    var filled = 0;
    (data.answers || []).forEach(function (draft) {
      if (chosen.indexOf(draft.field) >= 0) {
        answers[draft.field] = draft.value;
        filled += 1;
      }
    });
    form.setValues({answers: answers});
    return filled;
  }

  function openDraft(event, doAction, formId, dialog) {
    var form = event.context.scoped.getComponentById(formId);
    var values = form && form.getValues ? form.getValues() : {};
    dialog.data = {notes: values.notes || ''};
    doAction({actionType: 'dialog', dialog: dialog});
  }

  window.SuifangAi = {stream: stream, stop: stop, fillAnswers: fillAnswers, openDraft: openDraft};
})();
