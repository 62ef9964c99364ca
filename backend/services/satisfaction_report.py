"""满意度月度报告: the workbook the 行风办 sends upward each month, with charts.

One month against the month before (环比), from the same figures as the page (`satisfaction_stats.
compute`, so the report reconciles with what staff see), and the praise and complaints naming
staff from the month's comments. Sheets: 汇总 (the month and the change), 科室排名 (by composite
index, with a bar chart), 维度 (means this month and last, a column chart), 短板题, 近12月趋势 (a
line chart), 表扬与投诉, 整改, written by `workbook.Workbook` like the page's export.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from backend.clock import now
from backend.models.choices import AuditAction
from backend.services import audit, satisfaction_stats
from backend.services.access import require
from backend.services.errors import InvalidInput
from backend.services.principal import Principal
from backend.services.workbook import Workbook
from backend.settings import get_settings

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
FIGURES = (
    ("due", "应调查"),
    ("responded", "已应答"),
    ("response_rate", "应答率"),
    ("refusal_rate", "拒绝率"),
    ("inconvenient_rate", "不便回答率"),
    ("valid", "有效回答"),
    ("satisfaction_rate", "满意率"),
    ("mean_score", "平均分（百分制）"),
    ("index", "综合指数"),
)


def month_bounds(month: str) -> tuple[date, date]:
    found = MONTH.match(month or "")
    if not found:
        raise InvalidInput("月份格式应为 YYYY-MM，例如 2026-11", field="month")
    first = date(int(found[1]), int(found[2]), 1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _previous(first: date) -> str:
    return (first - timedelta(days=1)).strftime("%Y-%m")


def last_month() -> str:
    return (now().date().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


async def build(principal: Principal, *, month: str | None = None) -> tuple[str, bytes]:
    """The month's report (default: last month) as (file name, workbook); audited like every export."""
    require(principal, "survey:read")
    month = month or last_month()
    first, last = month_bounds(month)
    prior_first, prior_last = month_bounds(_previous(first))
    now_figures = await satisfaction_stats.compute(principal, period_from=first, period_until=last)
    before = await satisfaction_stats.compute(principal, period_from=prior_first, period_until=prior_last)
    year_from = month_bounds((first - timedelta(days=330)).strftime("%Y-%m"))[0]
    trend = (await satisfaction_stats.compute(principal, period_from=year_from, period_until=last))["trend"]
    comments = await satisfaction_stats.comments(principal, period_from=first, period_until=last)
    await audit.record(
        AuditAction.EXPORT, actor=principal, resource_type="satisfaction", summary=f"导出满意度月度报告 {month}"
    )
    body = workbook(month, now_figures, before, trend, comments, hospital=get_settings().hospital_name)
    return f"满意度月度报告_{month}.xlsx", body


def workbook(
    month: str,
    current: dict[str, Any],
    previous: dict[str, Any],
    trend: list[dict[str, Any]],
    comments: dict[str, Any],
    *,
    hospital: str = "",
) -> bytes:
    out = Workbook()
    # 汇总: this month, last month, the change
    overview = out.book.add_worksheet("汇总")  # laid out like the page export's 汇总
    overview.write(0, 0, f"{hospital} 患者满意度月度报告（{month}）", out.title)
    overview.write_row(2, 0, ["指标", month, _previous(month_bounds(month)[0]), "环比变化"], out.bold)
    for line, (key, label) in enumerate(FIGURES, start=3):
        overview.write_string(line, 0, label)
        now_value, before_value = current["total"].get(key), previous["total"].get(key)
        out.cell(overview, line, 1, key, now_value)
        out.cell(overview, line, 2, key, before_value)
        if isinstance(now_value, int | float) and isinstance(before_value, int | float):
            out.cell(overview, line, 3, key, round(now_value - before_value, 4))
    rect = current["rectification"]
    base = 3 + len(FIGURES) + 1
    for offset, (key, label, value) in enumerate(
        (
            ("opened", "整改单", rect["opened"]),
            ("closed", "已结案", rect["closed"]),
            ("closure_rate", "结案率", rect["closure_rate"]),
            ("hours", "平均结案时长（小时）", rect["mean_closure_hours"]),
            ("overdue", "逾期未反馈", rect["overdue"]),
            ("praise", "表扬员工（条）", len(comments["praise"])),
            ("complaints", "投诉员工（条）", len(comments["complaints"])),
        )
    ):
        overview.write_string(base + offset, 0, label)
        out.cell(overview, base + offset, 1, key, value)
    overview.set_column(0, 0, 22)
    overview.set_column(1, 3, 14)

    ranking = sorted(current["by_department"], key=lambda r: (r["index"] is None, -(r["index"] or 0)))
    departments = out.sheet(
        "科室排名",
        [
            ("department", "科室"),
            ("index", "综合指数"),
            ("mean_score", "平均分"),
            ("satisfaction_rate", "满意率"),
            ("response_rate", "应答率"),
            ("refusal_rate", "拒绝率"),
            ("valid", "有效回答"),
        ],
        ranking,
    )
    out.chart(departments, "column", "各科室综合指数", [(1, "综合指数")], len(ranking))
    previous_means = {r["dimension"]: r["mean_score"] for r in previous["by_dimension"]}
    dimension_rows = [{**r, "previous": previous_means.get(r["dimension"])} for r in current["by_dimension"]]
    dimensions = out.sheet(
        "维度",
        [
            ("dimension", "维度"),
            ("mean_score", "本月平均分"),
            ("previous", "上月平均分"),
            ("satisfaction_rate", "满意率"),
            ("weight", "权重"),
        ],
        dimension_rows,
    )
    out.chart(dimensions, "column", "各维度平均分（本月与上月）", [(1, "本月"), (2, "上月")], len(dimension_rows))
    out.sheet("短板题", satisfaction_stats.WEAK_COLUMNS, satisfaction_stats.weak_rows(current))
    months = out.sheet(
        "近12月趋势",
        [("month", "月份"), ("mean_score", "平均分"), ("index", "综合指数"), ("satisfaction_rate", "满意率")],
        trend,
    )
    out.chart(months, "line", "近12个月平均分与综合指数", [(1, "平均分"), (2, "综合指数")], len(trend))
    voices = [{"kind": "表扬", **p} for p in comments["praise"]] + [
        {"kind": "投诉", **c} for c in comments["complaints"]
    ]
    out.sheet("表扬与投诉", [("kind", "类别"), ("staff", "员工"), ("text", "患者原话")], voices)
    out.sheet("整改", satisfaction_stats.RECTIFICATION_COLUMNS, [rect])
    return out.close()
