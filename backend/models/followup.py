"""Follow-up: questionnaires, templates, the tasks they generate, records and problems.

A task's `status` says where the work is; its `outcome` says what the last contact achieved
(after medplum's Task: status vs business status). The due window and the actual times are
separate fields.
"""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import (
    AssignmentPolicy,
    CancelReason,
    Channel,
    MergeRule,
    ProblemSeverity,
    ProblemStatus,
    Program,
    QuestionnaireStatus,
    TaskOutcome,
    TaskStatus,
)
from backend.models.clinical import Admission, Patient
from backend.models.organisation import Department, Staff


class Questionnaire(TimestampedModel):
    """A versioned questionnaire (问卷). A version that has answers is never edited again."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=64, description="问卷编码")
    version = fields.IntField(default=1)
    title = fields.CharField(max_length=128, description="问卷名称")
    program = fields.CharEnumField(Program, max_length=16, default=Program.CENTRE, description="项目")
    status = fields.CharEnumField(
        QuestionnaireStatus, max_length=16, default=QuestionnaireStatus.DRAFT, description="状态"
    )
    description = fields.TextField(default="")
    items = fields.JSONField(default=list, description="题目（类型、选项、必答、显示条件）")
    scoring = fields.JSONField(default=dict, description="计分规则")
    red_flags = fields.JSONField(default=list, description="危险信号规则")

    class Meta:
        table = "questionnaire"
        unique_together = (("code", "version"),)

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"


class FollowUpTemplate(TimestampedModel):
    """A follow-up plan (随访模板): which discharges it takes, when, how and with which questions."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    questionnaire_id: int
    owner_department_id: int | None

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, description="模板名称")
    program = fields.CharEnumField(Program, max_length=16, default=Program.CENTRE, description="项目")
    owner_department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="templates", null=True, on_delete=fields.RESTRICT
    )
    questionnaire: fields.ForeignKeyRelation[Questionnaire] = fields.ForeignKeyField(
        "models.Questionnaire", related_name="templates", on_delete=fields.RESTRICT
    )
    match_rules = fields.JSONField(default=dict, description="筛选条件")
    schedule = fields.JSONField(default=list, description="随访时间点（出院后天数与窗口）")
    channel = fields.CharEnumField(Channel, max_length=16, default=Channel.PHONE, description="随访方式")
    assignment_policy = fields.CharEnumField(
        AssignmentPolicy, max_length=16, default=AssignmentPolicy.ROUND_ROBIN, description="分配方式"
    )
    assignees: fields.ManyToManyRelation[Staff] = fields.ManyToManyField(
        "models.Staff", related_name="templates", through="template_assignee"
    )
    is_active = fields.BooleanField(default=True)
    priority = fields.IntField(default=0)  # higher first (services.followup_rules: merge rule)
    # When a higher-priority template already calls the same patient in an overlapping window.
    merge_rule = fields.CharEnumField(MergeRule, max_length=16, default=MergeRule.DEFER, description="同期合并规则")
    # Satisfaction templates: which share of each department's discharges is surveyed, and who is
    # left out (services.satisfaction_sampling); empty or NULL: every matching discharge. Nullable
    # so that adding it to a database with templates needs no value for the old rows.
    sampling = fields.JSONField(null=True, description="抽样规则")
    # The caller's script shown at the top of the execution drawer (开场白, 身份核实, 知情同意, 结束语);
    # NULL: the defaults of services.survey_script.
    script = fields.JSONField(null=True, description="调查话术")

    class Meta:
        table = "followup_template"

    def __str__(self) -> str:
        return self.name


