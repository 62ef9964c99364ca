"""随访中心 pages: templates, tasks (with the execution form), results and statistics."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends
from fastapi_amis_admin.amis.components import Action, ActionType, Page, PageSchema, TableCRUD
from fastapi_amis_admin.crud.schema import BaseApiOut
from pydantic import BaseModel, Field
from starlette.requests import Request
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.admin import ai_panels, template_designer
from backend.admin.auth import optional_principal, require_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.text import text
from backend.admin.widgets import (
    PermissionPage,
    data_table,
    exclusive_message,
    exclusive_rules,
    figure_link,
    missing_required_message,
    patient_360_of,
    questionnaire_control,
    statistics_filter,
)
from backend.clock import SHANGHAI, now
from backend.models import CallRecord, FollowUpRecord, FollowUpTask, FollowUpTemplate
from backend.models.choices import AiFeature, Program, ReachedWithoutCall
from backend.services import (
    ai,
    department_templates,
    execution,
    followup_rules,
    followup_tasks,
    records,
    records_export,
    satisfaction_sampling,
    survey_script,
)
from backend.services.errors import InvalidInput
from backend.services.principal import Principal
from backend.settings import get_settings
from backend.web.schemas import Id


def _check_template(data: dict[str, Any]) -> None:
    if "match_rules" in data:
        followup_rules.validate_rules(data["match_rules"] or {})
    if "schedule" in data:
        followup_rules.parse_schedule(data["schedule"])


async def _preview(principal: Principal, template: FollowUpTemplate, data: dict[str, Any]) -> str:
    plan = followup_rules.PlanDraft(
        template.schedule, template.priority, template.merge_rule, template.id, template.channel
    )
    result = await followup_rules.preview(principal, template.match_rules or {}, plan=plan)
    return f"本模板{result.message}"


SKIPPED = {
    "deceased": "已故",
    "do_not_contact": "拒绝联系",
    "rules": "不符合条件",
    "readmitted": "窗口期内再入院",
    "not_sampled": "未抽中",
    "bedside": "已床旁扫码评价",
}


async def _generate(principal: Principal, template: FollowUpTemplate, data: dict[str, Any]) -> str:
    await department_templates.editable(principal, template.id)  # a department runs its own templates only
    # In full, whatever the watermark says: the one way staff can ask for every stay to be checked again.
    report = await followup_tasks.generate(template_ids=[template.id], full=True)
    skipped = "、".join(f"{SKIPPED.get(k, k)} {n}" for k, n in report.skipped.items() if n) or "无"
    yielded = f"；低优先级模板已有的同期任务因此合并或顺延 {report.yielded} 条" if report.yielded else ""
    return (
        f"新生成随访任务 {report.created} 条（其中与高优先级模板同期：合并 {report.merged} 条、"
        f"顺延 {report.deferred} 条）{yielded}；跳过：{skipped}"
    )


class TemplateAdmin(TortoiseModelAdmin):
    """Templates; a department role sees its departments' and the hospital-wide ones and changes
    only its own (`services.department_templates`)."""

    page_schema = page("随访模板管理", "fa fa-clone", 90)
    model = FollowUpTemplate
    permission = ("followup:template", "followup:dept_template", "followup:read")
    write_permission = department_templates.DESIGN
    allow_delete = False  # tasks keep their template; retire a template by disabling it
    list_display = [
        "id",
        "name",
        "program",
        "owner_department__name",
        "questionnaire__title",
        "channel",
        "assignment_policy",
        "assignees",
        "schedule",
        "sampling",
        "is_active",
        "priority",
        "merge_rule",
    ]
    list_filter = ["name", "program", "channel", "is_active"]
    create_fields = [
        "name",
        "program",
        "owner_department_id",
        "questionnaire_id",
        "channel",
        "assignment_policy",
        "assignees",
        "match_rules",
        "schedule",
        "is_active",
        "priority",
        "merge_rule",
    ]
    m2m_fields = {"assignees": "name"}
    labels = {
        "match_rules": "筛选条件",
        "schedule": "随访计划",
        "sampling": "抽样",
        "priority": "优先级",
        "is_active": "启用",
        "name": "模板名称",
        "owner_department_id": "所属科室",
        "questionnaire_id": "问卷",
        "assignees": "随访人员",
    }
    item_actions = [
        ItemAction(
            "preview",
            "预览匹配",
            department_templates.DESIGN,
            _preview,
            confirm="统计近 30 天出院患者中本模板可匹配的人数？",
        ),
        ItemAction(
            "generate",
            "立即生成任务",
            department_templates.DESIGN,
            _generate,
            confirm="按本模板为符合条件的出院患者生成随访任务？",
        ),
    ]

    async def get_create_action(self, request: Request, bulk: bool = False) -> Any:
        if bulk:
            return await super().get_create_action(request, bulk=bulk)
        principal = await optional_principal(request)
        owner = await department_templates.default_owner(principal) if principal is not None else None
        form = template_designer.designer_form(self.router_path, template_id=None, principal=principal, owner=owner)
        return _designer_drawer("新增随访模板", form, label="新增", icon="fa fa-plus pull-left", level="primary")

    async def get_update_action(self, request: Request, bulk: bool = False) -> Any:
        if bulk:
            return await super().get_update_action(request, bulk=bulk)
        form = template_designer.designer_form(self.router_path, template_id="${id}")
        return _designer_drawer("编辑随访模板", form, label="编辑", icon="fa fa-pencil", level="link")

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)
        template_designer.register(self)
        return self

    async def get_list_table(self, request: Request) -> TableCRUD:
        table = await super().get_list_table(request)
        # 随访计划 is a sentence (see `_format`), read-only: it is edited in the designer.
        sentences = {"schedule": "随访计划", "sampling": "抽样"}
        table.columns = [
            {"name": name, "label": sentences[name], "type": "text"}
            if (name := getattr(column, "name", None)) in sentences
            else column
            for column in table.columns or []
        ]
        return table

    def _format(self, row: dict[str, Any]) -> dict[str, Any]:
        row = super()._format(row)
        if isinstance(row.get("schedule"), list) and row.get("channel") is not None:
            # The list, its export and the designer say the schedule in the same words.
            try:
                row["schedule"] = followup_rules.describe_schedule(row["schedule"], row["channel"])
            except InvalidInput as exc:
                row["schedule"] = f"随访时间点有误：{exc.message}"
        if "sampling" in row:
            # only satisfaction templates sample; the others call every matching discharge
            satisfaction = row.get("program") in (Program.SATISFACTION, Program.SATISFACTION.value)
            row["sampling"] = satisfaction_sampling.describe(row["sampling"] or {}) if satisfaction else "-"
        return row

    async def _set_m2m(self, principal: Principal, obj: Model, values: dict[str, list[int]]) -> None:
        if "assignees" in values:
            assert isinstance(obj, FollowUpTemplate)
            departments = (obj.match_rules or {}).get("departments") or []
            await followup_tasks.check_assignees(obj.program, departments, values["assignees"])
        await super()._set_m2m(principal, obj, values)

    def get_queryset(self, principal: Principal) -> QuerySet[Any]:
        return department_templates.visible_templates(principal)

    async def create_item(self, principal: Principal, data: dict[str, Any]) -> Model:
        _check_template(data)
        data = await department_templates.check(principal, data)
        return await records.create(principal, FollowUpTemplate, data)

    async def update_item(self, principal: Principal, obj: Model, data: dict[str, Any]) -> Model:
        _check_template(data)
        assert isinstance(obj, FollowUpTemplate)
        await department_templates.editable(principal, obj.id)
        merged = {
            "program": obj.program,
            "owner_department_id": obj.owner_department_id,
            "match_rules": obj.match_rules,
            **data,
        }
        checked = await department_templates.check(principal, merged)
        if "match_rules" in data or checked["match_rules"] != obj.match_rules:
            data = {**data, "match_rules": checked["match_rules"]}
        return await records.update(principal, obj, data)


def _designer_drawer(title: str, form: dict[str, Any], **button: Any) -> Action:
    actions = [{"type": "button", "actionType": "cancel", "label": "取消"}, *form.pop("actions")]
    return ActionType.Drawer(drawer={"title": title, "size": "xl", "body": form, "actions": actions}, **button)


class _Reassign(BaseModel):
    staff_id: int = Field(title="转派给（员工ID）", ge=1, le=2_147_483_647)


async def _reassign(principal: Principal, task: FollowUpTask, data: dict[str, Any]) -> str:
    moved = await followup_tasks.reassign(principal, [task.id], data["staff_id"])
    return f"已转派 {moved} 条"


EXECUTION_FORM = "execution-form"
# Send only the contact's fields: the call panel keeps its status text in the form too, and
# before any call the hidden call_id is "" (no call), which the API would refuse as an id.
_CONTACT_ONLY = (
    "const d = api.data || {};"
    " api.data = {client_uuid: d.client_uuid, outcome: d.outcome, answers: d.answers || {},"
    " call_back_at: d.call_back_at || null, notes: d.notes || '',"
    " reached_without_call: d.reached_without_call || null, reached_reason: d.reached_reason || '',"
    # the merged steps' answers sit under merged.t<task id>
    " merged_answers: Object.fromEntries(Object.entries(d.merged || {}).map(([k, v]) => [k.slice(1), v]))};"
    " if (d.call_id) api.data.call_id = d.call_id;"
    " return api;"
)
TASK_LIST = "followup-task-list"
EXECUTION_SERVICE = "execution-service"
_LOAD_CALL_SCRIPTS = (
    "const load = src => new Promise((ok, fail) => {"
    ' if (document.querySelector(`script[src="${src}"]`)) return ok();'
    " const s = document.createElement('script'); s.src = src; s.onload = ok; s.onerror = fail;"
    " document.head.appendChild(s); });"
    " load('/admin-assets/js/desk-phone.js').then(() => load('/admin-assets/js/softphone.js'))"
    ".then(() => load('/admin-assets/js/call-panel.js'))"
)


_CALL_LIVE = "${call_state && !ARRAYINCLUDES(['completed', 'no_answer', 'busy', 'failed', 'manual'], call_state)}"


async def _last_call(task_id: int) -> dict[str, Any]:
    """The form's start from the task's last call: what the panel says before a call is placed
    (reopening the drawer after an answered call said 尚未拨打), and, when that call was answered
    and no contact claims it yet, its id, so the contact saved now is linked to it."""
    last = await CallRecord.filter(task_id=task_id).order_by("-started_at", "-id").first()
    if last is None:
        return {"last_call": ""}
    when = last.started_at.astimezone(SHANGHAI).strftime("%m-%d %H:%M")
    talked = f"，通话 {last.duration_seconds} 秒" if last.answered_at else ""
    unclaimed = last.answered_at is not None and not await FollowUpRecord.exists(call_id=last.id)
    return {"last_call": f"上次拨打：{when} {last.status.label}{talked}", **({"call_id": last.id} if unclaimed else {})}


def _call_panel(task_id: int) -> dict[str, Any]:
    """拨打 / 挂断 and the live call status; the scripts load on first use (no CDN, no build).
    拨打 waits while a call is up, 挂断 works only then."""
    return {
        "type": "group",
        "label": "电话",
        "body": [
            {
                "type": "button",
                "label": "拨打电话",
                "icon": "fa fa-phone",
                "level": "success",
                "name": "dial",
                "disabledOn": _CALL_LIVE,
                "onEvent": {
                    "click": {
                        "actions": [
                            {
                                "actionType": "custom",
                                "script": _LOAD_CALL_SCRIPTS
                                + f".then(() => SuifangCall.start({task_id}, doAction, '{EXECUTION_FORM}'));",
                            }
                        ]
                    }
                },
            },
            {
                "type": "button",
                "label": "挂断",
                "icon": "fa fa-phone-slash",
                "level": "danger",
                "name": "hangup",
                "disabledOn": f"${{!({_CALL_LIVE[2:-1]})}}",
                "onEvent": {
                    "click": {
                        "actions": [{"actionType": "custom", "script": "window.SuifangCall && SuifangCall.hangup();"}]
                    }
                },
            },
            {"type": "tpl", "tpl": "${call_status || last_call || '尚未拨打'}", "className": "call-status"},
            # 网络电话's own news (registration refused, connection lost), kept beside the call status
            {
                "type": "tpl",
                "tpl": "${softphone_notice}",
                "className": "softphone-notice text-danger",
                "visibleOn": "${softphone_notice}",
            },
        ],
    }


def _save_button(
    label: str, level: str, *, then_next: bool, more: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A save button of the execution form; `then_next` tells the form's submitSucc to keep the drawer."""
    return {
        "type": "button",
        "label": label,
        "level": level,
        "onEvent": {
            "click": {
                "actions": [
                    {
                        "actionType": "setValue",
                        "componentId": EXECUTION_FORM,
                        "args": {"value": {"then_next": then_next}},
                    },
                    # 已故 stops every call to the patient and is not undone here: asked once more
                    {
                        "actionType": "confirmDialog",
                        "expression": "${outcome == 'deceased'}",
                        "args": {
                            "title": "登记为已故",
                            "msg": "确认将该患者登记为已故？登记后该患者所有未完成的随访任务将取消，不再联系。",
                        },
                    },
                    # a refused or invalid save stops here: the actions after it do not run
                    {"actionType": "submit", "componentId": EXECUTION_FORM},
                    *(more or []),
                ]
            }
        },
    }


