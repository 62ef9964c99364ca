"""CDA R2 shared documents (WS/T 500 电子病历共享文档规范, 互联互通) mapped to canonical records.

CDA terms used here:
- *ClinicalDocument*: one XML document in the `urn:hl7-org:v3` namespace. Its header says what it
  is (`code` in the 卫生信息共享文档规范编码体系 2.16.156.10011.2.4, e.g. C0053 出院小结, C0007 检验报告,
  and a `templateId`), who it is about (`recordTarget/patientRole`) and during which stay
  (`componentOf/encompassingEncounter`).
- *id root/extension*: an identifier is an OID naming the kind of number (`root`, e.g.
  2.16.156.10011.1.12 住院号) plus the number (`extension`).
- *section* / *entry*: the body is sections (coded with LOINC, titled in Chinese) holding
  narrative `text` and coded `entry` observations. WS/T 500 codes each observation with a data
  element (数据元, e.g. DE06.00.296.00 诊疗过程描述) from the 卫生信息数据元目录 (WS 363).

Supported: 出院小结 -> DischargeSummaryRecord and 检验报告 -> LabReportRecord. Other document
types, and documents without the patient or visit number we need, become `Rejected` with a
Chinese reason. XML that cannot be read raises `CdaParseError`.

WS/T 500 defines no OID for the HIS patient id (登记号/患者ID): the standard header carries only
健康卡号, 住院号, 门诊号, 病案号 and the ID number. The patient id is therefore read from
`patient_id_roots` (病案号 by default); a hospital whose HIS keys patients otherwise passes its own
local root.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from backend.clock import SHANGHAI
from integrations.his import normalise
from integrations.his.base import Batch, DischargeSummaryRecord, LabReportRecord, LabResultRecord, Rejected

V3_NS = "urn:hl7-org:v3"
V3 = f"{{{V3_NS}}}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

#: 卫生信息共享文档规范编码体系 codes and WS/T 500 template ids of the supported documents.
SUMMARY_CODE, SUMMARY_TEMPLATE = "C0053", "2.16.156.10011.2.1.1.73"
LAB_CODE, LAB_TEMPLATE = "C0007", "2.16.156.10011.2.1.1.27"

# Identifier roots (WS/T 500 appendix of OIDs).
DOCUMENT_ID_ROOT = "2.16.156.10011.1.1"  # 文档流水号
ID_CARD_ROOT = "2.16.156.10011.1.3"  # 身份证号
INPATIENT_NO_ROOT = "2.16.156.10011.1.12"  # 住院号
RECORD_NO_ROOT = "2.16.156.10011.1.13"  # 病案号
LAB_REPORT_NO_ROOT = "2.16.156.10011.1.33"  # 检验报告单号

PATIENT_ID_ROOTS: tuple[str, ...] = (RECORD_NO_ROOT,)
VISIT_ID_ROOTS: tuple[str, ...] = (INPATIENT_NO_ROOT,)

#: Data elements of the 出院小结 and the summary field each fills.
SUMMARY_ELEMENTS = {
    "DE05.10.148.00": "admission_condition",  # 入院情况
    "DE06.00.296.00": "treatment_course",  # 诊疗过程描述
    "DE06.00.193.00": "discharge_condition",  # 出院情况
    "DE06.00.287.00": "discharge_orders",  # 出院医嘱
}
#: Section LOINC codes whose narrative is one summary field (used when no data element is coded).
SUMMARY_SECTIONS = {
    "8648-8": "treatment_course",  # Hospital course
    "10183-2": "discharge_medication",  # Hospital discharge medications
    "8653-8": "discharge_orders",  # Hospital discharge instructions
}
#: Chinese headings, for section titles and for plain-text summaries.
SUMMARY_HEADINGS = {
    "入院情况": "admission_condition",
    "诊疗经过": "treatment_course",
    "住院经过": "treatment_course",
    "诊疗过程": "treatment_course",
    "治疗经过": "treatment_course",
    "出院情况": "discharge_condition",
    "出院医嘱": "discharge_orders",
    "出院带药": "discharge_medication",
    "出院用药": "discharge_medication",
}
SUMMARY_FIELDS = (
    "admission_condition",
    "treatment_course",
    "discharge_condition",
    "discharge_orders",
    "discharge_medication",
)

# Data elements of the 检验报告.
LAB_ITEM = "DE04.30.019.00"  # 检验项目代码: starts one analyte
LAB_RESULT_CODE = "DE04.30.017.00"  # 检验结果代码 (正常/异常/...)
LAB_QUANTITY = "DE04.30.015.00"  # 检验定量结果
LAB_UNIT = "DE04.30.016.00"  # 检验定量结果计量单位
LAB_SPECIMEN = "DE04.50.134.00"  # 标本类别
LAB_CATEGORY = "DE04.30.018.00"  # 检验类别

_BLOCKS = frozenset({"paragraph", "br", "tr", "item", "list", "table", "thead", "tbody", "caption"})


class CdaParseError(ValueError):
    """The input is not readable CDA XML; the message is the Chinese reason."""


def parse_cda(
    xml: bytes | str,
    *,
    patient_id_roots: Sequence[str] = PATIENT_ID_ROOTS,
    visit_id_roots: Sequence[str] = VISIT_ID_ROOTS,
) -> Batch:
    """Map one 出院小结 or 检验报告 document; anything else comes back as a Rejected."""
    root = _parse(xml)
    document = _Document(root, xml, tuple(patient_id_roots), tuple(visit_id_roots))
    batch = Batch()
    kind = document.kind
    if kind == "summary":
        document.summary(batch)
    elif kind == "lab":
        document.lab(batch)
    else:
        reason = f"不支持的共享文档类型：{document.code or '无文档编码'}（{document.title or '无标题'}）"
        batch.rejected.append(Rejected("document", document.document_id, reason, document.payload()))
    return batch


def summary_fields(xml: bytes | str) -> dict[str, str]:
    """The five discharge summary fields of a CDA document (for FHIR DocumentReferences)."""
    return _summary_fields(_parse(xml))


def split_summary_text(text: str) -> dict[str, str]:
    """Discharge summary fields from plain text with Chinese headings ('入院情况：...').

    Without any heading the whole text is kept as the treatment course, the one free-text field
    that fits a narrative, so nothing the doctor wrote is lost.
    """
    fields = dict.fromkeys(SUMMARY_FIELDS, "")
    pattern = re.compile(r"(" + "|".join(SUMMARY_HEADINGS) + r")\s*[:：]")
    matches = list(pattern.finditer(text))
    if not matches:
        fields["treatment_course"] = _tidy(text)
        return fields
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        name = SUMMARY_HEADINGS[match.group(1)]
        body = _tidy(text[match.end() : end])
        fields[name] = f"{fields[name]}\n{body}".strip() if fields[name] else body
    return fields


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------

_NATIVE_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "iso-8859-1", "latin-1"})


def _parse(xml: bytes | str) -> ET.Element:
    data: bytes | str = xml
    if isinstance(xml, bytes):
        declared = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9_.:-]+)[\"']", xml[:300])
        encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
        if encoding not in _NATIVE_ENCODINGS:
            # expat reads only UTF-8/16 and Latin-1, but Chinese systems still emit GB2312/GBK.
            codec = "gb18030" if encoding in ("gb2312", "gbk", "gb18030", "cp936") else encoding
            try:
                data = xml.decode(codec)
            except (LookupError, UnicodeDecodeError) as exc:
                raise CdaParseError(f"文档编码无法识别：{encoding}") from exc
    if isinstance(data, str):
        # The declaration's encoding no longer applies to decoded text and would confuse expat.
        data = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", "", data, count=1)
    if (b"<!DOCTYPE" in data) if isinstance(data, bytes) else ("<!DOCTYPE" in data):
        # CDA never needs a DTD; refusing it rules out entity-expansion attacks (no defusedxml here).
        raise CdaParseError("文档包含 DOCTYPE 声明，出于安全原因拒绝解析")
    try:
        root = ET.fromstring(data)  # noqa: S314 - DTDs are refused above
    except ET.ParseError as exc:
        raise CdaParseError(f"XML 格式错误：{exc}") from exc
    if root.tag != f"{V3}ClinicalDocument":
        raise CdaParseError("不是 HL7 CDA 文档（根元素应为 urn:hl7-org:v3 命名空间的 ClinicalDocument）")
    return root


def _find(element: ET.Element | None, path: str) -> ET.Element | None:
    """`find` with v3-namespaced steps written without a prefix ('recordTarget/patientRole')."""
    if element is None:
        return None
    return element.find(_qualify(path))


def _findall(element: ET.Element | None, path: str) -> list[ET.Element]:
    if element is None:
        return []
    return element.findall(_qualify(path))


def _qualify(path: str) -> str:
    return "/".join(f"{V3}{step}" for step in path.split("/"))


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _narrative(element: ET.Element | None) -> str:
    """A section's human-readable `text`, keeping paragraphs and table rows as lines."""
    if element is None:
        return ""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            name = _local(child.tag)
            parts.append("\n" if name in _BLOCKS else " " if name in ("td", "th") else "")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return _tidy("".join(parts))


