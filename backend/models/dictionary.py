"""Reference dictionaries maintained by administrators."""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import DiagnosisKind


class DiagnosisCode(TimestampedModel):
    """A code of the diagnosis library (诊断编码库): ICD-10 clinical edition, TCM disease or syndrome."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, description="诊断编码")
    name = fields.CharField(max_length=128, description="诊断名称")
    kind = fields.CharEnumField(DiagnosisKind, max_length=16, default=DiagnosisKind.WESTERN, description="类别")
    pinyin = fields.CharField(max_length=64, default="", description="拼音首字母")
    is_active = fields.BooleanField(default=True, description="启用")

    class Meta:
        table = "diagnosis_code"
        unique_together = (("kind", "code"),)
        ordering = ["kind", "code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"
