"""Organisation: departments, staff, roles, permissions, menus and login sessions."""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import DataScope, DepartmentKind, DialMethod, ResetRequestStatus


class Department(TimestampedModel):
    """A clinical department (科室), ward (病区) or office of the hospital, keyed by its HIS code."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True, description="科室编码（HIS）")
    name = fields.CharField(max_length=64, description="科室名称")
    kind = fields.CharEnumField(DepartmentKind, max_length=16, default=DepartmentKind.CLINICAL, description="科室类别")
    parent: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="children", null=True, on_delete=fields.RESTRICT, description="上级科室"
    )
    phone = fields.CharField(max_length=32, null=True, description="科室电话")
    sort_order = fields.IntField(default=0, description="排序")
    is_active = fields.BooleanField(default=True, description="启用")

    class Meta:
        table = "department"
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name


class DepartmentAlias(TimestampedModel):
    """Another code by which an outside system names one of our departments (科室编码对照).

    A HIS, a LIS and a FHIR server may each name 心血管内科 differently (0101, XNK, a 36-character
    Organization id): each of those codes points to the one department, which keeps its own code.
    """

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    department_id: int

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True, description="外部科室编码")
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="aliases", on_delete=fields.CASCADE, description="对应科室"
    )
    note = fields.CharField(max_length=64, default="", description="来源说明")

    class Meta:
        table = "department_alias"

    def __str__(self) -> str:
        return self.code


class Permission(TimestampedModel):
    """A permission code such as ``patient:unmask``; roles are sets of these."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True, description="权限编码")
    name = fields.CharField(max_length=64, description="权限名称")
    group = fields.CharField(max_length=32, description="功能分组")

    class Meta:
        table = "permission"
        ordering = ["group", "code"]

    def __str__(self) -> str:
        return f"{self.name}（{self.code}）"


class Role(TimestampedModel):
    """A job role (系统管理员, 科室医生, ...): its permissions and how far it sees patient data."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True, description="角色编码")
    name = fields.CharField(max_length=32, unique=True, description="角色名称")
    description = fields.CharField(max_length=200, default="", description="说明")
    data_scope = fields.CharEnumField(DataScope, max_length=16, default=DataScope.DEPARTMENT, description="数据范围")
    builtin = fields.BooleanField(default=False, description="内置")
    permissions: fields.ManyToManyRelation[Permission] = fields.ManyToManyField(
        "models.Permission", related_name="roles", through="role_permission", description="权限"
    )

    class Meta:
        table = "role"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class Staff(TimestampedModel):
    """A person who logs in: follow-up agent, doctor, nurse, administrator."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    department_id: int | None

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=32, unique=True, description="登录名")
    name = fields.CharField(max_length=32, description="姓名")
    password_hash = fields.CharField(max_length=255)
    password_changed_at = fields.DatetimeField(null=True)
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="staff", null=True, on_delete=fields.RESTRICT, description="科室"
    )
    extra_departments: fields.ManyToManyRelation[Department] = fields.ManyToManyField(
        "models.Department", related_name="extra_staff", through="staff_department", description="兼管科室"
    )
    roles: fields.ManyToManyRelation[Role] = fields.ManyToManyField(
        "models.Role", related_name="staff", through="staff_role", description="角色"
    )
    title = fields.CharField(max_length=32, default="", description="职称或岗位")
    phone_extension = fields.CharField(max_length=32, default="", description="分机号")
    dial_method = fields.CharEnumField(DialMethod, max_length=16, default=DialMethod.PBX, description="拨号方式")
    # The SIP password of the extension, for the browser softphone (网络电话) to register with:
    # encrypted like patient phones, shown to nobody but its owner's own softphone.
    sip_password_cipher = fields.TextField(
        null=True, description="分机密码（密文）"
    )  # nullable: a TEXT column added to existing rows
    is_active = fields.BooleanField(default=True, description="启用")
    locked = fields.BooleanField(default=False, description="已锁定")
    failed_logins = fields.IntField(default=0, description="连续登录失败次数")
    locked_until = fields.DatetimeField(null=True, description="临时锁定至")
    last_login_at = fields.DatetimeField(null=True, description="最后登录")
    must_change_password = fields.BooleanField(default=False, description="须修改密码（重置后）")
    # Set by a password reset: the one-time password it made works until then, and a login with
    # it is flagged (audit) and shown to the person at their next login (`reset_login_at`).
    password_expires_at = fields.DatetimeField(null=True, description="一次性密码有效期至")
    reset_login_at = fields.DatetimeField(null=True, description="使用重置密码登录时间（待告知本人）")
    # Bumped in the same transaction as any change to this person's roles, their permissions,
    # or departments: every web process caches permissions and scope keyed by it, and the one
    # session query of each request reads it (services.principal). Only ever incremented in
    # SQL (F + 1): a full save of a stale Staff object would move it back and revive a cache key.
    access_version = fields.IntField(default=0, description="权限版本")

    class Meta:
        table = "staff"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.name}（{self.username}）"


