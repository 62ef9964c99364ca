"""HL7 v2 intake adapter: ADT and ORU messages pushed by the HIS/LIS over MLLP, mapped to our records.

HL7 v2 in brief. A *message* is a list of *segments* separated by CR (some senders use LF or CRLF).
Each segment starts with a three-letter name (MSH, PID, PV1, ...) and holds *fields* separated by
`|`; a field may hold *repetitions* (`~`), a repetition *components* (`^`), a component
*subcomponents* (`&`); `\\` starts an *escape sequence* (`\\F\\` is a literal `|`, ...). MSH-1 and
MSH-2 declare these five characters for the message. Fields are numbered from 1 after the segment
name, so `PID-3` is the third field of the PID segment.

What we read:

- ADT (admission/discharge/transfer) events A01 admit, A02 transfer, A03 discharge, A04 register,
  A08 update: PID (patient) -> `PatientRecord`, NK1 (next of kin) -> contacts, PV1 (patient visit)
  -> `VisitRecord`, DG1 (diagnosis) -> `DiagnosisRecord`, PR1 (procedure) -> operations.
- ADT corrections A11 cancel admit/visit and A13 cancel discharge: PID -> `PatientRecord`, PV1-19
  -> `VisitCancellation` (the rest of their PV1 describes what is being withdrawn and is not read).
- ORU^R01 (unsolicited observation results): OBR (observation request, one lab report) ->
  `LabReportRecord`, OBX (observation, one analyte) -> `LabResultRecord`, SPM (specimen). An OBR
  whose diagnostic service section (OBR-24, HL7 table 0074) is an examination (RAD, CT, US, EC,
  ...) is an imaging/ECG/endoscopy report instead -> `ExamReportRecord`, its text OBX segments
  read as 检查所见 (findings) and 诊断意见 (impression).
- Batches: FHS/BHS ... BTS/FTS (file and batch header/trailer) wrapping several MSH messages.

HL7 field names stop here: nothing outside this module knows what PV1-19 is. A record that cannot
be mapped becomes a `Rejected` with a Chinese reason and the (privacy-masked) segment; a message
that cannot be read at all raises `Hl7ParseError`.

The MLLP server (Minimal Lower Layer Protocol: each message framed as VT ... FS CR over TCP)
answers every message with an ACK: AA accepted, AE accepted with errors, AR rejected.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, Literal

from backend.clock import SHANGHAI, now
from backend.models.choices import DiagnosisKind, DischargeDisposition, HisEntity
from integrations.his import normalise
from integrations.his.base import (
    Batch,
    CancelledEvent,
    ContactRecord,
    DiagnosisRecord,
    ExamReportRecord,
    LabReportRecord,
    LabResultRecord,
    PatientRecord,
    Rejected,
    Skipped,
    VisitCancellation,
    VisitRecord,
)
from integrations.his.normalise import NormaliseError

__all__ = [
    "MAX_MESSAGE_BYTES",
    "AckCode",
    "AckError",
    "Delimiters",
    "Hl7ParseError",
    "MessageHeader",
    "MllpServer",
    "ParsedMessage",
    "Segment",
    "UnsupportedMessageError",
    "build_ack",
    "parse",
    "parse_message",
]

log = logging.getLogger(__name__)

AckCode = Literal["AA", "AE", "AR"]

MAX_MESSAGE_BYTES = 1024 * 1024
# PV1-2 patient classes (HL7 table 0004) that are inpatient stays: I inpatient, plus what a site's
# interface declares (HIS__HL7_INPATIENT_CLASSES: P preadmit and B obstetrics at some sites).
INPATIENT_CLASSES = frozenset({"I"})
PATIENT_CLASSES = {
    "O": "门诊",
    "E": "急诊",
    "P": "预住院",
    "R": "定期复诊",
    "B": "产科",
    "C": "商业",
    "N": "不适用",
    "U": "未知",
}
"""Largest MLLP message we accept; a bigger one is answered AR (and its bytes are discarded)."""

# MLLP framing: start block, end block, carriage return.
VT, FS, CR = b"\x0b", b"\x1c", b"\r"

# ADT events that cancel an earlier one, and what they cancel.
CANCEL_EVENTS: dict[str, CancelledEvent] = {"A11": "admission", "A13": "discharge"}
ADT_EVENTS = ("A01", "A02", "A03", "A04", "A08", *CANCEL_EVENTS)
SUPPORTED = "ADT^A01/A02/A03/A04/A08/A11/A13、ORU^R01"
# OBR-24 diagnostic service sections (HL7 table 0074, and the DICOM modality codes some RIS/PACS
# send there) that make a result an examination report (检查), with the type we show.
EXAM_SECTIONS = {
    "RAD": "放射",
    "RX": "X线",
    "DX": "X线",
    "CR": "X线",
    "XRC": "X线造影",
    "CT": "CT",
    "NMR": "磁共振",
    "MR": "磁共振",
    "NMS": "核医学",
    "US": "超声",
    "RUS": "超声",
    "CUS": "心脏超声",
    "OUS": "产科超声",
    "VUS": "血管超声",
    "EC": "心电图",
    "ECG": "心电图",
    "EN": "神经电生理",
    "CTH": "心导管",
    "PF": "肺功能",
    "ES": "内镜",
    "ENDO": "内镜",
}
# An OBX-3 heading that is the report's impression rather than its findings.
_IMPRESSION = re.compile(r"诊断|结论|印象|意见|提示|impression", re.IGNORECASE)
HEADER_SEGMENTS = frozenset({"MSH", "BHS", "FHS"})

# HL7 table 0357 (message error condition codes), used in ERR-3 of our ACKs.
ERR_SEGMENT_SEQUENCE = "100"
ERR_REQUIRED_FIELD = "101"
ERR_DATA_TYPE = "102"
ERR_TABLE_VALUE = "103"
ERR_UNSUPPORTED_TYPE = "200"
ERR_UNSUPPORTED_EVENT = "201"
ERR_UNSUPPORTED_VERSION = "203"
ERR_UNKNOWN_KEY = "204"
ERR_DUPLICATE_KEY = "205"
ERR_INTERNAL = "207"
_ERROR_TEXT = {
    ERR_SEGMENT_SEQUENCE: "Segment sequence error",
    ERR_REQUIRED_FIELD: "Required field missing",
    ERR_DATA_TYPE: "Data type error",
    ERR_TABLE_VALUE: "Table value not found",
    ERR_UNSUPPORTED_TYPE: "Unsupported message type",
    ERR_UNSUPPORTED_EVENT: "Unsupported event code",
    ERR_UNSUPPORTED_VERSION: "Unsupported version id",
    ERR_UNKNOWN_KEY: "Unknown key identifier",
    ERR_DUPLICATE_KEY: "Duplicate key identifier",
    ERR_INTERNAL: "Application internal error",
}

# HL7 table 0203 identifier types that carry a national (resident) ID number, not a hospital id.
NATIONAL_ID_TYPES = frozenset({"NI", "NNCHN"})
# Identifier types of a hospital's own patient id, best first (PI internal, MR record number, PT external).
PATIENT_ID_TYPES = ("PI", "MR", "PT")
# Identifier types that name a person in another registry (SSN, passport, licence...): never our HIS id.
PERSON_ID_TYPES = NATIONAL_ID_TYPES | {"SS", "SSN", "PPN", "DL", "CF", "NH", "NNUSA"}

# HL7 table 0112 (discharge disposition, US suggested values) codes whose meaning has an RC019
# counterpart; other two-digit codes fall back to normalise.disposition (usually 其他).
HL7_DISPOSITIONS = {
    "01": DischargeDisposition.ORDERED,
    "02": DischargeDisposition.TRANSFERRED,
    "07": DischargeDisposition.AGAINST_ADVICE,
    "20": DischargeDisposition.DEATH,
}

# HL7 table 0211 character sets mapped to Python codecs. GB 18030 is a superset of GBK/GB2312,
# which Chinese HIS often send without declaring anything.
CHARSETS = {
    "UNICODEUTF8": "utf-8",
    "UTF8": "utf-8",
    "UNICODE": "utf-8",
    "GB180302000": "gb18030",
    "GB18030": "gb18030",
    "GBK": "gb18030",
    "GB2312": "gb18030",
    "88591": "latin-1",
}
_CHARSET_NAMES = {"utf-8": "UNICODE UTF-8", "gb18030": "GB 18030-2000", "latin-1": "8859/1"}


class Hl7ParseError(ValueError):
    """A message that cannot be read at all; `reason` is the Chinese text for the AR acknowledgement.

    `header` is what could be read of the MSH (for the ACK), `error_code` an HL7 table 0357 code.
    """

    def __init__(
        self, reason: str, *, header: MessageHeader | None = None, error_code: str = ERR_SEGMENT_SEQUENCE
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.header = header
        self.error_code = error_code


class UnsupportedMessageError(Hl7ParseError):
    """A well-formed message of a type or event we do not take (answered AR, not quarantined)."""


class _Invalid(NormaliseError):
    """A field that cannot be mapped: the Chinese reason, where it is (`PID-7`) and an HL7 error code."""

    def __init__(self, reason: str, location: str, error_code: str = ERR_DATA_TYPE) -> None:
        super().__init__(reason)
        self.location = location
        self.error_code = error_code


# --- syntax -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Delimiters:
    """The five separator characters a message declares in MSH-1 (field) and MSH-2 (the others)."""

    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"

    @classmethod
    def from_header(cls, line: str) -> Delimiters:
        """Read them from an MSH, BHS or FHS line: `MSH|^~\\&|...`."""
        if len(line) < 8:
            raise Hl7ParseError(f"{line[:3]} 段过短，无法读取分隔符")
        separator = line[3]
        encoding = line[4:].split(separator, 1)[0]
        # MSH-2 is four characters (five since v2.7, the fifth being the truncation character).
        chars = encoding[:4]
        if (
            len(encoding) not in (4, 5)
            or len({separator, *chars}) != 5
            or any(c.isalnum() or c.isspace() for c in (separator, *chars))
        ):
            raise Hl7ParseError(f"{line[:3]}-2 编码字符无效：{encoding[:8]}")
        return cls(separator, chars[0], chars[1], chars[2], chars[3])

    @property
    def encoding_characters(self) -> str:
        return self.component + self.repetition + self.escape + self.subcomponent


STANDARD = Delimiters()


@lru_cache(maxsize=8)
def _escape_pattern(escape: str) -> re.Pattern[str]:
    e = re.escape(escape)
    return re.compile(f"{e}([^{e}]*){e}")


def unescape(value: str, d: Delimiters = STANDARD) -> str:
    """Decode HL7 escape sequences (\\F\\ \\S\\ \\T\\ \\R\\ \\E\\, \\.br\\ line break, \\Xhh\\ hex bytes)."""
    if d.escape not in value:
        return value
    known = {"F": d.field, "S": d.component, "T": d.subcomponent, "R": d.repetition, "E": d.escape}
    # Highlighting (\H\ \N\) has no meaning in a database value.
    known |= {".br": "\n", "H": "", "N": ""}

    def decode(match: re.Match[str]) -> str:
        code = match.group(1)
        if code in known:
            return known[code]
        if code[:1] == "X" and len(code) > 1 and len(code) % 2 == 1:
            try:
                return bytes.fromhex(code[1:]).decode("utf-8")
            except ValueError:
                return match.group(0)
        return match.group(0)

    return _escape_pattern(d.escape).sub(decode, value)


def escape(value: str, d: Delimiters = STANDARD) -> str:
    """Encode text for a field (the escape character first, so it is not escaped twice)."""
    e = d.escape
    result = value.replace(e, f"{e}E{e}")
    for char, code in ((d.field, "F"), (d.component, "S"), (d.subcomponent, "T"), (d.repetition, "R")):
        result = result.replace(char, f"{e}{code}{e}")
    # A CR would end the segment; line breaks in our reasons are cosmetic.
    return " ".join(result.splitlines())


@dataclass(frozen=True)
class Segment:
    """One segment. `fields[n]` is field n as received (escaped); for MSH/BHS/FHS `fields[1]` is the
    field separator itself, so the numbering matches the standard (MSH-2 is the encoding characters)."""

    name: str
    fields: tuple[str, ...]
    delimiters: Delimiters
    raw: str

    @classmethod
    def parse(cls, line: str, d: Delimiters) -> Segment:
        parts = line.split(d.field)
        name = parts[0]
        fields = (name, d.field, *parts[1:]) if name in HEADER_SEGMENTS else tuple(parts)
        return cls(name, fields, d, line)

    def field(self, n: int) -> str:
        """Field n as received (escaped); '' when absent."""
        return self.fields[n] if 0 < n < len(self.fields) else ""

    def repetitions(self, n: int) -> list[str]:
        value = self.field(n)
        if not value:
            return []
        if n <= 2 and self.name in HEADER_SEGMENTS:
            return [value]  # the separators themselves are not split
        return value.split(self.delimiters.repetition)

    def get(self, n: int, component: int = 1, subcomponent: int = 1, repetition: int = 0) -> str:
        """One value, unescaped and trimmed; '' when absent or HL7's explicit null `""`."""
        reps = self.repetitions(n)
        if repetition >= len(reps):
            return ""
        components = reps[repetition].split(self.delimiters.component)
        if component > len(components):
            return ""
        subcomponents = components[component - 1].split(self.delimiters.subcomponent)
        if subcomponent > len(subcomponents):
            return ""
        value = unescape(subcomponents[subcomponent - 1], self.delimiters).strip()
        return "" if value == '""' else value

    def components(self, n: int, repetition: int = 0) -> list[str]:
        """All components of one repetition (first subcomponent of each), unescaped and trimmed."""
        reps = self.repetitions(n)
        if repetition >= len(reps):
            return []
        count = len(reps[repetition].split(self.delimiters.component))
        return [self.get(n, c, 1, repetition) for c in range(1, count + 1)]

    def text(self, n: int, repetition: int = 0) -> str:
        """A whole repetition as text, components joined (for free-text fields such as ranges)."""
        return " ".join(c for c in self.components(n, repetition) if c)

    def masked(self) -> str:
        """The raw segment with phones and ID numbers blanked, for the quarantine (privacy rule)."""
        secret: tuple[int, ...] = {"PID": (13, 14, 19), "NK1": (5, 6, 31, 40)}.get(self.name, ())
        if not secret and self.name != "PID":
            return self.raw
        d = self.delimiters
        fields = list(self.fields)
        for n in secret:
            if n < len(fields) and fields[n]:
                fields[n] = "***"
        if self.name == "PID" and len(fields) > 3:
            reps = fields[3].split(d.repetition)
            for i, rep in enumerate(reps):
                parts = rep.split(d.component)
                if len(parts) > 4 and parts[4].strip().upper() in NATIONAL_ID_TYPES:
                    reps[i] = d.component.join(["***", *parts[1:]])
            fields[3] = d.repetition.join(reps)
        return d.field.join(fields)