def _value_text(value: ET.Element | None) -> str:
    """What an observation `value` says: a quantity, a coded display name or text."""
    if value is None:
        return ""
    if number := normalise.text(value.get("value")):
        return number
    if display := normalise.text(value.get("displayName")):
        return display
    if text := _tidy("".join(value.itertext())):
        return text
    return normalise.text(value.get("code"))


def _ts(element: ET.Element | None, *, field: str) -> datetime | None:
    """An HL7 TS (`20260101083000`, optionally `+0800`) as an aware datetime."""
    if element is None:
        return None
    raw = normalise.text(element.get("value"))
    match = re.fullmatch(r"(\d{8}(?:\d{4}(?:\d{2})?)?)(?:\.\d+)?([+-]\d{4})?", raw)
    if not raw:
        return None
    if not match:
        raise normalise.NormaliseError(f"{field}格式无法识别：{raw}")
    digits, offset = match.groups()
    if not offset:
        return normalise.moment(digits, field=field)
    sign = -1 if offset[0] == "-" else 1
    zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    naive = normalise.moment(digits, field=field)
    return naive.replace(tzinfo=zone).astimezone(SHANGHAI) if naive else None


def _observations(root: ET.Element) -> Iterator[ET.Element]:
    """Coded observations of the body in document order (nested entryRelationships included)."""
    body = _find(root, "component/structuredBody")
    yield from (body.iter(f"{V3}observation") if body is not None else ())


