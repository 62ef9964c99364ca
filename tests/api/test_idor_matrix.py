"""The IDOR matrix: every route that takes an id, for every department role, against another
department's rows.

The routes come from the application itself, not from a list kept by hand: the OpenAPI document
(every operation with an id, a token or a kind in its path, query or body) and every admin route
with a path parameter (item read / update / delete, row actions, per-record pages) plus every
scoped admin list. Each must be classified in ROUTES or ADMIN_PAGES below; a route added without a
class fails `test_every_route_with_an_id_is_classified`, so it cannot escape the matrix.

Classes:
- ROW: names a record of a department. A department doctor or nurse of 心血管内科 asking for
  骨伤科's record gets 403 or 404, never its data, and changes nothing.
- ADMIN: no department role may use it at all (accounts, roles, audit, sync, reference data
  writes): 403.
- SHARED: hospital-wide reference data (no department owns it), used by clinical roles as their
  permissions allow; the answer must still carry nothing of the other department's patients.
- SIGNED: no login; a signed token from our own link is the credential (a forged token is 403).
- SHELL: the H5 app's static files (no data; the app reads everything through the API).
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from starlette.routing import Mount

from backend.clock import now
from backend.models import (
    Admission,
    AuditEvent,
    CallRecord,
    Department,
    DepartmentAlias,
    DiagnosisCode,
    FollowUpRecord,
    FollowUpTemplate,
    Menu,
    Notice,
    PadConflict,
    PasswordResetRequest,
    Patient,
    Permission,
    Problem,
    QuarantinedRecord,
    Rectification,
    Role,
    SatisfactionAnswer,
    SmsBatch,
    SmsMessage,
    SmsReply,
    SmsTemplate,
    Staff,
    SyncRun,
)
from backend.models.choices import DataScope
from backend.security.crypto import blind_index, encrypt
from backend.services.access import ADMIN_ROLE_CODES, BUILTIN_ROLES
from backend.services.intake import seal
from tests import factories
from tests.admin.conftest import admin_login
from tests.api.test_scope import _task_for

ROW, ADMIN, SHARED, SIGNED, SHELL = "row", "admin", "shared", "signed", "shell"
# The built-in department roles, and the widest department role a hospital could configure:
# every permission a clinical role holds (unmask, export, assignment ...), scope still one
# department. It reaches the scope checks behind permissions a doctor or nurse lacks.
WIDE = "dept_wide"
DEPARTMENT_ROLES = [r.code for r in BUILTIN_ROLES if r.data_scope is DataScope.DEPARTMENT] + [WIDE]

# Every API operation with an id, token or kind parameter, and what it names.
ROUTES: dict[tuple[str, str], str] = {
    ("POST", "/api/v1/departments"): ADMIN,
    ("PATCH", "/api/v1/departments/{department_id}"): ADMIN,
    ("DELETE", "/api/v1/departments/{department_id}"): ADMIN,
    ("POST", "/api/v1/staff"): ADMIN,
    ("PATCH", "/api/v1/staff/{staff_id}"): ADMIN,
    ("POST", "/api/v1/staff/{staff_id}/disable"): ADMIN,
    ("POST", "/api/v1/staff/{staff_id}/enable"): ADMIN,
    ("POST", "/api/v1/staff/{staff_id}/lock"): ADMIN,
    ("POST", "/api/v1/staff/{staff_id}/unlock"): ADMIN,
    ("POST", "/api/v1/staff/{staff_id}/reset-password"): ADMIN,
    ("PUT", "/api/v1/staff/{staff_id}/roles"): ADMIN,
    ("GET", "/api/v1/patients"): ROW,
    ("GET", "/api/v1/patients/{patient_id}"): ROW,
    ("GET", "/api/v1/patients/{patient_id}/overview"): ROW,
    ("GET", "/api/v1/patients/{patient_id}/followup-history"): ROW,
    ("POST", "/api/v1/patients/{patient_id}/unmask"): ROW,
    ("GET", "/api/v1/admissions"): ROW,
    ("GET", "/api/v1/admissions/{admission_id}"): ROW,
    ("GET", "/api/v1/tasks/{task_id}"): ROW,
    ("POST", "/api/v1/tasks/{task_id}/contacts"): ROW,
    ("POST", "/api/v1/tasks/reassign"): ROW,
    ("GET", "/api/v1/followup/records"): ROW,
    ("GET", "/api/v1/followup/records/{record_id}"): ROW,
    ("GET", "/api/v1/followup/stats.xlsx"): ROW,
    ("GET", "/api/v1/followup/stats/options/{kind}"): SHARED,
    ("GET", "/api/v1/followup/stats"): ROW,
    ("POST", "/api/v1/calls"): ROW,
    ("GET", "/api/v1/calls/{call_id}"): ROW,
    ("POST", "/api/v1/calls/{call_id}/events"): ROW,
    ("POST", "/api/v1/calls/{call_id}/hangup"): ROW,
    ("POST", "/api/v1/calls/{call_id}/recording"): SIGNED,
    ("GET", "/api/v1/calls/{call_id}/recording"): ROW,
    ("POST", "/api/v1/dialer/yeastar/webhook"): SIGNED,
    ("POST", "/api/v1/sms/push/report"): SIGNED,
    ("POST", "/api/v1/sms/push/reply"): SIGNED,
    # the patient's questionnaire page's data and answers: the link's token is the credential
    ("GET", "/api/v1/h5/q/{token}"): SIGNED,
    ("POST", "/api/v1/h5/q/{token}"): SIGNED,
    ("GET", "/api/v1/h5/q/bed/{template_id}/{token}"): SIGNED,
    ("POST", "/api/v1/h5/q/bed/{template_id}/{token}"): SIGNED,
    ("POST", "/api/v1/sms/batches"): ROW,
    ("GET", "/api/v1/sms/batches/{batch_id}/messages"): ROW,
    ("POST", "/api/v1/sms/batches/{batch_id}/schedule"): ROW,
    ("POST", "/api/v1/sms/batches/{batch_id}/run"): ROW,
    ("GET", "/api/v1/sms/batches/{batch_id}/summary"): ROW,
    ("GET", "/api/v1/audit-events"): ADMIN,
    ("POST", "/api/v1/staff/{staff_id}/reset-requests"): ADMIN,
    ("POST", "/api/v1/password-resets/{request_id}/approve"): ADMIN,
    ("POST", "/api/v1/password-resets/{request_id}/reject"): ADMIN,
    ("POST", "/api/v1/password-resets/{request_id}/complete"): ADMIN,
    ("GET", "/api/v1/satisfaction/stats"): ROW,
    ("GET", "/api/v1/satisfaction/stats.xlsx"): ROW,
    ("GET", "/api/v1/satisfaction/answers"): ROW,
    ("GET", "/api/v1/satisfaction/comments"): ROW,
    ("GET", "/api/v1/rectifications"): ROW,
    ("POST", "/api/v1/rectifications/{rectification_id}/reply"): ROW,
    ("POST", "/api/v1/rectifications/{rectification_id}/verify"): ROW,
    ("GET", "/api/v1/pad/wards/{ward_id}/inpatients"): ROW,
    ("POST", "/api/v1/pad/conflicts/{conflict_id}/resolve"): ROW,
    ("PUT", "/api/v1/ai/providers/{provider_id}"): ADMIN,
    ("DELETE", "/api/v1/ai/providers/{provider_id}"): ADMIN,
    ("POST", "/api/v1/ai/providers/{provider_id}/test"): ADMIN,
    ("POST", "/api/v1/ai/tasks/{task_id}/brief"): ROW,
    ("POST", "/api/v1/ai/tasks/{task_id}/brief/stream"): ROW,
    ("POST", "/api/v1/ai/tasks/{task_id}/draft-answers"): ROW,
    ("POST", "/api/v1/ai/problems/{problem_id}/triage"): ROW,
    ("POST", "/api/v1/problems/{problem_id}/reply"): ROW,
    ("POST", "/api/v1/ai/satisfaction/comments"): ROW,
}

# Every other route with a path parameter (outside /api and /admin): the answer posts of the
# patient's questionnaire pages as first served (the page itself is the H5 app's: the shell).
OTHER_ROUTES: dict[tuple[str, str], str] = {
    ("POST", "/h5/q/{token}"): SIGNED,
    ("POST", "/h5/q/bed/{template_id}/{token}"): SIGNED,
    ("GET", "/h5/{path:path}"): SHELL,
}

# Every admin page with routes that take an id: the model whose row the id names, and the class.
ADMIN_PAGES: dict[str, tuple[str, str]] = {
    "FollowUpApp/TaskAdmin": ("task", ROW),
    "FollowUpApp/RecordAdmin": ("record", ROW),
    "FollowUpApp/CallRecordAdmin": ("call", ROW),
    # the other department's own (科室随访) template: out of sight and out of reach
    "FollowUpApp/TemplateAdmin": ("template", ROW),
    "DepartmentApp/DepartmentPatientAdmin": ("admission", ROW),
    "SmsApp/SmsBatchAdmin": ("batch", ROW),
    "SmsApp/SmsMessageAdmin": ("message", ROW),
    "SmsApp/SmsReplyAdmin": ("reply", ROW),
    "PatientDataApp/PatientAdmin": ("patient", ROW),
    "PatientDataApp/AdmissionAdmin": ("admission", ROW),
    "PatientDataApp/ProblemAdmin": ("problem", ROW),
    "SystemApp/MenuAdmin": ("menu", ADMIN),
    "SystemApp/DepartmentAdmin": ("department", ADMIN),
    "SystemApp/DepartmentAliasAdmin": ("alias", ADMIN),
    "SystemApp/StaffAdmin": ("staff", ADMIN),
    "SystemApp/RoleAdmin": ("role", ADMIN),
    "SystemApp/AuditEventAdmin": ("audit", ADMIN),
    "SystemApp/SyncRunAdmin": ("sync_run", ADMIN),
    "SystemApp/QuarantineAdmin": ("quarantine", ADMIN),
    "SystemApp/NoticeAdmin": ("notice", ADMIN),
    "DictionaryApp/DiagnosisCodeAdmin": ("diagnosis_code", SHARED),
    "DictionaryApp/SmsTemplateAdmin": ("sms_template", SHARED),
    "DictionaryApp/QuestionnaireAdmin": ("questionnaire", SHARED),
    "SatisfactionApp/RectificationAdmin": ("rectification", ROW),
    "SatisfactionApp/SatisfactionAnswerAdmin": ("satisfaction_answer", ROW),
    "SystemApp/PasswordResetRequestAdmin": ("reset_request", ADMIN),
    "SystemApp/SecurityNoticeAdmin": ("notice", ADMIN),
}

# Request bodies valid enough to reach the scope check (a 422 would hide a missing one).
API_BODIES: dict[tuple[str, str], Any] = {
    ("POST", "/api/v1/patients/{patient_id}/unmask"): {"fields": ["phone", "id_number"], "reason": "越权测试"},
    ("POST", "/api/v1/tasks/{task_id}/contacts"): "contact",
    ("POST", "/api/v1/calls"): "call",
    ("POST", "/api/v1/calls/{call_id}/events"): {"kind": "hangup"},
    ("POST", "/api/v1/tasks/reassign"): "reassign",
    ("POST", "/api/v1/sms/batches"): "batch",
    ("POST", "/api/v1/departments"): {"code": "X1", "name": "越权科室"},
    ("PATCH", "/api/v1/departments/{department_id}"): {"name": "越权改名"},
    ("POST", "/api/v1/staff"): "staff",
    ("PATCH", "/api/v1/staff/{staff_id}"): {"name": "越权改名"},
    ("POST", "/api/v1/staff/{staff_id}/reset-password"): {"password": "Temp#2026x"},
    ("PUT", "/api/v1/staff/{staff_id}/roles"): {"role_ids": []},
    ("POST", "/api/v1/staff/{staff_id}/reset-requests"): {"reason": "越权测试"},
    ("POST", "/api/v1/rectifications/{rectification_id}/reply"): {"measures": "越权整改"},
    ("POST", "/api/v1/problems/{problem_id}/reply"): {"reply": "越权回复"},
    ("POST", "/api/v1/rectifications/{rectification_id}/verify"): {"accepted": True},
    ("POST", "/api/v1/pad/conflicts/{conflict_id}/resolve"): {"resolution": "apply_pad"},
    ("PUT", "/api/v1/ai/providers/{provider_id}"): {"name": "越权", "kind": "deepseek", "model": "m"},
    ("POST", "/api/v1/ai/tasks/{task_id}/draft-answers"): {"notes": "外科患者伤口渗液"},
    ("POST", "/api/v1/ai/satisfaction/comments"): "comments",
}
ADMIN_BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("PUT", "/admin/PatientDataApp/ProblemAdmin/item/{item_id}"): {"severity": "urgent"},
    ("PUT", "/admin/FollowUpApp/TemplateAdmin/item/{item_id}"): {"name": "越权改名", "is_active": False},
    ("POST", "/admin/PatientDataApp/ProblemAdmin/action/reply/{item_id}"): {"reply": "越权回复"},
    ("POST", "/admin/PatientDataApp/ProblemAdmin/action/verify/{item_id}"): {"accepted": True},
    ("POST", "/admin/FollowUpApp/TaskAdmin/action/reassign/{item_id}"): {"staff_id": "member"},
    ("POST", "/admin/SatisfactionApp/RectificationAdmin/action/reply/{item_id}"): {"measures": "越权整改"},
    ("POST", "/admin/SatisfactionApp/RectificationAdmin/action/verify/{item_id}"): {"accepted": True},
}
MARKERS = ("外科患者", "伤口渗液", "骨科回复")  # 骨伤科外科患者随访 (its template) holds the first


def _walk(routes: Any, prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for route in routes:
        if isinstance(route, Mount):
            found += _walk(route.routes, prefix + route.path)
        elif getattr(route, "methods", None):
            found += [(method, prefix + route.path) for method in sorted(route.methods) if method != "HEAD"]
    return found


def _admin_routes(app: FastAPI) -> list[tuple[str, str, str]]:
    """(method, path, page) of every admin route with a path parameter, and every scoped list."""
    routes = []
    for method, path in _walk(app.routes):
        match = re.match(r"^/admin/(\w+/\w+)/", path)
        if match and ("{" in path or path.endswith("/list")):
            routes.append((method, path, match.group(1)))
    return routes


def _other_routes(app: FastAPI) -> set[tuple[str, str]]:
    return {(m, p) for m, p in _walk(app.routes) if "{" in p and not p.startswith(("/api/", "/admin/"))}


def _api_routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every API operation with an id, a token or a kind in its path, query or JSON body."""
    doc = app.openapi()
    routes = []
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            names = [p["name"] for p in operation.get("parameters", [])]
            schema = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            if "$ref" in schema:
                schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            names += list(schema.get("properties", {}))
            if "{" in path or any(re.search(r"(^|_)ids?$|^token$", name) for name in names):
                routes.append((method.upper(), path))
    return routes


