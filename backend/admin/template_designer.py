"""随访模板设计: the template designer in a drawer, in place of JSON text boxes.

Match rules are one control per condition (every condition the engine knows, all of them
required at once, which is how the engine reads them), picking from the hospital's own lists;
the schedule is a combo of rows (出院后 N 天/个月, window, channel, label, repetition). Under
the rows a sentence says what the schedule does, rendered on the server by the same function the
template list uses; 预览匹配人数 counts the rules being edited and how many of those stays a
higher-priority template already calls in the same window.

The form's shape (row units, 有/无手术, comma lists) is presentation only: `template_from_form`
and `designer_data` translate it to and from the stored shape, which is the API's, in this one
module; `services.template_designer.save` validates and saves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Body, Depends, Query
from fastapi_amis_admin.crud.schema import BaseApiOut

from backend.admin.auth import require_principal
from backend.admin.text import text
from backend.models import FollowUpTemplate
from backend.models.choices import AssignmentPolicy, Channel, DischargeDisposition, MergeRule, Program
from backend.services import (
    department_templates,
    followup_rules,
    satisfaction_sampling,
    survey_script,
    template_designer,
)
from backend.services.errors import InvalidInput, NotFound
from backend.services.principal import Principal
from backend.web.schemas import Id

if TYPE_CHECKING:
    from backend.admin.model_admin import TortoiseModelAdmin

Caller = Annotated[Principal, Depends(require_principal)]
FORM = "template-designer"
LIST_RULES = ("departments", "icd_prefixes", "tcm_diseases", "dispositions", "tags")
NUMBER_RULES = ("age_min", "age_max", "los_min", "los_max")
OPERATION = {"yes": True, "no": False}
UNITS = [{"label": "天", "value": "days"}, {"label": "个月", "value": "months"}]
HELP_PRIORITY = (
    "同一患者在同一时间窗口内只打一次电话：两个模板的电话随访窗口重叠时，优先级高（数字大）的模板先随访；"
    "优先级相同则先建的模板优先。短信、H5 问卷链接不算电话，不受影响。"
)
HELP_MERGE = (
    "本模板的某次随访与优先级更高的模板同期时：「合并到同一次随访」——本次不再单独打电话，"
    "记为已合并（任务列表可见），患者只接一次电话、答高优先级问卷；"
    "「顺延」——本次随访的窗口移到那次随访窗口结束后的第二天开始，窗口长度不变，问卷照常单独随访。"
)


# ---------------------------------------------------------------------------------------------
# Stored shape <-> designer form


def _whole(value: Any, label: str, *, required: bool = True) -> int | None:
    """A whole number typed into the form (amis sends numbers, or "" for an empty box)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(f"请填写{label}", field="steps")
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{label}必须是整数", field="steps") from None
    if not number.is_integer():
        raise InvalidInput(f"{label}必须是整数", field="steps")
    return int(number)


def _list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value) if isinstance(value, list) else [value]