# --- reading a message --------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageHeader:
    """What an acknowledgement needs from the MSH (or, for a batch, the BHS/FHS).

    Applications and facilities are HD (hierarchic designator) fields kept as received, so the ACK
    can address the sender exactly as it named itself.
    """

    control_id: str
    message_type: str = ""
    trigger: str = ""
    sending_application: str = ""
    sending_facility: str = ""
    receiving_application: str = ""
    receiving_facility: str = ""
    processing_id: str = "P"
    version: str = "2.5"
    encoding: str = "utf-8"
    sent_at: datetime | None = None
    delimiters: Delimiters = STANDARD

    @property
    def label(self) -> str:
        return f"{self.message_type}^{self.trigger}" if self.trigger else self.message_type

    @classmethod
    def from_segment(cls, segment: Segment, encoding: str) -> MessageHeader:
        """From MSH, BHS or FHS (the batch headers put applications and the control id elsewhere)."""
        s = segment
        if s.name == "MSH":
            sent_at = None
            with contextlib.suppress(NormaliseError):
                sent_at = _moment(s, 7, "消息时间")
            return cls(
                control_id=s.get(10),
                message_type=s.get(9, 1).upper(),
                trigger=s.get(9, 2).upper(),
                sending_application=s.field(3),
                sending_facility=s.field(4),
                receiving_application=s.field(5),
                receiving_facility=s.field(6),
                processing_id=s.get(11) or "P",
                version=s.get(12) or "2.5",
                encoding=encoding,
                sent_at=sent_at,
                delimiters=s.delimiters,
            )
        # BHS/FHS: 3-6 applications and facilities, 11 the batch/file control id.
        return cls(
            control_id=s.get(11),
            message_type="",
            sending_application=s.field(3),
            sending_facility=s.field(4),
            receiving_application=s.field(5),
            receiving_facility=s.field(6),
            encoding=encoding,
            delimiters=s.delimiters,
        )


@dataclass
class ParsedMessage:
    """A parsed MLLP payload: the header to acknowledge, the records, and how many messages it held."""

    header: MessageHeader
    batch: Batch
    messages: int = 1


def _declared_charset(raw: bytes) -> str | None:
    """The codec MSH-18 asks for, read from the bytes before decoding (HL7 table 0211)."""
    match = re.search(rb"(?:^|[\r\n])MSH(.)", raw)
    if not match:
        return None
    line = raw[match.start() :].lstrip(b"\r\n").split(b"\r", 1)[0].split(b"\n", 1)[0]
    parts = line.split(match.group(1))
    if len(parts) <= 17:
        return None
    declared = parts[17].split(b"~", 1)[0].split(b"^", 1)[0].decode("ascii", "ignore")
    return CHARSETS.get(re.sub(r"[^A-Z0-9]", "", declared.upper()))


