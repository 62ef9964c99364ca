"""What the AI helps staff with. Each feature builds a minimised prompt (only what it needs, no
name, ID number, phone or address in the prompt it writes), says which identifiers of the record
to hide from an external provider, and checks the answer before anyone sees it. Every call goes
through `backend.services.ai` (switch, quotas, de-identification, audit). Nothing here saves a
draft: answers are drafts until a person confirms them; triage is stored as a suggestion only.
"""

from __future__ import annotations

import asyncio
import json
import re
from calendar import monthrange
from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field

from backend.clock import age_on, now
from backend.models import (
    Admission,
    DischargeSummary,
    LabReport,
    LabResult,
    MedicalRecordFrontPage,
    Patient,
    Problem,
    Questionnaire,
    Staff,
)
from backend.models.choices import AbnormalFlag, AiFeature, ProblemStatus
from backend.security.crypto import decrypt
from backend.services import ai, execution, patients, questionnaires, stats
from backend.services.ai import AiInvalidOutput, Prompt
from backend.services.errors import InvalidInput, NotFound
from backend.services.patient360 import FRONT_PAGE_LABELS, front_page_value
from backend.services.principal import Principal
from backend.services.scope import get_visible
from integrations.llm.deid import Deidentifier

NOTES_MAX = 4000
SUMMARY_SECTIONS = (
    ("admission_condition", "入院情况"),
    ("treatment_course", "诊疗经过"),
    ("discharge_condition", "出院情况"),
    ("discharge_orders", "出院医嘱"),
    ("discharge_medication", "出院带药"),
)
# 病案首页 fields a brief may use; 病案号 is an identifier and never part of a prompt
BRIEF_FRONT_PAGE = {k: v for k, v in FRONT_PAGE_LABELS.items() if k != "BAH"}


# ---------------------------------------------------------------------- identifiers of a record


def identify_patient(deid: Deidentifier, patient: Patient, stays: list[Admission], front_pages: list[Any]) -> None:
    """Everything that names the patient, for the de-identifier (external providers only)."""
    deid.add_patient(patient.name)
    deid.add("his_id", patient.his_id)
    deid.add("id_number", decrypt(patient.id_number_cipher))
    for number in patients.phone_numbers(patient):
        deid.add("phone", number.raw)
        deid.add("phone", number.number)
    deid.add("phone", decrypt(patient.phone_cipher))
    deid.add("address", patient.address)
    raw_contacts = decrypt(patient.contacts_cipher)
    for contact in json.loads(raw_contacts) if raw_contacts else []:
        deid.add_person("relative", contact.get("name"))
        deid.add("phone", contact.get("phone"))
    for stay in stays:
        deid.add("inpatient_no", stay.inpatient_no)
        deid.add("his_id", stay.his_visit_id)
        deid.add_person("staff", stay.attending_name)
    for page in front_pages:
        deid.add("record_no", str((page.fields_data or {}).get("BAH") or ""))


async def _record_of(patient_id: int, admission_id: int) -> tuple[Patient, Admission, list[Admission], list[Any]]:
    patient = await Patient.get(id=patient_id)
    stays = await Admission.filter(patient_id=patient_id)
    stay = next(s for s in stays if s.id == admission_id)
    pages = await MedicalRecordFrontPage.filter(admission_id__in=[s.id for s in stays])
    return patient, stay, stays, pages


# ---------------------------------------------------------------------- 1. pre-call brief


class BriefPoint(BaseModel):
    kind: Literal["住院经过", "询问要点", "危险信号"]
    text: str = Field(min_length=1, max_length=300)
    source: str = Field(min_length=1, max_length=60, description="引用的来源，须为资料中【】内的名称")


class Brief(BaseModel):
    summary: str = Field(min_length=1, max_length=500)
    points: list[BriefPoint] = Field(min_length=1, max_length=20)


