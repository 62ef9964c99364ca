"""Permission codes, the built-in roles and the check every edge uses.

三员分立 (separation of the three administrators): the system administrator runs the system
(departments, staff accounts, menus, settings), the security administrator decides who may do
what (roles and their permissions, role grants, unlocking), and the audit administrator reads
the audit trail. None of the three holds another's permissions or any patient data.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from backend.models import Permission, Role
from backend.models.choices import DataScope
from backend.services.errors import PermissionDenied
from backend.services.principal import Principal, bump_everyone

# code -> (Chinese name, group)
PERMISSIONS: dict[str, tuple[str, str]] = {
    "system:config": ("系统参数配置", "系统管理"),
    "menu:manage": ("功能菜单维护", "系统管理"),
    "department:manage": ("科室维护", "系统管理"),
    "staff:manage": ("员工维护", "系统管理"),
    "role:manage": ("角色与权限维护", "安全管理"),
    "staff:grant": ("员工授权（分配角色）", "安全管理"),
    "staff:unlock": ("解锁账户", "安全管理"),
    "staff:reset_admin": ("申请重置管理员密码", "安全管理"),
    "audit:read": ("日志查询", "审计管理"),
    "audit:export": ("日志导出", "审计管理"),
    "patient:read": ("查看患者信息", "患者"),
    "patient:unmask": ("查看完整手机号/身份证号", "患者"),
    "patient:export": ("导出患者数据", "患者"),
    "followup:read": ("查看随访任务与结果", "随访"),
    "followup:execute": ("执行随访", "随访"),
    "followup:assign": ("分配随访任务", "随访"),
    "followup:template": ("随访模板与问卷维护", "随访"),
    "followup:dept_template": ("本科室随访模板维护", "随访"),
    "survey:execute": ("执行满意度调查", "满意度"),
    "survey:read": ("查看满意度结果与统计", "满意度"),
    "survey:manage": ("满意度整改核实与参数设置", "满意度"),
    "problem:reply": ("回复患者问题", "随访"),
    "problem:verify": ("核实问题处理结果", "随访"),
    "stats:read": ("统计分析", "统计"),
    "sms:send": ("发送短信", "短信"),
    "sms:manage": ("短信模板与群发管理", "短信"),
    "sync:manage": ("数据同步监控", "接口"),
}


# What the heads of a department (科室主任, 护士长) hold: they own its templates, assignment and
# statistics, and work tasks like its doctors and nurses.
DEPARTMENT_OWNER = (
    "patient:read",
    "followup:read",
    "followup:execute",
    "followup:assign",
    "followup:dept_template",
    "problem:reply",
    "stats:read",
    "survey:read",
)


@dataclass(frozen=True)
class BuiltinRole:
    code: str
    name: str
    data_scope: DataScope
    permissions: tuple[str, ...]
    description: str
    # The top-level menu groups (or single pages) the role is shown by default, among those its
    # permissions open (None: every group); an administrator may grant more in 功能菜单.
    menu_groups: tuple[str, ...] | None = None


BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole(
        "sysadmin",
        "系统管理员",
        DataScope.NONE,
        ("system:config", "menu:manage", "department:manage", "staff:manage", "sync:manage"),
        "维护科室、员工账户、菜单与系统参数；不能授权、不能查看审计日志和患者数据",
    ),
    BuiltinRole(
        "secadmin",
        "安全管理员",
        DataScope.NONE,
        ("role:manage", "staff:grant", "staff:unlock", "staff:reset_admin"),
        "维护角色权限、给员工授权、解锁账户、申请重置管理员密码；不能建账户、不能查看审计日志和患者数据",
    ),
    BuiltinRole(
        "auditadmin",
        "审计管理员",
        DataScope.NONE,
        ("audit:read", "audit:export"),
        "查询与导出审计日志，批准其他管理员的密码重置申请；不能做任何其他操作",
    ),
    BuiltinRole(
        "followup_agent",
        "随访中心客服",
        DataScope.ALL,
        (
            "problem:verify",
            "patient:read",
            "patient:unmask",
            "followup:read",
            "followup:execute",
            "followup:assign",
            "followup:template",
            "stats:read",
            "sms:send",
            "sms:manage",
        ),
        "随访中心：全院出院患者的电话、短信随访",
    ),
    BuiltinRole(
        "satisfaction_officer",
        "行风办专员",
        DataScope.ALL,
        (
            "patient:read",
            "followup:read",
            "survey:execute",
            "survey:read",
            "survey:manage",
            "followup:template",
            "sms:send",
            "problem:verify",
        ),
        "行风办：出院患者满意度调查与投诉处理",
        # its own menu; of the follow-up centre's, only the task list (its work queue) and the
        # templates, until the 满意度管理 menu has program-filtered versions of both
        ("SatisfactionApp", "PatientDataApp", "DictionaryApp", "SmsApp", "TaskAdmin", "TemplateAdmin"),
    ),
    BuiltinRole(
        "doctor",
        "科室医生",
        DataScope.DEPARTMENT,
        (
            "patient:read",
            "followup:read",
            "followup:execute",
            "problem:reply",
            "stats:read",
            "sms:send",
            "survey:read",
        ),
        "本科室患者的专病随访与问题回复",
    ),
    # Code kept from the satisfaction work (整改单 escalate to it); the name is the department's head.
    BuiltinRole(
        "dept_head",
        "科室主任",
        DataScope.DEPARTMENT,
        DEPARTMENT_OWNER,
        "本科室的随访模板、任务分配与统计，随访与满意度结果、整改单；逾期整改单升级至此",
    ),
    BuiltinRole(
        "head_nurse",
        "护士长",
        DataScope.DEPARTMENT,
        DEPARTMENT_OWNER,
        "本科室护理随访模板、护士排班分配与统计",
    ),
    BuiltinRole(
        "nurse",
        "科室护士",
        DataScope.DEPARTMENT,
        ("patient:read", "followup:read", "followup:execute", "problem:reply"),
        "本科室患者的护理随访",
    ),
)

ADMIN_ROLE_CODES = frozenset({"sysadmin", "secadmin", "auditadmin"})
# One permission of each of the three administrators: who may see and decide on the requests to
# reset an administrator's password (the holder of a request never approves it).
ADMINISTRATOR_PERMISSIONS = ("staff:manage", "staff:reset_admin", "audit:read")


def is_administrator(principal: Principal) -> bool:
    """Whether the caller holds one of the three administrator roles (三员)."""
    return bool(principal.role_codes & ADMIN_ROLE_CODES)


def require(principal: Principal, permission: str) -> None:
    """Raise PermissionDenied unless `principal` holds `permission`."""
    if not principal.can(permission):
        name = PERMISSIONS.get(permission, (permission, ""))[0]
        raise PermissionDenied(f"没有权限：{name}")


async def sync_reference_data() -> None:
    """Create or update the permission catalogue and built-in roles (idempotent).

    Built-in roles are reset to their defined permissions, so that 三员分立 cannot drift.
    """
    async with in_transaction():
        for code, (name, group) in PERMISSIONS.items():
            await Permission.update_or_create(defaults={"name": name, "group": group}, code=code)
        by_code = {p.code: p for p in await Permission.all()}
        for spec in BUILTIN_ROLES:
            role, _ = await Role.update_or_create(
                defaults={
                    "name": spec.name,
                    "data_scope": spec.data_scope,
                    "description": spec.description,
                    "builtin": True,
                },
                code=spec.code,
            )
            await role.permissions.clear()
            await role.permissions.add(*(by_code[c] for c in spec.permissions))
        # A release may change what a built-in role holds: processes still running the old
        # code must not keep serving the permissions they cached.
        await bump_everyone()