def _decode(raw: bytes | str) -> tuple[str, str]:
    """Text and the codec used: a BOM means UTF-8, else MSH-18, else UTF-8 then GB 18030."""
    if isinstance(raw, str):
        return raw.removeprefix("\ufeff"), "utf-8"
    if raw.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8"]
        raw = raw[3:]
    else:
        declared = _declared_charset(raw)
        # Declared UTF-8 that is really GBK is common enough to try GB 18030 second.
        candidates = [declared] if declared and declared != "utf-8" else ["utf-8", "gb18030"]
    for codec in candidates:
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise Hl7ParseError(f"消息编码无法识别（尝试了 {'、'.join(candidates)}）", error_code=ERR_DATA_TYPE)


# CR is HL7's segment terminator; CRLF and LF are accepted too. A LF counts as a separator only when a
# segment name follows, so a stray line break inside a free-text value does not split the segment.
_SEGMENT_BREAK = re.compile(r"\r\n?|\n(?=[A-Z][A-Z0-9]{2}[|])")
_SEGMENT_NAME = re.compile(r"[A-Z][A-Z0-9]{2}")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in _SEGMENT_BREAK.split(text) if line.strip()]


def _peek_header(text: str, encoding: str = "utf-8") -> MessageHeader | None:
    """Best-effort MSH of an unreadable message, so that even the AR names the right control id."""
    for line in _lines(text)[:5]:
        if line.startswith("MSH") and len(line) > 8:
            with contextlib.suppress(Hl7ParseError, IndexError):
                return MessageHeader.from_segment(Segment.parse(line, Delimiters.from_header(line)), encoding)
    return None


def parse(raw: bytes | str, *, inpatient_classes: frozenset[str] = INPATIENT_CLASSES) -> ParsedMessage:
    """Read one message, or one FHS/BHS batch of messages, into records.

    Raises `Hl7ParseError` (or `UnsupportedMessageError`) when a single message cannot be read or is
    of a type we do not take. Inside a batch such a message becomes a `Rejected` of entity `message`
    instead, so one bad message does not hold back the others.
    """
    text, encoding = _decode(raw)
    lines = _lines(text)
    if not lines:
        raise Hl7ParseError("消息为空", error_code=ERR_REQUIRED_FIELD)
    if lines[0][:3] not in HEADER_SEGMENTS:
        raise Hl7ParseError("不是 HL7 v2 消息：第一段应为 MSH（或批次头 FHS/BHS）")
    batched = lines[0][:3] in ("FHS", "BHS")

    envelope: MessageHeader | None = None  # the FHS/BHS of a batch
    messages: list[list[Segment]] = []
    broken: dict[int, str] = {}  # message index -> why it cannot be read (batches only)
    trailers: list[tuple[Segment, int]] = []  # (BTS/FTS, how many it should count)
    batch_start, batch_count = 0, 0
    d = STANDARD
    for number, line in enumerate(lines, start=1):
        name = line[:3]
        problem = ""
        if name in HEADER_SEGMENTS:
            try:
                d = Delimiters.from_header(line)
            except Hl7ParseError as exc:
                problem = exc.reason
        elif not _SEGMENT_NAME.fullmatch(name) or (len(line) > 3 and line[3] != d.field):
            problem = f"第 {number} 段不是合法的 HL7 段：{line[:12]!r}"
        if problem and not batched:
            raise Hl7ParseError(problem, header=_peek_header(text, encoding))
        if problem and name != "MSH" and not messages:
            raise Hl7ParseError(problem, header=envelope)
        if problem:
            if name == "MSH":
                messages.append([Segment(name, (name,), d, line)])
            broken.setdefault(len(messages) - 1, problem)
            continue
        segment = Segment.parse(line, d)
        if name in ("FHS", "BHS"):
            envelope = envelope or MessageHeader.from_segment(segment, encoding)
            if name == "BHS":
                batch_start, batch_count = len(messages), batch_count + 1
        elif name == "BTS":
            trailers.append((segment, len(messages) - batch_start))
        elif name == "FTS":
            trailers.append((segment, batch_count))
        elif name == "MSH":
            messages.append([segment])
        elif not messages:
            raise Hl7ParseError(f"{name} 段出现在 MSH 之前", header=envelope or _peek_header(text, encoding))
        else:
            messages[-1].append(segment)

    if not messages:
        raise Hl7ParseError("批次中没有任何消息（MSH）", header=envelope, error_code=ERR_REQUIRED_FIELD)

    if not batched and len(messages) == 1:
        header = MessageHeader.from_segment(messages[0][0], encoding)
        try:
            return ParsedMessage(header, _map_message(messages[0], header, inpatient_classes), 1)
        except Hl7ParseError as exc:
            exc.header = exc.header or header
            raise

    # A batch (or several messages in one payload): each message stands alone.
    first = MessageHeader.from_segment(messages[0][0], encoding) if 0 not in broken else None
    header = envelope or first or MessageHeader(control_id="")
    if not header.control_id and first is not None:
        header = replace(header, control_id=first.control_id)
    batch = Batch()
    for index, segments in enumerate(messages):
        inner = MessageHeader(control_id="")
        try:
            if index in broken:
                raise Hl7ParseError(broken[index])
            inner = MessageHeader.from_segment(segments[0], encoding)
            batch.extend(_map_message(segments, inner, inpatient_classes))
        except Hl7ParseError as exc:
            batch.rejected.append(
                Rejected(
                    "message",
                    inner.control_id or f"{header.control_id}#{index + 1}",
                    exc.reason,
                    {
                        "segment": "\r".join(s.masked() for s in segments),
                        "message_control_id": inner.control_id,
                        "message_type": inner.label,
                        "location": "MSH",
                        "error_code": exc.error_code,
                    },
                )
            )
    for trailer, actual in trailers:
        declared = trailer.get(1)
        # BTS-1 counts the messages of its batch, FTS-1 the batches of the file.
        if declared.isdigit() and int(declared) != actual and not (trailer.name == "FTS" and batch_count == 0):
            what = "批次消息" if trailer.name == "BTS" else "文件批次"
            batch.rejected.append(
                Rejected(
                    "batch",
                    header.control_id or "batch",
                    f"{trailer.name} 声明{what}数 {declared}，实际 {actual}，可能有消息丢失",
                    {
                        "segment": trailer.raw,
                        "message_control_id": header.control_id,
                        "location": f"{trailer.name}-1",
                        "error_code": ERR_SEGMENT_SEQUENCE,
                    },
                )
            )
    return ParsedMessage(header, batch, len(messages))


def parse_message(raw: bytes | str, *, inpatient_classes: frozenset[str] = INPATIENT_CLASSES) -> Batch:
    """Read one HL7 v2 message (or FHS/BHS batch) into a `Batch`; see `parse`."""
    return parse(raw, inpatient_classes=inpatient_classes).batch


# --- values -------------------------------------------------------------------------------------

_DTM = re.compile(r"(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4}))?([+-]\d{4})?")


def _stamp(segment: Segment, n: int, label: str, component: int = 1) -> datetime | None:
    """An HL7 DTM/TS (YYYYMMDD[HH[MM[SS[.S]]]][+ZZZZ]) as written, tz-aware; None for empty or sentinel.

    Without an offset the time is local (Asia/Shanghai), like every HIS time.
    """
    raw = normalise.text(segment.get(n, component))
    if not raw:
        return None
    location = f"{segment.name}-{n}"
    match = _DTM.fullmatch(raw)
    if not match:
        raise _Invalid(f"{label}格式无法识别：{raw}", location)
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    if day is None:
        raise _Invalid(f"{label}不完整（至少需要年月日）：{raw}", location)
    try:
        zone: tzinfo = SHANGHAI
        if offset:
            delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
            zone = timezone(-delta if offset[0] == "-" else delta)
        stamp = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0").ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError as exc:
        raise _Invalid(f"{label}格式无法识别：{raw}", location) from exc
    # normalise.moment drops the sentinel dates HIS use for "unknown" and "not yet" (3000-01-01).
    return normalise.as_written(stamp, label, SHANGHAI)


def _moment(segment: Segment, n: int, label: str, component: int = 1) -> datetime | None:
    stamp = _stamp(segment, n, label, component)
    return stamp.astimezone(SHANGHAI) if stamp else None


def _readable_moments(segments: Sequence[Segment], n: int, label: str) -> list[datetime]:
    """A field's times over several segments; one that cannot be read is passed over (a fallback
    for a report's date must not cost the report)."""
    found = []
    for segment in segments:
        with contextlib.suppress(NormaliseError):
            if moment := _moment(segment, n, label):
                found.append(moment)
    return found


