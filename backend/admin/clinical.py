"""患者与随访 pages: patients with their 360 view, stays, problems; and 同步数据监控."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends
from starlette.requests import Request

from backend.admin.auth import require_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.pages import data_table
from backend.admin.text import text
from backend.api.schemas import Id
from backend.models import Notice, Patient, QuarantinedRecord, SyncRun
from backend.security.crypto import decrypt
from backend.security.masking import mask_id_number, mask_phone
from backend.services import patient360, sync
from backend.services.principal import Principal
from backend.settings import get_settings

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
                {"label": "出生日期", "content": "${patient.birth_date}"},
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


def _masked(function: Any) -> Any:
    return lambda cipher: function(decrypt(cipher)) if cipher else ""


class PatientAdmin(TortoiseModelAdmin):
    page_schema = page("患者查询", "fa fa-user", 100)
    model = Patient
    permission = "patient:read"
    export_permission = "patient:export"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "his_id",
        "name",
        "gender",
        "birth_date",
        "phone_cipher",
        "id_number_cipher",
        "deceased_at",
        "do_not_contact",
    ]
    list_filter = ["his_id", "name", "gender", "birth_date", "deceased_at", "do_not_contact"]
    labels = {"phone_cipher": "手机号", "id_number_cipher": "身份证号"}
    formatters = {"phone_cipher": _masked(mask_phone), "id_number_cipher": _masked(mask_id_number)}
    item_actions = [ItemAction("overview", "360 视图", "patient:read", view=PATIENT_360)]

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def overview(patient_id: Id, principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            from fastapi_amis_admin.crud.schema import BaseApiOut

            data = await patient360.overview(principal, patient_id)
            data["lab_rows"] = [
                {**row, "report": lab["name"], "reported_at": lab["reported_at"]}
                for lab in data["labs"]
                for row in lab["results"]
            ]
            data["trend_chart"] = _trend_chart(data["trends"])
            for stay in data["admissions"]:
                # a property item's content is a template, not a value: HIS text is escaped into it
                stay["front_page"] = [
                    {**item, "content": text(item["content"] if item["content"] is not None else "")}
                    for item in stay["front_page"]
                ]
            return BaseApiOut(data=data)

        self.router.add_api_route("/overview/{patient_id}", overview, methods=["GET"], name="overview")
        return self


def _trend_chart(trends: list[dict[str, Any]]) -> dict[str, Any]:
    """An ECharts line chart, one series per repeated analyte."""
    return {
        "tooltip": {"trigger": "axis"},
        "legend": {"data": [f"{t['name']}({t['unit']})" for t in trends]},
        "xAxis": {"type": "time"},
        "yAxis": {"type": "value"},
        "series": [
            {"name": f"{t['name']}({t['unit']})", "type": "line", "data": [[p["at"], p["value"]] for p in t["points"]]}
            for t in trends
        ],
    }


async def _retry(principal: Principal, record: QuarantinedRecord, data: dict[str, Any]) -> str:
    from integrations.his.factory import make_source

    source = make_source(get_settings())
    try:
        stored = await sync.retry_quarantined(record.id, source)
    finally:
        await source.close()
    return "已重新导入" if stored else "仍无法导入，请查看原因"


async def _acknowledge(principal: Principal, notice: Notice, data: dict[str, Any]) -> str:
    from backend.clock import now

    notice.acknowledged_at = now()
    await notice.save(update_fields=["acknowledged_at", "updated_at"])
    return "已确认"


class SyncRunAdmin(TortoiseModelAdmin):
    page_schema = page("同步数据监控", "fa fa-refresh", 60)
    model = SyncRun
    permission = "sync:manage"
    readonly = True
    list_display = [
        "id",
        "source",
        "status",
        "started_at",
        "finished_at",
        "window_start",
        "window_end",
        "fetched",
        "inserted",
        "updated",
        "rejected",
        "lag_seconds",
        "error",
    ]
    list_filter = ["source", "status", "started_at"]
    ordering = ["-id"]
    labels = {
        "source": "数据源",
        "started_at": "开始",
        "finished_at": "结束",
        "window_start": "窗口起",
        "window_end": "窗口止",
        "fetched": "读取",
        "inserted": "新增",
        "updated": "更新",
        "rejected": "隔离",
        "lag_seconds": "延迟（秒）",
        "error": "错误",
    }

    async def get_page(self, request: Request) -> Any:
        page_ = await super().get_page(request)
        chart = {
            "type": "chart",
            "height": 260,
            "api": f"get:{self.router_path}/chart",
            "title": "最近 14 天同步情况",
        }
        pull = {
            "type": "button",
            "label": "立即同步",
            "level": "primary",
            "icon": "fa fa-refresh",
            "actionType": "ajax",
            "api": "post:/api/v1/his/pull",
            "reload": "window",
            "messages": {"success": "同步完成"},
        }
        page_.body = [pull, chart, page_.body]
        return page_

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def chart(principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            from fastapi_amis_admin.crud.schema import BaseApiOut

            self._require(principal)
            days = await sync.daily_summary(14)
            return BaseApiOut(
                data={
                    "tooltip": {"trigger": "axis"},
                    "legend": {"data": ["新增", "更新", "隔离", "失败次数"]},
                    "xAxis": {"type": "category", "data": [d["day"] for d in days]},
                    "yAxis": {"type": "value"},
                    "series": [
                        {"name": label, "type": "bar" if key != "failed" else "line", "data": [d[key] for d in days]}
                        for key, label in (
                            ("inserted", "新增"),
                            ("updated", "更新"),
                            ("rejected", "隔离"),
                            ("failed", "失败次数"),
                        )
                    ],
                }
            )

        self.router.add_api_route("/chart", chart, methods=["GET"], name="chart")
        return self


class QuarantineAdmin(TortoiseModelAdmin):
    page_schema = page("隔离数据", "fa fa-exclamation-circle", 55)
    model = QuarantinedRecord
    permission = "sync:manage"
    readonly = True
    list_display = ["id", "source", "entity", "external_id", "reason", "attempts", "created_at", "resolved_at"]
    list_filter = ["source", "entity", "external_id", "reason", "resolved_at"]
    read_fields = ["id", "source", "entity", "external_id", "reason", "attempts", "created_at", "resolved_at"]
    labels = {
        "source": "数据源",
        "external_id": "外部ID",
        "reason": "原因",
        "attempts": "次数",
        "resolved_at": "已处理时间",
    }
    item_actions = [
        ItemAction(
            "retry",
            "重试",
            "sync:manage",
            _retry,
            confirm="修正映射或字典后重新导入这条记录？",
            visible_on="!this.resolved_at",
        )
    ]


class NoticeAdmin(TortoiseModelAdmin):
    page_schema = page("系统通知", "fa fa-bell", 50)
    model = Notice
    permission = "sync:manage"
    readonly = True
    list_display = ["id", "level", "kind", "title", "body", "created_at", "acknowledged_at"]
    list_filter = ["kind", "level", "acknowledged_at"]
    item_actions = [ItemAction("acknowledge", "确认", "sync:manage", _acknowledge, visible_on="!this.acknowledged_at")]
