"""满意度管理 (行风办): 满意度统计, 整改管理, 满意度结果查询 and 满意度参数."""

from __future__ import annotations

from datetime import timedelta
from html import escape
from typing import Annotated, Any

from fastapi import Depends, Query
from fastapi.responses import HTMLResponse
from fastapi_amis_admin.amis.components import Page, PageSchema
from fastapi_amis_admin.crud.schema import BaseApiOut
from pydantic import BaseModel, Field
from starlette.requests import Request

from backend.admin import ai_panels
from backend.admin.auth import optional_principal, require_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.widgets import PermissionPage, data_table, figure_link, statistics_filter
from backend.clock import now
from backend.models import Rectification, SatisfactionAnswer
from backend.models.choices import AiFeature, RectificationStatus
from backend.services import ai, bedside_survey, rectifications, satisfaction_bank, satisfaction_report
from backend.services.access import require
from backend.services.principal import Principal
from backend.settings import get_settings

ANSWERS = "#/admin/SatisfactionApp/SatisfactionAnswerAdmin"
Caller = Annotated[Principal, Depends(require_principal)]

# Every figure links to the answers that make it (满意度结果查询 with the same period and filters).
_STATS_ADAPTOR = """
const d = payload, q = api.query || api.data || {};
const base = '__ANSWERS__?contacted_at=' + d.period.from + ',' + d.period.until
  + (q.department_id ? '&department_id=' + q.department_id : '');
const pct = v => v === null || v === undefined ? '-' : (v * 100).toFixed(1) + '%';
const num = v => v === null || v === undefined ? '-' : v;
const links = extra => ({valid: base + extra + '&score100=0,100',
  satisfied: base + extra + '&satisfied=1'});
const row = (r, extra) => ({...r, rate: pct(r.satisfaction_rate), mean: num(r.mean_score), links: links(extra),
  response: pct(r.response_rate), refusal: pct(r.refusal_rate), inconvenient_pct: pct(r.inconvenient_rate),
  idx: num(r.index)});
const weak = [];
d.by_department.forEach(dep => dep.weak_items.forEach(w => weak.push({department: dep.department, ...w,
  href: base.replace(/department_id=\\d+/, '') + '&department_id=' + dep.department_id + '&item_id=' + w.item_id})));
return {status: 0, data: {...d,
  total: row(d.total, ''),
  rect: {...d.rectification, rate: pct(d.rectification.closure_rate), hours: num(d.rectification.mean_closure_hours)},
  department_rows: d.by_department.map(r => row(r, '&department_id=' + r.department_id)),
  dimension_rows: d.by_dimension.map(r => row(r, '&dimension=' + encodeURIComponent(r.dimension))),
  item_rows: d.by_item.map(r => row(r, '&item_id=' + r.item_id)),
  trend_rows: d.trend.map(r => row(r, '')),
  weak_rows: weak,
  dimension_names: d.by_dimension.map(r => r.dimension),
  dimension_means: d.by_dimension.map(r => r.mean_score),
  months: d.trend.map(r => r.month), month_rates: d.trend.map(r => r.satisfaction_rate === null ? null
    : +(r.satisfaction_rate * 100).toFixed(1)), month_index: d.trend.map(r => r.index)}};
""".replace("__ANSWERS__", ANSWERS)


def _rates(first: tuple[str, str], *, survey: bool = False, extra: list[Any] | None = None) -> list[Any]:
    columns: list[Any] = [first]
    if survey:
        columns += [
            ("due", "应调查"),
            ("responded", "已应答"),
            ("response", "应答率"),
            ("refusal", "拒绝率"),
            ("inconvenient_pct", "不便回答率"),
        ]
    columns += [
        {"name": "valid", "label": "有效回答", **figure_link("links.valid", "valid")},
        {"name": "satisfied", "label": "满意", **figure_link("links.satisfied", "satisfied")},
        ("rate", "满意率"),
        ("mean", "平均分"),
    ]
    return columns + (extra or [])