async def _brief_sources(stay: Admission) -> dict[str, str]:
    """Source name (as the brief must cite it) -> its text."""
    sources: dict[str, str] = {}
    summary = await DischargeSummary.get_or_none(admission_id=stay.id)
    if summary is not None:
        for attr, label in SUMMARY_SECTIONS:
            if getattr(summary, attr):
                sources[f"出院小结·{label}"] = getattr(summary, attr)
    page = await MedicalRecordFrontPage.get_or_none(admission_id=stay.id)
    for code, label in BRIEF_FRONT_PAGE.items():
        value = (page.fields_data or {}).get(code) if page else None
        if value not in (None, "", "NA"):
            sources[f"病案首页·{label}"] = front_page_value(code, value)
    for label, value in (
        ("主要诊断", f"{stay.main_diagnosis_code} {stay.main_diagnosis_name}".strip()),
        ("中医诊断", f"{stay.tcm_disease_name} {stay.tcm_syndrome_name}".strip()),
        ("离院方式", stay.disposition.label if stay.disposition else ""),
        ("住院天数", str(stay.los_days) if stay.los_days is not None else ""),
    ):
        if value:
            sources.setdefault(f"病案首页·{label}", value)
    reports = await LabReport.filter(admission_id=stay.id).values_list("id", flat=True)
    for result in await LabResult.filter(report_id__in=list(reports)).exclude(flag=AbnormalFlag.NORMAL).order_by("id"):
        sources[f"检验·{result.name}"] = (
            f"{result.value_raw}{result.unit}（参考 {result.reference_raw}，{AbnormalFlag.label_of(result.flag)}）"
        )
    return sources


async def brief_prompt(principal: Principal, task_id: int) -> Prompt:
    task = await execution.get_task(principal, task_id)
    patient, stay, stays, pages = await _record_of(task.patient_id, task.admission_id)
    sources = await _brief_sources(stay)
    today = now().date()
    age = age_on(patient.birth_date, today) if patient.birth_date else None
    discharged = stay.discharged_at.date() if stay.discharged_at else None
    facts = [
        f"患者：{patient.gender.label if patient.gender else ''}，{age if age is not None else '年龄不详'}岁；"
        f"科室：{task.department.name}；出院日期：{discharged or '不详'}；今天：{today}；"
        f"本次随访：{task.template.name} 第{task.step}次"
    ]
    facts += [f"【{name}】{text}" for name, text in sources.items()]

    def identify(deid: Deidentifier) -> None:
        identify_patient(deid, patient, stays, pages)

    def finish(brief: Brief) -> dict[str, Any]:
        points = []
        for point in brief.points:
            found = point.source.strip("【】 ") in sources
            points.append(
                {**point.model_dump(), "source_found": found, "flag": "" if found else "⚠ 引用的章节不存在，请核对原文"}
            )
        return {"summary": brief.summary, "points": points, "flagged": sum(1 for p in points if not p["source_found"])}

    return Prompt(
        system=(
            "你是医院随访中心的助手。根据下面的住院资料，为随访员写一份通话前摘要："
            "住院经过、这次电话要问的要点、需要警惕的危险信号。每一条都必须在 source 中写明出处，"
            "出处只能是资料中【】里的名称（如 出院小结·出院医嘱、病案首页·主要诊断、检验·钾），不得编造。"
        ),
        user="\n".join(facts),
        schema=Brief,
        identify=identify,
        finish=finish,
        max_tokens=1500,
    )


async def brief(principal: Principal, task_id: int) -> dict[str, Any]:
    prompt = await brief_prompt(principal, task_id)
    parsed, answer = await ai.call_structured(principal, AiFeature.BRIEF, prompt, Brief)
    assert prompt.finish is not None
    return {**prompt.finish(parsed), "provider": answer.provider}


def brief_stream(principal: Principal, prompt: Prompt) -> AsyncIterator[dict[str, Any]]:
    return ai.stream(principal, AiFeature.BRIEF, prompt)


