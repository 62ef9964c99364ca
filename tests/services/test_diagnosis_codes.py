"""诊断编码库: the starter list loads once into an empty library; an import is all or nothing,
names every bad row, and a replay changes nothing."""

from __future__ import annotations

import pytest

from backend.models import AuditEvent, DiagnosisCode
from backend.models.choices import DiagnosisKind
from backend.services import diagnosis_codes
from backend.services.errors import InvalidInput, PermissionDenied
from backend.services.principal import load_principal
from tests import factories


async def test_the_starter_list_loads_once_and_never_over_a_hospitals_library(db: str) -> None:
    loaded = await diagnosis_codes.seed_library()
    assert loaded == await DiagnosisCode.all().count() > 150
    assert await DiagnosisCode.exists(kind=DiagnosisKind.WESTERN, code="I63", name="脑梗死")
    assert await DiagnosisCode.exists(kind=DiagnosisKind.TCM_DISEASE, code="BNG080", name="中风病")
    assert await diagnosis_codes.seed_library() == 0
    await DiagnosisCode.all().delete()
    await DiagnosisCode.create(code="X1", name="医院自己的", kind=DiagnosisKind.WESTERN)
    assert await diagnosis_codes.seed_library() == 0 and await DiagnosisCode.all().count() == 1


async def test_an_import_is_all_or_nothing_and_a_replay_changes_nothing(db: str) -> None:
    admin = await load_principal(await factories.staff("sysadmin", await factories.department(), username="sys"))
    table = "编码,名称,类别\nZZ1,甲,\nZZ2,乙,中医证候\nZZ1,甲,中医病名\n".encode("gbk")
    first = await diagnosis_codes.import_table(admin, "codes.csv", table)
    assert (first.created, first.updated, first.unchanged) == (3, 0, 0)
    replay = await diagnosis_codes.import_table(admin, "codes.csv", table)
    assert (replay.created, replay.updated, replay.unchanged) == (0, 0, 3)
    renamed = await diagnosis_codes.import_table(admin, "codes.csv", "编码,名称\nZZ1,甲改\n".encode())
    assert (renamed.created, renamed.updated) == (0, 1)
    assert await DiagnosisCode.get(kind=DiagnosisKind.WESTERN, code="ZZ1").values_list("name", flat=True) == "甲改"
    assert await AuditEvent.filter(resource_type="diagnosis_code").count() == 3

    bad = "编码,名称,类别\nZZ3,丙,\n,无编码,\nZZ3,丙又一次,\nZZ 4,空格,外科\n".encode()
    with pytest.raises(InvalidInput) as refused:
        await diagnosis_codes.import_table(admin, "codes.csv", bad)
    message = refused.value.message
    assert "第 3 行：编码为空" in message and "第 4 行：编码「ZZ3」与第 2 行重复" in message
    assert "第 5 行：编码「ZZ 4」不能含空格" in message and "第 5 行：类别「外科」" in message
    assert not await DiagnosisCode.exists(code="ZZ3")  # nothing of a bad file is kept
    with pytest.raises(InvalidInput, match="只支持 CSV 或 Excel"):
        await diagnosis_codes.import_table(admin, "codes.txt", b"x")
    with pytest.raises(InvalidInput, match="表头"):
        await diagnosis_codes.import_table(admin, "codes.csv", b"code,name\nA,B\n")


async def test_only_a_system_administrator_imports(db: str) -> None:
    nurse = await load_principal(await factories.staff("nurse", await factories.department(), username="n"))
    with pytest.raises(PermissionDenied):
        await diagnosis_codes.import_table(nurse, "codes.csv", "编码,名称\nZZ1,甲\n".encode())