def test_every_route_with_an_id_is_classified(app: FastAPI) -> None:
    api = set(_api_routes(app))
    assert api - set(ROUTES) == set(), "classify these API routes in ROUTES"
    assert set(ROUTES) - api == set(), "these routes are gone: remove them from ROUTES"
    assert _other_routes(app) == set(OTHER_ROUTES), "classify these routes in OTHER_ROUTES"
    pages = {page for _, _, page in _admin_routes(app)}
    assert pages - set(ADMIN_PAGES) == set(), "classify these admin pages in ADMIN_PAGES"
    assert set(ADMIN_PAGES) - pages == set(), "these admin pages are gone: remove them from ADMIN_PAGES"


@pytest.fixture
async def other_department() -> dict[str, Any]:
    """心血管内科 (the caller's) and 骨伤科 with one of every record a department owns."""
    clinical = {p for r in BUILTIN_ROLES if r.code not in ADMIN_ROLE_CODES for p in r.permissions}
    wide = await Role.create(code=WIDE, name="科室全权", data_scope=DataScope.DEPARTMENT)
    await wide.permissions.add(*await Permission.filter(code__in=clinical))
    cardiology = await factories.department("心血管内科")
    orthopaedics = await factories.department("骨伤科")
    await factories.patient(cardiology, name="本科患者")
    patient = await factories.patient(orthopaedics, name="外科患者")
    stay = await Admission.get(patient=patient)
    task = await _task_for(stay)
    await FollowUpTemplate.filter(id=task.template_id).update(
        program="department", owner_department_id=orthopaedics.id, name="骨伤科外科患者随访"
    )
    surgeon = await factories.staff("doctor", orthopaedics, username="surgeon")
    call = await CallRecord.create(
        task=task,
        patient=patient,
        driver="simulator",
        provider_call_id=str(uuid.uuid4()),
        number_cipher="x",
        started_at=now() - timedelta(hours=1),
    )
    record = await FollowUpRecord.create(
        client_uuid=uuid.uuid4(),
        task=task,
        patient=patient,
        questionnaire_id=task.questionnaire_id,
        outcome="reached",
        contacted_at=now() - timedelta(hours=1),
        notes="外科患者伤口渗液",
    )
    problem = await Problem.create(patient=patient, department=orthopaedics, task=task, description="伤口渗液")
    template = await SmsTemplate.create(
        code="recheck", name="复查提醒", category="recheck", provider_template_code="SMS_1", sign_name="院", content="x"
    )
    batch = await SmsBatch.create(name="骨科群发", template=template, created_by=surgeon)
    phone = "13900009999"
    message = await SmsMessage.create(
        dedupe_key="idor:1",
        batch=batch,
        patient=patient,
        template=template,
        phone_cipher=encrypt(phone),
        phone_index=blind_index("phone", phone) or "",
        params={"name": "外科患者"},
    )
    reply = await SmsReply.create(
        provider_id="idor-reply",
        patient=patient,
        phone_cipher=encrypt(phone),
        phone_index=blind_index("phone", phone) or "",
        content="骨科回复",
        received_at=now(),
    )
    run = await SyncRun.create(source="fhir_bundle", started_at=now())
    quarantined = await QuarantinedRecord.create(
        source="fhir_bundle",
        entity="patient",
        external_id=patient.his_id,
        payload=seal({"name": "外科患者"}),
        reason="越权测试",
        sync_run=run,
    )
    alias = await DepartmentAlias.create(code="GSK", department=orthopaedics)
    notice = await Notice.create(kind="test", title="骨伤科通知", body="外科患者", dedupe_key="idor")
    code = await DiagnosisCode.create(code="S82.001", name="胫骨骨折")
    menu = await Menu.filter().first() or await Menu.create(code="idor", title="越权菜单")
    audit = await AuditEvent.create(at=now(), actor_name="surgeon", action="login", summary="外科患者")
    rectification = await Rectification.create(
        record=record,
        task=task,
        patient=patient,
        department=orthopaedics,
        source="complaint",
        description="外科患者投诉伤口渗液",
        deadline=now() + timedelta(days=7),
    )
    answer = await SatisfactionAnswer.create(
        record=record,
        task=task,
        department=orthopaedics,
        questionnaire_id=task.questionnaire_id,
        item_id="in_doctor_respect",
        question="外科患者满意度",
        dimension="医生沟通",
        value="4",
        label="非常满意",
        score100=100.0,
        satisfied=1,
        contacted_at=now(),
        month=now().strftime("%Y-%m"),
    )
    reset_request = await PasswordResetRequest.create(staff=surgeon, requested_by=surgeon, reason="越权测试")
    pad_conflict = await PadConflict.create(
        client_uuid=uuid.uuid4(),
        task=task,
        patient=patient,
        staff=surgeon,
        base_version=0,
        server_version=1,
        outcome="reached",
        answers={},
        notes="外科患者伤口渗液",
        captured_at=now(),
    )
    ids = {
        "patient": patient.id,
        "admission": stay.id,
        "task": task.id,
        "record": record.id,
        "call": call.provider_call_id,
        "call_pk": call.id,
        "problem": problem.id,
        "batch": batch.id,
        "message": message.id,
        "reply": reply.id,
        "template": task.template_id,
        "questionnaire": task.questionnaire_id,
        "sms_template": template.id,
        "department": orthopaedics.id,
        "staff": surgeon.id,
        "role": (await Role.get(code="doctor")).id,
        "alias": alias.id,
        "sync_run": run.id,
        "quarantine": quarantined.id,
        "notice": notice.id,
        "diagnosis_code": code.id,
        "menu": menu.id,
        "audit": audit.id,
        "rectification": rectification.id,
        "satisfaction_answer": answer.id,
        "reset_request": reset_request.id,
        "pad_conflict": pad_conflict.id,
    }
    return {"ids": ids, "cardiology": cardiology, "orthopaedics": orthopaedics, "his_id": patient.his_id}


