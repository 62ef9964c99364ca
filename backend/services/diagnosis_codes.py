"""诊断编码库: the seeded starter list and the import of a hospital's own code table.

The starter list (`backend/data/diagnosis_codes.csv`) holds the ICD-10 three-character categories
met most in follow-up, the 国家临床版 codes of our interface samples and demo HIS, and the few
GB/T 15657 codes our interfaces already meet. It is loaded once into an empty library; a
hospital replaces or extends it with its own table (CSV or Excel: 编码,名称[,类别]). An import
is all or nothing, names every bad row at once, and is idempotent: a row already held unchanged
is left alone, a changed name is updated.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from tortoise.transactions import in_transaction

from backend.models import DiagnosisCode
from backend.models.choices import AuditAction, DiagnosisKind
from backend.services import audit
from backend.services.access import require
from backend.services.errors import InvalidInput
from backend.services.principal import Principal

STARTER = Path(__file__).resolve().parent.parent / "data" / "diagnosis_codes.csv"
MAX_ROWS = 50_000
# 类别 as a hospital's table may write it
KINDS: dict[str, DiagnosisKind] = {
    "": DiagnosisKind.WESTERN,
    "西医": DiagnosisKind.WESTERN,
    "西医诊断": DiagnosisKind.WESTERN,
    "ICD-10": DiagnosisKind.WESTERN,
    "ICD10": DiagnosisKind.WESTERN,
    "中医病名": DiagnosisKind.TCM_DISEASE,
    "中医疾病": DiagnosisKind.TCM_DISEASE,
    "病名": DiagnosisKind.TCM_DISEASE,
    "中医证候": DiagnosisKind.TCM_SYNDROME,
    "证候": DiagnosisKind.TCM_SYNDROME,
    **{k.value: k for k in DiagnosisKind},
}


@dataclass(frozen=True)
class CodeRow:
    kind: DiagnosisKind
    code: str
    name: str


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int

    @property
    def message(self) -> str:
        return f"导入完成：新增 {self.created} 条，更新名称 {self.updated} 条，未变 {self.unchanged} 条"


def read_table(filename: str, content: bytes) -> list[list[str]]:
    """The cells of a CSV (UTF-8 or GBK) or Excel (.xlsx) file, as text."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise InvalidInput("无法读取 Excel 文件，请另存为 .xlsx 或 CSV 后再导入", field="file") from exc
        return [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
    if name.endswith(".csv"):
        for encoding in ("utf-8-sig", "gbk"):
            try:
                text = content.decode(encoding)
            except UnicodeDecodeError:
                continue
            return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]
        raise InvalidInput("CSV 文件编码无法识别，请保存为 UTF-8 或 GBK", field="file")
    raise InvalidInput("只支持 CSV 或 Excel（.xlsx）文件", field="file")


def parse_rows(cells: list[list[str]]) -> list[CodeRow]:
    """Rows under a header naming 编码 and 名称 (类别 optional); every problem at once."""
    cells = [row for row in cells if any(row)]
    if not cells:
        raise InvalidInput("文件是空的", field="file")
    header = cells[0]
    if "编码" not in header or "名称" not in header:
        raise InvalidInput("第一行应为表头：编码,名称[,类别]", field="file")
    if len(cells) - 1 > MAX_ROWS:
        raise InvalidInput(f"每次最多导入 {MAX_ROWS} 行", field="file")
    at: dict[str, int] = {title: header.index(title) for title in ("编码", "名称", "类别") if title in header}
    rows: list[CodeRow] = []
    problems: list[str] = []
    first_line: dict[tuple[DiagnosisKind, str], int] = {}
    for number, row in enumerate(cells[1:], start=2):

        def cell(title: str, row: list[str] = row) -> str:
            index = at.get(title)
            return row[index] if index is not None and index < len(row) else ""

        code, name, kind_text = cell("编码"), cell("名称"), cell("类别")
        kind = KINDS.get(kind_text)
        if not code:
            problems.append(f"第 {number} 行：编码为空")
        elif len(code) > 32 or any(c.isspace() for c in code):
            problems.append(f"第 {number} 行：编码「{code}」不能含空格，且不超过 32 个字符")
        if not name:
            problems.append(f"第 {number} 行：名称为空")
        elif len(name) > 128:
            problems.append(f"第 {number} 行：名称超过 128 个字")
        if kind is None:
            problems.append(f"第 {number} 行：类别「{kind_text}」应为 西医诊断、中医病名 或 中医证候")
        if kind is None or not code:
            continue
        earlier = first_line.setdefault((kind, code), number)
        if earlier != number:
            problems.append(f"第 {number} 行：编码「{code}」与第 {earlier} 行重复")
        rows.append(CodeRow(kind, code, name))
    if problems:
        shown = "；".join(problems[:20])
        more = f"（另有 {len(problems) - 20} 处）" if len(problems) > 20 else ""
        raise InvalidInput(f"{len(problems)} 处有误，未导入任何数据：{shown}{more}", field="file")
    if not rows:
        raise InvalidInput("文件中没有数据行", field="file")
    return rows


async def _upsert(rows: list[CodeRow]) -> ImportResult:
    held = {(d.kind, d.code): d for d in await DiagnosisCode.all()}  # a library is thousands of rows
    created = updated = 0
    fresh = []
    for row in rows:
        existing = held.get((row.kind, row.code))
        if existing is None:
            fresh.append(DiagnosisCode(kind=row.kind, code=row.code, name=row.name))
        elif existing.name != row.name:
            existing.name = row.name
            await existing.save(update_fields=["name", "updated_at"])
            updated += 1
    if fresh:
        await DiagnosisCode.bulk_create(fresh, batch_size=1000)
        created = len(fresh)
    return ImportResult(created, updated, len(rows) - created - updated)


async def import_table(principal: Principal, filename: str, content: bytes) -> ImportResult:
    """导入编码: a hospital's code table into the library (all rows or none)."""
    require(principal, "system:config")
    rows = parse_rows(read_table(filename, content))
    async with in_transaction():
        result = await _upsert(rows)
        await audit.record(
            AuditAction.CREATE,
            actor=principal,
            resource_type=DiagnosisCode._meta.db_table,
            summary=f"导入诊断编码 {filename}：{result.message}",
        )
    return result


async def seed_library() -> int:
    """Load the starter list into an empty library (a library with any code is the hospital's)."""
    if await DiagnosisCode.exists():
        return 0
    rows = parse_rows(read_table(STARTER.name, STARTER.read_bytes()))
    async with in_transaction():
        result = await _upsert(rows)
        await audit.record(
            AuditAction.CREATE,
            actor_name="系统",
            resource_type=DiagnosisCode._meta.db_table,
            summary=f"初始化诊断编码库：{result.created} 条",
        )
    return result.created
