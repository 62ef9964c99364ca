"""A follow-up step's SMS: a notice before the call (短信通知后电话) or the H5 questionnaire link.

Tasks whose channel asks for an SMS get exactly one message per task and kind, keyed
``task:<id>:notice`` / ``task:<id>:h5``, once their due window opens; the SMS service then sends
it under the usual rules (sending hours, do-not-contact, daily cap). The H5 link is a short
signed token that names only the task and its expiry: the page it opens shows the questionnaire
and the hospital, never a diagnosis.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Subquery

from backend.clock import now
from backend.models import FollowUpTask, Questionnaire, SmsMessage, SmsTemplate
from backend.models.choices import Channel
from backend.security import signing
from backend.services import exchange_kinds, execution, notices, sms
from backend.services.errors import Conflict, NotFound, PermissionDenied
from backend.services.followup_tasks import OPEN
from backend.settings import get_settings

H5_PURPOSE = "h5-questionnaire"


def _link_expiry() -> datetime:
    return now() + timedelta(days=get_settings().sms.h5_link_days)


def h5_token(task: FollowUpTask, expires_at: datetime | None = None) -> str:
    return signing.sign_short(H5_PURPOSE, task.id, expires_at or _link_expiry())


async def task_for_token(token: str) -> FollowUpTask:
    """The open task a questionnaire link names; BadToken / NotFound (Chinese) otherwise."""
    try:
        task_id = signing.verify_short(H5_PURPOSE, token, at=now())
    except signing.BadToken as exc:
        raise PermissionDenied(f"问卷{exc}") from exc
    task = await FollowUpTask.get_or_none(id=task_id)
    if task is None:
        raise NotFound("随访任务不存在")
    return task


async def open_questionnaire(token: str) -> FollowUpTask:
    """The task behind a questionnaire link, with its questionnaire, while it can still be answered."""
    task = await task_for_token(token)
    if task.status not in OPEN:
        raise Conflict("该随访问卷已提交或已结束，感谢您的配合")
    await task.fetch_related("questionnaire")
    return task


async def h5_page(token: str) -> Questionnaire:
    """The questionnaire a link opens on this node (on an extranet edge: its unsaved copy)."""
    if get_settings().node.role == "edge":
        return (await exchange_kinds.open_link(token)).questionnaire
    task = await open_questionnaire(token)
    return task.questionnaire


async def h5_submit(token: str, *, client_uuid: uuid.UUID, answers: dict[str, Any]) -> int | None:
    """A patient's answers to a link: recorded on the core (the record's id), queued for the core
    on an edge (None: the record is made there when the answers arrive)."""
    if get_settings().node.role == "edge":
        await exchange_kinds.submit_answer(token, client_uuid=client_uuid, answers=answers)
        return None
    task = await task_for_token(token)
    record = await execution.record_self_report(task, client_uuid=client_uuid, answers=answers)
    return record.id


async def send_step_messages(*, limit: int = 2000) -> int:
    """Queue the notice / link SMS of tasks whose window has opened (idempotent by key)."""
    settings = get_settings().sms
    notice = await SmsTemplate.get_or_none(code=settings.notice_template, is_active=True)
    link = await SmsTemplate.get_or_none(code=settings.h5_template, is_active=True)
    if link is not None and get_settings().h5.link_base is None:
        link = None  # a link no patient's phone can open is not sent: H5 tasks wait, a notice says why
        await notices.raise_once(
            "h5_not_configured",
            "H5 问卷链接未发送：未配置对外地址",
            "随访模板的 H5 问卷链接需要患者手机能打开的医院对外地址。请在配置中填写 H5__PUBLIC_BASE_URL"
            "（如 https://suifang.医院域名），并确认短信模板中的链接地址与之一致；配置前 H5 随访任务不发送短信。",
            key="h5_not_configured",
            level="danger",
        )
    templates = {Channel.SMS_THEN_PHONE: notice, Channel.SMS: notice, Channel.H5: link}
    queued = 0
    today = now().date()
    tasks = (
        await FollowUpTask.filter(
            status__in=OPEN,
            channel__in=[c for c, t in templates.items() if t is not None],
            due_start__lte=today,
            due_end__gte=today,
        )
        # a task gets one step message: those that have it are not looked at again every minute
        .exclude(id__in=Subquery(SmsMessage.filter(task_id__isnull=False).values("task_id")))
        .select_related("patient")
        .order_by("id")
        .limit(limit)
    )
    for task in tasks:
        template = templates[task.channel]
        assert template is not None
        kind = "h5" if task.channel is Channel.H5 else "notice"
        key = f"task:{task.id}:{kind}"
        expires_at = _link_expiry()
        extra = {"code": h5_token(task, expires_at)} if kind == "h5" else {}
        if kind == "h5":
            # With an extranet edge the patient opens the link there: the edge learns the link
            # before it is texted (killed in between, the next run publishes a fresh one).
            await exchange_kinds.publish_link(task, extra["code"], expires_at)
        await sms.enqueue(
            dedupe_key=key,
            patient=task.patient,
            template=template,
            params=await sms.params_for(template, task.patient, **extra),
            task=task,
        )
        queued += 1
    return queued
