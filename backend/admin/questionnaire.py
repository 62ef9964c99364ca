"""问卷库 with the questionnaire designer (问卷设计) and FHIR R4 import and export.

The designer is one amis form in a drawer: the items as a draggable combo, red-flag rules and
scoring. The form's shape (flat show_if fields, comma-separated values) is presentation only;
`definition_from_form` turns it into the stored definition, and saving goes through
`services.questionnaires.update_definition`, which validates it and never edits an answered
version in place.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Annotated, Any

from fastapi import Body, Depends
from fastapi_amis_admin.amis.components import Action, TableCRUD
from fastapi_amis_admin.amis.types import AmisAPI
from fastapi_amis_admin.crud.schema import BaseApiOut
from starlette.requests import Request
from starlette.responses import Response

from backend.admin import ai_panels
from backend.admin.auth import require_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.text import text
from backend.admin.widgets import questionnaire_control
from backend.models import Questionnaire
from backend.models.choices import AiFeature, ItemType, ProblemSeverity
from backend.services import ai, ai_features, satisfaction_bank
from backend.services import questionnaires as service
from backend.services.errors import InvalidInput, NotFound
from backend.services.principal import Principal
from backend.web.schemas import Id

ROUTE = "/admin/DictionaryApp/QuestionnaireAdmin"
DESIGNER_FORM = "questionnaire-designer"
ID_PATTERN = r"^[A-Za-z0-9_./-]{1,64}$"
NO_SCORING = "none"
SHOW_IF_OPS = [
    {"label": "等于", "value": "equals"},
    {"label": "是其中之一", "value": "in"},
    {"label": "已作答", "value": "exists"},
    {"label": "未作答", "value": "absent"},
]
RED_FLAG_OP_LABELS = {
    ">=": "≥",
    ">": ">",
    "<=": "≤",
    "<": "<",
    "==": "等于",
    "!=": "不等于",
    "in": "是其中之一",
    "contains": "包含",
}
_SPLIT = re.compile(r"[,，、;；]")


# ---------------------------------------------------------------------------------------------
# Stored definition <-> designer form


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "，".join(str(v) for v in value)
    return "" if value is None else str(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number_or_text(value: Any) -> Any:
    """A number typed into a text box becomes a number; anything else stays for the validator."""
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return value.strip()
        return int(number) if number.is_integer() else number
    return value


def _values(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in _SPLIT.split(_text(value)) if part.strip()]


def designer_data(questionnaire: Questionnaire) -> dict[str, Any]:
    """The designer form's initial data for a stored questionnaire."""
    items = []
    for item in questionnaire.items or []:
        condition = item.get("show_if") or {}
        if "exists" in condition:
            op, value = ("exists" if condition["exists"] else "absent"), ""
        elif "in" in condition:
            op, value = "in", _text(condition["in"])
        else:
            op, value = ("equals" if condition else ""), _text(condition.get("equals"))
        items.append(
            {
                "id": item["id"],
                "text": item.get("text", ""),
                "type": item.get("type"),
                "required": bool(item.get("required")),
                "staff_only": bool(item.get("staff_only")),
                "options": [
                    {
                        "value": o.get("value"),
                        "label": o.get("label", ""),
                        "score": o.get("score"),
                        **{flag: bool(o.get(flag)) for flag in satisfaction_bank.OPTION_FLAGS},
                        "exclusive": bool(o.get("exclusive")),
                    }
                    for o in item.get("options") or []
                ],
                "dimension": item.get("dimension") or "",
                "complaint_max_score": item.get("complaint_max_score"),
                "min": item.get("min"),
                "max": item.get("max"),
                "unit": item.get("unit", ""),
                "show_if_item": condition.get("item", ""),
                "show_if_op": op,
                "show_if_value": value,
            }
        )
    scoring = questionnaire.scoring or {}
    return {
        "title": questionnaire.title,
        "description": questionnaire.description,
        "items": items,
        "red_flags": [
            {
                "item": rule.get("item"),
                "op": rule.get("op"),
                "value": _text(rule.get("value")),
                "message": rule.get("message", ""),
                "severity": rule.get("severity", ProblemSeverity.NORMAL.value),
            }
            for rule in questionnaire.red_flags or []
        ],
        "scoring_method": scoring.get("method") or NO_SCORING,
        "scoring_items": list(scoring.get("items") or []),
    }