# ---------------------------------------------------------------------- 2. answer drafting


class DraftAnswer(BaseModel):
    item_id: str = Field(min_length=1, max_length=64)
    value: str | int | float | list[str] | None
    evidence: str = Field(default="", max_length=300, description="记录中支持该答案的原句")
    confidence: float = Field(ge=0, le=1)


class Draft(BaseModel):
    answers: list[DraftAnswer] = Field(max_length=100)


def _item_line(item: dict[str, Any]) -> str:
    line = f"- id={item['id']}（{item.get('type')}）{item.get('text')}"
    if item.get("options"):
        line += "；选项：" + "，".join(f"{o['value']}={o.get('label', o['value'])}" for o in item["options"])
    if item.get("min") is not None or item.get("max") is not None:
        line += f"；范围 {item.get('min', '')}~{item.get('max', '')}{item.get('unit', '')}"
    return line


def _squash(text: str) -> str:
    return re.sub(r"[\s，。,.;；:：!！?？]", "", text)


async def draft_answers(principal: Principal, task_id: int, notes: str) -> dict[str, Any]:
    """A draft of the questionnaire's answers from the agent's notes: per item the value, the
    sentence it rests on and a confidence. Saves nothing; invalid items are refused with a reason."""
    task = await execution.get_task(principal, task_id)
    notes = (notes or "").strip()
    if not notes:
        raise InvalidInput("请先在备注中记下通话要点，再让 AI 草拟答案", field="notes")
    if len(notes) > NOTES_MAX:
        raise InvalidInput(f"备注过长（最多 {NOTES_MAX} 字）", field="notes")
    patient, _, stays, pages = await _record_of(task.patient_id, task.admission_id)
    items: list[dict[str, Any]] = task.questionnaire.items or []
    by_id = {item["id"]: item for item in items}

    def identify(deid: Deidentifier) -> None:
        identify_patient(deid, patient, stays, pages)

    prompt = Prompt(
        system=(
            "你是随访记录助手。根据随访员的通话记录，为问卷的每道题草拟答案。"
            "只回答记录中明确提到的题目；value 对单选题填选项值，多选题填选项值列表，数值题填数字，"
            "日期题填 YYYY-MM-DD；evidence 原样摘录记录中的句子；confidence 为 0 到 1。"
        ),
        user="问卷题目：\n" + "\n".join(_item_line(i) for i in items) + "\n\n通话记录：\n" + notes,
        identify=identify,
    )
    parsed, answer = await ai.call_structured(principal, AiFeature.DRAFT_ANSWERS, prompt, Draft)
    drafts: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    for row in parsed.answers:
        item = by_id.get(row.item_id)
        if item is None:
            refused.append({"item_id": row.item_id, "reason": "问卷中没有这道题"})
            continue
        single = Questionnaire(title="", items=[{k: v for k, v in item.items() if k != "show_if"}])
        try:
            cleaned = questionnaires.validate_answers(single, {item["id"]: row.value}, complete=False)
        except InvalidInput as exc:
            refused.append({"item_id": row.item_id, "question": item.get("text"), "reason": exc.message})
            continue
        if item["id"] not in cleaned:
            continue
        found = bool(row.evidence) and _squash(row.evidence) in _squash(notes)
        shown = questionnaires.answer_labels(single, {item["id"]: cleaned[item["id"]]}).get(item["id"], "")
        confidence = round(row.confidence if found else min(row.confidence, 0.3), 2)
        drafts.append(
            {
                # what the agent ticks: the question, the answer, how sure and on what evidence
                "label": f"{item.get('text')}：{shown}（把握 {round(confidence * 100)}%；依据：{row.evidence or '无'}"
                + ("）" if found else "；依据未在备注中找到）"),
                "item_id": item["id"],
                "field": questionnaires.field_key(item["id"]),
                "question": item.get("text"),
                "value": cleaned[item["id"]],
                "answer": shown,
                "evidence": row.evidence,
                "evidence_found": found,
                "confidence": confidence,
            }
        )
    if not drafts and parsed.answers and refused:
        raise AiInvalidOutput("AI 草拟的答案都不符合问卷要求，已拒收：" + refused[0]["reason"])
    return {"answers": drafts, "refused": refused, "provider": answer.provider, "saved": False}