class SatisfactionStatsAdmin(PermissionPage):
    """满意度统计: rates, means, 短板题, composite index, trend and 整改; drill-down and Excel."""

    page_schema = PageSchema(label="满意度统计", icon="fa fa-pie-chart", sort=90)
    page_path = "/satisfaction-stats"
    permission = "survey:read"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        today = now().date()
        form, query = statistics_filter(
            "satisfaction,satisfaction_comments",  # amis reloads every service named here
            date_label="调查日期",
            start=today - timedelta(days=30),
            end=today,
            selects=[("department_id", "科室", "get:/api/v1/satisfaction/departments")],
            export_url="/api/v1/satisfaction/stats.xlsx",
        )
        charts = {
            "type": "grid",
            "columns": [
                {
                    "md": 6,
                    "body": {
                        "type": "chart",
                        "height": 300,
                        "config": {
                            "title": {"text": "各维度平均分"},
                            "animation": False,
                            "tooltip": {"trigger": "axis"},
                            "xAxis": {"type": "category", "data": "${dimension_names}"},
                            "yAxis": {"type": "value", "max": 100},
                            "series": [{"name": "平均分", "type": "bar", "data": "${dimension_means}"}],
                        },
                        "trackExpression": "${dimension_names|json}",
                    },
                },
                {
                    "md": 6,
                    "body": {
                        "type": "chart",
                        "height": 300,
                        "config": {
                            "title": {"text": "月度趋势"},
                            "animation": False,
                            "tooltip": {"trigger": "axis"},
                            "legend": {"data": ["满意率（%）", "综合指数"], "bottom": 0},
                            "xAxis": {"type": "category", "data": "${months}"},
                            "yAxis": {"type": "value", "max": 100},
                            "series": [
                                {"name": "满意率（%）", "type": "line", "data": "${month_rates}"},
                                {"name": "综合指数", "type": "line", "data": "${month_index}"},
                            ],
                        },
                        "trackExpression": "${months|json}",
                    },
                },
            ],
        }
        report = {
            "type": "form",
            "mode": "inline",
            "wrapWithPanel": False,
            "className": "m-t-sm",
            "body": [
                {
                    "type": "input-month",
                    "name": "month",
                    "label": "月度报告",
                    "valueFormat": "YYYY-MM",
                    "value": satisfaction_report.last_month(),
                },
                {
                    "type": "button",
                    "label": "导出月度报告（含图表）",
                    "icon": "fa fa-file-excel-o",
                    "actionType": "download",
                    "api": {
                        "method": "get",
                        "url": "/api/v1/satisfaction/monthly-report.xlsx",
                        "data": {"month": "${month}"},
                        "responseType": "blob",
                    },
                },
            ],
        }
        page_.body = [
            form,
            report,
            {
                "type": "service",
                "name": "satisfaction",
                "api": {"url": "/api/v1/satisfaction/stats", "method": "get", "data": query, "adaptor": _STATS_ADAPTOR},
                "body": [
                    {
                        "type": "property",
                        "column": 4,
                        "items": [
                            {"label": "应调查", "content": "${total.due}"},
                            {"label": "应答率", "content": "${total.response}"},
                            {"label": "拒绝率", "content": "${total.refusal}"},
                            {"label": "不便回答率", "content": "${total.inconvenient_pct}"},
                            {"label": "有效回答", "content": figure_link("total.links.valid", "total.valid")},
                            {"label": "满意率", "content": "${total.rate}"},
                            {"label": "平均分（百分制）", "content": "${total.mean}"},
                            {"label": "综合指数", "content": "${total.idx}"},
                            {"label": "整改单", "content": "${rect.opened}"},
                            {"label": "整改结案率", "content": "${rect.rate}"},
                            {"label": "平均结案时长（小时）", "content": "${rect.hours}"},
                            {"label": "逾期未反馈", "content": "${rect.overdue}"},
                        ],
                    },
                    {
                        "type": "tpl",
                        "className": "text-muted",
                        "tpl": "统计口径：应调查 = 应调查截止日期在统计期内、未取消的满意度调查任务（不含整改回访）；"
                        "应答率、拒绝率、不便回答率分别为随访结果为已联系、拒绝随访、不便回答的任务占应调查的比例；"
                        "答案按调查时间统计，“不适用”不计入；满意率 = 满意及非常满意 ÷ 有效回答；平均分按百分制；"
                        "综合指数 = 各维度平均分按“满意度参数”中的权重加权；"
                        "短板题 = 科室平均分低于全院同题平均分的题目。"
                        "点击蓝色数字可查看对应答案。",
                    },
                    charts,
                    data_table(
                        "按科室",
                        "department_rows",
                        _rates(("department", "科室"), survey=True, extra=[("idx", "综合指数")]),
                        columnsTogglable=False,
                    ),
                    data_table(
                        "短板题（低于全院平均分最多的题目）",
                        "weak_rows",
                        [
                            ("department", "科室"),
                            {"name": "question", "label": "题目", **figure_link("href", "question")},
                            ("dimension", "维度"),
                            ("mean_score", "科室平均分"),
                            ("hospital_mean", "全院平均分"),
                            ("gap", "差距"),
                        ],
                        placeholder="没有低于全院平均的题目",
                    ),
                    data_table("按维度", "dimension_rows", _rates(("dimension", "维度"), extra=[("weight", "权重")])),
                    data_table(
                        "按题目",
                        "item_rows",
                        _rates(("question", "题目"), extra=[("dimension", "维度"), ("hospital_mean", "全院平均分")]),
                    ),
                    data_table("月度趋势", "trend_rows", _rates(("month", "月份"), extra=[("idx", "综合指数")])),
                ],
            },
            _comments(query),
        ]
        principal = await optional_principal(request)
        if principal is not None and AiFeature.COMMENTS in await ai.available_features(principal):
            page_.body.append(ai_panels.comments_form())
        return page_


