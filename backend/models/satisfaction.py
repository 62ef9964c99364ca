"""行风办 satisfaction program: answers flattened for statistics, 整改单 and the office's settings."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from backend.models.base import TimestampedModel
from backend.models.choices import RectificationSource, RectificationStatus
from backend.models.clinical import Patient
from backend.models.followup import FollowUpRecord, FollowUpTask, Questionnaire
from backend.models.organisation import Department, Staff


class SatisfactionAnswer(TimestampedModel):
    """One answer of a satisfaction survey to one dimension-tagged item (满意度答案明细).

    Written with its follow-up record, in the same transaction, so that the statistics group
    and count in the database. `score100` is the answer on a 0-100 scale (scales of 4 and 5
    levels compare); NULL for 不适用, which counts in no rate and no mean. `satisfied` is 1 for
    满意 and 非常满意 (the top levels), else 0. `month` (YYYY-MM, Beijing time) groups the trend.
    """

    record_id: int
    task_id: int
    department_id: int
    questionnaire_id: int

    id = fields.BigIntField(primary_key=True)
    record: fields.ForeignKeyRelation[FollowUpRecord] = fields.ForeignKeyField(
        "models.FollowUpRecord", related_name="satisfaction_answers", on_delete=fields.RESTRICT
    )
    task: fields.ForeignKeyRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="satisfaction_answers", on_delete=fields.RESTRICT
    )
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="satisfaction_answers", on_delete=fields.RESTRICT, description="科室"
    )
    questionnaire: fields.ForeignKeyRelation[Questionnaire] = fields.ForeignKeyField(
        "models.Questionnaire", related_name="satisfaction_answers", on_delete=fields.RESTRICT
    )
    item_id = fields.CharField(max_length=64, description="题目编号")
    question = fields.CharField(max_length=200, description="题目")
    dimension = fields.CharField(max_length=32, description="维度")
    value = fields.CharField(max_length=64, description="答案编码")
    label = fields.CharField(max_length=64, description="答案")
    score100 = fields.FloatField(null=True, description="百分制得分")
    satisfied = fields.SmallIntField(default=0, description="满意")
    contacted_at = fields.DatetimeField(description="调查时间")
    month = fields.CharField(max_length=7, description="月份")

    class Meta:
        table = "satisfaction_answer"
        unique_together = (("record_id", "item_id"),)
        indexes = (("contacted_at", "department_id"), ("department_id", "month"))

    def __str__(self) -> str:
        return f"满意度答案 {self.id}"


class SatisfactionDaily(Model):
    """The answers of one department to one item on one day, counted (满意度日汇总).

    Kept by the save path in the record transaction (an upsert that adds the new answers) and
    rebuilt from the answer table by the backfill; the statistics add these rows up instead of
    scanning every answer, so a year of a million answers reads some hundred thousand rows.
    `day` and `month` are Beijing dates. A derived table: no timestamps of its own.
    """

    department_id: int

    id = fields.BigIntField(primary_key=True)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="satisfaction_days", on_delete=fields.RESTRICT, description="科室"
    )
    day = fields.DateField(description="调查日期")
    month = fields.CharField(max_length=7, description="月份")
    dimension = fields.CharField(max_length=32, description="维度")
    item_id = fields.CharField(max_length=64, description="题目编号")
    answers = fields.IntField(default=0, description="回答数")
    valid = fields.IntField(default=0, description="有效回答数")
    satisfied = fields.IntField(default=0, description="满意数")
    points = fields.FloatField(default=0, description="百分制得分合计")

    class Meta:
        table = "satisfaction_daily"
        unique_together = (("department_id", "day", "item_id", "dimension"),)
        indexes = (("day", "department_id"),)

    def __str__(self) -> str:
        return f"满意度日汇总 {self.id}"


class Rectification(TimestampedModel):
    """整改单: a complaint or a low score on a flagged item, sent to the department to correct.

    The department replies with its measures by the deadline; the 行风办 verifies them, which
    creates a callback task (回访) to the patient. Past the deadline and not yet replied it is
    escalated to the department head (科主任). One per survey record.
    """

    record_id: int | None
    task_id: int | None
    patient_id: int
    department_id: int
    callback_task_id: int | None
    replied_by_id: int | None
    verified_by_id: int | None

    id = fields.IntField(primary_key=True)
    record: fields.OneToOneNullableRelation[FollowUpRecord] = fields.OneToOneField(
        "models.FollowUpRecord", related_name="rectification", null=True, on_delete=fields.RESTRICT
    )
    task: fields.ForeignKeyNullableRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="rectifications", null=True, on_delete=fields.RESTRICT
    )
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="rectifications", on_delete=fields.RESTRICT, description="患者"
    )
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="rectifications", on_delete=fields.RESTRICT, description="责任科室"
    )
    source = fields.CharEnumField(RectificationSource, max_length=16, description="来源")
    status = fields.CharEnumField(
        RectificationStatus, max_length=16, default=RectificationStatus.OPEN, description="状态"
    )
    items = fields.JSONField(default=list, description="涉及题目")
    description = fields.TextField(description="问题描述")
    deadline = fields.DatetimeField(description="整改期限")
    measures = fields.TextField(default="", description="整改措施")
    replied_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="rectification_replies", null=True, on_delete=fields.RESTRICT
    )
    replied_at = fields.DatetimeField(null=True, description="反馈时间")
    verified_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="rectification_verifications", null=True, on_delete=fields.RESTRICT
    )
    verified_at = fields.DatetimeField(null=True, description="核实时间")
    verify_note = fields.TextField(default="", description="核实意见")
    escalated_at = fields.DatetimeField(null=True, description="升级至科主任时间")
    callback_task: fields.ForeignKeyNullableRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="callback_of", null=True, on_delete=fields.RESTRICT
    )

    class Meta:
        table = "rectification"
        indexes = (("department_id", "status"), ("status", "deadline"))

    def __str__(self) -> str:
        return f"整改单 {self.id}"


class SatisfactionSetting(TimestampedModel):
    """The settings of the 行风办 (满意度参数): weights of the dimensions in the composite index and the
    days a department has to reply to a 整改单. One row, code "default"."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True, default="default")
    weights = fields.JSONField(default=dict, description="维度权重")
    rectify_days = fields.IntField(default=7, description="整改期限（天）")

    class Meta:
        table = "satisfaction_setting"

    def __str__(self) -> str:
        return "满意度参数"
