"""All Tortoise models, one module per aggregate."""

from backend.models.ai import AiProvider, AiSetting
from backend.models.audit import AuditEvent
from backend.models.clinical import (
    Admission,
    Diagnosis,
    DischargeSummary,
    ExamReport,
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
from backend.models.integration import (
    EdgeItem,
    ExchangeMessage,
    ExchangePeer,
    ExchangeRecord,
    Notice,
    QuarantinedRecord,
    SyncRun,
)
from backend.models.organisation import (
    Department,
    DepartmentAlias,
    LoginThrottle,
    Menu,
    PasswordResetRequest,
    Permission,
    Role,
    Staff,
    StaffSession,
)
from backend.models.pad import PadConflict
from backend.models.satisfaction import Rectification, SatisfactionAnswer, SatisfactionDaily, SatisfactionSetting

__all__ = [
    "Admission",
    "AiProvider",
    "AiSetting",
    "AuditEvent",
    "CallRecord",
    "Department",
    "DepartmentAlias",
    "Diagnosis",
    "DiagnosisCode",
    "DischargeSummary",
    "EdgeItem",
    "ExamReport",
    "ExchangeMessage",
    "ExchangePeer",
    "ExchangeRecord",
    "FollowUpRecord",
    "FollowUpTask",
    "FollowUpTemplate",
    "GenerationMark",
    "InboundCall",
    "LabReport",
    "LabResult",
    "LoginThrottle",
    "MedicalRecordFrontPage",
    "Menu",
    "Notice",
    "PadConflict",
    "PasswordResetRequest",
    "Patient",
    "Permission",
    "Problem",
    "QuarantinedRecord",
    "Questionnaire",
    "Rectification",
    "Role",
    "SatisfactionAnswer",
    "SatisfactionDaily",
    "SatisfactionSetting",
    "SmsBatch",
    "SmsMessage",
    "SmsReply",
    "SmsTemplate",
    "Staff",
    "StaffSession",
    "SyncRun",
]