# ---------------------------------------------------------------------- 3. problem triage

TRIAGE_CATEGORIES = ("用药问题", "症状加重或并发症", "复诊预约", "检查检验", "护理康复", "费用医保", "服务投诉", "其他")
URGENCY_LABELS = {"urgent": "紧急（当天处理）", "soon": "尽快（3天内）", "routine": "常规"}


class Triage(BaseModel):
    category: Literal[
        "用药问题", "症状加重或并发症", "复诊预约", "检查检验", "护理康复", "费用医保", "服务投诉", "其他"
    ]
    urgency: Literal["urgent", "soon", "routine"]
    reason: str = Field(min_length=1, max_length=200)


async def triage(principal: Principal, problem_id: int) -> dict[str, Any]:
    """A category and urgency for one problem, stored on it as a suggestion for the department."""
    problem = await get_visible(Problem, principal, problem_id)
    await problem.fetch_related("department")
    patient = await Patient.get(id=problem.patient_id)
    stays = await Admission.filter(patient_id=patient.id).order_by("-admitted_at")
    pages = await MedicalRecordFrontPage.filter(admission_id__in=[s.id for s in stays])
    diagnosis = stays[0].main_diagnosis_name if stays else ""

    def identify(deid: Deidentifier) -> None:
        identify_patient(deid, patient, stays, pages)

    prompt = Prompt(
        system=(
            "你是医院随访问题分诊助手。为患者提出的问题判断类别与紧急程度："
            f"category 取 {'、'.join(TRIAGE_CATEGORIES)} 之一；urgency 取 urgent（当天处理）、soon（3天内）、"
            "routine（常规）；reason 用一句话说明理由。"
        ),
        user=f"处理科室：{problem.department.name}\n主要诊断：{diagnosis}\n问题：{problem.description}",
        identify=identify,
    )
    parsed, answer = await ai.call_structured(principal, AiFeature.TRIAGE, prompt, Triage)
    suggestion = {
        **parsed.model_dump(),
        "urgency_label": URGENCY_LABELS[parsed.urgency],
        "provider": answer.provider,
        "at": now().isoformat(),
    }
    problem.ai_triage = suggestion
    await problem.save(update_fields=["ai_triage", "updated_at"])
    return suggestion


async def triage_new(*, within: timedelta = timedelta(days=2), limit: int = 50) -> int:
    """Triage the problems raised lately that have no suggestion yet (a job, every few minutes):
    each as the staff member whose follow-up raised it, so their scope, quota and audit row
    apply; a problem from a patient's own H5 answers waits for the 分诊 button. Stops at the first
    provider or quota refusal (the rest wait for the next run); returns how many were triaged."""
    from backend.services.errors import DomainError
    from backend.services.principal import load_principal

    setting = await ai.get_setting()
    if not setting.enabled or not ai.feature_config(setting, AiFeature.TRIAGE)["provider_id"]:
        return 0
    waiting = (
        await Problem.filter(ai_triage__isnull=True, created_at__gte=now() - within, record__staff_id__isnull=False)
        .exclude(status=ProblemStatus.CLOSED)
        .order_by("id")
        .limit(limit)
        .values_list("id", "record__staff_id")
    )
    # each staff member loaded and checked once, however many of their problems wait
    allowed: dict[int, Principal | None] = {}
    for staff in await Staff.filter(id__in={s for _, s in waiting}, is_active=True):
        principal = await load_principal(staff)
        allowed[staff.id] = principal if AiFeature.TRIAGE in await ai.available_features(principal) else None
    done = 0
    for problem_id, staff_id in waiting:
        asker = allowed.get(staff_id)
        if asker is None:
            continue
        try:
            await triage(asker, problem_id)
        except AiInvalidOutput:
            continue  # refused and audited; the button can ask again
        except DomainError:
            break
        done += 1
    return done