def _comments(query: dict[str, Any]) -> dict[str, Any]:
    """意见建议分析: themes, praise and complaints naming staff, from the period's free-text answers
    (offline: jieba and the names of 员工维护). Patients' words are shown as text (amis escapes ${})."""
    return {
        "type": "service",
        "name": "satisfaction_comments",
        "api": {"url": "/api/v1/satisfaction/comments", "method": "get", "data": query},
        "body": {
            "type": "panel",
            "title": "意见建议分析（表扬与投诉）",
            "className": "satisfaction-comments",
            "body": [
                {
                    "type": "tpl",
                    "className": "text-muted",
                    "tpl": "统计期内共 ${comments} 条意见建议（投诉经过、意见建议等文字回答）；"
                    "按员工维护中的姓名识别被表扬或被投诉的员工，高频词由本机分词统计，不经外部服务。",
                },
                {
                    "type": "each",
                    "name": "themes",
                    "placeholder": "暂无意见建议",
                    "items": {"type": "tpl", "tpl": "${word}（${count}）", "className": "m-r-md text-info"},
                },
                data_table("表扬", "praise", [("staff", "员工"), ("text", "原话")], placeholder="没有表扬员工的意见"),
                data_table(
                    "投诉", "complaints", [("staff", "员工"), ("text", "原话")], placeholder="没有投诉员工的意见"
                ),
            ],
        },
    }


class SatisfactionAnswerAdmin(TortoiseModelAdmin):
    """满意度结果查询: every answer by department, dimension, item, value and period."""

    page_schema = page("满意度结果查询", "fa fa-search", 80)
    model = SatisfactionAnswer
    permission = "survey:read"
    export_permission = ("patient:export", "survey:manage")
    scoped = True
    readonly = True
    list_display = [
        "id",
        "record__patient__name",
        "department__name",
        "dimension",
        "question",
        "label",
        "score100",
        "satisfied",
        "contacted_at",
    ]
    list_filter = ["department_id", "dimension", "item_id", "value", "satisfied", "score100", "contacted_at"]
    ordering = ["-contacted_at", "-id"]
    labels = {
        "record__patient__name": "患者",
        "department__name": "科室",
        "department_id": "科室",
        "item_id": "题目编号",
        "score100": "百分制得分（空为不适用）",
        "satisfied": "满意（1 是，0 否）",
    }


class _Reply(BaseModel):
    measures: str = Field(
        title="整改措施", min_length=2, max_length=4000, json_schema_extra={"amis_form_item": {"type": "textarea"}}
    )


class _Verify(BaseModel):
    accepted: bool = Field(True, title="措施已落实（通过后生成回访任务）")
    note: str = Field("", title="核实意见（退回时必填）", max_length=1000)


async def _reply(principal: Principal, rectification: Rectification, data: dict[str, Any]) -> str:
    await rectifications.reply(principal, rectification.id, data["measures"])
    return "已反馈整改措施"


async def _verify(principal: Principal, rectification: Rectification, data: dict[str, Any]) -> str:
    done = await rectifications.verify(
        principal, rectification.id, accepted=data.get("accepted", True), note=data.get("note", "")
    )
    return "已核实，已生成回访任务" if done.status is RectificationStatus.VERIFIED else "已退回科室"


