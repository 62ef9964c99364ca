"""What the template designer (随访模板设计) offers and how it saves.

The designer picks from the hospital's own lists (科室维护, 诊断编码库, 问卷库, other templates,
the staff who may work the template) and saves a template in the same shape the API takes; the
rules and the schedule are validated by `followup_rules`, the team by `followup_tasks`.
"""

from __future__ import annotations

import re
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.models import Department, DiagnosisCode, FollowUpTemplate, Questionnaire, Staff
from backend.models.choices import AuditAction, DiagnosisKind, Program, QuestionnaireStatus
from backend.services import (
    audit,
    department_templates,
    followup_rules,
    followup_tasks,
    records,
    satisfaction_sampling,
    survey_script,
)
from backend.services.errors import InvalidInput, NotFound
from backend.services.principal import Principal

SEARCH_LIMIT = 30
# The diagnosis kinds each picker searches: western codes by code, TCM by name (the rules match
# a stay's TCM disease or syndrome name).
DIAGNOSIS_KINDS = {
    "icd": (DiagnosisKind.WESTERN,),
    "tcm": (DiagnosisKind.TCM_DISEASE, DiagnosisKind.TCM_SYNDROME),
}
# an ICD-10 chapter letter, or a letter and digits (I2, S72, M51.1): not pinyin initials (GGGZ)
ICD_PREFIX = re.compile(r"^[A-Za-z]([0-9][0-9A-Za-z.]{0,14})?$")


def option(label: str, value: Any) -> dict[str, Any]:
    return {"label": label, "value": value}


async def department_options(principal: Principal) -> list[dict[str, Any]]:
    """Departments the rules may name: every one for the follow-up centre, a department role's
    own (with their wards) otherwise."""
    query = Department.filter(is_active=True)
    reach = await department_templates.department_codes(principal)
    if reach is not None:
        query = query.filter(code__in=sorted(reach))
    rows = await query.order_by("sort_order", "code").values_list("code", "name")
    return [option(f"{name}（{code}）", code) for code, name in rows]


async def owner_department_options(principal: Principal) -> list[dict[str, Any]]:
    query = Department.filter(is_active=True)
    if not department_templates.hospital_wide(principal) and not principal.sees_all_departments:
        query = query.filter(id__in=list(principal.department_ids))
    rows = await query.order_by("sort_order", "code").values_list("id", "name")
    return [option(name, department_id) for department_id, name in rows]


async def questionnaire_options() -> list[dict[str, Any]]:
    """Published questionnaires (a draft is not ready to be asked), newest version first."""
    rows = (
        await Questionnaire.filter(status=QuestionnaireStatus.PUBLISHED)
        .order_by("title", "-version")
        .values_list("id", "title", "version")
    )
    return [option(f"{title} 第{version}版", questionnaire_id) for questionnaire_id, title, version in rows]


async def template_options(principal: Principal, excluding: int | None = None) -> list[dict[str, Any]]:
    query = department_templates.visible_templates(principal).order_by("id")
    if excluding is not None:
        query = query.exclude(id=excluding)
    return [option(name, template_id) for template_id, name in await query.values_list("id", "name")]