def triage_text(value: Any) -> str:
    if not isinstance(value, dict) or not value.get("category"):
        return ""
    return f"{value['category']} · {URGENCY_LABELS.get(value.get('urgency', ''), '')}：{value.get('reason', '')}"


# ---------------------------------------------------------------------- 5. questions about statistics

METRICS = {
    "followup_rate": "随访率",
    "reach_rate": "联系成功率",
    "due": "应随访",
    "completed": "已完成",
    "completed_in_window": "按时完成",
    "reached": "联系成功",
}


class StatsQuery(BaseModel):
    understood: bool
    period_from: date | None = None
    period_until: date | None = None
    department: str | None = Field(default=None, max_length=64)
    template: str | None = Field(default=None, max_length=128)
    metric: Literal["followup_rate", "reach_rate", "due", "completed", "completed_in_window", "reached"] = (
        "followup_rate"
    )
    clarification: str = Field(default="", max_length=200)


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


async def ask_stats(principal: Principal, question: str) -> dict[str, Any]:
    """A plain-Chinese question mapped onto the statistics page's own filters, answered with the
    figures `stats.compute` gives for them (never SQL written by a model)."""
    question = (question or "").strip()
    if not question or len(question) > 200:
        raise InvalidInput("请用一句话提问（200 字以内）", field="question")
    departments = await stats.filter_options(principal, "departments")
    templates = await stats.filter_options(principal, "templates")
    today = now().date()
    prompt = Prompt(
        system=(
            "把用户关于随访统计的问题翻译成统计页面的筛选条件。period_from/period_until 为应随访截止日期的起止"
            "（含，YYYY-MM-DD），department 与 template 只能取下面列出的名称或 null，metric 取 "
            + "、".join(f"{k}（{v}）" for k, v in METRICS.items())
            + "。看不懂时 understood=false 并在 clarification 中说明。"
        ),
        user=(
            f"今天是 {today}。\n科室：{'、'.join(d['label'] for d in departments)}\n"
            f"随访模板：{'、'.join(t['label'] for t in templates)}\n问题：{question}"
        ),
        shift_dates=False,  # "上个月" must stay last month: no patient data here to hide
    )
    parsed, answer = await ai.call_structured(principal, AiFeature.STATS_QUESTION, prompt, StatsQuery)
    if not parsed.understood or parsed.period_from is None or parsed.period_until is None:
        raise AiInvalidOutput(
            "AI 没能理解这个问题"
            + (f"：{parsed.clarification}" if parsed.clarification else "")
            + "，请换个说法或直接使用统计筛选"
        )
    if parsed.period_from > parsed.period_until or (parsed.period_until - parsed.period_from).days > 366:
        raise AiInvalidOutput("AI 给出的统计期间不合理，已拒收，请直接使用统计筛选")
    department_id = template_id = None
    if parsed.department:
        department_id = next((d["value"] for d in departments if d["label"] == parsed.department), None)
        if department_id is None:
            raise AiInvalidOutput(f"AI 给出的科室「{parsed.department}」不在您可查看的科室中，已拒收")
    if parsed.template:
        template_id = next((t["value"] for t in templates if t["label"] == parsed.template), None)
        if template_id is None:
            raise AiInvalidOutput(f"AI 给出的随访模板「{parsed.template}」不存在，已拒收")
    figures = await stats.compute(
        principal,
        period_from=parsed.period_from,
        period_until=parsed.period_until,
        department_id=department_id,
        template_id=template_id,
    )
    total = figures.total
    value = getattr(total, parsed.metric)
    shown = _percent(value) if parsed.metric.endswith("rate") else str(value)
    scope = "、".join(x for x in (parsed.department, parsed.template) if x) or "全部（您可查看的范围）"
    return {
        "filters": {
            "period_from": str(parsed.period_from),
            "period_until": str(parsed.period_until),
            "department_id": department_id,
            "template_id": template_id,
        },
        "metric": parsed.metric,
        "value": value,
        "answer": (
            f"{parsed.period_from} 至 {parsed.period_until}，{scope}的{METRICS[parsed.metric]}为 {shown}"
            f"（应随访 {total.due}，已完成 {total.completed}，随访率 {_percent(total.followup_rate)}，"
            f"联系成功率 {_percent(total.reach_rate)}）。"
        ),
        "provider": answer.provider,
    }


