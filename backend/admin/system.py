"""系统管理 and 基础字典: departments, staff, roles, menus, the audit log, dictionaries."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import Depends, File, UploadFile
from fastapi_amis_admin.amis.components import TableCRUD
from fastapi_amis_admin.crud.schema import BaseApiOut
from pydantic import BaseModel, Field
from starlette.requests import Request
from tortoise.models import Model

from backend.admin import ai_panels
from backend.admin.auth import optional_principal, require_principal
from backend.admin.model_admin import ActionResult, ItemAction, TortoiseModelAdmin, holds, page
from backend.models import (
    Admission,
    AuditEvent,
    Department,
    DepartmentAlias,
    DiagnosisCode,
    Menu,
    PasswordResetRequest,
    Problem,
    Role,
    SmsTemplate,
    Staff,
)
from backend.models.choices import AiFeature, AuditResource
from backend.services import ai, ai_features, diagnosis_codes, password_reset
from backend.services import problems as problem_service
from backend.services import roles as role_service
from backend.services import staff as staff_service
from backend.services.access import ADMINISTRATOR_PERMISSIONS
from backend.services.principal import Principal


class DepartmentAdmin(TortoiseModelAdmin):
    page_schema = page("科室维护", "fa fa-hospital-o", 90)
    model = Department
    permission = ("department:manage", "staff:manage", "staff:grant")
    write_permission = "department:manage"
    list_display = ["id", "code", "name", "kind", "parent__name", "phone", "sort_order", "is_active"]
    list_filter = ["code", "name", "kind", "is_active"]
    search_fields = ["name"]
    ordering = ["sort_order", "code"]
    create_fields = ["code", "name", "kind", "parent_id", "phone", "sort_order", "is_active"]
    bulk_update_fields = ["kind", "is_active"]
    enable_bulk_create = True


class DepartmentAliasAdmin(TortoiseModelAdmin):
    page_schema = page("科室编码对照", "fa fa-exchange", 89)
    model = DepartmentAlias
    permission = "department:manage"
    list_display = ["id", "code", "department__name", "note", "created_at"]
    list_filter = ["code", "department_id", "note"]
    ordering = ["code"]
    create_fields = ["code", "department_id", "note"]
    labels = {"code": "外部科室编码", "department_id": "对应科室", "department__name": "对应科室", "note": "来源说明"}


class _Reason(BaseModel):
    reason: str = Field(title="申请原因", min_length=2, max_length=200)


# Shown once after a reset: the one-time password is in this response and nowhere else.
ONE_TIME_PASSWORD_DIALOG: dict[str, Any] = {
    "feedback": {
        "title": "一次性密码（只显示这一次）",
        "body": [
            {"type": "tpl", "tpl": "${staff_name} 的一次性密码：", "className": "block"},
            {"type": "tpl", "tpl": "${one_time_password}", "className": "text-2x font-bold one-time-password"},
            {
                "type": "tpl",
                "tpl": "请当面或电话告知本人；${hours} 小时内有效，本人首次登录须修改。关闭后无法再次查看。",
                "className": "block text-muted m-t",
            },
        ],
        "actions": [{"type": "button", "label": "我已记下", "actionType": "close", "level": "primary"}],
    }
}


def _shown_once(staff: Staff, password: str) -> ActionResult:
    from backend.settings import get_settings

    data = {
        "one_time_password": password,
        "staff_name": str(staff),
        "hours": get_settings().security.one_time_password_hours,
    }
    return ActionResult("密码已重置为一次性密码", data)


class _Roles(BaseModel):
    role_ids: list[int] = Field(
        default_factory=list,
        title="角色",
        json_schema_extra={
            "amis_form_item": {
                "type": "checkboxes",
                "source": "get:/admin/SystemApp/StaffAdmin/options/roles",
                "joinValues": False,
                "extractValue": True,
                "columnsCount": 2,
            }
        },
    )


async def _reset(principal: Principal, staff: Staff, data: dict[str, Any]) -> ActionResult:
    return _shown_once(staff, await password_reset.reset(principal, staff.id))


async def _request_reset(principal: Principal, staff: Staff, data: dict[str, Any]) -> str:
    await password_reset.request(principal, staff.id, data["reason"])
    return "已提交申请，待另一名管理员在“管理员密码重置”中批准"


async def _lock(principal: Principal, staff: Staff, data: dict[str, Any]) -> str:
    await staff_service.set_locked(principal, staff.id, True)
    return "已锁定"


async def _unlock(principal: Principal, staff: Staff, data: dict[str, Any]) -> str:
    await staff_service.set_locked(principal, staff.id, False)
    return "已解锁"


async def _disable(principal: Principal, staff: Staff, data: dict[str, Any]) -> str:
    await staff_service.set_active(principal, staff.id, False)
    return "已停用"


async def _enable(principal: Principal, staff: Staff, data: dict[str, Any]) -> str:
    await staff_service.set_active(principal, staff.id, True)
    return "已启用"


async def _grant(principal: Principal, staff: Staff, data: dict[str, Any]) -> str:
    await staff_service.grant_roles(principal, staff.id, data.get("role_ids") or [])
    return "角色已更新"


class StaffAdmin(TortoiseModelAdmin):
    page_schema = page("员工维护", "fa fa-user-md", 80)
    model = Staff
    permission = ("staff:manage", "staff:grant", "staff:unlock")
    write_permission = "staff:manage"
    allow_delete = False  # staff leave by being disabled, so their records keep their author
    list_display = [
        "id",
        "username",
        "name",
        "department__name",
        "roles",
        "title",
        "phone_extension",
        "dial_method",
        "is_active",
        "locked",
        "locked_until",
        "last_login_at",
    ]
    list_filter = ["username", "name", "department_id", "is_active", "locked"]
    search_fields = ["name"]
    ordering = ["id"]
    create_fields = ["username", "name", "department_id", "title", "phone_extension", "dial_method"]
    update_fields = ["name", "department_id", "extra_departments", "title", "phone_extension", "dial_method"]
    m2m_fields = {"roles": "name", "extra_departments": "name"}
    item_actions = [
        ItemAction(
            "reset_password",
            "重置密码",
            "staff:manage",
            _reset,
            confirm="重置后原密码失效，并生成一次性密码（只显示一次）。确定重置？",
            extra=ONE_TIME_PASSWORD_DIALOG,
        ),
        ItemAction("request_reset", "申请重置管理员密码", "staff:reset_admin", _request_reset, form=_Reason),
        ItemAction("lock", "锁定", "staff:manage", _lock, visible_on="!this.locked"),
        ItemAction("unlock", "解锁", "staff:unlock", _unlock, visible_on="this.locked || this.locked_until"),
        ItemAction("disable", "停用", "staff:manage", _disable, visible_on="this.is_active"),
        ItemAction("enable", "启用", "staff:manage", _enable, visible_on="!this.is_active"),
        ItemAction("grant", "分配角色", "staff:grant", _grant, form=_Roles),
    ]

    def extra_create_fields(self) -> dict[str, Any]:
        return {
            "password": (
                str,
                Field(
                    title="初始密码",
                    min_length=1,
                    max_length=128,
                    json_schema_extra={"amis_form_item": {"type": "input-password"}},
                ),
            ),
            **self.extra_update_fields(),
        }

    def extra_update_fields(self) -> dict[str, Any]:
        # write-only: stored encrypted, never read back into a form or a list (网络电话)
        return {
            "sip_password": (
                str | None,
                Field(
                    default=None,
                    title="分机密码",
                    max_length=64,
                    description="网络电话注册分机用；留空则不修改",
                    json_schema_extra={"amis_form_item": {"type": "input-password"}},
                ),
            )
        }

    async def create_item(self, principal: Principal, data: dict[str, Any]) -> Model:
        password = data.pop("password")
        if not data.get("sip_password"):
            data.pop("sip_password", None)
        return await staff_service.create(principal, data, password)

    async def update_item(self, principal: Principal, obj: Model, data: dict[str, Any]) -> Model:
        if not data.get("sip_password"):
            data.pop("sip_password", None)  # a blank field keeps the stored password
        return await staff_service.update(principal, obj.pk, data)

    async def _set_m2m(self, principal: Principal, obj: Model, values: dict[str, list[int]]) -> None:
        # Roles are granted by the security administrator through 分配角色 only (三员分立).
        values.pop("roles", None)
        await super()._set_m2m(principal, obj, values)


async def _approve(principal: Principal, request: PasswordResetRequest, data: dict[str, Any]) -> str:
    await password_reset.decide(principal, request.id, approve=True)
    return "已批准，申请人现在可以执行重置"


async def _reject(principal: Principal, request: PasswordResetRequest, data: dict[str, Any]) -> str:
    await password_reset.decide(principal, request.id, approve=False)
    return "已驳回"


async def _complete(principal: Principal, request: PasswordResetRequest, data: dict[str, Any]) -> ActionResult:
    password = await password_reset.complete(principal, request.id)
    return _shown_once(await Staff.get(id=request.staff_id), password)


class PasswordResetRequestAdmin(TortoiseModelAdmin):
    """管理员密码重置: the security administrator asks, another administrator approves (三员分立)."""

    page_schema = page("管理员密码重置", "fa fa-unlock-alt", 79)
    model = PasswordResetRequest
    permission = ADMINISTRATOR_PERMISSIONS
    readonly = True
    list_display = [
        "id",
        "staff__name",
        "reason",
        "status",
        "requested_by__name",
        "created_at",
        "decided_by__name",
        "decided_at",
        "completed_at",
    ]
    list_filter = ["status", "created_at"]
    labels = {"staff__name": "重置账户", "requested_by__name": "申请人", "decided_by__name": "审批人"}
    item_actions = [
        ItemAction(
            "approve",
            "批准",
            ADMINISTRATOR_PERMISSIONS,
            _approve,
            confirm="批准后申请人可以重置该管理员的密码。确定批准？",
            visible_on="this.status === 'pending'",
        ),
        ItemAction("reject", "驳回", ADMINISTRATOR_PERMISSIONS, _reject, visible_on="this.status === 'pending'"),
        ItemAction(
            "complete",
            "执行重置",
            "staff:reset_admin",
            _complete,
            confirm="执行后原密码失效，并生成一次性密码（只显示一次）。确定执行？",
            visible_on="this.status === 'approved'",
            extra=ONE_TIME_PASSWORD_DIALOG,
        ),
    ]


class RoleAdmin(TortoiseModelAdmin):
    page_schema = page("权限维护", "fa fa-key", 70)
    model = Role
    permission = ("role:manage", "staff:grant")
    write_permission = "role:manage"
    # a role's code is the program's key for it, not something staff read
    list_display = ["id", "name", "data_scope", "builtin", "permissions", "description"]
    list_filter = ["name", "builtin"]
    ordering = ["id"]
    create_fields = ["code", "name", "data_scope", "description", "permissions"]
    update_fields = ["name", "data_scope", "description", "permissions"]
    m2m_fields = {"permissions": "name"}

    async def _set_m2m(self, principal: Principal, obj: Model, values: dict[str, list[int]]) -> None:
        if "permissions" in values:
            await role_service.check_role_change(principal, obj if obj.pk else None, values["permissions"])  # type: ignore[arg-type]
        await super()._set_m2m(principal, obj, values)

    async def update_item(self, principal: Principal, obj: Model, data: dict[str, Any]) -> Model:
        await role_service.check_role_change(principal, obj, [])  # type: ignore[arg-type]
        return await super().update_item(principal, obj, data)

    async def delete_item(self, principal: Principal, obj: Model) -> None:
        await role_service.check_role_change(principal, obj, [])  # type: ignore[arg-type]
        await super().delete_item(principal, obj)


class MenuAdmin(TortoiseModelAdmin):
    page_schema = page("功能菜单", "fa fa-bars", 60)
    model = Menu
    permission = "menu:manage"
    # code and path are the page's class name and address, kept by the program, not read by staff
    list_display = ["id", "title", "parent__title", "sort_order", "is_active", "roles"]
    list_filter = ["title", "is_active"]
    ordering = ["sort_order", "id"]
    create_fields = ["code", "title", "icon", "path", "parent_id", "sort_order", "is_active", "roles"]
    m2m_fields = {"roles": "name"}
    label_field = "title"


class AuditEventAdmin(TortoiseModelAdmin):
    page_schema = page("日志查询", "fa fa-history", 50)
    model = AuditEvent
    permission = "audit:read"
    export_permission = "audit:export"
    readonly = True
    list_display = [
        "id",
        "at",
        "actor_name",
        "action",
        "success",
        "resource_type",
        "resource_id",
        "summary",
        "ip",
        "request_id",
    ]
    list_filter = ["at", "actor_id", "actor_name", "action", "success", "resource_type", "resource_id"]
    search_fields = ["summary"]
    ordering = ["-at", "-id"]
    value_labels = {"resource_type": AuditResource}
    read_fields = [
        "id",
        "at",
        "actor_id",
        "actor_name",
        "action",
        "success",
        "resource_type",
        "resource_id",
        "summary",
        "before",
        "after",
        "ip",
        "user_agent",
        "request_id",
    ]


class DiagnosisCodeAdmin(TortoiseModelAdmin):
    page_schema = page("诊断编码库", "fa fa-book", 40)
    model = DiagnosisCode
    permission = ("system:config", "followup:template")
    write_permission = "system:config"
    list_display = ["id", "kind", "code", "name", "pinyin", "is_active"]
    list_filter = ["kind", "code", "name", "pinyin", "is_active"]
    ordering = ["kind", "code"]
    enable_bulk_create = True
    bulk_update_fields = ["is_active"]

    async def get_page(self, request: Request) -> Any:
        page_ = await super().get_page(request)
        about: dict[str, Any] = {
            "type": "alert",
            "level": "info",
            "body": "预置 ICD-10 常用类目、接口样例与演示数据中的国家临床版编码，以及部分中医病证编码（GB/T 15657）。"
            "请用「导入编码」导入医院自己的编码表（CSV 或 Excel，表头：编码,名称[,类别]；类别为 西医诊断、中医病名 "
            "或 中医证候，留空为西医诊断）。重复导入只更新名称有变化的编码。",
        }
        blocks: list[dict[str, Any]] = [about]
        if await self.has_page_permission(request, action="create"):
            blocks.append(
                {
                    "type": "button",
                    "label": "导入编码",
                    "icon": "fa fa-upload",
                    "level": "primary",
                    "className": "m-b",
                    "actionType": "dialog",
                    "dialog": {
                        "title": "导入诊断编码",
                        "body": {
                            "type": "form",
                            "api": f"post:{self.router_path}/import",
                            "reload": "diagnosis-codes",
                            "body": [
                                {
                                    "type": "input-file",
                                    "name": "file",
                                    "label": "编码表",
                                    "accept": ".csv,.xlsx",
                                    "asBlob": True,
                                    "required": True,
                                    "description": "CSV（UTF-8 或 GBK）或 Excel（.xlsx），第一行为表头",
                                }
                            ],
                        },
                    },
                }
            )
        if isinstance(page_.body, TableCRUD):
            page_.body.name = "diagnosis-codes"  # reloaded after an import
        page_.body = [*blocks, page_.body]
        return page_

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)

        async def import_codes(
            principal: Annotated[Principal, Depends(require_principal)],
            file: Annotated[UploadFile, File()],
        ) -> BaseApiOut[Any]:
            content = await file.read()
            result = await diagnosis_codes.import_table(principal, file.filename or "", content)
            return BaseApiOut(msg=result.message, data=dataclasses.asdict(result))

        self.router.add_api_route("/import", import_codes, methods=["POST"], name="import_codes")
        return self


class SmsTemplateAdmin(TortoiseModelAdmin):
    page_schema = page("短信模板", "fa fa-commenting", 30)
    model = SmsTemplate
    permission = ("sms:manage", "sms:send")
    write_permission = "sms:manage"
    # `code` is how the settings name a template (SMS__NOTICE_TEMPLATE): edited, not listed
    list_display = ["id", "name", "category", "provider_template_code", "sign_name", "content", "is_active"]
    list_filter = ["name", "category", "is_active"]
    create_fields = ["code", "name", "category", "provider_template_code", "sign_name", "content", "is_active"]


class AdmissionAdmin(TortoiseModelAdmin):
    """Stays of the caller's departments (全院 for hospital-wide roles); read-only HIS data."""

    page_schema = page("住院记录", "fa fa-bed", 90)
    model = Admission
    permission = "patient:read"
    export_permission = "patient:export"
    scoped = True
    readonly = True
    list_display = [
        "id",
        "his_visit_id",
        "patient__name",
        "department__name",
        "bed_no",
        "attending_name",
        "admitted_at",
        "discharged_at",
        "los_days",
        "disposition",
        "main_diagnosis_name",
        "tcm_disease_name",
        "tcm_syndrome_name",
        "cancelled_at",
    ]
    list_filter = [
        "patient__name",
        "department_id",
        "discharged_at",
        "los_days",
        "disposition",
        "main_diagnosis_code",
        "cancelled_at",
    ]
    ordering = ["-discharged_at", "-id"]
    labels = {"cancelled_at": "HIS撤销入院（A11）"}