# path parameter -> the key of the other department's record in `ids`
PATH_IDS = {
    "patient_id": "patient",
    "admission_id": "admission",
    "task_id": "task",
    "record_id": "record",
    "call_id": "call",
    "batch_id": "batch",
    "staff_id": "staff",
    "department_id": "department",
    "rectification_id": "rectification",
    "request_id": "reset_request",
    "ward_id": "department",
    "conflict_id": "pad_conflict",
    "problem_id": "problem",
    "provider_id": "department",
    "template_id": "template",
    "kind": None,
    "token": None,
}


def _api_body(key: tuple[str, str], ids: dict[str, Any]) -> Any:
    body = API_BODIES.get(key)
    if body == "contact":
        return {"client_uuid": str(uuid.uuid4()), "outcome": "reached", "answers": {}}
    if body == "call":
        return {"task_id": ids["task"]}
    if body == "reassign":
        return {"task_ids": [ids["task"]], "staff_id": ids["member"]}  # only the task is foreign
    if body == "batch":
        return {"name": "越权群发", "template_id": ids["sms_template"], "query": {"departments": ["骨伤科"]}}
    if body == "comments":
        return {"department_id": ids["department"], "period_from": "2026-01-01", "period_until": "2026-12-31"}
    if body == "staff":
        return {"username": "intruder", "name": "越权", "password": "Temp#2026x", "department_id": ids["department"]}
    return body


