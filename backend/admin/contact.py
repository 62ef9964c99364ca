"""短信管理 and 通话记录 pages: the SMS composer, campaigns with their results, messages,
patient replies, and the call log with recordings."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi_amis_admin.amis.components import Action, ActionType, Page, PageSchema
from starlette.requests import Request

from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.widgets import PermissionPage
from backend.clock import now
from backend.models import CallRecord, SmsBatch, SmsMessage, SmsReply
from backend.models.choices import CallDriver, HangupCause
from backend.services import sms
from backend.services.principal import Principal

COMPOSER_FORM = "sms-composer"
QUERY_FIELDS = (
    "departments",
    "icd_prefixes",
    "tcm_diseases",
    "tags",
    "age_min",
    "age_max",
    "discharged_from",
    "discharged_until",
    "due_within_days",
)
BATCH_FIELDS = ("name", "template_id", "params", *QUERY_FIELDS, "scheduled_at", "recurrence")


def _mapping(names: tuple[str, ...]) -> dict[str, str]:
    """An amis data mapping sending exactly these form fields."""
    return {name: f"${{{name}}}" for name in names}


# amis reads a response's `status` as its own envelope (0 = success). The campaign routes return
# the batch's status ("scheduled", "done") under that key, which amis took for a failure: wrap
# such plain payloads; our error bodies carry a numeric status and a msg and pass through.
AMIS_ENVELOPE = (
    "return typeof payload.status === 'number' ? payload : {status: 0, msg: payload.msg || '', data: payload};"
)


def _multi(name: str, label: str, **extra: Any) -> dict[str, Any]:
    return {"type": "input-tag", "name": name, "label": label, "joinValues": False, "extractValue": True, **extra}


def _immediate(controls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """amis commits a control's value to the form 250 ms after a change; the preview button reads
    the form at once, so a quick click would count with the previous filter."""
    return [c if c["type"] in ("button-toolbar", "tpl") else {**c, "changeImmediately": True} for c in controls]


def composer_form() -> dict[str, Any]:
    """The composer: template, the patient matching query with a count preview, the schedule."""
    today = now().date()
    return {
        "type": "form",
        "id": COMPOSER_FORM,
        "title": "新建短信群发",
        # Only the batch's fields: the form also holds the preview's matched_count, which the API
        # (rightly) refuses as an unknown field.
        "api": {
            "method": "post",
            "url": "/api/v1/sms/batches",
            "data": _mapping(BATCH_FIELDS),
            "adaptor": AMIS_ENVELOPE,
        },
        "submitText": "保存并排期",
        "mode": "horizontal",
        "body": [
            {"type": "input-text", "name": "name", "label": "群发名称", "required": True, "maxLength": 64},
            {
                "type": "select",
                "name": "template_id",
                "label": "短信模板",
                "required": True,
                "source": "get:/api/v1/sms/templates",
                "searchable": True,
            },
            {
                "type": "input-kv",
                "name": "params",
                "label": "模板变量",
                "keyPlaceholder": "变量名，如 date",
                "valuePlaceholder": "内容，如 12月5日上午",
                "description": "患者姓名和医院名称自动填写；义诊、讲座的日期、地点等变量在此填写",
            },
            {
                "type": "fieldSet",
                "title": "患者筛选",
                "body": _immediate(
                    [
                        {
                            "type": "select",
                            "name": "departments",
                            "label": "出院科室",
                            "multiple": True,
                            "joinValues": False,
                            "extractValue": True,
                            "searchable": True,
                            "source": {
                                "method": "get",
                                "url": "/api/v1/departments",
                                "adaptor": "return {status: 0, data: {options: payload.map(d => "
                                "({label: d.name + '（' + d.code + '）', value: d.code}))}};",
                            },
                            "placeholder": "不限",
                        },
                        _multi("icd_prefixes", "诊断编码前缀", placeholder="如 I10、I25，回车添加"),
                        _multi("tcm_diseases", "中医病名/证候", placeholder="如 眩晕病"),
                        {
                            "type": "input-date",
                            "name": "discharged_from",
                            "label": "出院日期自",
                            "valueFormat": "YYYY-MM-DD",
                            "value": str(today - timedelta(days=30)),
                        },
                        {
                            "type": "input-date",
                            "name": "discharged_until",
                            "label": "出院日期至",
                            "valueFormat": "YYYY-MM-DD",
                            "value": str(today),
                        },
                        {"type": "input-number", "name": "age_min", "label": "最小年龄", "min": 0, "max": 150},
                        {"type": "input-number", "name": "age_max", "label": "最大年龄", "min": 0, "max": 150},
                        _multi("tags", "标签"),
                        {
                            "type": "input-number",
                            "name": "due_within_days",
                            "label": "定期复查",
                            "description": "只选 N 天内有待随访/复查任务的患者（留空不限）",
                            "min": 0,
                            "max": 365,
                        },
                        {
                            # A form row of its own, aligned with the fields above (a bare button sat
                            # at the fieldset's edge, over the next section's title).
                            "type": "button-toolbar",
                            "label": "匹配人数",
                            "className": "matched-row",
                            "buttons": [
                                {
                                    "type": "button",
                                    "label": "预览人数",
                                    "name": "preview",
                                    "icon": "fa fa-users",
                                    "level": "info",
                                    "onEvent": {
                                        "click": {
                                            "actions": [
                                                {
                                                    "actionType": "ajax",
                                                    "outputVar": "matched",
                                                    "api": {
                                                        "method": "post",
                                                        "url": "/api/v1/sms/match",
                                                        "data": _mapping(QUERY_FIELDS),
                                                    },
                                                },
                                                {
                                                    "actionType": "setValue",
                                                    "componentId": COMPOSER_FORM,
                                                    "args": {"value": {"matched_count": "${event.data.matched.count}"}},
                                                },
                                            ]
                                        }
                                    },
                                },
                                {
                                    "type": "tpl",
                                    "name": "matched_count",
                                    "className": "matched-count",
                                    "tpl": "${matched_count !== undefined && matched_count !== '' ? "
                                    "'符合条件的患者：' + matched_count + ' 人' : ''}",
                                },
                            ],
                        },
                    ]
                ),
            },
            {
                "type": "fieldSet",
                "title": "发送安排",
                "body": [
                    {
                        "type": "input-datetime",
                        "name": "scheduled_at",
                        "label": "发送时间",
                        "valueFormat": "YYYY-MM-DDTHH:mm:ssZ",
                        "description": "留空为立即；只在发送时段内发出，时段外的顺延到下一时段",
                    },
                    {
                        "type": "select",
                        "name": "recurrence",
                        "label": "重复",
                        "value": "",
                        "options": [
                            {"label": "不重复", "value": ""},
                            {"label": "每天", "value": "daily"},
                            {"label": "每周", "value": "weekly"},
                            {"label": "每月", "value": "monthly"},
                        ],
                    },
                ],
            },
        ],
        "onEvent": {"submitSucc": {"actions": [{"actionType": "reload", "componentId": "crud"}]}},
    }


class SmsComposerAdmin(PermissionPage):
    """短信群发: compose a campaign (doctors and the follow-up centre)."""

    page_schema = PageSchema(label="短信群发", icon="fa fa-paper-plane", sort=90)
    page_path = "/compose"

    permission = "sms:send"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        page_.body = [composer_form()]
        return page_


async def _schedule(principal: Principal, batch: SmsBatch, data: dict[str, Any]) -> str:
    batch = await sms.schedule_batch(principal, batch)
    return f"已排期：匹配患者 {batch.total} 人"


async def _cancel(principal: Principal, batch: SmsBatch, data: dict[str, Any]) -> str:
    return f"已取消，{await sms.cancel_batch(principal, batch)} 条未发送短信不再发送"


BATCH_RESULTS = {
    "type": "service",
    "api": {"method": "get", "url": "/api/v1/sms/batches/${id}/summary", "adaptor": AMIS_ENVELOPE},
    "body": [
        {
            "type": "property",
            "column": 6,
            "items": [
                {"label": "待发送", "content": "${counts.pending}"},
                # SMS__SEND_VIA=edge: handed to the extranet edge, its verdict not back yet
                {"label": "已交外网发送", "content": "${counts.queued}", "visibleOn": "${counts.queued}"},
                {"label": "已提交", "content": "${counts.submitted}"},
                {"label": "已送达", "content": "${counts.delivered}"},
                {"label": "发送失败", "content": "${counts.failed}"},
                {"label": "未发送", "content": "${counts.skipped}"},
            ],
        },
        {
            "type": "crud",
            "api": "get:/api/v1/sms/batches/${id}/messages?page=${page}&page_size=${perPage}",
            "columns": [
                {"name": "patient", "label": "患者"},
                {"name": "phone", "label": "手机号"},
                {"name": "status_label", "label": "状态"},
                {"name": "error", "label": "失败原因"},
                {"name": "attempts", "label": "尝试次数"},
                {"name": "submitted_at", "label": "提交时间"},
                {"name": "delivered_at", "label": "送达时间"},
            ],
        },
    ],
}


class SmsBatchAdmin(TortoiseModelAdmin):
    page_schema = page("群发任务", "fa fa-bullhorn", 80)
    model = SmsBatch
    permission = "sms:send"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "name",
        "template__name",
        "status",
        "total",
        "runs",
        "scheduled_at",
        "recurrence",
        "last_run_at",
        "next_run_at",
        "created_by__name",
        "created_at",
    ]
    list_filter = ["name", "status", "created_at"]
    labels = {
        "template__name": "短信模板",
        "created_by__name": "创建人",
        "total": "匹配人数",
        "name": "群发名称",
        "scheduled_at": "发送时间",
        "created_at": "创建时间",
    }
    item_actions = [
        ItemAction("results", "发送结果", "sms:send", view=BATCH_RESULTS),
        ItemAction(
            "schedule",
            "排期",
            "sms:send",
            _schedule,
            confirm="按筛选条件排期发送？",
            visible_on="this.status == 'draft'",
        ),
        ItemAction(
            "cancel",
            "取消",
            "sms:send",
            _cancel,
            confirm="取消后未发出的短信不再发送，确定取消？",
            visible_on="this.status == 'scheduled' || this.status == 'sending'",
        ),
        # Served by POST /api/v1/sms/batches/{id}/run, outside the admin actions' transaction:
        # messages are leased and sent one by one, with the provider call outside any transaction.
        ItemAction(
            "run",
            "立即发送",
            "sms:send",
            confirm="立即按筛选条件生成并发送本期短信？",
            visible_on="this.status == 'scheduled' || this.status == 'sending'",
        ),
    ]

    async def _item_action_button(self, request: Request, action: ItemAction) -> Action:
        if action.name != "run":
            return await super()._item_action_button(request, action)
        return ActionType.Ajax(
            label=action.label,
            level="link",
            visibleOn=action.visible_on,
            confirmText=action.confirm,
            api="post:/api/v1/sms/batches/${id}/run",
            reload="crud",
        )


class SmsMessageAdmin(TortoiseModelAdmin):
    page_schema = page("短信记录", "fa fa-envelope", 70)
    model = SmsMessage
    permission = "sms:send"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "patient__name",
        "template__name",
        "batch__name",
        "status",
        "error_code",
        "error_message",
        "attempts",
        "submitted_at",
        "delivered_at",
        "next_attempt_at",
    ]
    list_filter = ["patient__name", "status", "batch_id", "submitted_at"]
    labels = {
        "patient__name": "患者",
        "template__name": "短信模板",
        "batch__name": "群发任务",
        "error_code": "错误码",
        "error_message": "说明",
        "attempts": "尝试次数",
        "submitted_at": "提交时间",
        "delivered_at": "送达时间",
    }


class SmsReplyAdmin(TortoiseModelAdmin):
    page_schema = page("患者回复", "fa fa-reply", 60)
    model = SmsReply
    permission = "sms:send"
    scoped = True
    readonly = True
    list_display = ["id", "patient__name", "content", "received_at", "opted_out"]
    list_filter = ["patient__name", "content", "received_at", "opted_out"]
    ordering = ["-received_at", "-id"]
    labels = {"patient__name": "患者"}


class CallRecordAdmin(TortoiseModelAdmin):
    page_schema = page("通话记录", "fa fa-volume-control-phone", 65)
    model = CallRecord
    permission = "followup:read"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "patient__name",
        "staff__name",
        "task_id",
        "driver",
        "status",
        "started_at",
        "answered_at",
        "ended_at",
        "duration_seconds",
        "hangup_cause",
        "recording_ref",
        "provider_call_id",
    ]
    list_filter = ["patient__name", "staff_id", "status", "started_at"]
    ordering = ["-started_at", "-id"]
    value_labels = {"driver": CallDriver, "hangup_cause": HangupCause}
    # The reference (`sim://…`, a PBX file path) is for the player route, not for reading.
    formatters = {"recording_ref": lambda ref: "有录音" if ref else ""}
    labels = {
        "patient__name": "患者",
        "staff__name": "随访人员",
        "task_id": "随访任务",
        "duration_seconds": "通话时长（秒）",
        "hangup_cause": "挂断原因",
        "recording_ref": "录音",
        "provider_call_id": "呼叫编号",
        "started_at": "发起时间",
        "answered_at": "接通时间",
        "ended_at": "结束时间",
    }
    item_actions = [
        ItemAction(
            "play",
            "播放录音",
            "followup:read",
            view={"type": "audio", "src": "/api/v1/calls/${provider_call_id}/recording", "autoPlay": False},
            visible_on="this.recording_ref",
        )
    ]