# ---------------------------------------------------------------------- 6. questionnaire drafting


class DraftOption(BaseModel):
    value: str = Field(min_length=1, max_length=32)
    label: str = Field(min_length=1, max_length=64)


class DraftItem(BaseModel):
    id: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z][A-Za-z0-9_]*$")
    type: Literal["single", "multiple", "text", "number", "scale", "date"]
    text: str = Field(min_length=1, max_length=200)
    required: bool = False
    options: list[DraftOption] = Field(default_factory=list, max_length=12)
    min: int | float | None = None
    max: int | float | None = None
    unit: str = Field(default="", max_length=16)


class QuestionnaireDraft(BaseModel):
    title: str = Field(min_length=1, max_length=128)
    description: str = Field(default="", max_length=500)
    items: list[DraftItem] = Field(min_length=1, max_length=40)


async def draft_questionnaire(principal: Principal, description: str) -> dict[str, Any]:
    """A questionnaire drafted from a description, in the designer's stored format and checked by the
    questionnaire validation; nothing is saved (a person edits it in the designer and saves)."""
    description = (description or "").strip()
    if not description or len(description) > 1000:
        raise InvalidInput("请描述问卷的用途与要问的内容（1000 字以内）", field="description")
    prompt = Prompt(
        system=(
            "你是随访问卷设计助手（问卷设计）。根据描述起草一份电话随访问卷。题目 id 用英文字母开头的短编码；"
            "type 取 single（单选）、multiple（多选）、text、number、scale（量表，须有 min 与 max）、date；"
            "单选与多选须有 options（value 为英文短编码，label 为中文）。用语通俗，适合电话询问老年患者。"
        ),
        user=description,
        shift_dates=False,
    )
    parsed, answer = await ai.call_structured(principal, AiFeature.QUESTIONNAIRE, prompt, QuestionnaireDraft)
    items = []
    for item in parsed.items:
        row: dict[str, Any] = {"id": item.id, "type": item.type, "text": item.text, "required": item.required}
        if item.type in ("single", "multiple"):
            row["options"] = [o.model_dump() for o in item.options]
        if item.type in ("number", "scale"):
            row.update({k: v for k, v in (("min", item.min), ("max", item.max)) if v is not None})
            if item.unit:
                row["unit"] = item.unit
        items.append(row)
    try:
        questionnaires.validate_definition(items, [], {})
    except InvalidInput as exc:
        raise AiInvalidOutput(f"AI 起草的问卷未通过校验（{exc.message}），已拒收") from None
    return {"title": parsed.title, "description": parsed.description, "items": items, "provider": answer.provider}


# ---------------------------------------------------------------------- 7. monthly narrative

_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


class Narrative(BaseModel):
    narrative: str = Field(min_length=1, max_length=2000)


def _month_bounds(month: str) -> tuple[date, date]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", (month or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput("月份格式应为 YYYY-MM", field="month")
    year, number = int(match.group(1)), int(match.group(2))
    return date(year, number, 1), date(year, number, monthrange(year, number)[1])