class _Reply(BaseModel):
    reply: str = Field(
        title="回复内容", min_length=2, max_length=4000, json_schema_extra={"amis_form_item": {"type": "textarea"}}
    )


class _Verify(BaseModel):
    accepted: bool = Field(True, title="患者确认已解决")
    note: str = Field("", title="说明（退回时填写）", max_length=500)


async def _reply(principal: Principal, problem: Problem, data: dict[str, Any]) -> str:
    await problem_service.reply(principal, problem.id, data["reply"])
    return "已回复"


async def _verify(principal: Principal, problem: Problem, data: dict[str, Any]) -> str:
    done = await problem_service.verify(
        principal, problem.id, accepted=data.get("accepted", True), note=data.get("note", "")
    )
    return "已核实" if done.status.value == "verified" else "已退回科室"


class ProblemAdmin(TortoiseModelAdmin):
    """Problems raised in follow-up, answered by the department they were routed to."""

    page_schema = page("问题回复", "fa fa-comments", 80)
    model = Problem
    permission = ("problem:reply", "followup:read")
    write_permission = "problem:reply"
    scoped = True
    allow_delete = False
    list_display = [
        "id",
        "patient__name",
        "department__name",
        "severity",
        "status",
        "description",
        "reply",
        "reply_due_at",
        "replied_at",
        "created_at",
    ]
    list_filter = ["department_id", "severity", "status", "reply_due_at", "created_at"]
    create_fields = ["patient_id", "department_id", "severity", "description", "reply_due_at"]
    update_fields = ["severity", "reply_due_at"]
    label_field = "description"
    item_actions = [
        ItemAction(
            "reply",
            "回复",
            "problem:reply",
            _reply,
            form=_Reply,
            visible_on="this.status == 'open' || this.status == 'replied'",
        ),
        ItemAction(
            "verify",
            "核实",
            "problem:verify",
            _verify,
            form=_Verify,
            visible_on="this.status == 'replied'",
        ),
    ]

    async def _triage_on(self, request: Request) -> bool:
        principal = await optional_principal(request)
        return principal is not None and AiFeature.TRIAGE in await ai.available_features(principal)

    async def get_list_table(self, request: Request) -> Any:
        table = await super().get_list_table(request)
        if await self._triage_on(request):  # with AI off the list shows no AI column
            table.name = "problem-list"
            table.columns = [*(table.columns or []), ai_panels.triage_column()]
        return table

    async def list_rows(self, principal: Principal, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if AiFeature.TRIAGE not in await ai.available_features(principal):
            return rows
        suggestions = dict(await Problem.filter(id__in=[r["id"] for r in rows]).values_list("id", "ai_triage"))
        return [{**row, "ai_triage_text": ai_features.triage_text(suggestions.get(row["id"]))} for row in rows]


__all__ = ["holds"]