class RectificationAdmin(TortoiseModelAdmin):
    """整改管理: the department replies with measures, the 行风办 verifies."""

    page_schema = page("整改管理", "fa fa-wrench", 85)
    model = Rectification
    permission = ("survey:read", "problem:reply")
    write_permission = "survey:manage"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "patient__name",
        "department__name",
        "source",
        "status",
        "description",
        "deadline",
        "escalated_at",
        "measures",
        "verify_note",
        "callback_task_id",
        "created_at",
    ]
    list_filter = ["department_id", "source", "status", "deadline", "escalated_at", "created_at"]
    ordering = ["-id"]
    label_field = "description"
    labels = {
        "patient__name": "患者",
        "department__name": "责任科室",
        "department_id": "责任科室",
        "callback_task_id": "回访任务",
    }
    item_actions = [
        ItemAction("reply", "反馈措施", "problem:reply", _reply, form=_Reply, visible_on="this.status != 'verified'"),
        ItemAction("verify", "核实", "survey:manage", _verify, form=_Verify, visible_on="this.status == 'replied'"),
    ]


class SatisfactionSettingsAdmin(PermissionPage):
    """满意度参数: the weights of the dimensions in the composite index, the 整改 deadline."""

    page_schema = PageSchema(label="满意度参数", icon="fa fa-sliders", sort=70)
    page_path = "/satisfaction-settings"
    permission = "survey:manage"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        page_.body = [
            {
                "type": "form",
                "title": "综合指数的维度权重与整改期限",
                "initApi": {"method": "get", "url": "/api/v1/satisfaction/settings"},
                "api": {"method": "put", "url": "/api/v1/satisfaction/settings"},
                "body": [
                    *(
                        {
                            "type": "input-number",
                            "name": f"weights.{name}",
                            "label": f"{name}（权重）",
                            "min": 0,
                            "max": 100,
                            "precision": 1,
                            "required": True,
                        }
                        for name in satisfaction_bank.dimensions()
                    ),
                    {
                        "type": "input-number",
                        "name": "rectify_days",
                        "label": "整改期限（天）",
                        "min": 1,
                        "max": 90,
                        "required": True,
                    },
                    {
                        "type": "tpl",
                        "className": "text-muted",
                        "tpl": "权重为 0 的维度不计入综合指数；保存后统计页立即按新权重计算。",
                    },
                ],
            }
        ]
        return page_