async def monthly_narrative(principal: Principal, month: str) -> dict[str, Any]:
    """A monthly narrative of the follow-up (and, for those who may read it, satisfaction) report. The
    model only words it: every number in it must be one of the figures `stats.compute` and
    `satisfaction_stats.compute` gave for the month, or the narrative is refused."""
    start, until = _month_bounds(month)
    figures = await stats.compute(principal, period_from=start, period_until=until)
    lines = [f"{start.year}年{start.month}月 随访统计（应随访截止日期在本月）"]

    def rates_line(label: str, r: stats.Rates) -> str:
        return (
            f"{label}：应随访 {r.due}，已完成 {r.completed}，按时完成 {r.completed_in_window}，联系成功 {r.reached}，"
            f"随访率 {_percent(r.followup_rate)}，联系成功率 {_percent(r.reach_rate)}"
        )

    lines.append(rates_line("全院", figures.total))
    lines += [rates_line(name, rates) for name, rates in figures.by_department.items()]
    problems = figures.problems
    lines.append(
        f"问题：共 {problems.get('total', 0)}，危险信号 {problems.get('urgent', 0)}，待处理 {problems.get('open', 0)}"
    )
    if principal.can("survey:read"):  # the satisfaction report's figures, from its own service
        from backend.services import satisfaction_stats

        survey = await satisfaction_stats.compute(principal, period_from=start, period_until=until, department_id=None)
        total = survey["total"]
        rate = total.get("satisfaction_rate")
        lines.append(
            f"满意度：有效回答 {total.get('valid', 0)}，满意 {total.get('satisfied', 0)}，"
            f"满意率 {_percent(rate) if rate is not None else '无数据'}，"
            f"平均分 {total.get('mean_score') if total.get('mean_score') is not None else '无数据'}"
        )
    allowed = set(_NUMBER.findall("\n".join(lines))) | {str(start.year), str(start.month), f"{start.month:02d}"}
    allowed |= {a.rstrip("%") for a in allowed}
    prompt = Prompt(
        system=(
            "你是医院随访中心的报告撰写助手。根据下面的月度统计写一段 200 字左右的月度解读（月度报告）："
            "总体情况、表现突出与需要改进的科室、问题处理。只能引用下面给出的数字，不得计算或编造新的数字。"
        ),
        user="\n".join(lines),
        shift_dates=False,
    )
    parsed, answer = await ai.call_structured(principal, AiFeature.NARRATIVE, prompt, Narrative)
    strangers = sorted({n for n in _NUMBER.findall(parsed.narrative) if n not in allowed})
    if strangers:
        raise AiInvalidOutput(f"AI 的解读引用了统计中没有的数字（{'、'.join(strangers[:5])}），已拒收")
    return {"month": month, "narrative": parsed.narrative, "figures": lines, "provider": answer.provider}


# ---------------------------------------------------------------------- 4. satisfaction comments


class Theme(BaseModel):
    theme: str = Field(min_length=1, max_length=30)
    count: int = Field(ge=0)
    sentiment: Literal["正面", "中性", "负面"]


class Mention(BaseModel):
    kind: Literal["表扬", "投诉"]
    staff: str = Field(min_length=1, max_length=32)
    text: str = Field(min_length=1, max_length=200)


class CommentAnalysis(BaseModel):
    summary: str = Field(min_length=1, max_length=500)
    positive: int = Field(ge=0)
    neutral: int = Field(ge=0)
    negative: int = Field(ge=0)
    themes: list[Theme] = Field(max_length=20)
    mentions: list[Mention] = Field(max_length=50)