def _first_moment(segments: Sequence[Segment], n: int, label: str) -> datetime | None:
    return min(_readable_moments(segments, n, label), default=None)


def _last_moment(segments: Sequence[Segment], n: int, label: str) -> datetime | None:
    return max(_readable_moments(segments, n, label), default=None)


def _day(segment: Segment, n: int, label: str) -> date | None:
    # A birth date is the calendar date as written, whatever offset came with it.
    stamp = _stamp(segment, n, label)
    return stamp.date() if stamp else None


def _coded(segment: Segment, n: int, repetition: int = 0) -> tuple[str, str]:
    """(code, text) of a CE/CWE coded value (identifier ^ text ^ coding system)."""
    return normalise.text(segment.get(n, 1, 1, repetition)), normalise.text(segment.get(n, 2, 1, repetition))


def _is_cjk(value: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in value)


def _person_name(parts: Sequence[str]) -> str:
    """A person's name from family, given and middle names: 张三 (no space) or 'DUCK DONALD D'."""
    cleaned = [p for p in (normalise.text(p) for p in parts) if p]
    return ("" if all(_is_cjk(p) for p in cleaned) else " ").join(cleaned)


def _xpn(segment: Segment, n: int) -> str:
    """XPN (person name): family name (its first subcomponent) ^ given name ^ further given names."""
    return _person_name([segment.get(n, 1), segment.get(n, 2), segment.get(n, 3)])


def _xcn(segment: Segment, n: int) -> str:
    """XCN (a staff member): id ^ family ^ given ^ further given; the name only."""
    return _person_name([segment.get(n, 2), segment.get(n, 3), segment.get(n, 4)])


def _xtn(segment: Segment, n: int) -> str | None:
    """The phones of XTN repetitions, a mobile (equipment type CP) first; email, fax and pager skipped.

    XTN: 1 number (older versions) ^ 2 use ^ 3 equipment type ^ 4 email ^ 5 country ^ 6 area ^
    7 local number ^ ... ^ 12 unformatted number.
    """
    candidates: list[tuple[bool, str]] = []
    for rep in range(len(segment.repetitions(n))):
        equipment = segment.get(n, 3, 1, rep).upper()
        if equipment in ("INTERNET", "X.400", "FX", "BP"):
            continue
        area, local, extension = (segment.get(n, c, 1, rep) for c in (6, 7, 8))
        number = (
            segment.get(n, 1, 1, rep)
            or segment.get(n, 12, 1, rep)
            or (f"{area}-{local}" if area else local) + (f"转{extension}" if local and extension else "")
        )
        value = normalise.phone(number)
        if value:
            candidates.append((equipment == "CP", value))
    candidates.sort(key=lambda c: not c[0])  # stable: mobiles first, otherwise as sent
    # every number is kept: intake reads the field's numbers one by one (backend.phones)
    return "/".join(dict.fromkeys(c[1] for c in candidates)) or None


def _xad(segment: Segment, n: int) -> str:
    """XAD (address): street (SAD subcomponents) ^ other ^ city ^ province ^ zip ^ country ^ ... ^ 9 county.

    Chinese addresses read from the largest unit down (省市县 then street), others the other way.
    """
    reps = segment.repetitions(n)
    if not reps:
        return ""
    d = segment.delimiters
    components = reps[0].split(d.component)
    street_parts = components[0].split(d.subcomponent) if components else []
    street = " ".join(p for p in (normalise.text(unescape(s, d)) for s in street_parts) if p)
    other, city, province, postcode, _country = (segment.get(n, c) for c in range(2, 7))
    county = segment.get(n, 9)
    if _is_cjk(street + other + city + province + county):
        return "".join(normalise.text(p) for p in (province, city, county, street.replace(" ", ""), other))
    return ", ".join(p for p in (normalise.text(x) for x in (street, other, city, province, postcode)) if p)


def _disposition(segment: Segment, n: int) -> DischargeDisposition | None:
    """PV1-36: RC019 codes and names (1 医嘱离院 ... 5 死亡), or HL7 table 0112 codes (20 = expired)."""
    code, text = _coded(segment, n)
    if code in HL7_DISPOSITIONS:
        return HL7_DISPOSITIONS[code]
    return normalise.disposition(code or text)


_TCM_SYSTEMS = frozenset({"TCM", "TCMD", "ZY", "ZYJB", "GBT15657", "GB15657"})
_TCM_SYNDROME_SYSTEMS = frozenset({"TCMS", "ZYZH", "ZH"})


def _diagnosis_kind(code: str, system: str) -> DiagnosisKind:
    """Western (ICD-10) unless the coding system or the code's shape says TCM (GB/T 15657).

    GB/T 15657-1995 codes: diseases 'BN..' (BNG080 中风病), syndromes 'Z' + letters (ZBMV 风痰证);
    ICD-10 Z codes are Z + digits, so they stay western.
    """
    key = re.sub(r"[^A-Z0-9]", "", system.upper())
    if key in _TCM_SYNDROME_SYSTEMS:
        return DiagnosisKind.TCM_SYNDROME
    tcm = key in _TCM_SYSTEMS or "15657" in key
    if re.match(r"Z[A-Z]", code.upper()):
        return DiagnosisKind.TCM_SYNDROME
    if tcm or re.match(r"BN[A-Z]", code.upper()):
        return DiagnosisKind.TCM_DISEASE
    return DiagnosisKind.WESTERN


# --- mapping ------------------------------------------------------------------------------------