def _leaks(text: str) -> list[str]:
    return [marker for marker in MARKERS if marker in text]


async def _counts() -> dict[str, int]:
    models = (Patient, Admission, Problem, FollowUpRecord, CallRecord, SmsBatch, SmsMessage, SmsReply, Staff)
    return {model.__name__: await model.all().count() for model in models}


@pytest.mark.parametrize("role", DEPARTMENT_ROLES)
async def test_a_department_role_reaches_nothing_of_another_department_through_any_api_route(
    client: httpx.AsyncClient, app: FastAPI, other_department: dict[str, Any], role: str
) -> None:
    ids = other_department["ids"]
    member = await factories.staff(role, other_department["cardiology"], username="member")
    ids = {**ids, "member": member.id}
    headers = await factories.login(client, "member")
    client.cookies.clear()
    before = await _counts()
    problems = []
    path_values = {name: ids[key] if key else "department" for name, key in PATH_IDS.items()}
    query_values = {"department_id": ids["department"], "patient_id": ids["patient"], "token": "forged"}
    for method, path in _api_routes(app):
        kind = ROUTES[(method, path)]
        url = re.sub(r"\{(\w+)\}", lambda m: str(path_values[m.group(1)]), path)
        declared = _query_names(app, method, path)
        params = {name: value for name, value in query_values.items() if name in declared}
        response = await client.request(
            method,
            url,
            headers={} if kind == SIGNED else headers,
            params=params,
            json=_api_body((method, path), ids),
        )
        problem = _api_problem(kind, method, path, response)
        if problem:
            problems.append(f"{role} {method} {path} -> {response.status_code}{problem}")
        elif not path.endswith(".xlsx") and (_leaks(response.text) or other_department["his_id"] in response.text):
            problems.append(f"{role} {method} {path}: carries the other department's data")
    for method, path in sorted(OTHER_ROUTES):  # a forged link, sent with the member's session too
        forged = await client.request(method, path.replace("{token}", "forged.token"), headers=headers, json={})
        if (method != "GET" and forged.status_code not in (403, 404, 422)) or _leaks(forged.text):
            problems.append(f"{role} {method} {path} -> {forged.status_code}: a forged link was served")
    assert problems == [], "\n".join(problems)
    assert await _counts() == before | {"SmsBatch": await SmsBatch.all().count()}


