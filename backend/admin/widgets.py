"""Building blocks shared by the admin pages: menu groups, permission pages, read-only tables,
questionnaire form controls and the patient 360 view. It imports no page, so pages share these
without importing each other; only the menu and the site gather pages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

from fastapi_amis_admin.admin.admin import AdminApp, PageAdmin
from starlette.requests import Request

from backend.admin.auth import optional_principal
from backend.admin.shell import OpensInShell
from backend.admin.text import text
from backend.services.questionnaires import field_key


class MenuGroup(OpensInShell, AdminApp):
    """A menu group shown when any of its pages is; `members` are its pages, in menu order."""

    members: tuple[type[Any], ...] = ()

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.register_admin(*self.members)

    async def has_page_permission(self, request: Request, obj: Any = None, action: str | None = None) -> bool:
        return await optional_principal(request) is not None

    async def _get_page_as_app(self, request: Request) -> Any:
        # The library's group page carries its GitHub link and English copyright: none of ours.
        app = await super()._get_page_as_app(request)
        app.header = app.footer = None
        return app


def data_table(title: str, source: str, columns: list[Any], **extra: Any) -> dict[str, Any]:
    """A read-only amis table of the rows in `${source}`; a column is ("name", "label") or a full
    amis column (a dict). `extra`: more table properties (placeholder, rowClassNameExpr, ...)."""
    return {
        "type": "table",
        "title": title,
        "source": f"${{{source}}}",
        "columns": [c if isinstance(c, dict) else {"name": c[0], "label": c[1]} for c in columns],
        **extra,
    }


def figure_link(href: str, value: str) -> dict[str, Any]:
    """A figure shown as a link to the list it counts (`href` and `value` are data paths)."""
    return {"type": "link", "href": f"${{{href}}}", "body": f"${{{value}}}", "blank": False}


def statistics_filter(
    target: str,
    *,
    date_label: str,
    start: Any,
    end: Any,
    selects: list[tuple[str, str, str]],
    export_url: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The filter form of a statistics page and the query its service and export send: a period
    (default `start`..`end`) and a select per (name, label, options source); empty selections are
    left out of the request (amis drops undefined values)."""
    query = {
        "period_from": f"${{period_from|default:{start}}}",
        "period_until": f"${{period_until|default:{end}}}",
        **{name: f"${{{name}|default:undefined}}" for name, _, _ in selects},
    }
    dates = [("period_from", date_label, start), ("period_until", "至", end)]
    form = {
        "type": "form",
        "mode": "inline",
        "target": target,
        "wrapWithPanel": False,
        "submitText": "统计",
        "body": [
            *(
                {"type": "input-date", "name": n, "label": label, "valueFormat": "YYYY-MM-DD", "value": str(v)}
                for n, label, v in dates
            ),
            *(
                {"type": "select", "name": n, "label": label, "source": source, "searchable": True, "clearable": True}
                for n, label, source in selects
            ),
            {"type": "submit", "label": "统计", "level": "primary"},
            {
                "type": "button",
                "label": "导出 Excel",
                "icon": "fa fa-download",
                "actionType": "download",
                "api": {"method": "get", "url": export_url, "data": query, "responseType": "blob"},
            },
        ],
    }
    return form, query


class PermissionPage(OpensInShell, PageAdmin):
    """A bespoke amis page shown to those holding `permission` (the routes it calls check again)."""

    permission: str = ""

    async def has_page_permission(self, request: Request, obj: Any = None, action: str | None = None) -> bool:
        principal = await optional_principal(request)
        return principal is not None and principal.can(self.permission)


def questionnaire_control(item: dict[str, Any], prefix: str = "answers") -> dict[str, Any]:
    """One questionnaire item as an amis form control under `prefix`; show_if becomes visibleOn."""
    kind = item.get("type")
    options = [{"label": o.get("label", o.get("value")), "value": o.get("value")} for o in item.get("options", [])]
    control: dict[str, Any] = {
        "name": f"{prefix}.{field_key(item['id'])}",
        # a form label is a template: the item's wording is staff-entered text
        "label": text(item.get("text", item["id"])),
        "required": bool(item.get("required")),
    }
    if kind == "single":
        control.update({"type": "radios", "options": options})
    elif kind == "multiple":
        control.update({"type": "checkboxes", "options": options, "joinValues": False, "extractValue": True})
        alone = [o for o in item.get("options", []) if o.get("exclusive")]
        if alone:
            names = "、".join(f"「{o.get('label') or o.get('value')}」" for o in alone)
            control["description"] = text(f"选{names}时不能再选其他选项")
    elif kind == "number":
        control.update(
            {"type": "input-number", "min": item.get("min"), "max": item.get("max"), "suffix": item.get("unit", "")}
        )
    elif kind == "scale":
        control.update(
            {"type": "input-range", "min": item.get("min", 0), "max": item.get("max", 10), "step": 1, "showInput": True}
        )
    elif kind == "date":
        control.update({"type": "input-date", "format": "YYYY-MM-DD", "valueFormat": "YYYY-MM-DD"})
    else:
        control.update({"type": "textarea", "maxLength": 2000})
    shown = _shown_expression(item, prefix)
    if shown:
        control["visibleOn"] = f"${{{shown}}}"
    return control