def _item_from_row(row: dict[str, Any], earlier: dict[str, dict[str, Any]]) -> dict[str, Any]:
    kind = row.get("type")
    item: dict[str, Any] = {
        "id": _text(row.get("id")).strip(),
        "type": kind,
        "text": _text(row.get("text")).strip(),
        "required": bool(row.get("required")),
    }
    if row.get("staff_only"):
        item["staff_only"] = True
    if _text(row.get("dimension")).strip():
        item["dimension"] = _text(row.get("dimension")).strip()
    if not _blank(row.get("complaint_max_score")):
        item["complaint_max_score"] = _number_or_text(row["complaint_max_score"])
    if kind in service.CHOICE_TYPES:
        options = []
        for option in row.get("options") or []:
            value = _text(option.get("value")).strip()
            entry: dict[str, Any] = {"value": value, "label": _text(option.get("label")).strip() or value}
            if not _blank(option.get("score")):
                entry["score"] = _number_or_text(option["score"])
            # an option's satisfaction flags, written only when set (unset reads as false)
            entry.update({flag: True for flag in satisfaction_bank.OPTION_FLAGS if option.get(flag)})
            if option.get("exclusive") is True:  # 以上都没有: chosen alone (multiple choice only)
                entry["exclusive"] = True
            options.append(entry)
        item["options"] = options
    if kind in service.NUMERIC_TYPES:
        for key in ("min", "max"):
            if not _blank(row.get(key)):
                item[key] = _number_or_text(row[key])
        if _text(row.get("unit")).strip():
            item["unit"] = _text(row.get("unit")).strip()
    target_id = _text(row.get("show_if_item")).strip()
    op = row.get("show_if_op") or "equals"
    if target_id:
        target = earlier.get(target_id, {})
        numeric = target.get("type") in service.NUMERIC_TYPES
        if op in ("exists", "absent"):
            item["show_if"] = {"item": target_id, "exists": op == "exists"}
        elif op == "in":
            values: list[Any] = _values(row.get("show_if_value"))
            item["show_if"] = {"item": target_id, "in": [_number_or_text(v) for v in values] if numeric else values}
        else:
            value = _text(row.get("show_if_value")).strip()
            item["show_if"] = {"item": target_id, "equals": _number_or_text(value) if numeric else value}
    return item