SHEET_STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; } p.hint { color: #666; margin: 0 0 12px; }
.beds { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.bed { border: 1px dashed #999; padding: 10px; text-align: center; page-break-inside: avoid; }
.bed b { font-size: 18px; } .bed img { width: 160px; height: 160px; display: block; margin: 6px auto; }
.warn { color: #b00; }
@media print { p.hint { display: none; } }
"""


def sheet_html(sheet: bedside_survey.Sheet, *, hospital: str) -> str:
    """The printable page of a ward's bedside codes (plain HTML: no script, texts escaped)."""
    title = f"{hospital} {sheet.ward} 床旁满意度评价二维码"
    if sheet.missing_base:
        cards = (
            '<p class="warn">未配置患者手机可访问的 H5 地址（H5__PUBLIC_BASE_URL），无法生成二维码。'
            "请系统管理员在 .env 中设置后再打印。</p>"
        )
    elif not sheet.beds:
        cards = "<p>该病区目前没有在院患者。</p>"
    else:
        cards = (
            '<div class="beds">'
            + "".join(
                f'<div class="bed"><b>{escape(bed.bed_no)} 床</b> {escape(bed.patient)}'
                f'<img src="{escape(bed.qr)}" alt="{escape(bed.bed_no)} 床评价二维码">'
                "请用手机扫码，为这次住院的服务打分</div>"
                for bed in sheet.beds
            )
            + "</div>"
        )
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{SHEET_STYLE}</style></head><body><h1>{escape(title)}</h1>"
        f'<p class="hint">问卷：{escape(sheet.template)}；共 {len(sheet.beds)} 床。'
        "按 Ctrl+P 打印，裁开后放在床头。每位患者只能提交一次，出院 3 天后二维码停用。</p>"
        f"{cards}</body></html>"
    )


class BedsideQrAdmin(PermissionPage):
    """床旁扫码评价: a printable sheet of QR codes per ward, one per occupied bed."""

    page_schema = PageSchema(label="床旁扫码评价", icon="fa fa-qrcode", sort=75)
    page_path = "/bedside-qr"
    permission = "survey:manage"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        base = f"{self.router_path}{self.page_path}"
        page_.body = [
            {
                "type": "form",
                "title": "打印病区床旁评价二维码",
                "wrapWithPanel": True,
                "body": [
                    {
                        "type": "select",
                        "name": "ward_id",
                        "label": "病区",
                        "source": f"get:{base}/wards",
                        "searchable": True,
                        "required": True,
                    },
                    {
                        "type": "select",
                        "name": "template_id",
                        "label": "满意度模板",
                        "source": f"get:{base}/templates",
                        "required": True,
                    },
                    {
                        "type": "tpl",
                        "className": "text-muted",
                        "tpl": "每张床一个二维码，患者出院前用手机扫码填写满意度问卷；同一次住院只记录一次，"
                        "扫码评价过的患者出院后不再电话调查。",
                    },
                    {
                        "type": "button",
                        "label": "生成打印页",
                        "level": "primary",
                        "icon": "fa fa-print",
                        "actionType": "url",
                        "blank": True,
                        "disabledOn": "${!ward_id || !template_id}",
                        "url": f"{base}/sheet?ward_id=${{ward_id}}&template_id=${{template_id}}",
                    },
                ],
                "actions": [],
            }
        ]
        return page_

    def register_router(self) -> BedsideQrAdmin:
        super().register_router()

        async def wards(principal: Caller) -> Any:
            return BaseApiOut(data={"options": await bedside_survey.wards(principal)})

        async def templates(principal: Caller) -> Any:
            self._check(principal)
            return BaseApiOut(data={"options": await bedside_survey.templates()})

        async def sheet(
            principal: Caller,
            ward_id: Annotated[int, Query(ge=1, le=2**31 - 1)],
            template_id: Annotated[int, Query(ge=1, le=2**31 - 1)],
        ) -> HTMLResponse:
            found = await bedside_survey.sheet(principal, ward_id=ward_id, template_id=template_id)
            return HTMLResponse(
                sheet_html(found, hospital=get_settings().hospital_name), headers={"Cache-Control": "no-store"}
            )

        for name, route in (("wards", wards), ("templates", templates)):
            self.router.add_api_route(f"{self.page_path}/{name}", route, methods=["GET"], name=f"bedside_{name}")
        self.router.add_api_route(
            f"{self.page_path}/sheet", sheet, methods=["GET"], name="bedside_sheet", response_class=HTMLResponse
        )
        return self

    def _check(self, principal: Principal) -> None:
        require(principal, self.permission)


class PatientHistoryAdmin(PermissionPage):
    """患者历次随访: one patient's follow-ups of every program in one timeline, within the viewer's
    scope (the API route decides what is shown)."""

    page_schema = PageSchema(label="患者历次随访", icon="fa fa-history", sort=78)
    page_path = "/patient-history"
    permission = "followup:read"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        page_.body = [
            {
                "type": "form",
                "mode": "inline",
                "target": "patient_history",
                "wrapWithPanel": False,
                "body": [
                    {
                        "type": "select",
                        "name": "patient_id",
                        "label": "患者",
                        "placeholder": "输入姓名或 HIS 患者ID 搜索",
                        "searchable": True,
                        "clearable": True,
                        "autoComplete": {
                            "method": "get",
                            "url": "/api/v1/patients?keyword=${term}&page_size=20",
                            "adaptor": "return {status: 0, data: {options: (payload.items || []).map("
                            "p => ({label: p.name + '（' + p.his_id + '）', value: p.id}))}};",
                        },
                    },
                    {"type": "submit", "label": "查看", "level": "primary"},
                ],
            },
            {
                "type": "service",
                "name": "patient_history",
                "api": {
                    "method": "get",
                    "url": "/api/v1/patients/${patient_id}/followup-history",
                    "sendOn": "${patient_id}",
                },
                "body": [
                    {"type": "tpl", "tpl": "${patient.name} ${patient.his_id}", "visibleOn": "${patient}"},
                    data_table(
                        "历次随访（随访中心、科室随访、满意度调查，按时间倒序）",
                        "items",
                        [
                            ("at", "时间"),
                            ("program", "项目"),
                            ("kind", "类别"),
                            ("title", "模板 / 事项"),
                            ("department", "科室"),
                            ("result", "结果"),
                            ("staff", "随访人员"),
                            ("score", "得分"),
                            ("detail", "说明"),
                        ],
                        placeholder="请选择患者；没有可查看的随访记录",
                    ),
                ],
            },
        ]
        return page_
