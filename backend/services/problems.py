"""Problems raised in follow-up (问题处理): the department replies, the follow-up centre verifies.

open --reply--> replied --verify--> verified (closed), or --reopen--> open again with the reason.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from backend.clock import now
from backend.models import Problem
from backend.models.choices import AuditAction, ProblemStatus
from backend.services import audit
from backend.services.access import require
from backend.services.errors import Conflict, InvalidInput
from backend.services.pagination import Page, paginate
from backend.services.principal import Principal
from backend.services.scope import get_visible, visible


async def to_reply(principal: Principal, *, status: ProblemStatus | None, page: int, page_size: int) -> Page[Problem]:
    """The problems routed to the caller's departments (all for hospital-wide roles), oldest
    first; by default those still waiting for a reply."""
    require(principal, "problem:reply")
    query = visible(Problem, principal).filter(status=status or ProblemStatus.OPEN)
    return await paginate(query.select_related("patient", "department").order_by("id"), page, page_size)


async def reply(principal: Principal, problem_id: int, text: str) -> Problem:
    """The department answers a problem routed to it."""
    require(principal, "problem:reply")
    text = text.strip()
    if len(text) < 2:
        raise InvalidInput("请填写回复内容", field="reply")
    problem = await get_visible(Problem, principal, problem_id)
    if problem.status not in (ProblemStatus.OPEN, ProblemStatus.REPLIED):
        raise Conflict(f"问题{problem.status.label}，不能再回复")
    async with in_transaction():
        problem.reply, problem.status = text[:4000], ProblemStatus.REPLIED
        problem.replied_by_id, problem.replied_at = principal.staff_id, now()
        await problem.save(update_fields=["reply", "status", "replied_by_id", "replied_at", "updated_at"])
        await audit.record(
            AuditAction.UPDATE,
            actor=principal,
            resource=problem,
            summary="回复患者问题",
            after={"status": problem.status.value},
        )
    return problem


async def verify(principal: Principal, problem_id: int, *, accepted: bool, note: str = "") -> Problem:
    """The follow-up centre checks the reply with the patient: verified, or reopened."""
    require(principal, "problem:verify")  # the follow-up centre, not the department that replied
    problem = await get_visible(Problem, principal, problem_id)
    if problem.status is not ProblemStatus.REPLIED:
        raise Conflict("只有已回复的问题可以核实")
    async with in_transaction():
        if accepted:
            problem.status = ProblemStatus.VERIFIED
            problem.verified_by_id, problem.verified_at = principal.staff_id, now()
        else:
            problem.status = ProblemStatus.OPEN
            problem.reply = f"{problem.reply}\n【未解决，退回】{note.strip()[:500]}"
        await problem.save(update_fields=["status", "verified_by_id", "verified_at", "reply", "updated_at"])
        await audit.record(
            AuditAction.UPDATE,
            actor=principal,
            resource=problem,
            summary="核实问题处理" if accepted else f"问题退回科室：{note[:100]}",
            after={"status": problem.status.value},
        )
    return problem