def _query_names(app: FastAPI, method: str, path: str) -> set[str]:
    operation = app.openapi()["paths"][path][method.lower()]
    return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}


# Routes that name a record in the body, not the path.
NAMED_IN_BODY = {("POST", "/api/v1/calls"), ("POST", "/api/v1/tasks/reassign")}
# Listings whose "total" counts something other than the other department's rows.
# (the satisfaction figures: a department's own only, by tests/api/test_satisfaction.py)
NOT_ROW_TOTALS = {"/api/v1/followup/stats", "/api/v1/sms/batches", "/api/v1/satisfaction/stats"}


def _api_problem(kind: str, method: str, path: str, response: httpx.Response) -> str | None:
    """What is wrong with the answer to a request for the other department's record, or None."""
    status = response.status_code
    if status >= 500:
        return ": server error"
    if kind == ADMIN:
        return None if status == 403 else ": a department role used an administrator route"
    if kind == SIGNED:
        return None if status in (401, 403, 422) else ": a forged token was accepted"
    if kind == ROW and ("{" in path or (method, path) in NAMED_IN_BODY):
        return None if status in (403, 404) else ": the other department's record was served"
    listed = status == 200 and '"total":' in response.text.replace(" ", "")
    if kind == ROW and listed and path not in NOT_ROW_TOTALS and '"total":0' not in response.text.replace(" ", ""):
        return ": lists rows of the other department"
    return None


