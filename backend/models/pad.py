"""Offline ward pad uploads that could not be applied as they were."""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import PadConflictStatus, PadResolution, TaskOutcome
from backend.models.clinical import Patient
from backend.models.followup import FollowUpRecord, FollowUpTask
from backend.models.organisation import Staff


class PadConflict(TimestampedModel):
    """A questionnaire captured on a ward pad against a task version that has since changed.

    The pad worked offline on the task as it was (its `base_version`, the number of contacts then
    recorded); meanwhile someone completed or recorded the task at the desk. The pad record is kept
    here, beside the server version, until a person decides: never a silent overwrite. The
    `client_uuid` is the pad record id, so a replayed upload finds this row again.
    """

    task_id: int
    patient_id: int
    staff_id: int
    resolved_by_id: int | None
    record_id: int | None

    id = fields.IntField(primary_key=True)
    client_uuid = fields.UUIDField(unique=True, description="平板记录编号")
    task: fields.ForeignKeyRelation[FollowUpTask] = fields.ForeignKeyField(
        "models.FollowUpTask", related_name="pad_conflicts", on_delete=fields.RESTRICT, description="随访任务"
    )
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="pad_conflicts", on_delete=fields.RESTRICT, description="患者"
    )
    staff: fields.ForeignKeyRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="pad_conflicts", on_delete=fields.RESTRICT, description="填写人"
    )
    base_version = fields.IntField(description="平板填写时的任务版本")
    server_version = fields.IntField(description="上传时系统中的任务版本")
    outcome = fields.CharEnumField(TaskOutcome, max_length=16, description="平板随访结果")
    answers = fields.JSONField(default=dict, description="平板答案")
    notes = fields.TextField(default="", description="平板备注")
    captured_at = fields.DatetimeField(description="平板填写时间")
    status = fields.CharEnumField(
        PadConflictStatus, max_length=16, default=PadConflictStatus.OPEN, description="处理状态"
    )
    resolution = fields.CharEnumField(PadResolution, max_length=16, null=True, description="处理方式")
    resolved_by: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="pad_conflicts_resolved", null=True, on_delete=fields.RESTRICT
    )
    resolved_at = fields.DatetimeField(null=True, description="处理时间")
    record: fields.ForeignKeyNullableRelation[FollowUpRecord] = fields.ForeignKeyField(
        "models.FollowUpRecord", related_name="pad_conflicts", null=True, on_delete=fields.RESTRICT
    )

    class Meta:
        table = "pad_conflict"
        indexes = (("status", "task_id"),)

    def __str__(self) -> str:
        return f"平板冲突 {self.client_uuid}"
