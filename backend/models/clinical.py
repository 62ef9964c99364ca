"""Clinical data copied from the HIS/EMR/LIS, keyed by HIS ids and never edited by hand.

Phone and ID numbers are stored only as AES-GCM ciphertext plus an HMAC blind index for exact
lookup (see `backend.security.crypto`); nothing here holds them in plaintext.
"""

from __future__ import annotations

from tortoise import fields

from backend.models.base import TimestampedModel
from backend.models.choices import AbnormalFlag, DiagnosisKind, DischargeDisposition, Gender
from backend.models.organisation import Department, Staff


class Patient(TimestampedModel):
    """A person known to the HIS (患者), with what follow-up needs to reach them safely."""

    id = fields.IntField(primary_key=True)
    his_id = fields.CharField(max_length=64, unique=True, description="HIS 患者ID")
    # Who issued `his_id` (HL7 PID-3.4): the same number from another authority is another patient,
    # stored as `id^authority`. Null for patients stored before authorities were kept (claimed by the
    # first authority to send their id) and for sources that name none (the HIS views).
    his_authority = fields.CharField(max_length=64, null=True, description="患者ID发放机构")
    name = fields.CharField(max_length=64, description="姓名")
    gender = fields.CharEnumField(Gender, max_length=8, default=Gender.UNKNOWN, description="性别")
    birth_date = fields.DateField(null=True, description="出生日期")
    id_number_cipher: str | None = fields.TextField(null=True, description="身份证号（密文）")
    id_number_index = fields.CharField(max_length=64, null=True, db_index=True)
    phone_cipher: str | None = fields.TextField(null=True, description="手机号（密文）")
    phone_index = fields.CharField(max_length=64, null=True, db_index=True)
    # Every number the HIS gave (a field may hold two), read by `backend.phones`: JSON of
    # PhoneNumber dicts, unreadable ones kept with their reason. `phone_cipher` is the first usable one.
    phones_cipher: str | None = fields.TextField(null=True, description="全部电话号码（密文 JSON）")
    contacts_cipher: str | None = fields.TextField(null=True, description="家属联系人（密文 JSON）")
    address = fields.CharField(max_length=255, default="", description="现住址")
    deceased_at = fields.DatetimeField(null=True, description="死亡时间")
    do_not_contact = fields.BooleanField(default=False, description="拒绝联系")
    do_not_contact_reason = fields.CharField(max_length=200, default="")
    phone_invalid_at = fields.DatetimeField(null=True, description="号码无效（短信或电话判定）")
    tags = fields.JSONField(default=list, description="标签")
    his_updated_at = fields.DatetimeField(null=True, description="HIS 更新时间")

    class Meta:
        table = "patient"
        indexes = (("name",),)

    def __str__(self) -> str:
        return f"{self.name}（{self.his_id}）"