def _save_and_next(task_id: int) -> dict[str, Any]:
    """保存并下一个: save, then load the caller's next queued task into the same drawer (the
    service fetches its form anew, so nothing of this patient's answers carries over)."""
    return _save_button(
        "保存并下一个",
        "success",
        then_next=True,
        more=[
            {
                "actionType": "ajax",
                "outputVar": "next",
                "api": {"method": "get", "url": f"/api/v1/tasks/next?after={task_id}", "silent": True},
            },
            {
                "actionType": "reload",
                "componentId": EXECUTION_SERVICE,
                "data": {"id": "${event.data.next.id}"},
                "expression": "${event.data.next.id}",
            },
            {
                "actionType": "toast",
                "args": {"msgType": "info", "msg": "队列中已没有待随访的任务"},
                "expression": "${!event.data.next.id}",
            },
            {"actionType": "closeDrawer", "expression": "${!event.data.next.id}"},
        ],
    )


def _script_panel(task: FollowUpTask, principal: Principal) -> list[dict[str, Any]]:
    """调查话术 of a satisfaction survey's template, at the top of the drawer, its placeholders
    filled (patient, department, caller); other programs' tasks have none."""
    if task.program is not Program.SATISFACTION:
        return []
    parts = survey_script.render(
        task.template.script,
        hospital=get_settings().hospital_name,
        department=task.department.name,
        patient=task.patient.name,
        caller=principal.name,
    )
    lines = "".join(f"<p><b>{text(label)}</b>：{text(said)}</p>" for label, said in parts)
    return [{"type": "panel", "title": "调查话术", "className": "survey-script", "body": {"type": "tpl", "tpl": lines}}]