def _shown_expression(item: dict[str, Any], prefix: str = "answers") -> str:
    """The amis expression under which a questionnaire item is shown ('' when always)."""
    condition = item.get("show_if")
    if not condition:
        return ""
    ref = f"{prefix}.{field_key(condition['item'])}"
    # as the server holds it: a multiple-choice answer (a list) meets the condition when any of
    # its choices does (ARRAYINCLUDES of a list in a list was never true: the item never showed)
    if "equals" in condition:
        value = _js(condition["equals"])
        return f"({ref} == {value} || ARRAYINCLUDES({ref}, {value}))"
    if "in" in condition:
        values = _js(condition["in"])
        return f"(ARRAYINCLUDES({values}, {ref}) || ARRAYSOME({ref}, choice => ARRAYINCLUDES({values}, choice)))"
    if "exists" in condition:
        return f"{'!!' if condition['exists'] else '!'}{ref}"
    return ""


def _exclusive_clashes(items: list[dict[str, Any]], when: str, prefix: str) -> list[tuple[str, str, str]]:
    """(expression true on a clash, message, field) for each exclusive option (以上都没有) of a
    shown multiple-choice item: ticked with others it contradicts itself, and the server refuses
    it in these words (validate_answers)."""
    clashes = []
    for item in items:
        if item.get("type") != "multiple":
            continue
        name = f"{prefix}.{field_key(item['id'])}"
        shown = [c for c in (when, _shown_expression(item, prefix)) if c]
        for option in item.get("options") or []:
            if option.get("exclusive"):
                clash = f"ISTYPE({name}, 'array') && COUNT({name}) > 1 && ARRAYINCLUDES({name}, {_js(option['value'])})"
                label, asked = option.get("label") or option["value"], str(item.get("text") or item["id"])
                expression = " && ".join(f"({c})" for c in [*shown, clash])
                clashes.append((expression, f"题目「{asked}」选了「{label}」，就不能再选其他选项", name))
    return clashes


def exclusive_rules(items: list[dict[str, Any]], when: str = "", prefix: str = "answers") -> list[dict[str, Any]]:
    """A form's `rules` refusing an exclusive option ticked with others, before the form is sent."""
    return [
        {"rule": f"${{!({expression})}}", "message": text(message), "name": [name]}
        for expression, message, name in _exclusive_clashes(items, when, prefix)
    ]


def exclusive_message(groups: Sequence[tuple[str, list[dict[str, Any]]]], when: str = "") -> str:
    """The clashes of exclusive options as a toast template (empty when there is none)."""
    return "".join(
        f"${{{expression} ? {_js(text(message) + '。')} : ''}}"
        for prefix, items in groups
        for expression, message, _ in _exclusive_clashes(items, when, prefix)
    )


def missing_required_message(
    fields: list[tuple[str, str, str]],
    items: list[dict[str, Any]],
    when: str,
    more: Sequence[tuple[str, list[dict[str, Any]]]] = (),
) -> str:
    """A form's `messages.validateFailed` that names what is missing, instead of amis' vague
    「依赖的部分字段没有通过验证」: `fields` are the form's own required (name, label, condition)
    and `items` the questionnaire's, shown when `when` holds (and their own show_if); `more` are
    further questionnaires (field prefix, items) asked under the same condition."""
    pieces = [(condition, name, label) for name, label, condition in fields]
    for prefix, group in [("answers", items), *more]:
        for item in group:
            if item.get("required"):
                shown = " && ".join(f"({c})" for c in (when, _shown_expression(item, prefix)) if c)
                pieces.append((shown, f"{prefix}.{field_key(item['id'])}", str(item.get("text") or item["id"])))
    named, missing_any = [], []
    for condition, name, label in pieces:
        missing = f"ISEMPTY({name}) && !ISTYPE({name}, 'number')"  # 0 is an answer
        if condition:
            missing = f"({condition}) && {missing}"
        named.append(f"${{{missing} ? {_js(f'「{text(label)}」')} : ''}}")
        missing_any.append(f"({missing})")
    # a form may fail on another rule alone (以上都没有 ticked with others): then it says so
    heading = f"${{{' || '.join(missing_any)} ? '请填写以下必填项：' : '请检查表单中标红的项目。'}}"
    return heading + "".join(named)