@pytest.mark.parametrize("role", DEPARTMENT_ROLES)
async def test_a_department_role_reaches_nothing_of_another_department_through_any_admin_page(
    client: httpx.AsyncClient, app: FastAPI, other_department: dict[str, Any], role: str
) -> None:
    ids = other_department["ids"]
    member = await factories.staff(role, other_department["cardiology"], username="member")
    await admin_login(client, "member")
    before = await _counts()
    problems = []
    for method, path, page in _admin_routes(app):
        model, kind = ADMIN_PAGES[page]
        row = ids["call_pk"] if model == "call" else ids[model]
        url = re.sub(r"\{\w+\}", str(row), path)
        body: dict[str, Any] | None = None if method in ("GET", "DELETE") else ADMIN_BODIES.get((method, path), {})
        if body and body.get("staff_id") == "member":
            body = {"staff_id": member.id}  # to the caller: only the task's department is foreign
        if path.endswith("/list"):
            body = {"department_id": str(ids["department"])}
        response = await client.request(method, url, json=body)
        status, text = response.status_code, response.text
        where = f"{role} {method} {path} -> {status}"
        if status >= 500 or '"status":500' in text.replace(" ", ""):
            problems.append(where)
        elif path.endswith("/list"):
            if status == 200 and _leaks(text):
                problems.append(f"{where}: lists the other department's rows")
        elif kind in (ROW, ADMIN) and status not in (403, 404):
            problems.append(where)
        if _leaks(text):
            problems.append(f"{where}: carries the other department's data")
    assert problems == [], "\n".join(problems)
    assert await _counts() == before
    assert (await Problem.get(id=ids["problem"])).reply == ""
    assert await Department.filter(id=ids["department"], name="骨伤科").exists()
