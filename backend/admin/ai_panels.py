"""AI controls the pages add when AI is on for the user (`services.ai.available_features`): the
pre-call brief (streamed, with 停止), answer drafting into the execution form, triage in the
problem list, questions and a monthly narrative on the statistics page. With AI off no page calls
these, so no AI control is shown. It imports no page."""

from __future__ import annotations

import json
from typing import Any

LOAD_AI_SCRIPT = (
    "const load = src => new Promise((ok, fail) => {"
    ' if (document.querySelector(`script[src="${src}"]`)) return ok();'
    " const s = document.createElement('script'); s.src = src; s.onload = ok; s.onerror = fail;"
    " document.head.appendChild(s); });"
    " load('/admin-assets/js/ai-stream.js')"
)
BRIEF_ID = "ai-brief"
PRE_WRAP = "white-space: pre-wrap"


def brief_panel(task_id: int) -> dict[str, Any]:
    """AI 通话前摘要: streamed into the panel, then the validated points with their sources."""
    url = f"/api/v1/ai/tasks/{task_id}/brief/stream"
    return {
        "type": "service",
        "id": BRIEF_ID,
        "data": {"ai_text": "", "ai_error": "", "ai_result": None, "ai_running": False},
        "body": [
            {
                "type": "button-toolbar",
                "buttons": [
                    {
                        "type": "button",
                        "label": "AI 通话前摘要",
                        "icon": "fa fa-magic",
                        "level": "info",
                        "disabledOn": "${ai_running}",
                        "onEvent": {
                            "click": {
                                "actions": [
                                    {
                                        "actionType": "custom",
                                        "script": LOAD_AI_SCRIPT
                                        + f".then(() => SuifangAi.stream('{url}', doAction, '{BRIEF_ID}'));",
                                    }
                                ]
                            }
                        },
                    },
                    {
                        "type": "button",
                        "label": "停止",
                        "icon": "fa fa-stop",
                        "level": "danger",
                        "visibleOn": "${ai_running}",
                        "onEvent": {
                            "click": {
                                "actions": [
                                    {
                                        "actionType": "custom",
                                        "script": f"window.SuifangAi && SuifangAi.stop('{BRIEF_ID}');",
                                    }
                                ]
                            }
                        },
                    },
                ],
            },
            {"type": "tpl", "tpl": "${ai_text}", "visibleOn": "${ai_text}", "style": {"whiteSpace": "pre-wrap"}},
            {"type": "alert", "level": "warning", "body": "${ai_error}", "visibleOn": "${ai_error}"},
            {"type": "tpl", "tpl": "${ai_result.summary}", "visibleOn": "${ai_result}"},
            {
                "type": "table",
                "source": "${ai_result.points}",
                "visibleOn": "${ai_result}",
                "columns": [
                    {"name": "kind", "label": "类别"},
                    {"name": "text", "label": "要点"},
                    {"name": "source", "label": "出处"},
                    {"name": "flag", "label": "核对", "className": "text-danger"},
                ],
            },
            {
                "type": "tpl",
                "className": "text-muted",
                "tpl": "AI 生成，仅供参考，请以病历原文为准。",
                "visibleOn": "${ai_result}",
            },
        ],
    }


def draft_button(task_id: int, form_id: str) -> dict[str, Any]:
    """AI 草拟答案: from the notes, a list of drafted answers to tick; ticked ones go into the form
    (not saved: the agent checks them and saves the form as usual). The notes are read from the
    form itself when the button is clicked (a dialog's data mapping did not see the typed notes)."""
    dialog = {
        "title": "AI 草拟的问卷答案（勾选后填入表单，不会自动保存）",
        "size": "lg",
        "actions": [{"type": "button", "label": "关闭", "actionType": "close"}],
        "body": {
            "type": "service",
            "api": {
                "method": "post",
                "url": f"/api/v1/ai/tasks/{task_id}/draft-answers",
                "data": {"notes": "${notes}"},
            },
            "body": {
                "type": "form",
                "id": "ai-draft-form",
                "wrapWithPanel": False,
                "body": [
                    {
                        "type": "checkboxes",
                        "name": "chosen",
                        "label": "采用哪些答案",
                        "source": "${answers}",
                        "labelField": "label",
                        "valueField": "field",
                        "columnsCount": 1,
                        "joinValues": False,
                        "extractValue": True,
                    },
                    {
                        "type": "table",
                        "title": "未采用（不符合问卷要求）",
                        "source": "${refused}",
                        "visibleOn": "${refused && refused.length}",
                        "columns": [{"name": "item_id", "label": "题目"}, {"name": "reason", "label": "原因"}],
                    },
                    {
                        "type": "button",
                        "label": "填入随访表单",
                        "level": "primary",
                        "onEvent": {
                            "click": {
                                "actions": [
                                    {
                                        "actionType": "custom",
                                        "script": LOAD_AI_SCRIPT
                                        + f".then(() => {{ const n = SuifangAi.fillAnswers(event, '{form_id}');"
                                        " doAction({actionType: 'toast', args: {msgType: 'info',"
                                        " msg: '已填入 ' + n + ' 项，请逐项核对后再保存'}}); });",
                                    },
                                    {"actionType": "closeDialog"},
                                ]
                            }
                        },
                    },
                ],
            },
        },
    }
    dialog_json = json.dumps(dialog, ensure_ascii=False)
    return {
        "type": "button",
        "label": "AI 按备注草拟答案",
        "icon": "fa fa-magic",
        "level": "info",
        "onEvent": {
            "click": {
                "actions": [
                    {
                        "actionType": "custom",
                        "script": LOAD_AI_SCRIPT
                        + f".then(() => SuifangAi.openDraft(event, doAction, '{form_id}', {dialog_json}));",
                    }
                ]
            }
        },
    }