def _element_code(observation: ET.Element) -> str:
    code = _find(observation, "code")
    return normalise.text(code.get("code")) if code is not None else ""


def _summary_fields(root: ET.Element) -> dict[str, str]:
    """Fields by data element first, then by section LOINC code, then by section title."""
    by_element = dict.fromkeys(SUMMARY_FIELDS, "")
    by_section = dict.fromkeys(SUMMARY_FIELDS, "")
    by_title = dict.fromkeys(SUMMARY_FIELDS, "")
    for section in root.iter(f"{V3}section"):
        for observation in section.iter(f"{V3}observation"):
            name = SUMMARY_ELEMENTS.get(_element_code(observation))
            if name and (text := _value_text(_find(observation, "value"))):
                by_element[name] = f"{by_element[name]}\n{text}" if by_element[name] else text
        code = _find(section, "code")
        section_code = normalise.text(code.get("code")) if code is not None else ""
        title_element = _find(section, "title")
        title = normalise.text("".join(title_element.itertext())) if title_element is not None else ""
        narrative = _narrative(_find(section, "text"))
        if section_code == "10183-2" or any(k in title for k in ("出院带药", "出院用药")):
            narrative = _medications(section) or narrative
        if (name := SUMMARY_SECTIONS.get(section_code)) and narrative:
            by_section[name] = by_section[name] or narrative
        for heading, name in SUMMARY_HEADINGS.items():
            if heading in title and narrative:
                by_title[name] = by_title[name] or narrative
    return {name: by_element[name] or by_section[name] or by_title[name] for name in SUMMARY_FIELDS}


def _medications(section: ET.Element) -> str:
    """出院带药 as lines 'name dose route frequency' from substanceAdministration entries."""
    lines = []
    for given in section.iter(f"{V3}substanceAdministration"):
        drug = _find(given, "consumable/manufacturedProduct/manufacturedLabeledDrug")
        name = ""
        if drug is not None:
            name_el = _find(drug, "name")
            code = _find(drug, "code")
            name = normalise.text("".join(name_el.itertext())) if name_el is not None else ""
            name = name or (normalise.text(code.get("displayName")) if code is not None else "")
        dose = _find(given, "doseQuantity")
        dose_text = (
            " ".join(p for p in (normalise.text(dose.get("value")), normalise.text(dose.get("unit"))) if p)
            if dose is not None
            else ""
        )
        route = _find(given, "routeCode")
        route_text = normalise.text(route.get("displayName")) if route is not None else ""
        text = _find(given, "text")
        extra = normalise.text("".join(text.itertext())) if text is not None else ""
        line = " ".join(p for p in (name, dose_text, route_text, extra) if p)
        if line:
            lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