async def satisfaction_comments(
    principal: Principal, *, department_id: int | None, period_from: date, period_until: date
) -> tuple[list[str], list[str], list[Patient]]:
    """The free-text answers of satisfaction surveys in scope (texts), the names of the staff they
    may mention (the department's, or everyone's), and the patients who wrote them (to hide)."""
    from backend.models import FollowUpRecord, Staff
    from backend.models.choices import Program
    from backend.services.access import require
    from backend.services.admissions import start_of_day
    from backend.services.scope import visible

    require(principal, "survey:read")
    if (
        department_id is not None
        and not principal.sees_all_departments
        and department_id not in principal.department_ids
    ):
        raise NotFound("科室不存在")
    records = (
        visible(FollowUpRecord, principal)
        .filter(
            task__program=Program.SATISFACTION,
            contacted_at__gte=start_of_day(period_from),
            contacted_at__lt=start_of_day(period_until + timedelta(days=1)),
        )
        .select_related("questionnaire", "patient")
    )
    if department_id is not None:
        records = records.filter(task__department_id=department_id)
    texts: list[str] = []
    writers: dict[int, Patient] = {}
    for record in await records.limit(500):
        kinds = {i["id"]: i.get("type") for i in record.questionnaire.items or []}
        for key, value in (record.answers or {}).items():
            if kinds.get(key) == "text" and isinstance(value, str) and value.strip():
                texts.append(value.strip())
                writers[record.patient.id] = record.patient
    staff = Staff.filter(department_id=department_id) if department_id is not None else Staff.all()
    names = [str(name) for name in await staff.values_list("name", flat=True)]
    return texts, names, list(writers.values())


async def analyse_comments(
    principal: Principal, *, department_id: int | None, period_from: date, period_until: date
) -> dict[str, Any]:
    """Themes, sentiment, praise and complaints naming staff, for a department and period. With the
    model off for this feature, the offline keyword analysis answers instead."""
    if period_from > period_until:
        raise InvalidInput("开始日期不能晚于结束日期", field="period_from")
    texts, staff_names, writers = await satisfaction_comments(
        principal, department_id=department_id, period_from=period_from, period_until=period_until
    )
    if AiFeature.COMMENTS not in await ai.available_features(principal):
        from backend.services import comment_analysis

        # jieba's cutting is CPU work: off the event loop, as on 满意度统计
        offline = await asyncio.to_thread(comment_analysis.analyse_offline, texts, staff_names)
        return {"source": "offline", **offline}
    if not texts:
        return {"source": "model", "summary": "该期间没有文字意见", "themes": [], "mentions": [], "count": 0}

    def identify(deid: Deidentifier) -> None:
        for name in staff_names:
            deid.add_person("staff", name)
        for patient in writers:  # several patients: each gets a numbered placeholder, not 【患者】
            deid.add_person("name", patient.name)
            deid.add("his_id", patient.his_id)
            deid.add("id_number", decrypt(patient.id_number_cipher))
            deid.add("address", patient.address)
            for number in patients.phone_numbers(patient):
                deid.add("phone", number.raw)

    prompt = Prompt(
        system=(
            "你是医院行风办的满意度意见分析助手。分析下面患者的满意度意见：归纳主题（theme、条数、倾向），"
            "统计正面/中性/负面条数，列出点名表扬或投诉的医护人员（staff 原样写出意见中出现的人员代号或姓名）。"
        ),
        user="\n".join(f"{n}. {t}" for n, t in enumerate(texts, 1)),
        identify=identify,
        shift_dates=False,
    )
    parsed, answer = await ai.call_structured(principal, AiFeature.COMMENTS, prompt, CommentAnalysis)
    known = set(staff_names)
    mentions = [
        {**m.model_dump(), "known": m.staff in known, "flag": "" if m.staff in known else "⚠ 未在人员名单中找到"}
        for m in parsed.mentions
    ]
    return {
        "source": "model",
        "summary": parsed.summary,
        "sentiment": {"positive": parsed.positive, "neutral": parsed.neutral, "negative": parsed.negative},
        "themes": [t.model_dump() for t in parsed.themes],
        "mentions": mentions,
        "count": len(texts),
        "provider": answer.provider,
    }
