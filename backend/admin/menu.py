"""The admin menu: which page sits in which group. Pages import no other page; this module and
the site are the only ones that gather them. A group's class name is part of the address of every
page in it (/admin/<group>/<page>), so the names stay as they are.

The site imports this module once the model relations are resolved (some pages read model
metadata when their classes are built).
"""

from __future__ import annotations

from fastapi_amis_admin.amis.components import PageSchema

from backend.admin import (
    ai,
    clinical,
    contact,
    department,
    exchange,
    followup,
    home,
    questionnaire,
    satisfaction,
    system,
)
from backend.admin.widgets import MenuGroup


class FollowUpApp(MenuGroup):
    page_schema = PageSchema(label="随访中心", icon="fa fa-phone-square", sort=60)
    members = (
        followup.TaskAdmin,
        followup.RecordAdmin,
        contact.CallRecordAdmin,
        followup.TemplateAdmin,
        followup.StatisticsAdmin,
    )


class DepartmentApp(MenuGroup):
    page_schema = PageSchema(label="科室随访", icon="fa fa-stethoscope", sort=59)
    members = (department.DepartmentPatientAdmin, department.DepartmentStatsAdmin)


class SatisfactionApp(MenuGroup):
    page_schema = PageSchema(label="满意度管理", icon="fa fa-smile-o", sort=58)
    members = (
        satisfaction.SatisfactionStatsAdmin,
        satisfaction.RectificationAdmin,
        satisfaction.SatisfactionAnswerAdmin,
        satisfaction.PatientHistoryAdmin,
        satisfaction.BedsideQrAdmin,
        satisfaction.SatisfactionSettingsAdmin,
    )


class SmsApp(MenuGroup):
    page_schema = PageSchema(label="短信管理", icon="fa fa-commenting-o", sort=55)
    members = (contact.SmsComposerAdmin, contact.SmsBatchAdmin, contact.SmsMessageAdmin, contact.SmsReplyAdmin)


class PatientDataApp(MenuGroup):
    page_schema = PageSchema(label="患者与随访", icon="fa fa-heartbeat", sort=50)
    members = (clinical.PatientAdmin, system.AdmissionAdmin, system.ProblemAdmin)


class SystemApp(MenuGroup):
    page_schema = PageSchema(label="系统管理", icon="fa fa-cogs", sort=10)
    members = (
        system.MenuAdmin,
        system.DepartmentAdmin,
        system.DepartmentAliasAdmin,
        system.StaffAdmin,
        system.PasswordResetRequestAdmin,
        system.RoleAdmin,
        system.AuditEventAdmin,
        ai.AiServiceAdmin,
        clinical.SyncRunAdmin,
        exchange.ExchangeMonitorAdmin,
        clinical.QuarantineAdmin,
        clinical.NoticeAdmin,
        clinical.SecurityNoticeAdmin,
    )


class DictionaryApp(MenuGroup):
    page_schema = PageSchema(label="基础字典", icon="fa fa-database", sort=20)
    members = (system.DiagnosisCodeAdmin, system.SmsTemplateAdmin, questionnaire.QuestionnaireAdmin)


# The top level of the menu, in registration order.
TOP = (home.HomeAdmin, FollowUpApp, DepartmentApp, SatisfactionApp, SmsApp, PatientDataApp, SystemApp, DictionaryApp)