def triage_column() -> dict[str, Any]:
    return {
        "type": "operation",
        "label": "AI 分诊建议",
        "buttons": [
            {"type": "tpl", "tpl": "${ai_triage_text}", "visibleOn": "${ai_triage_text}"},
            {
                "type": "button",
                "label": "AI 分诊",
                "level": "link",
                "actionType": "ajax",
                "api": "post:/api/v1/ai/problems/${id}/triage",
                "messages": {"success": "已给出分诊建议（仅供参考）"},
                "reload": "problem-list",
            },
        ],
    }


def stats_question_form() -> dict[str, Any]:
    return {
        "type": "form",
        "title": "用中文提问（AI 把问题对应到本页的统计条件，数字由统计服务计算）",
        "api": {"method": "post", "url": "/api/v1/ai/stats/question"},
        "submitText": "提问",
        "body": [
            {
                "type": "input-text",
                "name": "question",
                "label": "问题",
                "required": True,
                "maxLength": 200,
                "placeholder": "例如：上个月心血管内科的随访率是多少",
            },
            {"type": "tpl", "tpl": "${answer}", "visibleOn": "${answer}", "className": "text-info"},
        ],
    }


def narrative_form() -> dict[str, Any]:
    return {
        "type": "form",
        "title": "AI 月度报告解读（只引用统计服务算出的数字）",
        "api": {"method": "post", "url": "/api/v1/ai/reports/monthly"},
        "submitText": "生成解读",
        "body": [
            {"type": "input-month", "name": "month", "label": "月份", "required": True, "valueFormat": "YYYY-MM"},
            {"type": "tpl", "tpl": "${narrative}", "visibleOn": "${narrative}", "style": {"whiteSpace": "pre-wrap"}},
        ],
    }


def comments_form() -> dict[str, Any]:
    return {
        "type": "form",
        "title": "满意度意见分析（AI）",
        "api": {"method": "post", "url": "/api/v1/ai/satisfaction/comments"},
        "submitText": "分析",
        "body": [
            {
                "type": "select",
                "name": "department_id",
                "label": "科室",
                "source": "/api/v1/satisfaction/departments",
                "clearable": True,
            },
            {"type": "input-date", "name": "period_from", "label": "起", "required": True, "valueFormat": "YYYY-MM-DD"},
            {
                "type": "input-date",
                "name": "period_until",
                "label": "止",
                "required": True,
                "valueFormat": "YYYY-MM-DD",
            },
            {"type": "tpl", "tpl": "${summary}", "visibleOn": "${summary}"},
            {
                "type": "table",
                "title": "主题",
                "source": "${themes}",
                "visibleOn": "${themes}",
                "columns": [
                    {"name": "theme", "label": "主题"},
                    {"name": "count", "label": "条数"},
                    {"name": "sentiment", "label": "倾向"},
                ],
            },
            {
                "type": "table",
                "title": "表扬与投诉（点名）",
                "source": "${mentions}",
                "visibleOn": "${mentions}",
                "columns": [
                    {"name": "kind", "label": "类别"},
                    {"name": "staff", "label": "人员"},
                    {"name": "text", "label": "意见"},
                ],
            },
        ],
    }


def questionnaire_draft_button(url: str, form_id: str) -> dict[str, Any]:
    """AI 起草: a description in, the designer's title and items filled (not saved)."""
    return {
        "type": "button",
        "label": "AI 起草题目",
        "icon": "fa fa-magic",
        "level": "info",
        "actionType": "dialog",
        "dialog": {
            "title": "AI 起草问卷（填入设计器，保存前请逐题修改核对）",
            "body": {
                "type": "form",
                "api": {"method": "post", "url": url},
                "body": [
                    {
                        "type": "textarea",
                        "name": "description",
                        "label": "问卷用途与要问的内容",
                        "required": True,
                        "maxLength": 1000,
                        "placeholder": "例如：冠心病介入术后1个月随访，了解胸痛、服药依从性、复查情况",
                    }
                ],
                "onEvent": {
                    "submitSucc": {
                        "actions": [
                            {
                                "actionType": "setValue",
                                "componentId": form_id,
                                "args": {"value": "${event.data.result}"},
                            }
                        ]
                    }
                },
            },
        },
    }
