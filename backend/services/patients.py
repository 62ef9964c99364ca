"""Patients: search within the caller's scope, masked views, and audited unmasking."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend import phones
from backend.clock import age_on, now
from backend.models import Admission, Patient
from backend.models.choices import AuditAction
from backend.phones import PhoneNumber
from backend.security.crypto import blind_index, decrypt, encrypt
from backend.security.masking import mask_id_number, mask_phone
from backend.services import audit, exact_search
from backend.services.access import require
from backend.services.errors import InvalidInput
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible

UNMASKABLE = {"phone": "手机号", "id_number": "身份证号", "contacts": "家属联系方式"}


@dataclass(frozen=True)
class Contact:
    name: str
    relation: str
    phone: str


def set_pii(
    patient: Patient, *, phone: str | None, id_number: str | None, contacts: list[Contact] | None = None
) -> None:
    """Store phone, ID number and family contacts encrypted, with their blind indexes."""
    patient.phone_cipher = encrypt(phone)
    patient.phone_index = blind_index("phone", phone)
    patient.id_number_cipher = encrypt(id_number)
    patient.id_number_index = blind_index("id_number", id_number)
    patient.contacts_cipher = (
        encrypt(json.dumps([c.__dict__ for c in contacts], ensure_ascii=False)) if contacts else None
    )


def phone_numbers(patient: Patient) -> list[PhoneNumber]:
    """Every number of the patient, read by the one parser: all the HIS gave, else the one phone."""
    stored = decrypt(patient.phones_cipher)
    if stored:
        return [PhoneNumber.from_dict(n) for n in json.loads(stored)]
    return phones.parse_all(decrypt(patient.phone_cipher))


def _contacts(patient: Patient) -> list[dict[str, str]]:
    raw = decrypt(patient.contacts_cipher)
    return json.loads(raw) if raw else []


def birth_or_age(principal: Principal, patient: Patient) -> dict[str, Any]:
    """The age for everyone, the birth date only for a role that may unmask: beside a masked ID
    number, the birth date gave away most of the number (pages that list patients need the age)."""
    born = patient.birth_date
    return {
        "birth_date": born if principal.can("patient:unmask") else None,
        "age": age_on(born, now().date()) if born else None,
    }


def masked_pii(patient: Patient) -> dict[str, Any]:
    """Phone, ID number and contacts as every list and detail shows them."""
    return {
        "phone": mask_phone(decrypt(patient.phone_cipher)),
        "id_number": mask_id_number(decrypt(patient.id_number_cipher)),
        "contacts": [{**c, "phone": mask_phone(c.get("phone"))} for c in _contacts(patient)],
    }


async def search(
    principal: Principal,
    *,
    keyword: str | None = None,
    phone: str | None = None,
    id_number: str | None = None,
    department_id: int | None = None,
    page: int = 1,
    page_size: int = 20,
) -> Page[Patient]:
    """Patients the caller may see, by name/HIS id keyword or exact phone / ID number.

    A search by phone or ID number takes the complete number only, and is audited and bounded
    per user (`exact_search`).
    """
    require(principal, "patient:read")
    query = visible(Patient, principal)
    if keyword:
        exact_search.refuse_wildcards(keyword, field="keyword")
        query = query.filter(Q(name__icontains=keyword) | Q(his_id=keyword))
    numbers = exact_numbers(phone=phone, id_number=id_number)
    query = by_numbers(query, numbers)
    if department_id is not None:
        # Only stays the caller may see count, or the filter would reveal other departments' stays.
        stays = visible(Admission, principal).filter(department_id=department_id)
        query = query.filter(id__in=Subquery(stays.values("patient_id")))
    if not numbers:
        return await paginate(query.order_by("-id"), page, page_size)
    return await exact_search.audited(principal, numbers, query.order_by("-id"), lambda q: paginate(q, page, page_size))


def exact_numbers(*, phone: str | None, id_number: str | None) -> list[exact_search.Identifier]:
    """The complete numbers asked for (empty values ignored); InvalidInput for a partial one."""
    asked = (("phone", phone), ("id_number", id_number))
    return [exact_search.full_identifier(kind, value) for kind, value in asked if value and value.strip()]


def by_numbers(query: QuerySet[Patient], numbers: list[exact_search.Identifier]) -> QuerySet[Patient]:
    for number in numbers:
        query = query.filter(**{f"{number.kind}_index": number.index})
    return query


async def get(principal: Principal, patient_id: int) -> Patient:
    require(principal, "patient:read")
    return await get_visible(Patient, principal, patient_id)


async def admissions_of(principal: Principal, patient: Patient) -> list[Admission]:
    """The stays of a patient the caller may see (a department sees only its own stays)."""
    return (
        await visible(Admission, principal)
        .filter(patient_id=patient.id)
        .order_by("-admitted_at")
        .select_related("department")
    )


async def unmask(principal: Principal, patient_id: int, fields: list[str], reason: str) -> dict[str, Any]:
    """Plaintext phone / ID number / contacts of one patient; every call is audited."""
    require(principal, "patient:unmask")
    unknown = [f for f in fields if f not in UNMASKABLE]
    if unknown or not fields:
        raise InvalidInput(f"可查看的字段为 {', '.join(UNMASKABLE)}", field="fields")
    patient = await get_visible(Patient, principal, patient_id)
    values: dict[str, Any] = {}
    if "phone" in fields:
        values["phone"] = decrypt(patient.phone_cipher)
    if "id_number" in fields:
        values["id_number"] = decrypt(patient.id_number_cipher)
    if "contacts" in fields:
        values["contacts"] = _contacts(patient)
    await audit.record(
        AuditAction.UNMASK,
        actor=principal,
        resource=patient,
        summary=f"查看{'、'.join(UNMASKABLE[f] for f in fields)}：{reason}",
        after={"fields": fields},
    )
    return values