class _Mapper:
    """Maps the segments of one message; collects records and rejections in `batch`."""

    def __init__(
        self, segments: list[Segment], header: MessageHeader, inpatient_classes: frozenset[str] = INPATIENT_CLASSES
    ) -> None:
        self.segments = segments
        self.header = header
        self.inpatient_classes = inpatient_classes
        self.batch = Batch(watermark=header.sent_at)
        evn = next((s for s in segments if s.name == "EVN"), None)
        self.evn = evn
        self.recorded_at = self._quiet_moment(evn, 2)
        self.occurred_at = self._quiet_moment(evn, 6)

    @staticmethod
    def _quiet_moment(segment: Segment | None, n: int) -> datetime | None:
        # EVN times are only fallbacks: an unreadable one is ignored, not a reason to reject.
        if segment is None:
            return None
        try:
            return _moment(segment, n, "事件时间")
        except NormaliseError:
            return None

    @property
    def control_id(self) -> str:
        return self.header.control_id

    def reject(self, entity: str, external_id: str, error: NormaliseError, segments: Sequence[Segment]) -> None:
        location = getattr(error, "location", segments[0].name if segments else "")
        self.batch.rejected.append(
            Rejected(
                entity,
                external_id,
                str(error),
                {
                    "segment": "\r".join(s.masked() for s in segments),
                    "message_control_id": self.control_id,
                    "message_type": self.header.label,
                    "location": location,
                    "error_code": getattr(error, "error_code", ERR_DATA_TYPE),
                },
            )
        )

    # patients

    @staticmethod
    def patient_id(pid: Segment) -> str:
        """PID-3 (patient identifier list, CX: id ^ check digit ^ scheme ^ authority ^ 5 type).

        The HIS's own id: type PI, else MR, else PT, else the first id that is not a person's
        registry number (SSN, national ID, passport). With its assigning authority (PID-3.4, its
        namespace or universal id) as `id^authority`: two feeds numbering patients independently
        give two patients, never one (intake matches on both, `intake.split_key`).
        """
        ids: list[tuple[str, str]] = []
        for rep in range(len(pid.repetitions(3))):
            value = normalise.text(pid.get(3, 1, 1, rep))
            if value:
                authority = normalise.text(pid.get(3, 4, 1, rep)) or normalise.text(pid.get(3, 4, 2, rep))
                ids.append((pid.get(3, 5, 1, rep).upper(), f"{value}^{authority}" if authority else value))
        for wanted in PATIENT_ID_TYPES:
            for kind, value in ids:
                if kind == wanted:
                    return value
        for kind, value in ids:
            if kind not in PERSON_ID_TYPES:
                return value
        raise _Invalid("缺少患者标识（PID-3）", "PID-3", ERR_REQUIRED_FIELD)

    @staticmethod
    def id_number(pid: Segment) -> str | None:
        """The resident ID number: PID-3 typed NI/NNCHN, else PID-19 when it has the 18-character shape.

        PID-19 is the US SSN field; Chinese interfaces reuse it for 身份证号. A value of another
        shape (a foreign SSN) is not a resident ID and is not kept.
        """
        candidates = [
            ("PID-3", pid.get(3, 1, 1, rep))
            for rep in range(len(pid.repetitions(3)))
            if pid.get(3, 5, 1, rep).upper() in NATIONAL_ID_TYPES
        ]
        pid19 = normalise.text(pid.get(19))
        if re.fullmatch(r"\d{17}[\dXx]", pid19):
            candidates.append(("PID-19", pid19))
        for location, value in candidates:
            try:
                result = normalise.id_number(value)
            except NormaliseError as exc:
                raise _Invalid(str(exc), location) from exc
            if result:
                return result
        return None

    def contacts(self, nk1s: Sequence[Segment]) -> tuple[ContactRecord, ...]:
        """NK1 (next of kin): 2 name, 3 relationship, 5 home phone, 6 business phone."""
        result = []
        for nk1 in nk1s:
            phone = _xtn(nk1, 5) or _xtn(nk1, 6)
            if phone:  # a contact without a phone is no use for follow-up
                code, text = _coded(nk1, 3)
                result.append(ContactRecord(name=_xpn(nk1, 2), relation=text or code, phone=phone))
        return tuple(result)

    def patient(self, pid: Segment, nk1s: Sequence[Segment]) -> PatientRecord:
        """PID: 3 ids, 5 name, 7 birth date, 8 sex, 11 address, 13/14 phones, 19 ID number,
        29 death time, 30 death indicator, 33 last update."""
        his_id = self.patient_id(pid)
        name = _xpn(pid, 5)
        if not name:
            raise _Invalid("缺少患者姓名（PID-5）", "PID-5", ERR_REQUIRED_FIELD)
        try:
            birth = normalise.check_birth_date(_day(pid, 7, "出生日期"))
        except NormaliseError as exc:
            raise _Invalid(str(exc), "PID-7") from exc
        deceased_at = _moment(pid, 29, "死亡时间")
        indicator = pid.get(30).upper()
        if indicator == "N" and deceased_at:
            raise _Invalid("死亡标志为 N 却填写了死亡时间（PID-29/PID-30）", "PID-30")
        if indicator == "Y" and deceased_at is None:
            # A death without its time must still stop every call: the event time is the latest it can be.
            deceased_at = self.occurred_at or self.recorded_at or self.header.sent_at
            if deceased_at is None:
                raise _Invalid("死亡标志为 Y 但缺少死亡时间（PID-29）", "PID-29", ERR_REQUIRED_FIELD)
        return PatientRecord(
            his_id=his_id,
            name=name,
            gender=normalise.gender(pid.get(8)),
            birth_date=birth,
            id_number=self.id_number(pid),
            phone=_xtn(pid, 13) or _xtn(pid, 14),
            contacts=self.contacts(nk1s),
            address=_xad(pid, 11),
            deceased_at=deceased_at,
            updated_at=_moment(pid, 33, "更新时间") or self.recorded_at or self.header.sent_at,
        )

    def add_patient(self, pid: Segment, nk1s: Sequence[Segment]) -> str | None:
        """Map a PID; the patient id for the records that follow (None when PID-3 is missing)."""
        try:
            self.batch.patients.append(self.patient(pid, nk1s))
        except NormaliseError as exc:
            try:
                external = self.patient_id(pid)
            except NormaliseError:
                external = f"{self.control_id}/PID"
            self.reject("patient", external, exc, [pid])
        try:
            return self.patient_id(pid)
        except NormaliseError:
            return None

    # visits

    def diagnoses(self, visit_id: str, dg1s: Sequence[Segment]) -> tuple[DiagnosisRecord, ...]:
        """DG1: 1 set id, 3 code ^ name ^ coding system, 4 description, 6 type (A admitting,
        W working, F final), 15 priority (1 = principal).

        When final diagnoses are present the admitting and working ones are superseded by them.
        """
        if any(d.get(6).upper() == "F" for d in dg1s):
            dg1s = [d for d in dg1s if d.get(6).upper() == "F"]
        has_priority = any(d.get(15) for d in dg1s)
        result: list[DiagnosisRecord] = []
        seen: set[tuple[DiagnosisKind, int]] = set()
        for index, dg1 in enumerate(dg1s, start=1):
            code, text = _coded(dg1, 3)
            name = text or normalise.text(dg1.get(4)) or code
            set_id = dg1.get(1)
            seq = int(set_id) if set_id.isdigit() else index
            if not name:
                self.reject(
                    "diagnosis",
                    f"{visit_id}/{seq}",
                    _Invalid("诊断名称和编码均为空（DG1-3/DG1-4）", "DG1-3", ERR_REQUIRED_FIELD),
                    [dg1],
                )
                continue
            kind = _diagnosis_kind(code, dg1.get(3, 3) or dg1.get(2))
            if (kind, seq) in seen:  # repeated set ids: keep each diagnosis, numbered by position
                seq = index
            seen.add((kind, seq))
            # Without priorities, senders list the principal diagnosis first.
            is_main = dg1.get(15) == "1" if has_priority else not result
            result.append(DiagnosisRecord(kind=kind, seq=seq, name=name, code=code, is_main=is_main))
        return tuple(result)

    @staticmethod
    def operations(pr1s: Sequence[Segment]) -> tuple[dict[str, Any], ...]:
        """PR1 (procedure): 1 set id, 3 code ^ name, 4 description, 5 date/time performed."""
        result = []
        for index, pr1 in enumerate(pr1s, start=1):
            code, text = _coded(pr1, 3)
            performed = _moment(pr1, 5, "手术时间")
            result.append(
                {
                    "seq": int(pr1.get(1)) if pr1.get(1).isdigit() else index,
                    "code": code,
                    "name": text or normalise.text(pr1.get(4)) or code,
                    "performed_at": performed.isoformat() if performed else None,
                }
            )
        return tuple(result)

    def visit(
        self, pv1: Segment, patient_id: str | None, dg1s: Sequence[Segment], pr1s: Sequence[Segment]
    ) -> VisitRecord:
        """PV1: 3 location (point of care ^ room ^ bed), 7 attending doctor, 10 hospital service,
        19 visit number, 36 discharge disposition, 44 admit time, 45 discharge time.

        The department (科室) is PV1-10, else the point of care; the ward (病区) is the point of care
        (HL7's nursing unit).
        """
        visit_id = normalise.text(pv1.get(19))
        if not visit_id:
            raise _Invalid("缺少就诊号（PV1-19）", "PV1-19", ERR_REQUIRED_FIELD)
        if patient_id is None:
            raise _Invalid("缺少患者标识（PID-3），就诊无法关联患者", "PID-3", ERR_REQUIRED_FIELD)
        point_of_care = normalise.text(pv1.get(3, 1))
        department = normalise.text(pv1.get(10)) or point_of_care
        if not department:
            raise _Invalid("缺少科室（PV1-10 或 PV1-3）", "PV1-3", ERR_REQUIRED_FIELD)
        event = self.header.trigger
        admitted = _moment(pv1, 44, "入院时间")
        if admitted is None and event == "A01":
            admitted = self.occurred_at or self.recorded_at  # the admit event is the admission
        if admitted is None:
            raise _Invalid("缺少入院时间（PV1-44）", "PV1-44", ERR_REQUIRED_FIELD)
        discharged = _moment(pv1, 45, "出院时间")
        if discharged is None and event == "A03":
            # A03 is the discharge itself: without PV1-45 the event time is the discharge time.
            discharged = self.occurred_at or self.recorded_at
            if discharged is None:
                raise _Invalid("出院消息缺少出院时间（PV1-45）", "PV1-45", ERR_REQUIRED_FIELD)
        return VisitRecord(
            his_visit_id=visit_id,
            his_patient_id=patient_id,
            department_code=department,
            ward_code=point_of_care or None,
            admitted_at=admitted,
            discharged_at=discharged,
            bed_no=normalise.text(pv1.get(3, 3)),
            attending_name=_xcn(pv1, 7),
            # 离院方式 belongs to a discharge; senders fill PV1-36 with other things before it.
            disposition=_disposition(pv1, 36) if discharged else None,
            diagnoses=self.diagnoses(visit_id, dg1s),
            operations=self.operations(pr1s),
            updated_at=self.recorded_at or self.header.sent_at,
        )

    def not_a_stay(self, pv1: Segment) -> bool:
        """True (and the visit skipped or rejected with its reason) unless PV1-2 names an inpatient
        class: an outpatient or emergency visit must not become a stay with follow-up tasks."""
        visit_id = normalise.text(pv1.get(19)) or f"{self.control_id}/PV1"
        patient_class = normalise.text(pv1.get(2)).upper()
        if not patient_class:
            error = _Invalid("缺少患者类别（PV1-2），无法判断是否为住院", "PV1-2", ERR_REQUIRED_FIELD)
            self.reject("visit", visit_id, error, [pv1])
            return True
        if patient_class in self.inpatient_classes:
            return False
        kind = PATIENT_CLASSES.get(patient_class, "非住院")
        reason = f"{kind}就诊（PV1-2={patient_class}）不是住院，未建立住院记录"
        self.batch.skipped.append(Skipped("visit", visit_id, reason))
        return True

    def cancellation(self) -> Batch:
        """ADT A11 (cancel admit/visit) and A13 (cancel discharge): the patient and the stay withdrawn.

        Their PV1 still describes what is being withdrawn (an A13 repeats the discharge time in
        PV1-45 and the disposition in PV1-36), so only PV1-19 is read: mapping the PV1 as a visit
        would discharge the patient again. The patient (PID) is mapped as in every ADT message.
        """
        event = CANCEL_EVENTS[self.header.trigger]
        entity = f"cancel_{event}"
        pid = next((s for s in self.segments if s.name == "PID"), None)
        if pid is None:
            raise Hl7ParseError(f"{self.header.label} 消息缺少 PID 段", error_code=ERR_SEGMENT_SEQUENCE)
        patient_id = self.add_patient(pid, [s for s in self.segments if s.name == "NK1"])
        pv1 = next((s for s in self.segments if s.name == "PV1"), None)
        visit_id = normalise.text(pv1.get(19)) if pv1 is not None else ""
        if pv1 is not None and normalise.text(pv1.get(2)) and self.not_a_stay(pv1):
            return self.batch  # withdrawing an outpatient visit: we never kept it
        what = "入院" if event == "admission" else "出院"
        try:
            if pv1 is None:
                raise _Invalid(f"撤销{what}消息缺少 PV1 段，无法确定撤销哪次就诊", "PV1", ERR_SEGMENT_SEQUENCE)
            if not visit_id:
                raise _Invalid(f"撤销{what}消息缺少就诊号（PV1-19）", "PV1-19", ERR_REQUIRED_FIELD)
            if patient_id is None:
                raise _Invalid("缺少患者标识（PID-3），无法核对就诊所属患者", "PID-3", ERR_REQUIRED_FIELD)
        except NormaliseError as exc:
            self.reject(entity, visit_id or f"{self.control_id}/PV1", exc, [s for s in (pid, pv1) if s is not None])
            return self.batch
        assert patient_id is not None
        self.batch.cancellations.append(
            VisitCancellation(
                his_visit_id=visit_id,
                his_patient_id=patient_id,
                event=event,
                updated_at=self.recorded_at or self.header.sent_at,
            )
        )
        return self.batch

    def adt(self) -> Batch:
        """ADT A01/A02/A03/A04/A08: one patient, at most one visit with its diagnoses and procedures."""
        pid = next((s for s in self.segments if s.name == "PID"), None)
        if pid is None:
            raise Hl7ParseError(f"{self.header.label} 消息缺少 PID 段", error_code=ERR_SEGMENT_SEQUENCE)
        nk1s = [s for s in self.segments if s.name == "NK1"]
        patient_id = self.add_patient(pid, nk1s)
        pv1 = next((s for s in self.segments if s.name == "PV1"), None)
        dg1s = [s for s in self.segments if s.name == "DG1"]
        pr1s = [s for s in self.segments if s.name == "PR1"]
        if pv1 is None:
            for dg1 in dg1s:
                self.reject(
                    "diagnosis",
                    f"{self.control_id}/DG1-{dg1.get(1)}",
                    _Invalid("诊断没有所属就诊（消息缺少 PV1 段）", "PV1", ERR_SEGMENT_SEQUENCE),
                    [dg1],
                )
            return self.batch
        if self.not_a_stay(pv1):
            return self.batch
        try:
            self.batch.visits.append(self.visit(pv1, patient_id, dg1s, pr1s))
        except NormaliseError as exc:
            external = normalise.text(pv1.get(19)) or f"{self.control_id}/PV1"
            self.reject("visit", external, exc, [pv1, *dg1s, *pr1s])
        return self.batch

    # lab results

    @staticmethod
    def obx_value(obx: Segment) -> str:
        """OBX-5 as text, read by the value type in OBX-2.

        SN (structured numeric: comparator ^ number ^ separator ^ number) -> '<5', '10-20', '1:128';
        coded types -> the text (else the code); RP (reference pointer) -> the pointer; others -> the
        components as written. Repetitions are joined by '; '.
        """
        kind = obx.get(2).upper()
        if kind == "ED":
            raise _Invalid("不支持封装数据结果（OBX-2 = ED，如 PDF 报告）", "OBX-2", ERR_TABLE_VALUE)
        values = []
        for rep in range(len(obx.repetitions(5))):
            parts = obx.components(5, rep)
            if kind == "SN":
                value = "".join(parts[:4])
            elif kind in ("CE", "CWE", "CNE", "CF", "CV"):
                value = (parts[1] if len(parts) > 1 and parts[1] else "") or (parts[0] if parts else "")
            elif kind == "RP":
                value = parts[0] if parts else ""
            else:
                value = " ".join(p for p in parts if p)
            if value:
                values.append(value)
        return "; ".join(values)

    def lab_result(self, obx: Segment, item_no: int) -> LabResultRecord:
        """OBX: 2 value type, 3 item code ^ name, 5 value, 6 units, 7 reference range, 8 abnormal flags."""
        code, text = _coded(obx, 3)
        if not (code or text):
            raise _Invalid("检验项目为空（OBX-3）", "OBX-3", ERR_REQUIRED_FIELD)
        unit_code, unit_text = _coded(obx, 6)
        flags = [obx.get(8, 1, 1, rep) for rep in range(len(obx.repetitions(8)))]
        return LabResultRecord(
            item_no=item_no,
            name=text or code,
            value_raw=self.obx_value(obx),
            code=code,
            unit=unit_code or unit_text,
            reference_raw=obx.text(7),
            flag_raw=next((f for f in flags if f), ""),
        )

    def lab_report(self, group: Sequence[Segment], patient_id: str | None, visit_id: str | None) -> LabReportRecord:
        """OBR: 2 placer order number, 3 filler order number (the LIS report id), 4 test ^ name,
        6 requested time, 7 collection time, 15 specimen source, 22 report time; OBX-14 observation
        and OBX-19 analysis times when the OBR has none; SPM-4 specimen type. No results yet."""
        obr = group[0]
        report_id = normalise.text(obr.get(3)) or normalise.text(obr.get(2))
        if not report_id:
            raise _Invalid("缺少报告单号（OBR-3/OBR-2）", "OBR-3", ERR_REQUIRED_FIELD)
        if patient_id is None:
            raise _Invalid("检验报告缺少患者（之前没有带 PID-3 的 PID 段）", "PID-3", ERR_REQUIRED_FIELD)
        code, text = _coded(obr, 4)
        spm = next((s for s in group if s.name == "SPM"), None)
        # SPM-4 (specimen type) is where v2.5+ put it; OBR-15 (specimen source) is the older place.
        specimen_code, specimen_text = _coded(spm, 4) if spm else ("", "")
        obr15 = normalise.text(obr.get(15, 1, 2)) or normalise.text(obr.get(15, 1, 1))
        obxs = [s for s in group if s.name == "OBX"]
        return LabReportRecord(
            his_report_id=report_id,
            his_patient_id=patient_id,
            name=text or code or "检验",
            results=(),
            his_visit_id=visit_id,
            specimen=specimen_text or specimen_code or obr15,
            # many LIS leave OBR-6 (requested, deprecated) empty and send the collection time in
            # OBR-7, or only each result's observation time in OBX-14
            requested_at=_moment(obr, 6, "申请时间")
            or _moment(obr, 7, "采样时间")
            or _first_moment(obxs, 14, "检验时间"),
            reported_at=_moment(obr, 22, "报告时间") or _last_moment(obxs, 19, "分析时间"),
        )

    def exam_report(self, group: Sequence[Segment], patient_id: str | None, visit_id: str | None) -> ExamReportRecord:
        """OBR of an examination: 3/2 report id, 4 item, 15 body site, 22 report time, 24 section,
        32 principal result interpreter; each OBX text under its OBX-3 heading, the impression
        (…&IMP, 19005-8, 诊断/结论/印象/意见) as the conclusion and the rest as findings."""
        obr = group[0]
        report_id = normalise.text(obr.get(3)) or normalise.text(obr.get(2))
        if not report_id:
            raise _Invalid("缺少报告单号（OBR-3/OBR-2）", "OBR-3", ERR_REQUIRED_FIELD)
        if patient_id is None:
            raise _Invalid("检查报告缺少患者（之前没有带 PID-3 的 PID 段）", "PID-3", ERR_REQUIRED_FIELD)
        code, text = _coded(obr, 4)
        findings: list[str] = []
        conclusion: list[str] = []
        for obx in (s for s in group if s.name == "OBX"):
            value = self.obx_value(obx).strip()
            if not value:
                continue
            heading_code, heading = _coded(obx, 3)
            is_impression = heading_code.upper().endswith(("&IMP", "IMP")) or heading_code == "19005-8"
            (conclusion if is_impression or _IMPRESSION.search(heading) else findings).append(value)
        section = obr.get(24).upper()
        # OBR-32 is a name with its parts as subcomponents: id & family & given
        interpreter = [obr.get(32, 1, n) for n in (2, 3)]
        return ExamReportRecord(
            his_report_id=report_id,
            his_patient_id=patient_id,
            item_name=text or code or EXAM_SECTIONS[section],
            his_visit_id=visit_id,
            exam_type=EXAM_SECTIONS[section],
            body_part=normalise.text(obr.get(15, 4, 2)) or normalise.text(obr.get(15, 4, 1)),
            findings="\n".join(findings),
            conclusion="\n".join(conclusion),
            reported_at=_moment(obr, 22, "报告时间") or _last_moment(list(group[1:]), 14, "检查时间"),
            reporting_doctor=_person_name(interpreter) or normalise.text(obr.get(32, 1, 1)),
        )

    def finish_report(self, group: list[Segment], patient_id: str | None, visit_id: str | None) -> None:
        """Map one OBR with its OBX and SPM segments (a rejected report takes its results with it)."""
        obr = group[0]
        external = normalise.text(obr.get(3)) or normalise.text(obr.get(2)) or f"{self.control_id}/OBR{obr.get(1)}"
        if obr.get(24).upper() in EXAM_SECTIONS:
            try:
                self.batch.exams.append(self.exam_report(group, patient_id, visit_id))
            except NormaliseError as exc:
                self.reject("exam", external, exc, group)
            return
        try:
            report = self.lab_report(group, patient_id, visit_id)
        except NormaliseError as exc:
            self.reject("lab", external, exc, group)
            return
        results: list[LabResultRecord] = []
        for item_no, obx in enumerate((s for s in group if s.name == "OBX"), start=1):
            # Numbered by position: OBX-1 restarts after SPM and is often blank.
            try:
                results.append(self.lab_result(obx, item_no))
            except NormaliseError as exc:
                self.reject("lab_result", f"{external}/{item_no}", exc, [obx])
        self.batch.labs.append(replace(report, results=tuple(results)))

    def oru(self) -> Batch:
        """ORU^R01: PID [PV1] then for each order ORC/OBR followed by its OBX (and SPM) segments."""
        if not any(s.name == "OBR" for s in self.segments):
            raise Hl7ParseError("ORU^R01 消息缺少 OBR 段", error_code=ERR_SEGMENT_SEQUENCE)
        patient_id: str | None = None
        visit_id: str | None = None
        group: list[Segment] = []
        segments = self.segments[1:]
        for index, segment in enumerate(segments):
            name = segment.name
            if name in ("PID", "ORC", "OBR") and group:
                self.finish_report(group, patient_id, visit_id)
                group = []
            if name == "PID":
                nk1s = []
                for following in segments[index + 1 :]:
                    if following.name in ("PID", "PV1", "ORC", "OBR", "OBX"):
                        break
                    if following.name == "NK1":
                        nk1s.append(following)
                patient_id = self.add_patient(segment, nk1s)
                visit_id = None
            elif name == "PV1":
                visit_id = normalise.text(segment.get(19)) or None
            elif name == "OBR":
                group = [segment]
            elif name in ("OBX", "SPM") and group:
                group.append(segment)
            elif name == "OBX":
                # Patient- or order-level observations outside any OBR are not lab results we can file.
                self.reject(
                    "lab_result",
                    f"{self.control_id}/OBX{index + 2}",
                    _Invalid("检验结果不属于任何检验报告（OBX 之前没有 OBR）", "OBX", ERR_SEGMENT_SEQUENCE),
                    [segment],
                )
        if group:
            self.finish_report(group, patient_id, visit_id)
        return self.batch


