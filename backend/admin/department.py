"""科室随访 pages: the department's patients (科室患者信息查询) and its statistics (科室随访统计).

Both read what the follow-up centre's pages read, through the same services: stays through the
department scope (`services.scope`), the patient 360 through `services.patient360`, figures
through `services.stats` and `services.satisfaction_stats` (the 行风办's figures, read-only).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends
from fastapi_amis_admin.amis.components import Page, PageSchema
from fastapi_amis_admin.crud.schema import BaseApiOut
from pydantic import Field
from starlette.requests import Request
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend.admin.auth import optional_principal, require_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.widgets import PATIENT_360, PermissionPage, data_table, statistics_filter
from backend.clock import now
from backend.models import Admission
from backend.models.choices import Program
from backend.services import patient360
from backend.services.principal import Principal
from backend.services.scope import get_visible
from backend.web.schemas import Id

ROUTE = "/admin/DepartmentApp/DepartmentPatientAdmin"
STATES: list[Any] = [{"label": "在院", "value": "inpatient"}, {"label": "已出院", "value": "discharged"}]


def _overview_of_stay(route: str) -> dict[str, Any]:
    """The patient 360 of a stay's patient (the row's id is the stay's)."""
    view: dict[str, Any] = json.loads(json.dumps(PATIENT_360))
    view["api"] = f"get:{route}/overview/${{id}}"
    return view