@dataclass
class _Item:
    """One analyte of a lab report while it is being read."""

    code: str = ""
    name: str = ""
    value: str = ""
    unit: str = ""
    reference: str = ""
    flag: str = ""
    result_text: str = ""


class _Document:
    """The header of one ClinicalDocument and the mappings that depend on its type."""

    def __init__(
        self, root: ET.Element, raw: bytes | str, patient_roots: tuple[str, ...], visit_roots: tuple[str, ...]
    ) -> None:
        self.root = root
        self.patient_roots = patient_roots
        self.visit_roots = visit_roots
        code = _find(root, "code")
        self.code = normalise.text(code.get("code")) if code is not None else ""
        self.templates = {normalise.text(t.get("root")) for t in _findall(root, "templateId")}
        title = _find(root, "title")
        self.title = _tidy("".join(title.itertext())) if title is not None else ""
        doc_id = _find(root, "id")
        extension = normalise.text(doc_id.get("extension")) if doc_id is not None else ""
        # Without a 文档流水号 a digest keeps quarantine entries of different documents apart.
        digest = hashlib.sha256(raw.encode() if isinstance(raw, str) else raw).hexdigest()[:16]
        self.document_id = extension or f"sha256:{digest}"

    @property
    def kind(self) -> str | None:
        if self.code == SUMMARY_CODE or SUMMARY_TEMPLATE in self.templates:
            return "summary"
        if self.code == LAB_CODE or LAB_TEMPLATE in self.templates:
            return "lab"
        return None

    def _role_id(self, roots: Sequence[str]) -> str:
        ids = _findall(self.root, "recordTarget/patientRole/id")
        for wanted in roots:
            for identifier in ids:
                if identifier.get("root") == wanted and (value := normalise.text(identifier.get("extension"))):
                    return value
        return ""

    @property
    def patient_id(self) -> str:
        return self._role_id(self.patient_roots)

    @property
    def visit_id(self) -> str:
        """The stay: the encounter's own id when the vendor sends one, else the 住院号."""
        for identifier in _findall(self.root, "componentOf/encompassingEncounter/id"):
            if value := normalise.text(identifier.get("extension")):
                return value
        return self._role_id(self.visit_roots)

    def payload(self) -> dict[str, Any]:
        """What quarantine keeps: the header facts and the XML without ID numbers or phones."""
        scrubbed = ET.fromstring(ET.tostring(self.root))  # noqa: S314 - our own serialisation
        for identifier in scrubbed.iter(f"{V3}id"):
            if identifier.get("root") == ID_CARD_ROOT and identifier.get("extension"):
                identifier.set("extension", "***")
        for telecom in scrubbed.iter(f"{V3}telecom"):
            if telecom.get("value"):
                telecom.set("value", "***")
        try:
            xml = ET.tostring(scrubbed, encoding="unicode", default_namespace=V3_NS)
        except ValueError:
            # Unqualified elements cannot take a default namespace; keep ElementTree's prefixes.
            xml = ET.tostring(scrubbed, encoding="unicode")
        return {
            "document_id": self.document_id,
            "code": self.code,
            "templates": sorted(self.templates),
            "title": self.title,
            "xml": xml,
        }

    def _signed_at(self) -> datetime | None:
        for path in ("legalAuthenticator/time", "author/time", "effectiveTime"):
            if (moment := _ts(_find(self.root, path), field="签署时间")) is not None:
                return moment
        return None

    # 出院小结 -------------------------------------------------------------------------------------

    def summary(self, batch: Batch) -> None:
        visit_id, patient_id = self.visit_id, self.patient_id
        if not visit_id:
            batch.rejected.append(
                Rejected("summary", self.document_id, "出院小结缺少住院号（就诊标识）", self.payload())
            )
            return
        if not patient_id:
            reason = f"出院小结缺少患者标识（{'/'.join(self.patient_roots)}）"
            batch.rejected.append(Rejected("summary", visit_id, reason, self.payload()))
            return
        fields = _summary_fields(self.root)
        if not any(fields.values()):
            reason = "出院小结没有可读取的内容（入院情况、诊疗经过、出院情况、出院医嘱、出院带药均为空）"
            batch.rejected.append(Rejected("summary", visit_id, reason, self.payload()))
            return
        try:
            signed_at = self._signed_at()
        except normalise.NormaliseError as exc:
            batch.rejected.append(Rejected("summary", visit_id, str(exc), self.payload()))
            return
        batch.summaries.append(
            DischargeSummaryRecord(his_visit_id=visit_id, document_id=self.document_id, signed_at=signed_at, **fields)
        )

    # 检验报告 -------------------------------------------------------------------------------------

    def lab(self, batch: Batch) -> None:
        report_id = self._role_id((LAB_REPORT_NO_ROOT,)) or self.document_id
        patient_id = self.patient_id
        if not patient_id:
            reason = f"检验报告缺少患者标识（{'/'.join(self.patient_roots)}）"
            batch.rejected.append(Rejected("lab", report_id, reason, self.payload()))
            return
        items: list[_Item] = []
        current: _Item | None = None
        category = specimen = ""
        sampled_at: datetime | None = None
        try:
            for observation in _observations(self.root):
                element = _element_code(observation)
                value = _find(observation, "value")
                if element == LAB_CATEGORY:
                    category = category or _value_text(value)
                elif element == LAB_SPECIMEN:
                    specimen = specimen or _value_text(value)
                    sampled_at = sampled_at or _ts(_find(observation, "effectiveTime/low"), field="采样时间")
                elif element == LAB_ITEM:
                    current = _Item(code=normalise.text(value.get("code")) if value is not None else "")
                    current.name = _item_name(value)
                    current.code = current.code or current.name
                    items.append(current)
                elif element in (LAB_RESULT_CODE, LAB_QUANTITY, LAB_UNIT):
                    if current is None:
                        current = _Item(name="未命名项目")
                        items.append(current)
                    _read_result(current, element, observation, value)
            reported_at = self._signed_at()
        except normalise.NormaliseError as exc:
            batch.rejected.append(Rejected("lab", report_id, str(exc), self.payload()))
            return
        # An ordered item without a result yet is not a result.
        results = [i for i in items if i.value or i.result_text or i.flag]
        if not results:
            batch.rejected.append(Rejected("lab", report_id, "检验报告没有检验结果", self.payload()))
            return
        batch.labs.append(
            LabReportRecord(
                his_report_id=report_id,
                his_patient_id=patient_id,
                name=category or self.title or "检验报告",
                results=tuple(
                    LabResultRecord(
                        item_no=n,
                        name=item.name or item.code,
                        value_raw=item.value or item.result_text,
                        code=item.code,
                        unit=item.unit,
                        reference_raw=item.reference,
                        flag_raw=item.flag or item.result_text,
                    )
                    for n, item in enumerate(results, start=1)
                ),
                # Outpatient reports have no 住院号; they are still the patient's results.
                his_visit_id=self.visit_id or None,
                specimen=specimen,
                requested_at=sampled_at,
                reported_at=reported_at,
            )
        )


