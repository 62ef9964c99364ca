"""All Tortoise models, one module per aggregate."""

from backend.models.audit import AuditEvent
from backend.models.clinical import (
    Admission,
    Diagnosis,
    DischargeSummary,
    LabReport,
    LabResult,
    MedicalRecordFrontPage,
    Patient,
)
from backend.models.contact import CallRecord, InboundCall, SmsBatch, SmsMessage, SmsReply, SmsTemplate
from backend.models.dictionary import DiagnosisCode
from backend.models.followup import (
    FollowUpRecord,
    FollowUpTask,
    FollowUpTemplate,
    GenerationMark,
    Problem,
    Questionnaire,
)
from backend.models.integration import ExchangeMessage, Notice, QuarantinedRecord, SyncRun
from backend.models.organisation import Department, DepartmentAlias, Menu, Permission, Role, Staff, StaffSession

__all__ = [
    "Admission",
    "AuditEvent",
    "CallRecord",
    "Department",
    "DepartmentAlias",
    "Diagnosis",
    "DiagnosisCode",
    "DischargeSummary",
    "ExchangeMessage",
    "FollowUpRecord",
    "FollowUpTask",
    "FollowUpTemplate",
    "GenerationMark",
    "InboundCall",
    "LabReport",
    "LabResult",
    "MedicalRecordFrontPage",
    "Menu",
    "Notice",
    "Patient",
    "Permission",
    "Problem",
    "QuarantinedRecord",
    "Questionnaire",
    "Role",
    "SmsBatch",
    "SmsMessage",
    "SmsReply",
    "SmsTemplate",
    "Staff",
    "StaffSession",
    "SyncRun",
]