def steps_to_form(schedule: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for item in schedule or []:
        row: dict[str, Any] = {
            "window_days": item.get("window_days", 3),
            "channel": item.get("channel", ""),
            "label": item.get("label", ""),
            "repeat": "every_days" in item,
        }
        if item.get("offset_months"):
            row |= {"unit": "months", "offset": item["offset_months"], "plus_days": item.get("offset_days", 0)}
        else:
            row |= {"unit": "days", "offset": item.get("offset_days", item.get("every_days", 0))}
        if row["repeat"]:
            row |= {"every_days": item["every_days"], "times": item.get("times", 1)}
        rows.append(row)
    return rows


def steps_from_form(rows: Any) -> list[dict[str, Any]]:
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InvalidInput("随访时间点格式错误", field="steps")
    schedule = []
    for n, row in enumerate(rows, start=1):
        at = f"第 {n} 个随访时间点的"
        offset = _whole(row.get("offset"), f"{at}出院后时间")
        item: dict[str, Any] = {}
        if row.get("unit") == "months":
            item["offset_months"] = offset
            plus = _whole(row.get("plus_days"), f"{at}附加天数", required=False)
            if plus:
                item["offset_days"] = plus
        else:
            item["offset_days"] = offset
            if row.get("repeat"):
                item["every_days"] = _whole(row.get("every_days"), f"{at}重复间隔天数")
                item["times"] = _whole(row.get("times"), f"{at}重复次数")
        item["window_days"] = _whole(row.get("window_days"), f"{at}随访窗口天数")
        if str(row.get("label") or "").strip():
            item["label"] = str(row["label"]).strip()
        if row.get("channel"):
            item["channel"] = row["channel"]
        schedule.append(item)
    return schedule


def rules_to_form(rules: dict[str, Any]) -> dict[str, Any]:
    form = dict(rules or {})
    if form.get("had_operation") is not None:
        form["had_operation"] = "yes" if form["had_operation"] else "no"
    return form


def rules_from_form(form: Any) -> dict[str, Any]:
    """The stored match rules from the form's: empty conditions left out, numbers as integers."""
    if not isinstance(form, dict):
        raise InvalidInput("筛选条件格式错误", field="match_rules")
    rules: dict[str, Any] = {}
    for key, value in form.items():
        if key in LIST_RULES:
            # the diagnosis pickers keep {label, value} options (their names survive a new search)
            picked = [v.get("value") if isinstance(v, dict) else v for v in _list(value)]
            values = [str(v).strip() for v in picked if v is not None and str(v).strip()]
            if key == "icd_prefixes":
                values = [v.upper() for v in values]
            if values:
                rules[key] = list(dict.fromkeys(values))
        elif key in NUMBER_RULES:
            number = _whole(value, followup_rules.RULE_LABELS[key], required=False)
            if number is not None:
                rules[key] = number
        elif key == "exclude_templates":
            ids = [_whole(v, "排除的模板") for v in _list(value)]
            if ids:
                rules[key] = ids
        elif key == "had_operation":
            if value in OPERATION:
                rules[key] = OPERATION[value]
            elif isinstance(value, bool):
                rules[key] = value
        elif value not in (None, "", []):
            rules[key] = value  # validate_rules names what it does not know
    return followup_rules.validate_rules(rules)


def _enum(kind: Any, value: Any, label: str, field: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise InvalidInput(f"请选择{label}", field=field) from None


def template_from_form(data: dict[str, Any]) -> tuple[dict[str, Any], list[int]]:
    """The template's stored values and its team (staff ids) from the designer form's data."""
    name = str(data.get("name") or "").strip()
    if not name or len(name) > 64:
        raise InvalidInput("请填写模板名称（最多 64 字）", field="name")
    questionnaire = _whole(data.get("questionnaire_id"), "问卷", required=False)
    if questionnaire is None:
        raise InvalidInput("请选择问卷", field="questionnaire_id")
    priority = _whole(data.get("priority"), "优先级", required=False) or 0
    if not -1000 <= priority <= 1000:
        raise InvalidInput("优先级必须在 -1000 到 1000 之间", field="priority")
    values = {
        "name": name,
        "program": _enum(Program, data.get("program"), "项目", "program"),
        "owner_department_id": _whole(data.get("owner_department_id"), "所属科室", required=False),
        "questionnaire_id": questionnaire,
        "channel": _enum(Channel, data.get("channel"), "随访方式", "channel"),
        "assignment_policy": _enum(AssignmentPolicy, data.get("assignment_policy"), "分配方式", "assignment_policy"),
        "merge_rule": _enum(MergeRule, data.get("merge_rule") or MergeRule.DEFER.value, "同期合并规则", "merge_rule"),
        "is_active": bool(data.get("is_active")),
        "priority": priority,
        "match_rules": rules_from_form(data.get("match_rules") or {}),
        "schedule": steps_from_form(data.get("steps")),
    }
    followup_rules.parse_schedule(values["schedule"])
    if values["program"] is Program.SATISFACTION:
        values["sampling"] = data.get("sampling") or {}
        values["script"] = data.get("script") or {}
    team = [_whole(v, "随访人员") for v in _list(data.get("assignees"))]
    return values, [t for t in team if t is not None]


async def designer_data(template: FollowUpTemplate) -> dict[str, Any]:
    """The designer form's data for a saved template."""
    return {
        "id": template.id,
        "name": template.name,
        "program": template.program.value,
        "owner_department_id": template.owner_department_id,
        "questionnaire_id": template.questionnaire_id,
        "channel": template.channel.value,
        "assignment_policy": template.assignment_policy.value,
        "merge_rule": template.merge_rule.value,
        "is_active": template.is_active,
        "priority": template.priority,
        "assignees": sorted(await template.assignees.all().values_list("id", flat=True)),
        "match_rules": {
            **rules_to_form(template.match_rules),
            # the saved diagnoses as the pickers' {label, value} options, with their names
            **{
                name: await template_designer.diagnosis_options(kind, chosen=template.match_rules[name])
                for kind, name in (("icd", "icd_prefixes"), ("tcm", "tcm_diseases"))
                if template.match_rules.get(name)
            },
        },
        "steps": steps_to_form(template.schedule),
        "sampling": template.sampling or {**satisfaction_sampling.DEFAULT, "enabled": False},
        "script": survey_script.form_data(template.script),
    }


NEW_TEMPLATE = {
    "program": Program.CENTRE.value,
    "channel": Channel.PHONE.value,
    "assignment_policy": AssignmentPolicy.ROUND_ROBIN.value,
    "merge_rule": MergeRule.DEFER.value,
    "is_active": True,
    "priority": 0,
    "assignees": [],
    "match_rules": {},
    "steps": [{"offset": 7, "unit": "days", "window_days": 7, "channel": "", "label": "", "repeat": False}],
    # shown once the program is 满意度调查: sampling on (30% per department per month), the default script
    "sampling": satisfaction_sampling.DEFAULT,
    "script": survey_script.form_data(None),
}


def _sampling_controls() -> list[dict[str, Any]]:
    on = "${sampling.enabled}"
    return [
        {
            "type": "switch",
            "name": "sampling.enabled",
            "label": "按科室抽样",
            "remark": "关闭则符合条件的出院患者全部调查",
        },
        {
            "type": "radios",
            "name": "sampling.mode",
            "label": "抽样方式",
            "options": [{"label": label, "value": value} for value, label in satisfaction_sampling.MODES.items()],
            "visibleOn": on,
        },
        {
            "type": "input-number",
            "name": "sampling.percent",
            "label": "抽样比例（%）",
            "min": 0.1,
            "max": 100,
            "precision": 1,
            "visibleOn": "${sampling.enabled && sampling.mode == 'percent'}",
            "requiredOn": "${sampling.enabled && sampling.mode == 'percent'}",
        },
        {
            "type": "input-number",
            "name": "sampling.count",
            "label": "每科室抽样人数",
            "min": 1,
            "max": 100000,
            "visibleOn": "${sampling.enabled && sampling.mode == 'count'}",
            "requiredOn": "${sampling.enabled && sampling.mode == 'count'}",
        },
        {
            "type": "select",
            "name": "sampling.period",
            "label": "抽样周期（按出院日期）",
            "options": [{"label": label, "value": value} for value, label in satisfaction_sampling.PERIODS.items()],
            "visibleOn": on,
        },
        {
            "type": "input-number",
            "name": "sampling.minimum",
            "label": "每科室最少人数",
            "min": 0,
            "max": 100000,
            "visibleOn": on,
            "remark": "科室出院人数少于此数时全部调查",
        },
        {
            "type": "input-number",
            "name": "sampling.recent_days",
            "label": "排除近多少天内已被调查过的患者",
            "min": 0,
            "max": 3650,
            "visibleOn": on,
            "remark": "任何项目（随访中心、科室、满意度）在此天数内已联系成功的患者不再抽取；0 为不排除",
        },
        *(
            {"type": "switch", "name": f"sampling.{key}", "label": label, "visibleOn": on}
            for key, label in (
                ("exclude_minors", "排除未成年人（出院时不满 18 岁）"),
                ("exclude_deceased", "排除已故患者"),
                ("exclude_readmitted", "排除出院后再次入院者"),
                ("exclude_open_complaint", "排除投诉（整改单）未结案的患者"),
            )
        ),
        {
            "type": "tpl",
            "className": "text-muted",
            "visibleOn": on,
            "tpl": "每个科室每个周期按比例（向上取整）或固定人数抽取，不少于最少人数；已抽中的患者保留，"
            "重复生成任务不会重复抽样。",
        },
    ]


def _script_controls() -> list[dict[str, Any]]:
    hint = "可用占位符：" + "、".join("{" + name + "}" for name in survey_script.PLACEHOLDERS)
    return [
        *(
            {
                "type": "textarea",
                "name": f"script.{key}",
                "label": label,
                "maxLength": survey_script.MAX_LENGTH,
                "minRows": 2,
                "placeholder": survey_script.DEFAULTS[key],
            }
            for key, label in survey_script.PARTS
        ),
        {"type": "tpl", "className": "text-muted", "tpl": f"执行随访时显示在抽屉顶部。{hint}；留空则用默认话术。"},
    ]


# ---------------------------------------------------------------------------------------------
# amis schema


def _picker(name: str, label: str, source: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "type": "select",
        "name": name,
        "label": label,
        **({"source": source} if source else {}),
        "multiple": True,
        "searchable": True,
        "clearable": True,
        "joinValues": False,
        "extractValue": True,
        **extra,
    }


def _rule_controls(route: str, *, own_department: bool = False) -> list[dict[str, Any]]:
    def diagnoses(kind: str, name: str, label: str, hint: str) -> dict[str, Any]:
        # The values are {label, value} options, so a picked name stays shown whatever the next
        # search returns. (With bare codes the search URL had to carry the chosen codes to name
        # them, and amis then re-sent the previous term when a pick changed that URL, dropping
        # the next search: a second diagnosis could not be found by typing.)
        return _picker(
            f"match_rules.{name}",
            label,
            None,
            autoComplete=f"get:{route}/designer/diagnoses?kind={kind}&term=${{term}}",
            placeholder=hint,
            extractValue=False,
        )

    return [
        _picker(
            "match_rules.departments",
            "科室",
            f"get:{route}/designer/departments",
            # a department's template never reaches the whole hospital (services.department_templates)
            placeholder="不选则只匹配本科室" if own_department else "不限科室",
        ),
        diagnoses(
            "icd", "icd_prefixes", "西医诊断（ICD-10 前缀）", "输入编码、名称或拼音首字母搜索诊断编码库；不选则不限"
        ),
        diagnoses("tcm", "tcm_diseases", "中医病名 / 证候", "输入名称或拼音首字母搜索诊断编码库；不选则不限"),
        {
            "type": "group",
            "label": "出院时年龄（岁）",
            "body": [
                {"type": "input-number", "name": "match_rules.age_min", "placeholder": "不限", "min": 0, "max": 150},
                {"type": "tpl", "tpl": "至", "className": "pt-2"},
                {"type": "input-number", "name": "match_rules.age_max", "placeholder": "不限", "min": 0, "max": 150},
            ],
        },
        {
            "type": "group",
            "label": "住院天数",
            "body": [
                {"type": "input-number", "name": "match_rules.los_min", "placeholder": "不限", "min": 0},
                {"type": "tpl", "tpl": "至", "className": "pt-2"},
                {"type": "input-number", "name": "match_rules.los_max", "placeholder": "不限", "min": 0},
            ],
        },
        {
            "type": "checkboxes",
            "name": "match_rules.dispositions",
            "label": "离院方式",
            "options": DischargeDisposition.options(),
            "joinValues": False,
            "extractValue": True,
            "remark": "不选则不限",
        },
        {
            "type": "radios",
            "name": "match_rules.had_operation",
            "label": "手术",
            "options": [
                {"label": "不限", "value": ""},
                {"label": "有手术", "value": "yes"},
                {"label": "无手术", "value": "no"},
            ],
            "value": "",
        },
        {
            "type": "input-tag",
            "name": "match_rules.tags",
            "label": "标签（任一）",
            "placeholder": "输入标签后回车，如 慢病",
            "joinValues": False,
            "extractValue": True,
            "clearable": True,
        },
        _picker(
            "match_rules.exclude_templates",
            "排除已由这些模板随访的患者",
            f"get:{route}/designer/templates?excluding=${{id|default:0}}",
            placeholder="不排除",
        ),
    ]


def _preview(route: str) -> dict[str, Any]:
    """匹配预览: what the rules and plan being edited would take, counted again at each change,
    before anything is saved. Like the sentence, it comes back as a schema (see there)."""
    return {
        "type": "service",
        "schemaApi": {
            "method": "post",
            "url": f"{route}/designer/preview",
            "data": {
                "id": "${id}",
                "match_rules": "${match_rules}",
                "steps": "${steps}",
                "priority": "${priority}",
                "merge_rule": "${merge_rule}",
                "channel": "${channel}",
            },
            "trackExpression": "${match_rules|json}${steps|json}${priority}${merge_rule}${channel}",
            "silent": True,
        },
    }


def _step_controls() -> list[dict[str, Any]]:
    channels = [{"label": "同模板随访方式", "value": ""}, *Channel.options()]
    return [
        {"type": "tpl", "tpl": "出院后第", "className": "pt-2"},
        {"type": "input-number", "name": "offset", "required": True, "min": 0, "max": 3650, "placeholder": "7"},
        {"type": "select", "name": "unit", "options": UNITS, "value": "days", "required": True},
        {"type": "hidden", "name": "plus_days"},
        {"type": "tpl", "tpl": "起", "className": "pt-2"},
        {"type": "input-number", "name": "window_days", "required": True, "min": 0, "max": 365, "placeholder": "7"},
        {"type": "tpl", "tpl": "天内", "className": "pt-2"},
        {"type": "select", "name": "channel", "options": channels, "value": ""},
        {"type": "input-text", "name": "label", "placeholder": "名称，如 出院7天", "maxLength": 32},
        {"type": "switch", "name": "repeat", "option": "重复", "visibleOn": "${unit != 'months'}"},
        {
            "type": "input-number",
            "name": "every_days",
            "placeholder": "每隔天数",
            "min": 1,
            "max": 3650,
            "visibleOn": "${repeat && unit != 'months'}",
        },
        {
            "type": "input-number",
            "name": "times",
            "placeholder": "共几次",
            "min": 1,
            "max": 50,
            "visibleOn": "${repeat && unit != 'months'}",
        },
    ]


def new_template(principal: Principal | None, owner: int | None = None) -> dict[str, Any]:
    """A new template's defaults: a department role starts a 科室随访 template of its own
    department, assigned to each stay's attending doctor."""
    if principal is None or department_templates.hospital_wide(principal):
        return NEW_TEMPLATE
    return {
        **NEW_TEMPLATE,
        "program": Program.DEPARTMENT.value,
        "assignment_policy": AssignmentPolicy.ATTENDING.value,
        "owner_department_id": owner,
    }


def designer_form(
    route: str, *, template_id: str | None, principal: Principal | None = None, owner: int | None = None
) -> dict[str, Any]:
    """The 新增 / 编辑 drawer's form (`template_id`: the amis expression of the row's id)."""
    own_department = principal is not None and not department_templates.hospital_wide(principal)
    # The sentence comes back as a schema, not as data: a service's data is re-initialised from
    # the form's whenever that changes (a select loading its options), which would blank it.
    sentence = {
        "type": "service",
        "schemaApi": {
            "method": "post",
            "url": f"{route}/designer/sentence",
            "data": {"steps": "${steps}", "channel": "${channel}"},
            "trackExpression": "${steps|json}${channel}",
            "silent": True,
        },
    }
    basics = [
        {"type": "input-text", "name": "name", "label": "模板名称", "required": True, "maxLength": 64},
        {
            "type": "select",
            "name": "program",
            "label": "项目",
            # a department designs its own 科室随访 only (services.department_templates)
            "options": [o for o in Program.options() if o["value"] == Program.DEPARTMENT.value]
            if own_department
            else Program.options(),
            "required": True,
        },
        {
            "type": "select",
            "name": "owner_department_id",
            "label": "所属科室",
            "source": f"get:{route}/designer/owner_departments",
            "searchable": True,
            "clearable": not own_department,
            "required": own_department,
            "placeholder": "请选择本科室" if own_department else "全院",
        },
        {
            "type": "select",
            "name": "questionnaire_id",
            "label": "问卷",
            "source": f"get:{route}/designer/questionnaires",
            "searchable": True,
            "required": True,
        },
        {"type": "select", "name": "channel", "label": "随访方式", "options": Channel.options(), "required": True},
        {"type": "switch", "name": "is_active", "label": "启用"},
    ]
    team = [
        {
            "type": "select",
            "name": "assignment_policy",
            "label": "分配方式",
            "options": AssignmentPolicy.options(),
            "required": True,
        },
        _picker(
            "assignees",
            "随访人员",
            f"get:{route}/designer/assignees?program=${{program}}&departments=${{match_rules.departments|join}}",
            placeholder="不选则由全院范围内有随访权限的人员轮流承担（科室随访：本科室人员）",
            remark="只列出能执行本项目随访、且能看到所选全部科室患者的人员",
            visibleOn="${assignment_policy == 'round_robin' || assignment_policy == 'least_loaded'}",
        ),
        {
            "type": "input-number",
            "name": "priority",
            "label": "优先级",
            "min": -1000,
            "max": 1000,
            "remark": HELP_PRIORITY,
        },
        {
            "type": "radios",
            "name": "merge_rule",
            "label": "与高优先级模板同期时",
            "options": MergeRule.options(),
            "remark": HELP_MERGE,
        },
    ]
    steps = {
        "type": "combo",
        "name": "steps",
        "label": False,
        "multiple": True,
        "draggable": True,
        "minLength": 1,
        "addButtonText": "添加随访时间点",
        "strictMode": False,
        "changeImmediately": True,
        "scaffold": {"offset": 30, "unit": "days", "window_days": 7, "channel": "", "label": "", "repeat": False},
        "items": _step_controls(),
    }
    form: dict[str, Any] = {
        "type": "form",
        "id": FORM,
        "mode": "horizontal",
        "api": f"post:{route}/designer" + (f"/{template_id}" if template_id else ""),
        "body": [
            {"type": "fieldSet", "title": "基本信息", "body": basics},
            {
                "type": "fieldSet",
                "title": "匹配条件（同时满足）",
                "body": [*_rule_controls(route, own_department=own_department), _preview(route)],
            },
            {"type": "fieldSet", "title": "随访计划", "body": [steps, sentence]},
            {"type": "fieldSet", "title": "分配与同期随访", "body": team},
            {
                "type": "fieldSet",
                "title": "抽样（满意度调查）",
                "visibleOn": "${program == 'satisfaction'}",
                "body": _sampling_controls(),
            },
            {
                "type": "fieldSet",
                "title": "调查话术（满意度调查）",
                "visibleOn": "${program == 'satisfaction'}",
                "collapsable": True,
                "body": _script_controls(),
            },
        ],
        "actions": [{"type": "submit", "label": "保存模板", "level": "primary"}],
        "onEvent": {
            "submitSucc": {"actions": [{"actionType": "closeDrawer"}, {"actionType": "reload", "componentId": "crud"}]}
        },
    }
    if template_id:
        form["initApi"] = f"get:{route}/designer/{template_id}"
    else:
        form["data"] = new_template(principal, owner)
    return form


# ---------------------------------------------------------------------------------------------
# Routes


def _shown(css: str, message: str) -> dict[str, Any]:
    # staff-entered labels inside a template string: as text
    return {"type": "tpl", "className": f"{css} block my-2", "tpl": text(message)}


def register(admin: TortoiseModelAdmin) -> None:
    """The designer's routes under the template admin's router (write permission throughout)."""

    def check(principal: Principal) -> None:
        admin._require(principal, write=True)

    def options(rows: list[dict[str, Any]]) -> BaseApiOut[Any]:
        return BaseApiOut(data={"options": rows})

    async def departments(principal: Caller) -> Any:
        check(principal)
        return options(await template_designer.department_options(principal))

    async def owner_departments(principal: Caller) -> Any:
        check(principal)
        return options(await template_designer.owner_department_options(principal))

    async def questionnaires(principal: Caller) -> Any:
        check(principal)
        return options(await template_designer.questionnaire_options())

    async def templates(principal: Caller, excluding: Annotated[int, Query(ge=0)] = 0) -> Any:
        check(principal)
        return options(await template_designer.template_options(principal, excluding or None))

    async def diagnoses(
        principal: Caller,
        kind: Annotated[str, Query(pattern="^(icd|tcm)$")],
        term: Annotated[str, Query(max_length=32)] = "",
    ) -> Any:
        check(principal)
        return options(await template_designer.diagnosis_options(kind, term=term))

    async def assignees(
        principal: Caller,
        program: Annotated[str, Query(max_length=16)] = Program.CENTRE.value,
        departments: Annotated[str, Query(max_length=2000)] = "",
    ) -> Any:
        check(principal)
        codes = [c for c in departments.split(",") if c.strip()]
        return options(await template_designer.assignee_options(_enum(Program, program, "项目", "program"), codes))

    async def sentence(principal: Caller, body: Annotated[dict[str, Any], Body()]) -> Any:
        check(principal)
        try:
            said = followup_rules.describe_schedule(steps_from_form(body.get("steps")), body.get("channel") or "phone")
        except (InvalidInput, ValueError) as exc:
            said = f"随访时间点尚未填写完整：{getattr(exc, 'message', '随访方式有误')}"
        return BaseApiOut(data=_shown("template-sentence text-info", f"随访计划：{said}"))

    async def preview(principal: Caller, body: Annotated[dict[str, Any], Body()]) -> Any:
        check(principal)
        try:
            plan = followup_rules.PlanDraft(
                schedule=steps_from_form(body.get("steps")),
                priority=_whole(body.get("priority"), "优先级", required=False) or 0,
                merge_rule=_enum(MergeRule, body.get("merge_rule") or "defer", "同期合并规则", "merge_rule"),
                template_id=_whole(body.get("id"), "模板", required=False) or None,
                channel=_enum(Channel, body.get("channel") or "phone", "随访方式", "channel"),
            )
            result = await followup_rules.preview(principal, rules_from_form(body.get("match_rules") or {}), plan=plan)
        except InvalidInput as exc:
            return BaseApiOut(data=_shown("template-preview text-danger", f"无法预览：{exc.message}"))
        return BaseApiOut(data=_shown("template-preview", f"匹配预览：{result.message}"))

    async def read(template_id: Id, principal: Caller) -> Any:
        check(principal)
        template = await department_templates.visible_templates(principal).get_or_none(id=template_id)
        if template is None:
            raise NotFound("随访模板不存在或无权查看")
        return BaseApiOut(data=await designer_data(template))

    async def create(principal: Caller, body: Annotated[dict[str, Any], Body()]) -> Any:
        check(principal)
        values, team = template_from_form(body)
        template = await template_designer.save(principal, None, values, team)
        return BaseApiOut(data={"id": template.id}, msg=f"已保存随访模板「{template.name}」")

    async def update(template_id: Id, principal: Caller, body: Annotated[dict[str, Any], Body()]) -> Any:
        check(principal)
        await department_templates.editable(principal, template_id)  # out of reach: 404 before the form is read
        values, team = template_from_form(body)
        template = await template_designer.save(principal, template_id, values, team)
        return BaseApiOut(data={"id": template.id}, msg=f"已保存随访模板「{template.name}」")

    router = admin.router
    for path, route in (
        ("departments", departments),
        ("owner_departments", owner_departments),
        ("questionnaires", questionnaires),
        ("templates", templates),
        ("diagnoses", diagnoses),
        ("assignees", assignees),
    ):
        router.add_api_route(f"/designer/{path}", route, methods=["GET"], name=f"designer_{path}")
    router.add_api_route("/designer/sentence", sentence, methods=["POST"], name="designer_sentence")
    router.add_api_route("/designer/preview", preview, methods=["POST"], name="designer_preview")
    router.add_api_route("/designer", create, methods=["POST"], name="designer_create")
    # After the fixed paths: "sentence" and "preview" must not be read as an id.
    router.add_api_route("/designer/{template_id}", read, methods=["GET"], name="designer_read")
    router.add_api_route("/designer/{template_id}", update, methods=["POST"], name="designer_update")