def _rule_from_row(row: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    op = row.get("op")
    item_id = _text(row.get("item")).strip()
    numeric = by_id.get(item_id, {}).get("type") in service.NUMERIC_TYPES
    raw = row.get("value")
    value: Any
    if op == "in":
        value = [_number_or_text(v) if numeric else v for v in _values(raw)]
    elif op in service.NUMERIC_OPS or (numeric and op in ("==", "!=")):
        value = _number_or_text(raw)
    else:
        value = None if _blank(raw) else _text(raw).strip()
    return {
        "item": item_id,
        "op": op,
        "value": value,
        "message": _text(row.get("message")).strip(),
        "severity": row.get("severity") or ProblemSeverity.NORMAL.value,
    }


def definition_from_form(data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of `update_definition` from the designer form's data."""
    rows = data.get("items") or []
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InvalidInput("题目列表格式错误", field="items")
    items: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for row in rows:
        item = _item_from_row(row, by_id)
        items.append(item)
        by_id.setdefault(item["id"], item)
    rules = data.get("red_flags") or []
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise InvalidInput("危险信号规则格式错误", field="red_flags")
    method = data.get("scoring_method") or NO_SCORING
    scoring: dict[str, Any] = {}
    if method != NO_SCORING:
        scoring = {"method": method}
        if data.get("scoring_items"):
            scoring["items"] = _values(data["scoring_items"])
    return {
        "title": _text(data.get("title")),
        "description": _text(data.get("description")),
        "items": items,
        "red_flags": [_rule_from_row(rule, by_id) for rule in rules],
        "scoring": scoring,
    }


# ---------------------------------------------------------------------------------------------
# amis schema

_EARLIER_ITEMS = "${ARRAYFILTER(items, (item, i) => i < index)}"


def _item_controls() -> list[dict[str, Any]]:
    choice = "${type == 'single' || type == 'multiple'}"
    numeric = "${type == 'number' || type == 'scale'}"
    return [
        {
            "type": "input-text",
            "name": "id",
            "label": "题号",
            "required": True,
            "placeholder": "如 q1",
            "validations": {"matchRegexp": ID_PATTERN},
            "validationErrors": {"matchRegexp": "题号只能包含字母、数字、下划线、点、斜杠或连字符，最多64位"},
        },
        {"type": "input-text", "name": "text", "label": "题干", "required": True},
        {"type": "select", "name": "type", "label": "题型", "required": True, "options": ItemType.options()},
        {"type": "switch", "name": "required", "label": "必答"},
        {
            "type": "switch",
            "name": "staff_only",
            "label": "仅随访人员填写",
            "labelRemark": "患者通过短信链接或床旁扫码自行填写时不显示此题（如“是否已交代健康指导”）",
        },
        {
            "type": "combo",
            "name": "options",
            "label": "选项",
            "visibleOn": choice,
            "multiple": True,
            "draggable": True,
            "addButtonText": "添加选项",
            "items": [
                {"type": "input-text", "name": "value", "placeholder": "取值", "required": True},
                {"type": "input-text", "name": "label", "placeholder": "显示文字"},
                {"type": "input-number", "name": "score", "placeholder": "分值"},
                # satisfaction surveys (行风办): how the option counts in the satisfaction rate
                {"type": "checkbox", "name": "satisfied", "option": "计为满意"},
                {"type": "checkbox", "name": "na", "option": "不适用（不计分）"},
                {"type": "checkbox", "name": "complaint", "option": "计为投诉"},
                # a multiple-choice option such as 以上都没有 that may not be chosen with any other
                {
                    "type": "checkbox",
                    "name": "exclusive",
                    "option": "互斥（选它则不能选其他）",
                    "visibleOn": "${type == 'multiple'}",
                },
            ],
        },
        {
            "type": "group",
            "visibleOn": "${type == 'single'}",
            "body": [
                {
                    "type": "input-text",
                    "name": "dimension",
                    "label": "满意度维度",
                    "maxLength": satisfaction_bank.DIMENSION_MAX_LENGTH,
                    "placeholder": "如 医疗服务（满意度调查用，可不填）",
                },
                {
                    "type": "input-number",
                    "name": "complaint_max_score",
                    "label": "投诉分数线",
                    "labelRemark": "得分不高于此分时计为投诉（可不填）",
                },
            ],
        },
        {
            "type": "group",
            "visibleOn": numeric,
            "body": [
                {"type": "input-number", "name": "min", "label": "最小值"},
                {"type": "input-number", "name": "max", "label": "最大值", "requiredOn": "${type == 'scale'}"},
                {"type": "input-text", "name": "unit", "label": "单位"},
            ],
        },
        {
            "type": "group",
            "body": [
                {
                    "type": "select",
                    "name": "show_if_item",
                    "label": "显示条件：当前面的题目",
                    "source": _EARLIER_ITEMS,
                    "labelField": "text",
                    "valueField": "id",
                    "clearable": True,
                    "placeholder": "总是显示",
                },
                {
                    "type": "select",
                    "name": "show_if_op",
                    "label": "的答案",
                    "options": SHOW_IF_OPS,
                    "value": "equals",
                    "visibleOn": "${show_if_item}",
                },
                {
                    "type": "input-text",
                    "name": "show_if_value",
                    "label": "取值",
                    "placeholder": "选项取值；多个用逗号分隔",
                    "visibleOn": "${show_if_item && (show_if_op == 'equals' || show_if_op == 'in')}",
                },
            ],
        },
    ]


def designer_form(questionnaire: Questionnaire) -> dict[str, Any]:
    """The 设计问卷 drawer's form for one questionnaire."""
    red_flag_controls = [
        {
            "type": "select",
            "name": "item",
            "label": "题目",
            "source": "${items}",
            "labelField": "text",
            "valueField": "id",
            "required": True,
        },
        {
            "type": "select",
            "name": "op",
            "label": "条件",
            "required": True,
            "options": [{"label": label, "value": op} for op, label in RED_FLAG_OP_LABELS.items()],
        },
        {"type": "input-text", "name": "value", "label": "比较值", "placeholder": "多个用逗号分隔"},
        {"type": "input-text", "name": "message", "label": "提示语"},
        {"type": "select", "name": "severity", "label": "紧急程度", "options": ProblemSeverity.options()},
    ]
    tabs = [
        {
            "title": "基本信息",
            "body": [
                {"type": "input-text", "name": "title", "label": "问卷名称", "required": True, "maxLength": 128},
                {"type": "textarea", "name": "description", "label": "说明"},
            ],
        },
        {
            "title": "题目",
            "body": [
                {
                    "type": "combo",
                    "name": "items",
                    "label": False,
                    "multiple": True,
                    "multiLine": True,
                    "draggable": True,
                    "addable": True,
                    "removable": True,
                    "strictMode": False,
                    # Rows report each keystroke, so 预览 (opened right after typing) sees them.
                    "changeImmediately": True,
                    "addButtonText": "添加题目",
                    "scaffold": {"type": "text", "required": False, "options": [], "show_if_op": "equals"},
                    "items": _item_controls(),
                }
            ],
        },
        {
            "title": "危险信号",
            "body": [
                {
                    "type": "combo",
                    "name": "red_flags",
                    "label": False,
                    "multiple": True,
                    "multiLine": True,
                    "draggable": True,
                    "strictMode": False,
                    # Rows report each keystroke, so 预览 (opened right after typing) sees them.
                    "changeImmediately": True,
                    "addButtonText": "添加规则",
                    "scaffold": {"severity": ProblemSeverity.URGENT.value},
                    "items": red_flag_controls,
                }
            ],
        },
        {
            "title": "计分",
            "body": [
                {
                    "type": "select",
                    "name": "scoring_method",
                    "label": "计分方式",
                    "options": [{"label": "不计分", "value": NO_SCORING}, {"label": "求和", "value": "sum"}],
                },
                {
                    "type": "select",
                    "name": "scoring_items",
                    "label": "计分题目",
                    "multiple": True,
                    "joinValues": False,
                    "extractValue": True,
                    "source": "${items}",
                    "labelField": "text",
                    "valueField": "id",
                    "placeholder": "不选则计入全部有分值的题目（有分值的选择题与量表题）",
                    "visibleOn": "${scoring_method == 'sum'}",
                },
            ],
        },
    ]
    preview = {
        "type": "button",
        "label": "预览",
        "icon": "fa fa-eye",
        "actionType": "dialog",
        "dialog": {
            "title": "问卷预览",
            "size": "lg",
            "actions": [],
            "body": {
                "type": "service",
                "schemaApi": {"method": "post", "url": f"{ROUTE}/designer/preview", "data": {"items": "${items}"}},
            },
        },
    }
    return {
        "type": "form",
        "id": DESIGNER_FORM,
        "title": f"{text(questionnaire.code)} · 第 {questionnaire.version} 版",  # a form title is a template
        "api": f"post:{ROUTE}/designer/{questionnaire.id}",
        "data": designer_data(questionnaire),
        "body": [{"type": "tabs", "tabs": tabs}],
        "actions": [preview, {"type": "submit", "label": "保存", "level": "primary"}],
        "onEvent": {
            "submitSucc": {"actions": [{"actionType": "closeDrawer"}, {"actionType": "reload", "componentId": "crud"}]}
        },
    }


def preview_form(rows: Any) -> dict[str, Any]:
    """The items as the execution form shows them, from the designer's (possibly unfinished) rows."""
    controls = []
    if isinstance(rows, list):
        earlier: dict[str, dict[str, Any]] = {}
        for row in rows:
            if isinstance(row, dict) and _text(row.get("id")).strip() and row.get("type"):
                item = _item_from_row(row, earlier)
                earlier[item["id"]] = item
                controls.append(questionnaire_control(item))
    body = controls or [{"type": "tpl", "tpl": "还没有题目"}]
    return {"type": "form", "wrapWithPanel": False, "actions": [], "body": body}


def _decode_upload(data: dict[str, Any]) -> Any:
    """The resource from the import form: a pasted JSON text or an uploaded file (a data URL)."""
    if data.get("resourceType"):
        return data
    text = _text(data.get("json")).strip()
    upload = _text(data.get("file")).strip()
    if upload:
        try:
            text = base64.b64decode(upload.split(",", 1)[-1], validate=True).decode("utf-8-sig")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise InvalidInput("上传的文件不是 UTF-8 编码的 JSON 文件", field="file") from exc
    if not text:
        raise InvalidInput("请上传 FHIR Questionnaire JSON 文件或粘贴其内容", field="json")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InvalidInput(f"JSON 格式错误：{exc}", field="json") from exc


# ---------------------------------------------------------------------------------------------
# Admin


class QuestionnaireAdmin(TortoiseModelAdmin):
    label_field = "title"
    page_schema = page("问卷库", "fa fa-list-alt", 20)
    model = Questionnaire
    permission = ("followup:template", "followup:read")
    write_permission = "followup:template"
    list_display = ["id", "title", "version", "program", "status", "updated_at"]
    list_filter = ["code", "title", "program", "status"]
    create_fields = ["code", "title", "program", "status", "description"]
    update_fields = ["title", "status", "description"]
    allow_delete = False
    item_actions = [
        ItemAction(
            "design",
            "设计问卷",
            "followup:template",
            view={"type": "service", "schemaApi": f"get:{ROUTE}/designer/${{id}}"},
        ),
        ItemAction("export_fhir", "导出 FHIR", ("followup:template", "followup:read")),
    ]

    async def _questionnaire(self, principal: Principal, questionnaire_id: int) -> Questionnaire:
        self._require(principal)
        questionnaire = await Questionnaire.get_or_none(id=questionnaire_id)
        if questionnaire is None:
            raise NotFound("问卷不存在")
        return questionnaire

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def designer(questionnaire_id: Id, principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            self._require(principal, permission="followup:template")
            form = designer_form(await self._questionnaire(principal, questionnaire_id))
            if AiFeature.QUESTIONNAIRE in await ai.available_features(principal):
                form["actions"] = [
                    ai_panels.questionnaire_draft_button(f"{ROUTE}/designer/ai-draft", DESIGNER_FORM),
                    *form["actions"],
                ]
            return BaseApiOut(data=form)

        async def ai_draft(
            principal: Annotated[Principal, Depends(require_principal)], body: Annotated[dict[str, Any], Body()]
        ) -> Any:
            """AI 起草: a draft in the designer's own rows, validated; the designer saves it, not this."""
            draft = await ai_features.draft_questionnaire(principal, str(body.get("description") or ""))
            unsaved = Questionnaire(title=draft["title"], description=draft["description"], items=draft["items"])
            data = designer_data(unsaved)
            return BaseApiOut(data={"title": data["title"], "description": data["description"], "items": data["items"]})

        async def save(
            questionnaire_id: Id,
            principal: Annotated[Principal, Depends(require_principal)],
            body: Annotated[dict[str, Any], Body()],
        ) -> Any:
            saved = await service.update_definition(principal, questionnaire_id, **definition_from_form(body))
            q = saved.questionnaire
            return BaseApiOut(data={"id": q.id, "code": q.code, "version": q.version}, msg=saved.message)

        async def preview(
            principal: Annotated[Principal, Depends(require_principal)], body: Annotated[dict[str, Any], Body()]
        ) -> Any:
            self._require(principal)
            return BaseApiOut(data=preview_form(body.get("items")))

        async def export_fhir(questionnaire_id: Id, principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            questionnaire = await self._questionnaire(principal, questionnaire_id)
            content = json.dumps(service.to_fhir(questionnaire), ensure_ascii=False, indent=2)
            filename = re.sub(r"[^A-Za-z0-9._-]", "_", f"{questionnaire.code}-v{questionnaire.version}") + ".json"
            return Response(
                content.encode("utf-8"),
                media_type="application/fhir+json",
                headers={"Content-Disposition": f'attachment; filename="{filename}"'},
            )

        async def import_fhir(
            principal: Annotated[Principal, Depends(require_principal)], body: Annotated[dict[str, Any], Body()]
        ) -> Any:
            saved = await service.import_fhir(principal, _decode_upload(body))
            q = saved.questionnaire
            return BaseApiOut(data={"id": q.id, "code": q.code, "version": q.version}, msg=saved.message)

        # The fixed paths first: "preview" and "import" must not be read as an id.
        self.router.add_api_route("/designer/preview", preview, methods=["POST"], name="designer_preview")
        self.router.add_api_route("/designer/ai-draft", ai_draft, methods=["POST"], name="designer_ai_draft")
        self.router.add_api_route("/designer/{questionnaire_id}", designer, methods=["GET"], name="designer")
        self.router.add_api_route("/designer/{questionnaire_id}", save, methods=["POST"], name="designer_save")
        self.router.add_api_route("/fhir/import", import_fhir, methods=["POST"], name="fhir_import")
        self.router.add_api_route("/fhir/{questionnaire_id}", export_fhir, methods=["GET"], name="fhir_export")
        return self

    async def _item_action_button(self, request: Request, action: ItemAction) -> Action:
        if action.name != "export_fhir":
            return await super()._item_action_button(request, action)
        return Action(
            actionType="download",
            label=action.label,
            level="link",
            api=AmisAPI(method="get", url=f"{self.router_path}/fhir/${{id}}", responseType="blob"),
        )

    async def get_list_table(self, request: Request) -> TableCRUD:
        table = await super().get_list_table(request)
        if await self.has_page_permission(request, action="create"):
            form = {
                "type": "form",
                "api": f"post:{self.router_path}/fhir/import",
                "body": [
                    {
                        "type": "tpl",
                        "tpl": "导入 FHIR R4 Questionnaire：编码已存在时保存为该问卷的新版本"
                        "（最新版本尚无随访记录时直接修改它）。",
                    },
                    {"type": "input-file", "name": "file", "label": "JSON 文件", "accept": ".json", "asBase64": True},
                    {"type": "textarea", "name": "json", "label": "或粘贴 JSON", "minRows": 8},
                ],
            }
            button = {
                "type": "button",
                "label": "导入 FHIR",
                "icon": "fa fa-upload",
                "actionType": "dialog",
                "dialog": {"title": "导入 FHIR 问卷", "size": "lg", "body": form},
            }
            table.headerToolbar = [*(table.headerToolbar or []), button]
        return table
