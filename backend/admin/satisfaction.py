"""满意度管理 (行风办): 满意度统计, 整改管理, 满意度结果查询 and 满意度参数."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi_amis_admin.amis.components import Page, PageSchema
from pydantic import BaseModel, Field
from starlette.requests import Request

from backend.admin import ai_panels
from backend.admin.auth import optional_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.widgets import PermissionPage, data_table, figure_link, statistics_filter
from backend.clock import now
from backend.models import Rectification, SatisfactionAnswer
from backend.models.choices import AiFeature, RectificationStatus
from backend.services import ai, rectifications, satisfaction_bank
from backend.services.principal import Principal

ANSWERS = "#/admin/SatisfactionApp/SatisfactionAnswerAdmin"

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
  response: pct(r.response_rate), refusal: pct(r.refusal_rate), idx: num(r.index)});
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
        columns += [("due", "应调查"), ("responded", "已应答"), ("response", "应答率"), ("refusal", "拒绝率")]
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
            "satisfaction",
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
        page_.body = [
            form,
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
        ]
        principal = await optional_principal(request)
        if principal is not None and AiFeature.COMMENTS in await ai.available_features(principal):
            page_.body.append(ai_panels.comments_form())
        return page_


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