def _map_message(segments: list[Segment], header: MessageHeader, inpatient_classes: frozenset[str]) -> Batch:
    """One MSH message to records, by its type (MSH-9: message code ^ trigger event)."""
    if not header.control_id:
        raise Hl7ParseError("缺少消息控制号（MSH-10）", header=header, error_code=ERR_REQUIRED_FIELD)
    if header.version and not header.version.startswith("2"):
        raise UnsupportedMessageError(
            f"不支持的 HL7 版本：{header.version}", header=header, error_code=ERR_UNSUPPORTED_VERSION
        )
    mapper = _Mapper(segments, header, inpatient_classes)
    kind, event = header.message_type, header.trigger
    if kind == "ADT":
        if not event and mapper.evn is not None:
            event = mapper.evn.get(1).upper()  # v2.2 senders put the event only in EVN-1
            header = mapper.header = replace(header, trigger=event)
        if event not in ADT_EVENTS:
            raise UnsupportedMessageError(
                f"不支持的消息类型：{header.label or kind}（支持 {SUPPORTED}）",
                header=header,
                error_code=ERR_UNSUPPORTED_EVENT,
            )
        return mapper.cancellation() if event in CANCEL_EVENTS else mapper.adt()
    if kind == "ORU" and event == "R01":
        return mapper.oru()
    raise UnsupportedMessageError(
        f"不支持的消息类型：{header.label or '（空）'}（支持 {SUPPORTED}）",
        header=header,
        error_code=ERR_UNSUPPORTED_TYPE,
    )


