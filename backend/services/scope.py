"""Department data scope: the one query hook every patient-bearing resource goes through.

`visible(Model, principal)` is the only way services start a query over patient data. A model
that is not registered here cannot be queried through it at all, so a new patient-bearing
resource fails loudly until its department path is declared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet

from backend.models import (
    Admission,
    CallRecord,
    Diagnosis,
    DischargeSummary,
    ExamReport,
    FollowUpRecord,
    FollowUpTask,
    LabReport,
    LabResult,
    MedicalRecordFrontPage,
    PadConflict,
    Patient,
    Problem,
    Rectification,
    SatisfactionAnswer,
    SatisfactionDaily,
    SmsBatch,
    SmsMessage,
    SmsReply,
)
from backend.models.choices import DataScope, Program
from backend.services.errors import NotFound, PermissionDenied
from backend.services.principal import Principal

M = TypeVar("M", bound=Model)


def _stays_of(departments: frozenset[int]) -> Q:
    # A stay belongs to its clinical department and to the ward (病区) it was nursed in.
    return Q(department_id__in=departments) | Q(ward_id__in=departments)


def _patients_of(departments: frozenset[int]) -> Subquery:
    return Subquery(Admission.filter(_stays_of(departments)).values("patient_id"))


# model -> the filter that keeps the rows of the given departments
SCOPE_FILTERS: dict[type[Model], Callable[[frozenset[int]], Q]] = {
    Patient: lambda d: Q(id__in=_patients_of(d)),
    Admission: _stays_of,
    Diagnosis: lambda d: Q(admission_id__in=Subquery(Admission.filter(_stays_of(d)).values("id"))),
    DischargeSummary: lambda d: Q(admission_id__in=Subquery(Admission.filter(_stays_of(d)).values("id"))),
    MedicalRecordFrontPage: lambda d: Q(admission_id__in=Subquery(Admission.filter(_stays_of(d)).values("id"))),
    # A lab report of a stay belongs to that stay's department; one without a stay (outpatient)
    # to the patient's departments.
    LabReport: lambda d: (
        Q(admission_id__in=Subquery(Admission.filter(_stays_of(d)).values("id")))
        | (Q(admission_id__isnull=True) & Q(patient_id__in=_patients_of(d)))
    ),
    ExamReport: lambda d: (  # as a lab report
        Q(admission_id__in=Subquery(Admission.filter(_stays_of(d)).values("id")))
        | (Q(admission_id__isnull=True) & Q(patient_id__in=_patients_of(d)))
    ),
    LabResult: lambda d: (
        Q(report__admission_id__in=Subquery(Admission.filter(_stays_of(d)).values("id")))
        | (Q(report__admission_id__isnull=True) & Q(report__patient_id__in=_patients_of(d)))
    ),
    FollowUpTask: lambda d: Q(department_id__in=d),
    FollowUpRecord: lambda d: Q(task__department_id__in=d),
    PadConflict: lambda d: Q(task__department_id__in=d),
    Problem: lambda d: Q(department_id__in=d) | Q(task__department_id__in=d),
    CallRecord: lambda d: Q(patient_id__in=_patients_of(d)),
    SmsMessage: lambda d: Q(patient_id__in=_patients_of(d)),
    SmsReply: lambda d: Q(patient_id__in=_patients_of(d)),
    # a campaign belongs to the departments of the staff member who made it
    SmsBatch: lambda d: Q(created_by__department_id__in=d),
    SatisfactionAnswer: lambda d: Q(department_id__in=d),
    SatisfactionDaily: lambda d: Q(department_id__in=d),
    Rectification: lambda d: Q(department_id__in=d),
}

# The satisfaction program's tasks, records and answers belong to the 行风办: other roles see
# them only when granted 查看满意度结果 (survey:read), whatever their department scope.
SURVEY_READ = "survey:read"
PROGRAM_PATHS: dict[type[Model], str | None] = {
    FollowUpTask: "program",
    FollowUpRecord: "task__program",
    PadConflict: "task__program",
    SatisfactionAnswer: None,  # every row is the satisfaction program's
    SatisfactionDaily: None,
}


def visible(model: type[M], principal: Principal) -> QuerySet[M]:
    """All rows of `model` that `principal` may see."""
    try:
        scope_filter = SCOPE_FILTERS[model]
    except KeyError:
        raise RuntimeError(f"{model.__name__} has no department scope declared in SCOPE_FILTERS") from None
    if principal.data_scope is DataScope.NONE or (
        principal.data_scope is not DataScope.ALL and not principal.department_ids
    ):
        raise PermissionDenied("当前角色无权查看患者数据")
    query = model.all()
    if principal.data_scope is not DataScope.ALL:
        query = query.filter(scope_filter(principal.department_ids))
    if model in PROGRAM_PATHS and not principal.can(SURVEY_READ):
        path = PROGRAM_PATHS[model]
        if path is None:
            raise PermissionDenied("没有权限：查看满意度结果")
        query = query.exclude(**{path: Program.SATISFACTION})
    return query


async def get_visible(model: type[M], principal: Principal, pk: int) -> M:
    """One row by id, as 404 when it does not exist or lies outside the caller's scope.

    Out-of-scope rows answer exactly like missing ones so ids cannot be probed.
    """
    row = await visible(model, principal).get_or_none(pk=pk)
    if row is None:
        raise NotFound("记录不存在或无权查看")
    return row