class Admission(TimestampedModel):
    """One inpatient stay (住院), from admission to discharge, with its diagnoses."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    patient_id: int
    department_id: int
    ward_id: int | None
    attending_id: int | None

    id = fields.IntField(primary_key=True)
    his_visit_id = fields.CharField(max_length=64, unique=True, description="HIS 就诊ID")
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="admissions", on_delete=fields.RESTRICT, description="患者"
    )
    inpatient_no = fields.CharField(max_length=32, default="", description="住院号")
    admission_times = fields.IntField(default=1, description="住院次数")
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="admissions", on_delete=fields.RESTRICT, description="科室"
    )
    ward: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="ward_admissions", null=True, on_delete=fields.RESTRICT, description="病区"
    )
    bed_no = fields.CharField(max_length=16, default="", description="床号")
    attending_name = fields.CharField(max_length=32, default="", description="主治医师")
    attending: fields.ForeignKeyNullableRelation[Staff] = fields.ForeignKeyField(
        "models.Staff", related_name="attended_admissions", null=True, on_delete=fields.SET_NULL
    )
    admitted_at = fields.DatetimeField(description="入院时间")
    discharged_at = fields.DatetimeField(null=True, description="出院时间")
    disposition = fields.CharEnumField(DischargeDisposition, max_length=4, null=True, description="离院方式")
    los_days = fields.IntField(null=True, description="住院天数")
    main_diagnosis_code = fields.CharField(max_length=32, default="", description="主要诊断编码")
    main_diagnosis_name = fields.CharField(max_length=128, default="", description="主要诊断")
    tcm_disease_code = fields.CharField(max_length=32, default="", description="中医病名编码")
    tcm_disease_name = fields.CharField(max_length=64, default="", description="中医病名")
    tcm_syndrome_code = fields.CharField(max_length=32, default="", description="中医证候编码")
    tcm_syndrome_name = fields.CharField(max_length=64, default="", description="中医证候")
    operations = fields.JSONField(default=list, description="手术及操作")
    tags = fields.JSONField(default=list)
    his_updated_at = fields.DatetimeField(null=True)
    # The HIS withdrew the whole stay (ADT^A11): kept for the record, but it is no admission,
    # no discharge and no readmission for follow-up purposes.
    cancelled_at = fields.DatetimeField(null=True, description="HIS 撤销入院时间")

    class Meta:
        table = "admission"
        indexes = (("department_id", "discharged_at"), ("discharged_at",))

    def __str__(self) -> str:
        return f"住院 {self.his_visit_id}"


class Diagnosis(TimestampedModel):
    """One diagnosis of a stay: western ICD-10, TCM disease or TCM syndrome (证候)."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    admission_id: int

    id = fields.IntField(primary_key=True)
    admission: fields.ForeignKeyRelation[Admission] = fields.ForeignKeyField(
        "models.Admission", related_name="diagnoses", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(DiagnosisKind, max_length=16, description="诊断类别")
    seq = fields.IntField(default=1, description="诊断序号（1 = 主诊断）")
    code = fields.CharField(max_length=32, default="")
    name = fields.CharField(max_length=128)
    is_main = fields.BooleanField(default=False)

    class Meta:
        table = "diagnosis"
        unique_together = (("admission", "kind", "seq"),)
        indexes = (("code",),)

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class DischargeSummary(TimestampedModel):
    """出院小结 of a stay, as written in the EMR."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    admission_id: int

    id = fields.IntField(primary_key=True)
    admission: fields.OneToOneRelation[Admission] = fields.OneToOneField(
        "models.Admission", related_name="discharge_summary", on_delete=fields.RESTRICT
    )
    his_document_id = fields.CharField(max_length=64, null=True, unique=True)
    admission_condition = fields.TextField(default="", description="入院情况")
    treatment_course = fields.TextField(default="", description="诊疗经过")
    discharge_condition = fields.TextField(default="", description="出院情况")
    discharge_orders = fields.TextField(default="", description="出院医嘱")
    discharge_medication = fields.TextField(default="", description="出院带药")
    signed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "discharge_summary"

    def __str__(self) -> str:
        return f"出院小结 {self.admission_id}"


class MedicalRecordFrontPage(TimestampedModel):
    """病案首页 of a stay: the fields of the standard by their code, plus the few we query on."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    admission_id: int

    id = fields.IntField(primary_key=True)
    admission: fields.OneToOneRelation[Admission] = fields.OneToOneField(
        "models.Admission", related_name="front_page", on_delete=fields.RESTRICT
    )
    standard = fields.CharField(max_length=32, default="tcm_2019", description="首页标准")
    fields_data = fields.JSONField(default=dict, description="首页字段（按标准编码）")
    total_cost = fields.DecimalField(max_digits=12, decimal_places=2, null=True)

    class Meta:
        table = "front_page"

    def __str__(self) -> str:
        return f"病案首页 {self.admission_id}"


class LabReport(TimestampedModel):
    """A laboratory report (检验报告) from the LIS."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    patient_id: int
    admission_id: int | None

    id = fields.IntField(primary_key=True)
    his_report_id = fields.CharField(max_length=64, unique=True)
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="lab_reports", on_delete=fields.RESTRICT
    )
    admission: fields.ForeignKeyNullableRelation[Admission] = fields.ForeignKeyField(
        "models.Admission", related_name="lab_reports", null=True, on_delete=fields.RESTRICT
    )
    # The HIS visit the LIS named, kept even while that stay is not here (quarantined, or not yet
    # sent): the report is linked to the stay as soon as the stay arrives.
    his_visit_id = fields.CharField(max_length=64, default="", db_index=True)
    name = fields.CharField(max_length=64, description="检验项目")
    specimen = fields.CharField(max_length=32, default="")
    requested_at = fields.DatetimeField(null=True)
    reported_at = fields.DatetimeField(null=True)
    has_critical = fields.BooleanField(default=False)

    class Meta:
        table = "lab_report"
        indexes = (("patient_id", "reported_at"),)

    def __str__(self) -> str:
        return f"{self.name} {self.his_report_id}"


class LabResult(TimestampedModel):
    """One analyte of a lab report, with the raw HIS text kept beside the normalised value."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    report_id: int

    id = fields.IntField(primary_key=True)
    report: fields.ForeignKeyRelation[LabReport] = fields.ForeignKeyField(
        "models.LabReport", related_name="results", on_delete=fields.RESTRICT
    )
    item_no = fields.IntField(default=0)
    code = fields.CharField(max_length=32, default="")
    name = fields.CharField(max_length=64)
    value_raw = fields.CharField(max_length=128, default="")
    value_numeric = fields.FloatField(null=True)
    unit = fields.CharField(max_length=32, default="")
    reference_raw = fields.CharField(max_length=128, default="")
    reference_low = fields.FloatField(null=True)
    reference_high = fields.FloatField(null=True)
    flag = fields.CharEnumField(AbnormalFlag, max_length=16, default=AbnormalFlag.NORMAL, description="异常标识")
    flag_raw = fields.CharField(max_length=16, default="")

    class Meta:
        table = "lab_result"
        unique_together = (("report", "item_no"),)

    def __str__(self) -> str:
        return f"{self.name} {self.value_raw}{self.unit}"


class ExamReport(TimestampedModel):
    """An examination report (检查报告): imaging, ultrasound, ECG or endoscopy, as the RIS, PACS or ECG
    system reported it through the HIS: what was examined, what was seen (检查所见) and the
    reporting doctor's conclusion (诊断意见)."""

    # Foreign-key columns, for type checkers (Tortoise adds them at runtime).
    patient_id: int
    admission_id: int | None

    id = fields.IntField(primary_key=True)
    his_report_id = fields.CharField(max_length=64, unique=True, description="HIS 检查报告ID")
    patient: fields.ForeignKeyRelation[Patient] = fields.ForeignKeyField(
        "models.Patient", related_name="exam_reports", on_delete=fields.RESTRICT
    )
    admission: fields.ForeignKeyNullableRelation[Admission] = fields.ForeignKeyField(
        "models.Admission", related_name="exam_reports", null=True, on_delete=fields.RESTRICT
    )
    # as for lab reports: the stay the HIS named, kept until that stay is here to link to
    his_visit_id = fields.CharField(max_length=64, default="", db_index=True)
    exam_type = fields.CharField(max_length=32, default="", description="检查类别")
    item_name = fields.CharField(max_length=128, description="检查项目")
    body_part = fields.CharField(max_length=64, default="", description="检查部位")
    findings = fields.TextField(default="", description="检查所见")
    conclusion = fields.TextField(default="", description="诊断意见")
    reported_at = fields.DatetimeField(null=True, description="报告时间")
    reporting_doctor = fields.CharField(max_length=32, default="", description="报告医师")

    class Meta:
        table = "exam_report"
        indexes = (("patient_id", "reported_at"),)

    def __str__(self) -> str:
        return f"{self.item_name} {self.his_report_id}"