def _item_name(value: ET.Element | None) -> str:
    """The analyte's name: a coded value's displayName, else its text (vendors put either)."""
    if value is None:
        return ""
    return (
        normalise.text(value.get("displayName"))
        or _tidy("".join(value.itertext()))
        or normalise.text(value.get("code"))
    )


def _read_result(item: _Item, element: str, observation: ET.Element, value: ET.Element | None) -> None:
    if element == LAB_RESULT_CODE:
        # 检验结果代码 (e.g. 正常/异常/阳性): a flag, and the result itself for qualitative tests.
        item.result_text = _value_text(value)
    elif element == LAB_UNIT:
        item.unit = item.unit or _value_text(value)
    else:
        item.value = _value_text(value)
        if value is not None and (unit := normalise.text(value.get("unit"))) and unit != "1":
            item.unit = unit
        item.reference = item.reference or _reference(observation)
    interpretation = _find(observation, "interpretationCode")
    if interpretation is not None and (code := normalise.text(interpretation.get("code"))):
        item.flag = code


def _reference(observation: ET.Element) -> str:
    """A reference range as text: the range's own text, else 'low~high' of its IVL_PQ value."""
    observation_range = _find(observation, "referenceRange/observationRange")
    if observation_range is None:
        return ""
    if text := _narrative(_find(observation_range, "text")):
        return text
    low = _find(observation_range, "value/low")
    high = _find(observation_range, "value/high")
    low_value = normalise.text(low.get("value")) if low is not None else ""
    high_value = normalise.text(high.get("value")) if high is not None else ""
    if low_value and high_value:
        return f"{low_value}~{high_value}"
    if high_value:
        return f"≤{high_value}"
    return f"≥{low_value}" if low_value else ""
