"""患者与随访 pages: patients with their 360 view, stays, problems; and 同步数据监控."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends
from fastapi_amis_admin.utils.pydantic import model_fields
from pydantic import Field, create_model
from starlette.requests import Request
from tortoise.queryset import QuerySet

from backend import clock
from backend.admin.auth import require_principal
from backend.admin.model_admin import ItemAction, TortoiseModelAdmin, page
from backend.admin.text import text
from backend.admin.widgets import PATIENT_360, incoming_call
from backend.models import Notice, Patient, QuarantinedRecord, SyncRun
from backend.models.choices import HisEntity, HisSourceName, NoticeKind, NoticeLevel
from backend.security.crypto import decrypt
from backend.security.masking import mask_id_number, mask_phone
from backend.services import calling, exact_search, exchange, patient360, patients, sync
from backend.services.principal import Principal
from backend.web.schemas import Id


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
    # No birth-date filter or column: beside a masked ID number the date gave most of it away;
    # the list shows the age, the 360 view the date to roles that may unmask.
    list_filter = ["his_id", "name", "gender", "deceased_at", "do_not_contact"]
    read_fields = ["id", "his_id", "name", "gender", "deceased_at", "do_not_contact"]
    labels = {"phone_cipher": "手机号", "id_number_cipher": "身份证号", "birth_date": "年龄"}
    formatters = {
        "phone_cipher": _masked(mask_phone),
        "id_number_cipher": _masked(mask_id_number),
        "birth_date": lambda born: clock.age_on(born, clock.now().date()) if born else None,
    }
    item_actions = [ItemAction("overview", "360 视图", "patient:read", view=PATIENT_360)]

    def extra_filter_fields(self) -> dict[str, Any]:
        def exact(title: str, max_length: int, hint: str) -> Any:
            extra: dict[str, Any] = {"amis_filter_item": {"placeholder": hint, "clearable": True}}
            return (str | None, Field(None, title=title, max_length=max_length, json_schema_extra=extra))

        return {
            "phone": exact("手机号", 20, "完整手机号，精确查询（留痕）"),
            "id_number": exact("身份证号", 18, "完整 18 位身份证号，精确查询（留痕）"),
        }

    async def extra_filter(self, principal: Principal, query: QuerySet[Any], filters: dict[str, Any]) -> QuerySet[Any]:
        """手机号 / 身份证号: the same exact search as the API, audited and bounded per user."""
        numbers = patients.exact_numbers(phone=filters.get("phone"), id_number=filters.get("id_number"))
        if not numbers:
            return query
        query = patients.by_numbers(query, numbers)
        await exact_search.audited(principal, numbers, query.limit(20), lambda q: q.values_list("id", flat=True))
        return query

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        # The birth-date column carries the age (`formatters`): a number, not a date.
        age: Any = (int | None, Field(None, title="年龄"))
        self.schema_list = create_model("PatientAdminList", __base__=self.schema_list, birth_date=age)
        self.list_display = list(model_fields(self.schema_list).values())  # type: ignore[misc]

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

        async def incoming(inbound_id: Id, principal: Annotated[Principal, Depends(require_principal)]) -> Any:
            """The screen pop of a call that rang the caller's own extension (incoming-call.js)."""
            from fastapi_amis_admin.crud.schema import BaseApiOut

            return BaseApiOut(data=incoming_call(await calling.inbound_call(principal, inbound_id)))

        self.router.add_api_route("/incoming/{inbound_id}", incoming, methods=["GET"], name="incoming")
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
    if record.source == exchange.QUARANTINE_SOURCE:
        stored = await exchange.retry_quarantined(record.id)
    else:
        stored = await sync.retry_configured(record.id)
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
        "backlog",
        "skipped",
        "lag_seconds",
        "error",
        "skip_note",
    ]
    list_filter = ["source", "status", "started_at"]
    ordering = ["-id"]
    value_labels = {"source": HisSourceName}
    labels = {
        "source": "数据源",
        "started_at": "开始",
        "finished_at": "结束",
        "window_start": "窗口起",
        "window_end": "窗口止",
        "fetched": "读取",
        "inserted": "新增",
        "updated": "更新",
        "rejected": "新隔离",
        "backlog": "待处理隔离",
        "skipped": "跳过",
        "skip_note": "跳过原因",
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
    value_labels = {"source": HisSourceName, "entity": HisEntity}
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
    list_display = ["id", "level", "kind", "title", "body", "created_at", "acknowledged_at", "resolved_at"]
    list_filter = ["kind", "level", "acknowledged_at", "resolved_at"]
    value_labels = {"kind": NoticeKind, "level": NoticeLevel}
    item_actions = [
        ItemAction(
            "acknowledge", "确认", "sync:manage", _acknowledge, visible_on="!this.acknowledged_at && !this.resolved_at"
        )
    ]

    def get_queryset(self, principal: Principal) -> QuerySet[Any]:
        # Security notices name staff and what they searched: the security administrator's.
        return Notice.exclude(kind=exact_search.NOTICE_KIND)


class SecurityNoticeAdmin(TortoiseModelAdmin):
    """安全通知: exact searches over the limit and other signs of misuse, for the security administrator."""

    page_schema = page("安全通知", "fa fa-shield", 49)
    model = Notice
    permission = "staff:unlock"
    readonly = True
    list_display = ["id", "level", "title", "body", "created_at", "acknowledged_at"]
    list_filter = ["level", "acknowledged_at"]
    item_actions = [ItemAction("acknowledge", "确认", "staff:unlock", _acknowledge, visible_on="!this.acknowledged_at")]

    def get_queryset(self, principal: Principal) -> QuerySet[Any]:
        return Notice.filter(kind=exact_search.NOTICE_KIND)