async def diagnosis_options(kind: str, *, term: str = "", chosen: list[str] | None = None) -> list[dict[str, Any]]:
    """诊断编码库 entries for a picker: those matching `term` (code prefix, name or pinyin initials),
    and the values already `chosen` (so a saved template shows their names).

    ICD-10 rules are code prefixes, so a typed code that the library lacks (a category such as
    I2) is offered as a prefix of its own; TCM rules match by name, so their values are names.
    """
    kinds = DIAGNOSIS_KINDS.get(kind)
    if kinds is None:
        raise InvalidInput("诊断类别只能是 icd 或 tcm", field="kind")
    by_code = kind == "icd"
    found: list[dict[str, Any]] = []
    term = term.strip()
    base = DiagnosisCode.filter(kind__in=kinds, is_active=True)
    if chosen:
        column = "code__in" if by_code else "name__in"
        for code, name in await base.filter(**{column: chosen}).order_by("code").values_list("code", "name"):
            found.append(option(f"{code} {name}", code) if by_code else option(name, name))
        known = {o["value"] for o in found}
        found += [option(f"{value}（编码前缀）" if by_code else value, value) for value in chosen if value not in known]
    if term:
        match = Q(code__istartswith=term) | Q(name__icontains=term) | Q(pinyin__istartswith=term)
        rows = await base.filter(match).order_by("code").limit(SEARCH_LIMIT).values_list("code", "name")
        for code, name in rows:
            found.append(option(f"{code} {name}", code) if by_code else option(f"{name}（{code}）", name))
        # a typed code the library lacks (a category such as I2) is offered as a prefix of its own;
        # one it has is offered by its name
        if by_code and ICD_PREFIX.match(term) and term.upper() not in {str(code).upper() for code, _ in rows}:
            found.insert(0, option(f"以 {term.upper()} 开头的全部诊断", term.upper()))
    unique: dict[Any, dict[str, Any]] = {}
    for entry in found:
        unique.setdefault(entry["value"], entry)
    return list(unique.values())


async def assignee_options(program: Program, department_codes: list[str]) -> list[dict[str, Any]]:
    """Staff who may work the template's tasks (`followup_tasks.eligible_assignees`)."""
    staff = await followup_tasks.eligible_assignees(program, department_codes)
    departments = dict(await Department.all().values_list("id", "name"))
    return [option(f"{m.name}（{departments.get(m.department_id, '无科室')}）", m.id) for m in staff]


async def save(
    principal: Principal, template_id: int | None, values: dict[str, Any], assignees: list[int]
) -> FollowUpTemplate:
    """Create (no id) or change a template from the designer, team included, in one transaction.

    A department role saves only its own department's templates, whose rules reach only that
    department (`department_templates.check`)."""
    department_templates.require_design(principal)
    program = Program(values["program"])
    # sampling and the caller's script belong to satisfaction templates only
    satisfaction = program is Program.SATISFACTION
    values = {
        **values,
        "sampling": satisfaction_sampling.validate(values.get("sampling"), program) if satisfaction else None,
        "script": (survey_script.clean(values.get("script")) or None) if satisfaction else None,
    }
    followup_rules.validate_rules(values["match_rules"])
    values = await department_templates.check(principal, values)
    if template_id is not None:
        await department_templates.editable(principal, template_id)
    followup_rules.parse_schedule(values["schedule"])
    if not await Questionnaire.exists(id=values["questionnaire_id"]):
        raise InvalidInput("所选问卷不存在", field="questionnaire_id")
    owner = values.get("owner_department_id")
    if owner is not None and not await Department.exists(id=owner):
        raise InvalidInput("所选所属科室不存在", field="owner_department_id")
    excluded = values["match_rules"].get("exclude_templates") or []
    if template_id is not None and template_id in excluded:
        raise InvalidInput("模板不能排除它自己", field="match_rules")
    if len(await department_templates.visible_templates(principal).filter(id__in=excluded)) != len(set(excluded)):
        raise InvalidInput("要排除的模板不存在", field="match_rules")
    await followup_tasks.check_assignees(
        Program(values["program"]), values["match_rules"].get("departments") or [], assignees
    )
    async with in_transaction():
        if template_id is None:
            template = await records.create(principal, FollowUpTemplate, values)
        else:
            found = await FollowUpTemplate.get_or_none(id=template_id)
            if found is None:
                raise NotFound("随访模板不存在")
            template = found
            changed = {k: v for k, v in values.items() if getattr(template, k) != v}
            if changed:
                await records.update(principal, template, changed)
        team = await Staff.filter(id__in=assignees)
        before = sorted(await template.assignees.all().values_list("id", flat=True))
        after = sorted(m.id for m in team)
        if before != after:
            await template.assignees.clear()
            if team:
                await template.assignees.add(*team)
            await audit.record(
                AuditAction.UPDATE,
                actor=principal,
                resource=template,
                summary=f"修改 {template} 的随访人员",
                before={"assignees": before},
                after={"assignees": after},
            )
    return template
