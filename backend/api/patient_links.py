"""The patient's questionnaire behind an SMS link or a bed's QR code, for the H5 app's page
`/h5/q/{token}` (and `/h5/q/bed/{template_id}/{token}`).

No login: the signed, expiring token in the path is the credential (a forged or expired one is
403 with a Chinese reason, a used one 409). What the page gets is the hospital, a neutral title and
the questions — never the patient's name, diagnosis or department. Answers are recorded once per
client UUID (a retried submission returns the record it made). An extranet edge serves these too:
its link service answers from the edge's own copy and queues the answers for the core.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from backend.services import bedside_survey, followup_sms, questionnaires
from backend.settings import get_settings
from backend.web.schemas import Schema

router = APIRouter(prefix="/h5/q", tags=["患者问卷"])

LINK_HELP = "如需帮助请致电医院随访中心。"
BED_HELP = "如需帮助请联系病区护士站。"


class PatientQuestionnaireOut(BaseModel):
    hospital: str
    title: str = Field(description="中性标题：不含科室或诊断")
    greeting: str
    help: str = Field(description="链接失效时的求助说明")
    items: list[dict[str, Any]]


class PatientAnswersIn(Schema):
    client_uuid: uuid.UUID = Field(description="页面生成的编号：重复提交只记录一次")
    answers: dict[str, Any] = Field(default_factory=dict)


class PatientSubmitOut(BaseModel):
    id: int | None = Field(description="随访记录编号（外网节点上为空：答案转交内网后记录）")
    message: str


@router.get("/bed/{template_id}/{token}", response_model=PatientQuestionnaireOut, summary="床旁扫码评价问卷")
async def bedside_questionnaire(template_id: int, token: str) -> PatientQuestionnaireOut:
    _, template = await bedside_survey.open_stay(template_id, token)
    return PatientQuestionnaireOut(
        hospital=get_settings().hospital_name,
        title="住院满意度评价",
        greeting="您好！感谢您在住院期间对我们工作的支持，请根据这次住院的感受如实评价，您的意见将帮助我们改进服务。",
        help=BED_HELP,
        items=questionnaires.for_patient(template.questionnaire).items,
    )


@router.post("/bed/{template_id}/{token}", response_model=PatientSubmitOut, summary="提交床旁评价")
async def bedside_answers(template_id: int, token: str, body: PatientAnswersIn) -> PatientSubmitOut:
    record = await bedside_survey.submit(template_id, token, client_uuid=body.client_uuid, answers=body.answers)
    return PatientSubmitOut(id=record.id, message="提交成功，感谢您的评价！")


@router.get("/{token}", response_model=PatientQuestionnaireOut, summary="短信链接随访问卷")
async def link_questionnaire(token: str) -> PatientQuestionnaireOut:
    questionnaire = await followup_sms.h5_page(token)
    # A neutral title: a specialty questionnaire's name ("心血管内科…") would tell whoever sees the
    # phone what the patient was treated for.
    return PatientQuestionnaireOut(
        hospital=get_settings().hospital_name,
        title="出院随访问卷",
        greeting="您好！请根据出院后的实际情况填写以下问题，提交后医院随访人员会及时查看。",
        help=LINK_HELP,
        items=questionnaires.for_patient(questionnaire).items,
    )


@router.post("/{token}", response_model=PatientSubmitOut, summary="提交随访问卷")
async def link_answers(token: str, body: PatientAnswersIn) -> PatientSubmitOut:
    record_id = await followup_sms.h5_submit(token, client_uuid=body.client_uuid, answers=body.answers)
    return PatientSubmitOut(id=record_id, message="提交成功，感谢您的配合！")