class DepartmentPatientAdmin(TortoiseModelAdmin):
    """科室患者信息查询: the department's in-hospital and discharged patients (出入院, 诊断), with
    the patient 360 (检查、检验、出院小结) and every follow-up the viewer may see."""

    page_schema = page("科室患者信息查询", "fa fa-user-md", 90)
    model = Admission
    permission = "patient:read"
    export_permission = "patient:export"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "patient__name",
        "department__name",
        "ward__name",
        "bed_no",
        "attending_name",
        "admitted_at",
        "discharged_at",
        "los_days",
        "main_diagnosis_code",
        "main_diagnosis_name",
        "tcm_disease_name",
        "tcm_syndrome_name",
    ]
    list_filter = ["patient__name", "department_id", "ward_id", "attending_name", "admitted_at", "discharged_at"]
    ordering = ["-admitted_at", "-id"]
    labels = {"ward__name": "病区", "ward_id": "病区", "attending_name": "主管医生"}
    item_actions = [ItemAction("overview", "患者360与随访记录", "patient:read", view=_overview_of_stay(ROUTE))]

    def extra_filter_fields(self) -> dict[str, Any]:
        return {
            "state": (
                str | None,
                Field(
                    None,
                    title="在院状态",
                    json_schema_extra={"amis_filter_item": {"type": "select", "options": STATES, "clearable": True}},
                ),
            ),
            "diagnosis": (
                str | None,
                Field(
                    None,
                    title="诊断",
                    max_length=64,
                    json_schema_extra={"amis_filter_item": {"placeholder": "ICD-10 编码前缀、诊断名、中医病名或证候"}},
                ),
            ),
        }

    async def extra_filter(self, principal: Principal, query: QuerySet[Any], filters: dict[str, Any]) -> QuerySet[Any]:
        state = filters.get("state")
        if state == "inpatient":
            query = query.filter(discharged_at__isnull=True, cancelled_at__isnull=True)
        elif state == "discharged":
            query = query.filter(discharged_at__isnull=False)
        term = str(filters.get("diagnosis") or "").strip()
        if term:
            query = query.filter(
                Q(main_diagnosis_code__istartswith=term)
                | Q(main_diagnosis_name__icontains=term)
                | Q(tcm_disease_name__icontains=term)
                | Q(tcm_syndrome_name__icontains=term)
                | Q(diagnoses__code__istartswith=term)
            ).distinct()
        return query

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def overview(admission_id: Id, principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            self._require(principal)
            stay = await get_visible(Admission, principal, admission_id)
            return BaseApiOut(data=await patient360.overview(principal, stay.patient_id))

        self.router.add_api_route("/overview/{admission_id}", overview, methods=["GET"], name="stay_overview")
        return self


class DepartmentStatsAdmin(PermissionPage):
    """科室随访统计: the department program's completion and reach, its problems and how they were
    handled, and the department's satisfaction as the 行风办 measured it (read-only)."""

    page_schema = PageSchema(label="科室随访统计", icon="fa fa-line-chart", sort=80)
    page_path = "/department-statistics"
    permission = "stats:read"

    async def get_page(self, request: Request) -> Page:
        page_ = await super().get_page(request)
        principal = await optional_principal(request)
        today = now().date()
        form, query = statistics_filter(
            "dept_stats,dept_satisfaction",
            date_label="应随访截止日期",
            start=today - timedelta(days=30),
            end=today,
            selects=[("department_id", "科室", "get:/api/v1/followup/stats/options/departments")],
            export_url=f"/api/v1/followup/stats.xlsx?program={Program.DEPARTMENT.value}",
        )
        percent = "${%s * 100 | round:1}%%"
        followup = {
            "type": "service",
            "name": "dept_stats",
            "api": {"url": "/api/v1/followup/stats", "method": "get", "data": {**query, "program": "department"}},
            "body": [
                {
                    "type": "property",
                    "title": "科室随访（本科室模板的任务）",
                    "column": 4,
                    "items": [
                        {"label": "应随访", "content": "${total.due}"},
                        {"label": "已完成", "content": "${total.completed}"},
                        {"label": "按时完成", "content": "${total.completed_in_window}"},
                        {"label": "联系成功", "content": "${total.reached}"},
                        {"label": "随访率", "content": percent % "total.followup_rate"},
                        {"label": "联系成功率", "content": percent % "total.reach_rate"},
                    ],
                },
                {
                    "type": "property",
                    "title": "发现的问题及处理",
                    "column": 5,
                    "items": [
                        {"label": "问题总数", "content": "${problems.total}"},
                        {"label": "危险信号（紧急）", "content": "${problems.urgent}"},
                        {"label": "待处理", "content": "${problems.open}"},
                        {"label": "已回复待核实", "content": "${problems.replied}"},
                        {"label": "已核实", "content": "${problems.verified}"},
                    ],
                },
                data_table(
                    "工作量（按随访人员）",
                    "workload",
                    [("staff", "随访人员"), ("contacts", "随访次数"), ("reached", "联系成功"), ("calls", "通话次数")],
                ),
            ],
        }
        satisfaction = {
            "type": "service",
            "name": "dept_satisfaction",
            "api": {
                "url": "/api/v1/satisfaction/stats",
                "method": "get",
                "data": {k: v for k, v in query.items() if k != "template_id"},
                "silent": True,
            },
            "body": [
                {
                    "type": "property",
                    "title": "本科室满意度（行风办调查，只读）",
                    "column": 4,
                    "items": [
                        {"label": "应调查", "content": "${total.due|default:0}"},
                        {"label": "已回复", "content": "${total.responded|default:0}"},
                        {
                            "label": "满意率",
                            "content": "${total.valid ? ROUND(total.satisfaction_rate * 100, 1) + '%' : '-'}",
                        },
                        {"label": "平均分（0-100）", "content": "${total.mean_score|default:'-'}"},
                        {"label": "综合指数", "content": "${total.index|default:'-'}"},
                        {
                            "label": "整改单（已核实/总数）",
                            "content": "${rectification.closed|default:0} / ${rectification.opened|default:0}",
                        },
                    ],
                },
            ],
        }
        page_.body = [
            form,
            followup,
            {"type": "divider"},
            # the 行风办's figures, for those granted 查看满意度结果
            *([satisfaction] if principal is not None and principal.can("survey:read") else []),
            {
                "type": "tpl",
                "className": "text-muted",
                "tpl": "统计口径同「统计分析」：应随访 = 应随访截止日期在统计期内、未取消的科室随访任务；"
                "问题按发现时间统计；满意度来自行风办的调查结果，科室只能查看、不能修改。",
            },
        ]
        return page_