def _js(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# The patient 360 view (患者360视图): the patient list's row action and the execution form both show it.
_STATUS = "${patient.deceased_at ? '已故' : (patient.do_not_contact ? '拒绝联系' : '可联系')}"
_FLAG_ROW = "${critical ? 'bg-danger text-white' : (abnormal ? 'text-danger font-bold' : '')}"

PATIENT_360 = {
    "type": "service",
    "api": "get:/admin/PatientDataApp/PatientAdmin/overview/${id}",
    "body": [
        {
            "type": "property",
            "title": "基本信息",
            "column": 3,
            "items": [
                {"label": "姓名", "content": "${patient.name}"},
                {"label": "性别", "content": "${patient.gender}"},
                {"label": "年龄", "content": "${patient.age}"},
                {"label": "出生日期", "content": "${patient.birth_date || '-'}"},
                {"label": "手机号", "content": "${patient.phone}"},
                {"label": "身份证号", "content": "${patient.id_number}"},
                {"label": "HIS 患者ID", "content": "${patient.his_id}"},
                {"label": "住址", "content": "${patient.address}", "span": 2},
                {
                    "label": "状态",
                    "content": _STATUS,
                },
            ],
        },
        {"type": "divider"},
        data_table(
            "住院记录",
            "admissions",
            [
                ("department", "科室"),
                {
                    "name": "state",
                    "label": "状态",
                    "type": "mapping",
                    "map": {
                        "cancelled": "<span class='label label-danger' title='HIS 已撤销该次入院（A11），"
                        "不计为再入院'>已撤销</span>",
                        "inpatient": "<span class='label label-info'>在院</span>",
                        "discharged": "<span class='label label-success'>已出院</span>",
                    },
                },
                {"name": "admitted_at", "label": "入院", "type": "datetime"},
                {"name": "discharged_at", "label": "出院", "type": "datetime"},
                ("los_days", "天数"),
                ("main_diagnosis", "西医诊断"),
                ("tcm", "中医诊断·证候"),
                ("disposition", "离院方式"),
                ("attending", "主治医师"),
            ],
        ),
        {
            "type": "each",
            "source": "${admissions}",
            "items": {
                "type": "panel",
                "title": "出院小结（${department} ${discharged_day}）",
                "visibleOn": "${summary}",
                "body": [
                    {
                        "type": "property",
                        "column": 1,
                        "items": [
                            {"label": "入院情况", "content": "${summary.admission_condition}"},
                            {"label": "诊疗经过", "content": "${summary.treatment_course}"},
                            {"label": "出院情况", "content": "${summary.discharge_condition}"},
                            {"label": "出院医嘱", "content": "${summary.discharge_orders}"},
                            {"label": "出院带药", "content": "${summary.discharge_medication}"},
                        ],
                    },
                    {
                        "type": "property",
                        "title": "病案首页",
                        "column": 3,
                        "source": "${front_page}",
                        "items": "${front_page}",
                    },
                ],
            },
        },
        data_table(
            "检验结果（红色为异常，红底为危急值）",
            "lab_rows",
            [
                ("report", "报告"),
                {"name": "reported_at", "label": "报告时间", "type": "datetime"},
                ("name", "项目"),
                ("value", "结果"),
                ("unit", "单位"),
                ("reference", "参考范围"),
                ("flag_label", "标识"),
            ],
            rowClassNameExpr=_FLAG_ROW,
        ),
        data_table(
            "检查",
            "exams",
            [
                {"name": "reported_at", "label": "报告时间", "type": "datetime"},
                ("exam_type", "类别"),
                ("item_name", "检查项目"),
                ("body_part", "部位"),
                ("findings", "检查所见"),
                ("conclusion", "诊断意见"),
                ("reporting_doctor", "报告医师"),
            ],
            placeholder="暂无检查报告",
        ),
        {
            "type": "chart",
            "title": "重复检验项目趋势",
            "source": "${trend_chart}",
            "visibleOn": "${trends.length > 0}",
            "height": 320,
        },
        data_table(
            "既往随访",
            "followups",
            [{"name": "contacted_at", "label": "时间", "type": "datetime"}, ("outcome", "结果"), ("notes", "备注")],
            placeholder="暂无随访记录",
        ),
    ],
}


def patient_360_of(patient_id: int) -> dict[str, Any]:
    """The patient 360 view of one patient, outside a row that would give it `${id}`."""
    return cast(dict[str, Any], json.loads(json.dumps(PATIENT_360).replace("${id}", str(int(patient_id)))))


def incoming_call(call: dict[str, Any]) -> dict[str, Any]:
    """The screen pop of an inbound call (来电弹屏): the caller's 360 view when the number matched
    one patient the staff member may see, a choice when it matched several, else 未知来电."""
    number = text(call["number"])
    patients = call["patients"]
    if len(patients) == 1:
        only = patients[0]
        return {
            "type": "panel",
            "className": "incoming-call-patient",
            "title": f"来电 {number} · {text(only['name'])}",
            "body": [patient_360_of(only["id"])],
        }
    if patients:
        return {
            "type": "panel",
            "title": f"来电 {number}：该号码登记在 {len(patients)} 位患者名下，请确认来电人",
            "body": [
                {
                    "type": "button",
                    "label": text(patient["name"]),
                    "className": "m-r-sm m-b-sm",
                    "actionType": "drawer",
                    "drawer": {"title": text(patient["name"]), "size": "xl", "body": patient_360_of(patient["id"])},
                }
                for patient in patients
            ],
        }
    return {
        "type": "panel",
        "title": f"未知来电 {number}",
        "body": {"type": "tpl", "tpl": "该号码未匹配到可查看的患者"},
    }