class TaskAdmin(TortoiseModelAdmin):
    page_schema = page("随访任务", "fa fa-tasks", 80)
    model = FollowUpTask
    permission = "followup:read"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "patient__name",
        "department__name",
        "template__name",
        "step",
        "channel",
        "status",
        "outcome",
        "cancel_reason",
        "due_start",
        "due_end",
        "assignee__name",
        "attempts",
        "next_attempt_at",
    ]
    list_filter = [
        "patient__name",
        "department_id",
        "template_id",
        "status",
        "outcome",
        "due_start",
        "due_end",
        "assignee_id",
    ]
    ordering = ["due_end", "id"]
    labels = {
        "step": "时间点",
        "attempts": "联系次数",
        "next_attempt_at": "下次联系",
        "assignee__name": "随访人员",
        "template__name": "随访模板",
    }
    item_actions = [
        ItemAction(
            "execute",
            "执行随访",
            ("followup:execute", "survey:execute"),
            view={
                "type": "service",
                "id": EXECUTION_SERVICE,
                "schemaApi": "get:/admin/FollowUpApp/TaskAdmin/form/${id}",
            },
            visible_on="this.status == 'assigned' || this.status == 'in_progress' || this.status == 'pending'",
        ),
        ItemAction("reassign", "转派", "followup:assign", _reassign, form=_Reassign),
    ]

    async def get_list_table(self, request: Request) -> Any:
        table = await super().get_list_table(request)
        table.id = TASK_LIST  # the execution drawer reloads the list after each save
        return table

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def form(task_id: Id, principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            task = await execution.get_task(principal, task_id)
            merged = [(f"merged.t{m.id}", m) for m in await execution.merged_tasks(task)]
            outcome_options = execution.outcome_options()
            body = [
                {
                    "type": "tpl",
                    "tpl": f"<h3>{text(task.patient.name)} · {text(task.department.name)} · {text(task.template.name)}"
                    f" 第{task.step}次（应随访 {task.due_start} 至 {task.due_end}）</h3>",
                },
                *_script_panel(task, principal),
                {"type": "hidden", "name": "client_uuid"},
                {"type": "hidden", "name": "call_id"},
                _call_panel(task.id),
                {
                    # No default: the outcome is what staff choose, never a preset 已联系.
                    "type": "select",
                    "name": "outcome",
                    "label": "随访结果",
                    "required": True,
                    "placeholder": "请选择本次随访结果",
                    "options": outcome_options,
                },
                {
                    "type": "select",
                    "name": "reached_without_call",
                    "label": "联系方式",
                    "visibleOn": "${outcome == 'reached'}",
                    "clearable": True,
                    "placeholder": "本任务有已接通的电话时不必选择",
                    "options": ReachedWithoutCall.options(),
                },
                {
                    "type": "input-text",
                    "name": "reached_reason",
                    "label": "联系说明",
                    "visibleOn": "${outcome == 'reached' && reached_without_call}",
                    "requiredOn": "${outcome == 'reached' && reached_without_call}",
                    "maxLength": 200,
                    "placeholder": "例如：患者来院复诊时当面随访",
                },
                {
                    "type": "fieldSet",
                    "title": text(task.questionnaire.title),
                    "visibleOn": "${outcome == 'reached'}",
                    "body": [questionnaire_control(item) for item in task.questionnaire.items],
                },
                *(
                    {
                        # a lower-priority template's step in the same window, asked in this call
                        "type": "fieldSet",
                        "title": f"合并随访：{text(m.template.name)} · {text(m.questionnaire.title)}",
                        "visibleOn": "${outcome == 'reached'}",
                        "body": [questionnaire_control(item, prefix) for item in m.questionnaire.items or []],
                    }
                    for prefix, m in merged
                ),
                {
                    "type": "input-datetime",
                    "name": "call_back_at",
                    "label": "预约回访时间",
                    "visibleOn": "${outcome == 'call_back_later'}",
                    "requiredOn": "${outcome == 'call_back_later'}",
                    "valueFormat": "YYYY-MM-DDTHH:mm:ssZ",
                },
                {
                    "type": "textarea",
                    "name": "notes",
                    "label": "备注",
                    "maxLength": 2000,
                    "requiredOn": "${outcome == 'deceased'}",
                    # (amis placeholders take no expressions: the hint is its own line)
                    "description": "${outcome == 'deceased' ? '登记为已故：请写明消息的来源，如：家属电话告知' : ''}",
                },
            ]
            features = await ai.available_features(principal)
            if AiFeature.DRAFT_ANSWERS in features:
                body.append(ai_panels.draft_button(task.id, EXECUTION_FORM))
            missing = missing_required_message(
                [
                    ("outcome", "随访结果", ""),
                    ("reached_reason", "联系说明", "outcome == 'reached' && reached_without_call"),
                    ("call_back_at", "预约回访时间", "outcome == 'call_back_later'"),
                    ("notes", "备注（已故消息的来源）", "outcome == 'deceased'"),
                ],
                task.questionnaire.items or [],
                "outcome == 'reached'",
                [(prefix, m.questionnaire.items or []) for prefix, m in merged],
            )
            # what the save toast names: the missing items, then an exclusive option ticked with others
            refused = missing + exclusive_message(
                [("answers", task.questionnaire.items or []), *((p, m.questionnaire.items or []) for p, m in merged)],
                "outcome == 'reached'",
            )
            form_schema: dict[str, Any] = {
                "type": "form",
                "id": EXECUTION_FORM,
                "api": {
                    "method": "post",
                    "url": f"/api/v1/tasks/{task.id}/contacts",
                    "requestAdaptor": _CONTACT_ONLY,
                    "messages": {"success": f"已保存{text(task.patient.name)}的随访结果"},
                },
                "body": body,
                "messages": {"validateFailed": refused},
                # 以上都没有 and the like stand alone (the server refuses them with others)
                "rules": [
                    *exclusive_rules(task.questionnaire.items or [], "outcome == 'reached'"),
                    *(
                        rule
                        for prefix, m in merged
                        for rule in exclusive_rules(m.questionnaire.items or [], "outcome == 'reached'", prefix)
                    ),
                ],
                # One id per opened form: a double submit or a retry is recorded once. The outcome
                # starts empty even when the row (the drawer's scope) holds the last attempt's 无人接听.
                "data": {
                    "client_uuid": str(uuid.uuid4()),
                    "outcome": None,
                    **await _last_call(task.id),
                },
                # Explicit: amis drops a form's default submit button when a body item's first
                # child is a button, which the call panel's 拨打电话 is.
                "actions": [_save_button("保存随访结果", "primary", then_next=False), _save_and_next(task.id)],
                "onEvent": {
                    # amis throttles its own validation toast to one per 5 s per form, so a second
                    # save soon after the first (one item filled, another still missing) showed
                    # nothing at all: toast ourselves, every time, and keep amis' quiet.
                    "validateError": {
                        "actions": [
                            {
                                "actionType": "toast",
                                "args": {"msgType": "error", "msg": refused},
                                "preventDefault": True,
                            }
                        ]
                    },
                    "submitSucc": {
                        "actions": [
                            {"actionType": "reload", "componentId": TASK_LIST},
                            {"actionType": "closeDrawer", "expression": "${!then_next}"},
                        ]
                    },
                },
            }
            brief = [ai_panels.brief_panel(task.id)] if AiFeature.BRIEF in features else []
            if not principal.can("patient:read"):
                return BaseApiOut(data={"type": "wrapper", "body": [*brief, form_schema]} if brief else form_schema)
            # The patient 360 beside the questionnaire: admissions, discharge summary, labs and
            # earlier follow-ups in view while talking to the patient.
            overview = patient_360_of(task.patient_id)
            return BaseApiOut(
                data={
                    "type": "grid",
                    "columns": [
                        {"md": 7, "body": [form_schema]},
                        {"md": 5, "body": [*brief, {"type": "panel", "title": "患者信息", "body": [overview]}]},
                    ],
                }
            )

        self.router.add_api_route("/form/{task_id}", form, methods=["GET"], name="execution_form")
        return self


RECORD_DETAIL = {
    "type": "service",
    "api": "get:/api/v1/followup/records/${id}",
    "body": [
        {
            "type": "property",
            "column": 3,
            "items": [
                {"label": "患者", "content": "${patient}"},
                {"label": "科室", "content": "${department}"},
                {"label": "随访模板", "content": "${template}（第${step}次，应随访 ${due}）"},
                {"label": "随访结果", "content": "${outcome}"},
                {"label": "得分", "content": "${score|default:'-'}"},
                {"label": "判定", "content": "${interpretation|default:'-'}", "visibleOn": "${interpretation}"},
                {"label": "随访人员", "content": "${staff}"},
                {"label": "随访时间", "content": "${contacted_at}"},
                {"label": "问卷", "content": "${questionnaire}"},
                # a filter chain turns off amis' own escaping: staff-entered text is escaped first
                {"label": "备注", "content": "${notes|html|default:'-'}"},
            ],
        },
        data_table("答案", "answers", [("question", "题目"), ("answer", "回答")]),
        data_table(
            "通话",
            "calls",
            [
                ("started_at", "拨打时间"),
                ("staff", "随访人员"),
                ("status", "通话状态"),
                ("duration_seconds", "时长（秒）"),
                {
                    "name": "recording",
                    "label": "录音",
                    "type": "audio",
                    "src": "${recording}",
                    "visibleOn": "${recording}",
                },
            ],
            placeholder="该任务没有通话记录",
        ),
        data_table(
            "发现的问题",
            "problems",
            [
                ("severity", "紧急程度"),
                ("department", "处理科室"),
                ("description", "问题"),
                ("status", "状态"),
                ("reply", "科室回复"),
            ],
            placeholder="本次随访未发现问题",
        ),
    ],
}


class RecordAdmin(TortoiseModelAdmin):
    page_schema = page("随访结果查询", "fa fa-search", 70)
    model = FollowUpRecord
    permission = "followup:read"
    export_permission = ("patient:export", "followup:template")
    scoped = True
    readonly = True
    list_display = [
        "id",
        "patient__name",
        "task__department__name",
        "task__template__name",
        "outcome",
        "score",
        "staff__name",
        "contacted_at",
        "notes",
        "answers",
    ]
    list_filter = [
        "patient__name",
        "task__department_id",
        "task__template_id",
        "outcome",
        "contacted_at",
        "task__due_end",
        "staff_id",
        "questionnaire_id",
    ]
    ordering = ["-contacted_at", "-id"]
    item_actions = [ItemAction("detail", "详情", "followup:read", view=RECORD_DETAIL)]
    labels = {
        "task__department_id": "科室",
        "task__template_id": "随访模板",
        "task__due_end": "应随访截止日期",
        "staff_id": "随访人员",
        "task__department__name": "科室",
        "task__template__name": "随访模板",
        "score": "得分",
        "staff__name": "随访人员",
        "contacted_at": "随访时间",
        "notes": "备注",
        "answers": "答案",
    }

    def extra_filter_fields(self) -> dict[str, Any]:
        items = "get:/admin/FollowUpApp/RecordAdmin/answer_items"
        return {
            "answer_item": (
                str | None,
                Field(
                    None,
                    title="题目",
                    json_schema_extra={
                        "amis_filter_item": {
                            "type": "select",
                            "source": items,
                            "searchable": True,
                            "clearable": True,
                            "size": "lg",
                        }
                    },
                ),
            ),
            "answer_value": (
                str | None,
                Field(
                    None,
                    title="答案",
                    max_length=200,
                    json_schema_extra={"amis_filter_item": {"placeholder": "选项文字、选项编码或数值"}},
                ),
            ),
        }

    async def list_rows(self, principal: Principal, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """答案 as 题目：答案 in the questionnaire's words, never the stored JSON of item ids."""
        texts = await execution.answer_summaries({r["id"]: r["answers"] for r in rows})
        return [{**row, "answers": texts[row["id"]]} for row in rows]

    async def get_list_column(self, request: Request, modelfield: Any) -> Any:
        column = await super().get_list_column(request, modelfield)
        if modelfield.name in ("answers", "notes"):
            # text (see list_rows), not the JSON viewer; a long one is cut to a line or two in the
            # list (a 2,000-character answer made one row taller than the screen), whole on hover
            column.type = "tpl"
            column.tpl = f"${{{modelfield.name}|truncate:60|html}}"  # html: escaped, as without filters
            column.popOver = {
                "trigger": "hover",
                "showIcon": False,
                "visibleOn": f"${{{modelfield.name}.length > 60}}",
                "body": {"type": "tpl", "tpl": f"${{{modelfield.name}}}", "className": "whitespace-pre-wrap"},
            }
        return column

    async def extra_filter(self, principal: Principal, query: QuerySet[Any], filters: dict[str, Any]) -> QuerySet[Any]:
        """题目 + 答案: records that gave this answer (searched in the database, every record)."""
        return await execution.with_answer(query, filters.get("answer_item"), filters.get("answer_value"))

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def answer_items(principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            self._require(principal)
            return BaseApiOut(data={"options": await execution.answer_items()})

        self.router.add_api_route("/answer_items", answer_items, methods=["GET"], name="answer_items")
        return self

    async def export_table(
        self, principal: Principal, query: QuerySet[Any]
    ) -> tuple[list[str], AsyncIterator[list[list[Any]]]]:
        """Answers as labels, one column per item, phone masked per role (`services.records_export`)."""
        table = await records_export.results_table(principal, query=query, title=str(self.page_schema.label))
        return table.headers, table.rows


__all__ = ["Request"]


# The figures link to the lists they count, with the same period and filters: plan figures to
# 随访任务 (due date in the period), workload to 随访结果查询 (contact time in the period).
_STATS_ADAPTOR = """
const d = payload, q = api.query || api.data || {}, names = Object.keys(d.by_department);
const period = d.period.from + ',' + d.period.until;
const scope = (q.department_id ? '&department_id=' + q.department_id : '')
  + (q.template_id ? '&template_id=' + q.template_id : '');
const recordScope = (q.department_id ? '&task__department_id=' + q.department_id : '')
  + (q.template_id ? '&task__template_id=' + q.template_id : '');
const tasks = '#/admin/FollowUpApp/TaskAdmin?due_end=' + period + scope;
const records = '#/admin/FollowUpApp/RecordAdmin?contacted_at=' + period + recordScope;
const planLinks = base => ({due: base + '&status=' + encodeURIComponent('[!=]cancelled'),
  completed: base + '&status=completed', reached: base + '&status=completed&outcome=reached'});
const rowLinks = extra => planLinks('#/admin/FollowUpApp/TaskAdmin?due_end=' + period
  + (q.department_id && !extra.startsWith('&department_id') ? '&department_id=' + q.department_id : '')
  + (q.template_id && !extra.startsWith('&template_id') ? '&template_id=' + q.template_id : '') + extra);
return {status: 0, data: {...d, departments: names,
  followup_rates: names.map(n => d.by_department[n].followup_rate),
  reach_rates: names.map(n => d.by_department[n].reach_rate),
  department_rows: names.map(n => ({name: n, ...d.by_department[n],
    links: rowLinks('&department_id=' + d.department_ids[n])})),
  template_rows: Object.keys(d.by_template).map(n => ({name: n, ...d.by_template[n],
    links: rowLinks('&template_id=' + d.template_ids[n])})),
  links: planLinks(tasks),
  workload: d.workload.map(w => ({...w, href: w.staff_id ? records + '&staff_id=' + w.staff_id : ''}))}};
"""


def _rates_table(title: str, source: str, label: str) -> dict[str, Any]:
    percent = "${%s * 100 | round:1}%%"
    columns = [
        ("name", label),
        {"name": "due", "label": "应随访", **figure_link("links.due", "due")},
        {"name": "completed", "label": "已完成", **figure_link("links.completed", "completed")},
        ("completed_in_window", "按时完成"),
        {"name": "reached", "label": "联系成功", **figure_link("links.reached", "reached")},
        {"name": "followup_rate", "label": "随访率", "type": "tpl", "tpl": percent % "followup_rate"},
        {"name": "reach_rate", "label": "联系成功率", "type": "tpl", "tpl": percent % "reach_rate"},
    ]
    return data_table(title, source, columns, columnsTogglable=False)


class StatisticsAdmin(PermissionPage):
    """统计分析: follow-up and reach rates per department and template, workload, problems."""

    page_schema = PageSchema(label="统计分析", icon="fa fa-bar-chart", sort=60)
    page_path = "/statistics"

    permission = "stats:read"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        today = now().date()
        options = "get:/api/v1/followup/stats/options/"
        form, query = statistics_filter(
            "stats",
            date_label="应随访截止日期",
            start=today - timedelta(days=30),
            end=today,
            selects=[
                ("department_id", "科室", options + "departments"),
                ("template_id", "随访模板", options + "templates"),
            ],
            export_url="/api/v1/followup/stats.xlsx",
        )
        rate_chart = {
            "type": "chart",
            "height": 320,
            "config": {
                "tooltip": {"trigger": "axis"},
                "legend": {"data": ["随访率", "联系成功率"]},
                "xAxis": {"type": "category", "data": "${departments}"},
                "yAxis": {"type": "value", "max": 1, "axisLabel": {"formatter": "{value}"}},
                "series": [
                    {"name": "随访率", "type": "bar", "data": "${followup_rates}"},
                    {"name": "联系成功率", "type": "bar", "data": "${reach_rates}"},
                ],
            },
            "trackExpression": "${departments|json}",
        }
        page_.body = [
            form,
            {
                "type": "service",
                "name": "stats",
                "api": {"url": "/api/v1/followup/stats", "method": "get", "data": query, "adaptor": _STATS_ADAPTOR},
                "body": [
                    {
                        "type": "property",
                        "column": 4,
                        "items": [
                            {"label": "应随访", "content": figure_link("links.due", "total.due")},
                            {"label": "已完成", "content": figure_link("links.completed", "total.completed")},
                            {"label": "按时完成", "content": "${total.completed_in_window}"},
                            {"label": "联系成功", "content": figure_link("links.reached", "total.reached")},
                            {"label": "随访率", "content": "${total.followup_rate * 100 | round:1}%"},
                            {"label": "联系成功率", "content": "${total.reach_rate * 100 | round:1}%"},
                            {"label": "危险信号问题", "content": "${problems.urgent}"},
                            {"label": "待处理问题", "content": "${problems.open}"},
                        ],
                    },
                    {
                        "type": "tpl",
                        "className": "text-muted",
                        "tpl": "统计口径：应随访 = 应随访截止日期在统计期内、未取消的任务；"
                        "已完成、联系成功为其中已完成、结果为已联系的任务；随访率 = 已完成 ÷ 应随访；"
                        "工作量按随访时间统计。点击蓝色数字可打开对应明细，明细条数与此处一致。",
                    },
                    rate_chart,
                    data_table(
                        "工作量（按随访人员）",
                        "workload",
                        [
                            ("staff", "随访人员"),
                            {"name": "contacts", "label": "随访次数", **figure_link("href", "contacts")},
                            ("reached", "联系成功"),
                            ("calls", "通话次数"),
                            ("talk_seconds", "通话时长（秒）"),
                        ],
                    ),
                    _rates_table("按科室", "department_rows", "科室"),
                    _rates_table("按随访模板", "template_rows", "随访模板"),
                ],
            },
        ]
        principal = await optional_principal(request)
        features = await ai.available_features(principal) if principal else set()
        if AiFeature.STATS_QUESTION in features:
            page_.body.insert(1, ai_panels.stats_question_form())
        if AiFeature.NARRATIVE in features:
            page_.body.append(ai_panels.narrative_form())
        return page_