# --- acknowledgements ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AckError:
    """One ERR segment: the Chinese reason, where (`PID-7`), and an HL7 table 0357 code."""

    reason: str
    location: str = ""
    code: str = ERR_DATA_TYPE

    @classmethod
    def from_rejected(cls, rejected: Rejected) -> AckError:
        """Our mapping's rejects carry their own code; intake's are coded by their cause."""
        payload = rejected.payload
        entity = HisEntity.label_of(rejected.entity)
        return cls(
            f"{entity} {rejected.external_id}：{rejected.reason}",
            str(payload.get("location", "")),
            str(payload.get("error_code", _CAUSE_CODES[rejected.cause])),
        )


# HL7 table 0357 for a record intake refused: an unknown 科室编码 is a table value not found (103),
# a stay or patient we do not have an unknown key (204), two records under one key a duplicate (205).
_CAUSE_CODES = {
    "invalid": ERR_DATA_TYPE,
    "unknown_code": ERR_TABLE_VALUE,
    "unknown_key": ERR_UNKNOWN_KEY,
    "duplicate_key": ERR_DUPLICATE_KEY,
}


MAX_ACK_ERRORS = 50  # an ACK names at most this many errors; the MSA text gives the total


def _redelimit(value: str, source: Delimiters) -> str:
    """A raw field received with the sender's delimiters, rewritten with the standard ones."""
    if source == STANDARD:
        return value
    table = str.maketrans(
        {
            source.component: STANDARD.component,
            source.subcomponent: STANDARD.subcomponent,
            source.repetition: STANDARD.repetition,
            source.escape: STANDARD.escape,
        }
    )
    return value.translate(table)


def _location(location: str) -> str:
    """ERR-2 (error location, ERL: segment ^ sequence ^ field) from 'PID-7'."""
    match = re.fullmatch(r"([A-Z][A-Z0-9]{2})(?:-(\d+))?", location)
    if not match:
        return ""
    segment, number = match.groups()
    return f"{segment}^1^{number}" if number else segment


def build_ack(
    message_control_id: str,
    code: AckCode,
    text: str = "",
    *,
    original: MessageHeader | None = None,
    errors: Sequence[AckError | str] = (),
    sending_application: str = "SUIFANG",
    sending_facility: str = "",
    encoding: str | None = None,
) -> bytes:
    """An ACK for one message: MSH (sender and receiver of the original swapped), MSA, and one ERR per
    error for AE/AR.

    MSA (message acknowledgment): 1 AA accepted / AE error / AR rejected, 2 the control id being
    acknowledged, 3 a text message. ERR (error): 2 location, 3 HL7 error code, 4 severity (E),
    8 the user message. Returns the bytes in the original's character set (UTF-8 by default).
    """
    header = original or MessageHeader(control_id=message_control_id)
    codec = encoding or header.encoding
    stamp = now().strftime("%Y%m%d%H%M%S%z")
    trigger = escape(header.trigger)
    msh = [
        "MSH",
        STANDARD.encoding_characters,
        # We answer as the application the sender addressed, when it named one.
        _redelimit(header.receiving_application, header.delimiters) or escape(sending_application),
        _redelimit(header.receiving_facility, header.delimiters) or escape(sending_facility),
        _redelimit(header.sending_application, header.delimiters),
        _redelimit(header.sending_facility, header.delimiters),
        stamp,
        "",
        f"ACK^{trigger}^ACK" if trigger else "ACK",
        uuid.uuid4().hex[:20],  # MSH-10 is at most 20 characters before v2.7
        escape(header.processing_id or "P"),
        escape(header.version or "2.5"),
        "",
        "",
        "",
        "",
        "",
        _CHARSET_NAMES.get(codec, ""),
    ]
    segments = [
        "|".join(msh).rstrip("|"),
        "|".join(["MSA", code, escape(message_control_id), escape(text)]).rstrip("|"),
    ]
    if code != "AA":
        items = [e if isinstance(e, AckError) else AckError(e) for e in errors] or [
            AckError(text, code=ERR_INTERNAL if code == "AE" else ERR_SEGMENT_SEQUENCE)
        ]
        for item in items[:MAX_ACK_ERRORS]:
            err = [
                "ERR",
                "",
                _location(item.location),
                f"{item.code}^{_ERROR_TEXT.get(item.code, '')}^HL70357",
                "E",
                "",
                "",
                "",
                escape(item.reason),
            ]
            segments.append("|".join(err))
    return ("\r".join(segments) + "\r").encode(codec, errors="replace")