class StaffSession(TimestampedModel):
    """A server-side login session; an access token is valid only while its session is."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    staff_id: int

    id = fields.UUIDField(primary_key=True)
    staff: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="sessions", on_delete=fields.CASCADE
    )
    refresh_token_hash = fields.CharField(max_length=64, unique=True)
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(description="绝对过期时间")
    revoked_at = fields.DatetimeField(null=True)
    revoked_reason = fields.CharField(max_length=32, null=True)
    ip = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=255, default="")
    notice = fields.CharField(max_length=255, default="", description="登录提示（如账户曾被他人用重置密码登录）")

    class Meta:
        table = "staff_session"
        indexes = (("staff_id", "revoked_at"),)

    def __str__(self) -> str:
        return f"session {self.id}"


class LoginThrottle(TimestampedModel):
    """Wrong passwords typed for one account from one client address (登录失败限制).

    Only a password actually checked and found wrong counts. Past the limit this address waits,
    longer after each further failure; other addresses (the owner at their own desk) are not
    held up until the account as a whole reaches the hard limit kept on Staff.
    """

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    staff_id: int

    id = fields.IntField(primary_key=True)
    staff: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="login_throttles", on_delete=fields.CASCADE
    )
    ip = fields.CharField(max_length=64, description="来源地址")
    failures = fields.IntField(default=0, description="连续密码错误次数")
    last_failure_at = fields.DatetimeField(description="最近一次密码错误")
    blocked_until = fields.DatetimeField(null=True, description="该地址暂停登录至")

    class Meta:
        table = "login_throttle"
        unique_together = (("staff", "ip"),)

    def __str__(self) -> str:
        return f"{self.staff_id}@{self.ip}"


class PasswordResetRequest(TimestampedModel):
    """A request to reset the password of an administrator (三员分立): the security administrator
    asks, a second administrator approves, and only then the requester may reset it (once)."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    staff_id: int
    requested_by_id: int
    decided_by_id: int | None

    id = fields.IntField(primary_key=True)
    staff: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="reset_requests", on_delete=fields.RESTRICT, description="重置账户"
    )
    requested_by: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="reset_requests_made", on_delete=fields.RESTRICT, description="申请人"
    )
    reason = fields.CharField(max_length=200, description="申请原因")
    status = fields.CharEnumField(
        ResetRequestStatus, max_length=16, default=ResetRequestStatus.PENDING, description="状态"
    )
    decided_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff",
        related_name="reset_requests_decided",
        null=True,
        on_delete=fields.RESTRICT,
        description="审批人",
    )
    decided_at = fields.DatetimeField(null=True, description="审批时间")
    completed_at = fields.DatetimeField(null=True, description="重置时间")

    class Meta:
        table = "password_reset_request"
        ordering = ["-id"]
        indexes = (("staff_id", "status"),)

    def __str__(self) -> str:
        return f"重置密码申请 {self.id}"


class Menu(TimestampedModel):
    """An entry of the admin navigation, shown to the roles listed."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, unique=True, description="菜单编码")
    title = fields.CharField(max_length=32, description="菜单名称")
    icon = fields.CharField(max_length=64, default="", description="图标")
    path = fields.CharField(max_length=200, default="", description="页面地址")
    parent: fields.ForeignKeyNullableRelation[Menu] = fields.ForeignKeyField(
        "models.Menu", related_name="children", null=True, on_delete=fields.RESTRICT, description="上级菜单"
    )
    sort_order = fields.IntField(default=0, description="排序")
    is_active = fields.BooleanField(default=True, description="启用")
    roles: fields.ManyToManyRelation[Role] = fields.ManyToManyField(
        "models.Role", related_name="menus", through="menu_role", description="可见角色"
    )

    class Meta:
        table = "menu"
        ordering = ["sort_order", "id"]

    def __str__(self) -> str:
        return self.title
