"""科室随访模板: which templates a caller may see and change, and the rule that a department's
template reaches its own patients only.

The follow-up centre (hospital-wide scope with 随访模板与问卷维护) designs any template. Everyone
else who may design templates — a 科室主任 or 护士长 holding 本科室随访模板维护 — works within their
departments: they see the templates their departments own and the hospital-wide ones (read
only), create and change department-program templates owned by one of their departments, and
those templates' match rules name only that department and its wards. A department template
without a department rule is given its own department, so it can never match the whole hospital.
The check runs on the server in every path that saves a template (the designer and the generic
admin forms), whatever the form sent.
"""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from backend.models import Department, FollowUpTemplate
from backend.models.choices import Program
from backend.services.errors import InvalidInput, NotFound, PermissionDenied
from backend.services.principal import Principal

HOSPITAL_WIDE = "followup:template"
DEPARTMENT_ONLY = "followup:dept_template"
DESIGN = (HOSPITAL_WIDE, DEPARTMENT_ONLY)


def can_design(principal: Principal) -> bool:
    return any(principal.can(p) for p in DESIGN)


def require_design(principal: Principal) -> None:
    if not can_design(principal):
        raise PermissionDenied("没有权限：随访模板维护")


def hospital_wide(principal: Principal) -> bool:
    """Whether the caller designs templates for the whole hospital (the follow-up centre)."""
    return principal.can(HOSPITAL_WIDE) and principal.sees_all_departments


def visible_templates(principal: Principal) -> QuerySet[FollowUpTemplate]:
    """The templates the caller may see: all for hospital-wide roles; for department roles their
    departments' templates and the hospital-wide ones (no owner department)."""
    if principal.sees_all_departments:
        return FollowUpTemplate.all()
    return FollowUpTemplate.filter(
        Q(owner_department_id__in=list(principal.department_ids)) | Q(owner_department_id__isnull=True)
    )


async def editable(principal: Principal, template_id: int) -> FollowUpTemplate:
    """A template the caller may change (404 when out of sight, 403 when only readable)."""
    require_design(principal)
    template = await visible_templates(principal).get_or_none(id=template_id)
    if template is None:
        raise NotFound("随访模板不存在或无权查看")
    if not hospital_wide(principal) and template.owner_department_id not in principal.department_ids:
        raise PermissionDenied("全院随访模板由随访中心维护，科室只能修改本科室的模板")
    return template


async def _reach(owner: Department) -> dict[str, str]:
    """Codes (and names) of the department and the wards under it: what its templates may match."""
    rows = await Department.filter(Q(id=owner.id) | Q(parent_id=owner.id)).values_list("code", "name")
    return {str(code): str(name) for code, name in rows}


async def check(principal: Principal, values: dict[str, Any]) -> dict[str, Any]:
    """Validate who owns the template and what its rules reach; returns the values to save
    (a department template without a department rule gets its own department)."""
    require_design(principal)
    program = Program(values.get("program") or Program.CENTRE)
    owner_id = values.get("owner_department_id")
    if not hospital_wide(principal):
        if program is not Program.DEPARTMENT:
            raise InvalidInput("科室只能维护「科室随访」项目的模板", field="program")
        if owner_id is None:
            raise InvalidInput("请选择所属科室（本人所在科室）", field="owner_department_id")
        if not principal.sees_all_departments and owner_id not in principal.department_ids:
            raise InvalidInput("所属科室只能是本人所在的科室", field="owner_department_id")
    if program is not Program.DEPARTMENT:
        return values
    if owner_id is None:
        raise InvalidInput("科室随访模板必须选择所属科室", field="owner_department_id")
    owner = await Department.get_or_none(id=owner_id)
    if owner is None:
        raise InvalidInput("所选所属科室不存在", field="owner_department_id")
    reach = await _reach(owner)
    rules = dict(values.get("match_rules") or {})
    wanted = rules.get("departments") or []
    outside = [code for code in wanted if code not in reach]
    if outside:
        names = dict(await Department.filter(code__in=outside).values_list("code", "name"))
        listed = "、".join(f"「{names.get(code, code)}」" for code in outside)
        raise InvalidInput(
            f"科室随访模板只能匹配本科室（{owner.name}）及其病区的患者：{listed}不属于本科室", field="match_rules"
        )
    if not wanted:
        rules["departments"] = [owner.code]
    return {**values, "match_rules": rules}


async def department_codes(principal: Principal) -> set[str] | None:
    """The department codes a caller's rules may name (None: any)."""
    if hospital_wide(principal):
        return None
    ids = set(principal.department_ids)
    rows = await Department.filter(Q(id__in=ids) | Q(parent_id__in=ids)).values_list("code", flat=True)
    return {str(code) for code in rows}


async def default_owner(principal: Principal) -> int | None:
    """The department a department role's new template belongs to: its one department (the wards
    it sees under it aside), or None when it looks after several."""
    if hospital_wide(principal) or principal.sees_all_departments:
        return None
    rows = await Department.filter(id__in=list(principal.department_ids)).values_list("id", "parent_id")
    tops = [int(i) for i, parent in rows if parent not in principal.department_ids]
    return tops[0] if len(tops) == 1 else None