# --- MLLP server --------------------------------------------------------------------------------


@dataclass
class _Oversize:
    """A frame that grew past the limit: its head, for the control id of the AR."""

    head: bytes


@dataclass
class _Framer:
    """Cuts a TCP byte stream into MLLP frames (VT payload FS CR), across partial reads."""

    limit: int
    buffer: bytearray = field(default_factory=bytearray)
    discarding: bool = False  # inside an oversize frame: drop bytes until its end
    scanned: int = 0  # how far the current frame was searched for its end already

    def feed(self, data: bytes) -> list[bytes | _Oversize]:
        self.buffer += data
        frames: list[bytes | _Oversize] = []
        while self.buffer:
            if self.discarding:
                end = self.buffer.find(FS + CR, max(self.scanned - 1, 0))
                if end < 0:
                    # Keep a trailing FS: its CR may come in the next read.
                    del self.buffer[: len(self.buffer) - (1 if self.buffer.endswith(FS) else 0)]
                    self.scanned = len(self.buffer)
                    break
                del self.buffer[: end + 2]
                self.discarding, self.scanned = False, 0
                continue
            start = self.buffer.find(VT)
            if start < 0:
                if self.buffer.strip():
                    log.warning("MLLP: %d bytes outside any frame dropped", len(self.buffer))
                self.buffer.clear()
                break
            if start > 0:
                if self.buffer[:start].strip():
                    log.warning("MLLP: %d bytes before a frame start dropped", start)
                del self.buffer[:start]
                self.scanned = 0
                continue
            end = self.buffer.find(FS + CR, max(self.scanned - 1, 1))
            if end < 0:
                if len(self.buffer) - 1 > self.limit:
                    frames.append(_Oversize(bytes(self.buffer[1:4097])))
                    self.discarding, self.scanned = True, 0
                    continue
                self.scanned = len(self.buffer)
                break
            payload = bytes(self.buffer[1:end])
            del self.buffer[: end + 2]
            self.scanned = 0
            frames.append(_Oversize(payload[:4096]) if len(payload) > self.limit else payload)
        return frames


OnBatch = Callable[[Batch], Awaitable[Sequence[Rejected] | None]]
"""Stores a batch; may return what it refused (a stay that does not exist...) so the ACK says so."""


class MllpServer:
    """An asyncio MLLP listener: each framed message is parsed, handed to `on_batch`, and acknowledged.

    Messages on one connection are handled one after another, in order (an A03 must not overtake its
    A01). ACK codes: AA all records mapped and handled; AE the message was read but some records were
    rejected (they still reach `on_batch`, for the quarantine), `on_batch` returned records it refused
    (an A13 for a stay we do not have), or `on_batch` failed; AR the message could not be read, is of
    an unsupported type, or exceeds `max_message_bytes`.

    Use `await server.start()` / `await server.stop()`, or `async with MllpServer(...) as server:`.
    """

    def __init__(
        self,
        on_batch: OnBatch,
        *,
        host: str = "127.0.0.1",
        port: int = 2575,
        max_message_bytes: int = MAX_MESSAGE_BYTES,
        idle_timeout: float | None = 600.0,
        application: str = "SUIFANG",
        inpatient_classes: frozenset[str] = INPATIENT_CLASSES,
        reuse_port: bool = False,
    ) -> None:
        self.on_batch = on_batch
        self.inpatient_classes = inpatient_classes
        # Several web processes share the port (SO_REUSEPORT): the kernel gives each connection
        # to one of them, and one connection's messages stay in order in that process.
        self.reuse_port = reuse_port
        self.host = host
        self.port = port
        self.max_message_bytes = max_message_bytes
        self.idle_timeout = idle_timeout
        self.application = application
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    async def start(self, host: str | None = None, port: int | None = None) -> tuple[str, int]:
        """Listen (port 0 picks a free port); returns the bound address."""
        if self._server is not None:
            raise RuntimeError("MLLP server already started")
        self._server = await asyncio.start_server(
            self._serve, host or self.host, self.port if port is None else port, reuse_port=self.reuse_port or None
        )
        bound = self._server.sockets[0].getsockname()
        self.host, self.port = bound[0], bound[1]
        log.info("MLLP listening on %s:%d", self.host, self.port)
        return self.host, self.port

    async def stop(self) -> None:
        """Stop listening and close open connections. A message being handled is cancelled without
        an ACK; the sender resends it, which intake's idempotence makes harmless."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await server.wait_closed()

    async def __aenter__(self) -> MllpServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def handle(self, payload: bytes) -> bytes:
        """Parse one message, hand it on, and return the ACK bytes (also usable without a socket)."""
        try:
            parsed = parse(payload, inpatient_classes=self.inpatient_classes)
        except Hl7ParseError as exc:
            header = exc.header or MessageHeader(control_id="")
            log.warning("HL7 message %r rejected: %s", header.control_id, exc.reason)
            return self._ack(header, "AR", exc.reason, [AckError(exc.reason, "MSH", exc.error_code)])
        header, batch = parsed.header, parsed.batch
        try:
            refused = await self.on_batch(batch) or ()
        except Exception:  # any failure downstream: the sender must know it was not stored
            log.exception("HL7 message %r could not be handled", header.control_id)
            reason = "接收方处理失败，请稍后重发"
            return self._ack(header, "AE", reason, [AckError(reason, code=ERR_INTERNAL)])
        # What the handler refused includes, with intake, the records the mapping already rejected.
        rejected = [*batch.rejected, *(r for r in refused if r not in batch.rejected)]
        if rejected:
            text = f"已接收 {max(batch.fetched - len(rejected), 0)} 条，拒收 {len(rejected)} 条"
            # the reasons name HIS ids and codes, never a name, phone or ID number
            reasons = "；".join(f"{r.entity} {r.external_id}：{r.reason}" for r in rejected[:MAX_ACK_ERRORS])
            log.info("HL7 message %r: %s（%s）", header.control_id, text, reasons)
            return self._ack(header, "AE", text, [AckError.from_rejected(r) for r in rejected])
        skipped = f"，其中 {len(batch.skipped)} 条非住院就诊未建立住院记录" if batch.skipped else ""
        return self._ack(header, "AA", f"已接收 {batch.fetched} 条{skipped}")

    def _ack(self, header: MessageHeader, code: AckCode, text: str, errors: Sequence[AckError] = ()) -> bytes:
        return build_ack(
            header.control_id, code, text, original=header, errors=errors, sending_application=self.application
        )

    async def _oversize(self, frame: _Oversize) -> bytes:
        text = frame.head.decode("utf-8", "replace")  # only the MSH is wanted, and it is ASCII in practice
        header = _peek_header(text) or MessageHeader(control_id="")
        reason = f"消息超过 {self.max_message_bytes} 字节上限"
        log.warning("HL7 message %r rejected: %s", header.control_id, reason)
        return self._ack(header, "AR", reason, [AckError(reason, "MSH", ERR_DATA_TYPE)])

    async def _read(self, reader: asyncio.StreamReader) -> bytes:
        if self.idle_timeout is None:
            return await reader.read(65536)
        async with asyncio.timeout(self.idle_timeout):
            return await reader.read(65536)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        peer = writer.get_extra_info("peername")
        framer = _Framer(self.max_message_bytes)
        try:
            while True:
                try:
                    data = await self._read(reader)
                except TimeoutError:
                    log.info("MLLP connection from %s idle, closed", peer)
                    break
                if not data:
                    break
                for frame in framer.feed(data):
                    ack = await (self._oversize(frame) if isinstance(frame, _Oversize) else self.handle(frame))
                    writer.write(VT + ack + FS + CR)
                    await writer.drain()
        except ConnectionError as exc:
            log.info("MLLP connection from %s lost: %s", peer, exc)
        finally:
            if task is not None:
                self._connections.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