class FollowUpTask(TimestampedModel):
    """One scheduled contact of one stay by one template step (随访任务)."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    admission_id: int
    patient_id: int
    department_id: int
    template_id: int
    questionnaire_id: int
    assignee_id: int | None

    id = fields.IntField(primary_key=True)
    admission: fields.ForeignKeyRelation[Admission] = fields.ForeignKeyField(
        "models.Admission", related_name="tasks", on_delete=fields.RESTRICT
    )
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="tasks", on_delete=fields.RESTRICT
    )
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="tasks", on_delete=fields.RESTRICT
    )
    template: fields.ForeignKeyRelation[FollowUpTemplate] = fields.ForeignKeyField(
        "models.FollowUpTemplate", related_name="tasks", on_delete=fields.RESTRICT
    )
    step = fields.IntField(description="模板中的第几个时间点")
    program = fields.CharEnumField(Program, max_length=16, description="项目")
    questionnaire: fields.ForeignKeyRelation[Questionnaire] = fields.ForeignKeyField(
        "models.Questionnaire", related_name="tasks", on_delete=fields.RESTRICT
    )
    channel = fields.CharEnumField(Channel, max_length=16, default=Channel.PHONE, description="随访方式")
    status = fields.CharEnumField(TaskStatus, max_length=16, default=TaskStatus.PENDING, description="状态")
    outcome = fields.CharEnumField(TaskOutcome, max_length=16, null=True, description="随访结果")
    cancel_reason = fields.CharEnumField(CancelReason, max_length=16, null=True, description="取消原因")
    due_start = fields.DateField(description="应随访开始日期")
    due_end = fields.DateField(description="应随访截止日期")
    assignee: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="tasks", null=True, on_delete=fields.RESTRICT
    )
    assigned_at = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "followup_task"
        unique_together = (("admission", "template", "step"),)
        # patient: one call per patient per window looks up a patient's other tasks when planning
        indexes = (("assignee_id", "status", "due_start"), ("department_id", "due_start"), ("patient_id", "due_start"))

    def __str__(self) -> str:
        return f"随访任务 {self.id}"


class GenerationMark(TimestampedModel):
    """How far task generation has planned one template (生成水位).

    Every stay changed before `planned_through` has been planned with the template as it was
    when its `updated_at` read `template_version`: the next run reads only stays changed since
    (with a safety overlap), unless the template itself changed, which plans it in full again.
    """

    template_id: int

    id = fields.IntField(primary_key=True)
    template: fields.OneToOneRelation[FollowUpTemplate] = fields.OneToOneField(
        "models.FollowUpTemplate", related_name="generation_mark", on_delete=fields.CASCADE
    )
    planned_through = fields.DatetimeField(description="已规划至（本次生成开始时间）")
    template_version = fields.DatetimeField(description="规划时模板的更新时间")

    class Meta:
        table = "followup_generation_mark"

    def __str__(self) -> str:
        return f"随访生成水位 {self.template_id}"


class FollowUpRecord(TimestampedModel):
    """What happened in one follow-up contact: answers, outcome, notes, call.

    `client_uuid` is generated by the client so offline pads can upload idempotently; `version`
    detects a stale edit, which is shown to a person as a conflict, never silently overwritten.
    """

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    task_id: int
    patient_id: int

    id = fields.IntField(primary_key=True)
    client_uuid = fields.UUIDField(unique=True)
    version = fields.IntField(default=1)
    task: fields.ForeignKeyRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="records", on_delete=fields.RESTRICT
    )
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="records", on_delete=fields.RESTRICT
    )
    staff: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="records", null=True, on_delete=fields.RESTRICT
    )
    questionnaire: fields.ForeignKeyRelation[Questionnaire] = fields.ForeignKeyField(
        "models.Questionnaire", related_name="records", on_delete=fields.RESTRICT
    )
    outcome = fields.CharEnumField(TaskOutcome, max_length=16, description="随访结果")
    answers = fields.JSONField(default=dict)
    score = fields.FloatField(null=True)
    notes = fields.TextField(default="")
    call_id = fields.IntField(null=True, description="CallRecord id")
    recording_ref = fields.CharField(max_length=255, default="")
    contacted_at = fields.DatetimeField()

    class Meta:
        table = "followup_record"

    def __str__(self) -> str:
        return f"随访记录 {self.id}"


class Problem(TimestampedModel):
    """An issue of a patient raised in follow-up and routed to a department to reply (问题处理)."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    patient_id: int
    department_id: int
    task_id: int | None

    id = fields.IntField(primary_key=True)
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="problems", on_delete=fields.RESTRICT, description="患者"
    )
    task: fields.ForeignKeyNullableRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="problems", null=True, on_delete=fields.RESTRICT
    )
    record: fields.ForeignKeyNullableRelation[FollowUpRecord] = fields.ForeignKeyField(
        "models.FollowUpRecord", related_name="problems", null=True, on_delete=fields.RESTRICT
    )
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="problems", on_delete=fields.RESTRICT, description="处理科室"
    )
    severity = fields.CharEnumField(
        ProblemSeverity, max_length=16, default=ProblemSeverity.NORMAL, description="紧急程度"
    )
    status = fields.CharEnumField(ProblemStatus, max_length=16, default=ProblemStatus.OPEN, description="状态")
    description = fields.TextField(description="问题描述")
    reply = fields.TextField(default="", description="科室回复")
    reply_due_at = fields.DatetimeField(null=True, description="回复期限")
    replied_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="problem_replies", null=True, on_delete=fields.RESTRICT
    )
    replied_at = fields.DatetimeField(null=True, description="回复时间")
    verified_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="problem_verifications", null=True, on_delete=fields.RESTRICT
    )
    verified_at = fields.DatetimeField(null=True)
    # AI 分诊建议: {"category", "urgency", "reason"}; a suggestion for the department's queue, it
    # changes neither severity nor routing (a person decides those).
    ai_triage = fields.JSONField(null=True, description="AI 分诊建议")

    class Meta:
        table = "problem"
        indexes = (("department_id", "status"),)

    def __str__(self) -> str:
        return f"问题 {self.id}"
