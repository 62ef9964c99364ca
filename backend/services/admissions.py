"""Inpatient stays within the caller's scope."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from tortoise.expressions import Q

from backend.clock import SHANGHAI
from backend.models import Admission
from backend.services import exact_search
from backend.services.access import require
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible


def start_of_day(day: date) -> datetime:
    """Midnight of `day` in Asia/Shanghai, the boundary every date filter uses."""
    return datetime.combine(day, time.min, tzinfo=SHANGHAI)


async def search(
    principal: Principal,
    *,
    department_id: int | None = None,
    patient_id: int | None = None,
    discharged_from: date | None = None,
    discharged_until: date | None = None,
    in_hospital: bool | None = None,
    keyword: str | None = None,
    page: int = 1,
    page_size: int = 20,
) -> Page[Admission]:
    """Stays the caller may see, with their patient; `discharged_until` is inclusive;
    `in_hospital` True: current stays (not discharged, not cancelled), False: discharged ones."""
    require(principal, "patient:read")
    query = visible(Admission, principal).select_related("department", "patient")
    if in_hospital is True:
        query = query.filter(discharged_at__isnull=True, cancelled_at__isnull=True)
    elif in_hospital is False:
        query = query.filter(discharged_at__isnull=False)
    if department_id is not None:
        query = query.filter(department_id=department_id)
    if patient_id is not None:
        query = query.filter(patient_id=patient_id)
    if discharged_from is not None:
        query = query.filter(discharged_at__gte=start_of_day(discharged_from))
    if discharged_until is not None:
        query = query.filter(discharged_at__lt=start_of_day(discharged_until + timedelta(days=1)))
    if keyword:
        # the patient's name, the bed or the 住院号, as a ward finds a patient
        exact_search.refuse_wildcards(keyword, field="keyword")
        query = query.filter(Q(patient__name__icontains=keyword) | Q(bed_no=keyword) | Q(inpatient_no=keyword))
    if in_hospital is False:  # 已出院: the latest discharge first
        return await paginate(query.order_by("-discharged_at", "-id"), page, page_size)
    return await paginate(query.order_by("-admitted_at"), page, page_size)


async def get(principal: Principal, admission_id: int) -> Admission:
    require(principal, "patient:read")
    admission = await get_visible(Admission, principal, admission_id)
    await admission.fetch_related("department")
    return admission
