"""调查话术: what the caller says in a satisfaction call, per template.

Four parts in the order of the call: 开场白 (who is calling and why), 身份核实 (the right person,
or a relative answering), 知情同意 (how long, what for, kept confidential; may we go on), 结束语
(thanks, what happens to a complaint). A template without its own script uses the defaults
below. Placeholders are filled when the drawer opens: {医院} {科室} {患者} {随访人员}.
"""

from __future__ import annotations

from typing import Any

from backend.services.errors import InvalidInput

PARTS = (("opening", "开场白"), ("identity", "身份核实"), ("consent", "知情同意"), ("closing", "结束语"))
MAX_LENGTH = 1000
PLACEHOLDERS = ("医院", "科室", "患者", "随访人员")
DEFAULTS = {
    "opening": "您好！我是{医院}患者服务中心（行风办）的{随访人员}。您前段时间在我院{科室}住院，"
    "今天想耽误您几分钟，听听您对这次住院的意见。",
    "identity": "请问您是{患者}本人吗？（家属代答的，请问您和患者是什么关系、是否了解这次住院的情况？）",
    "consent": "回访大约需要三到五分钟，您的回答只用于改进医院的服务，我们会严格保密，不会影响您今后就医。"
    "请问现在方便吗？（不方便的可预约时间；明确不愿参加的记为“拒绝随访”，不便回答的记为“不便回答”）",
    "closing": "感谢您对我院工作的支持！您反映的问题我们会转交相关科室处理，并尽快给您回复。祝您早日康复，再见！",
}


def clean(raw: Any) -> dict[str, str]:
    """The stored script from the designer's form: each part trimmed, at most MAX_LENGTH characters;
    an empty part falls back to the default when shown."""
    if raw in (None, ""):
        return {}
    if not isinstance(raw, dict):
        raise InvalidInput("调查话术格式错误", field="script")
    script: dict[str, str] = {}
    for key, label in PARTS:
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InvalidInput(f"{label}须为文字", field="script")
        if len(value.strip()) > MAX_LENGTH:
            raise InvalidInput(f"{label}不能超过 {MAX_LENGTH} 字", field="script")
        if value.strip():
            script[key] = value.strip()
    return script


def form_data(script: dict[str, Any] | None) -> dict[str, str]:
    """Every part, the template's own or the default (what the designer shows)."""
    stored = script or {}
    return {key: str(stored.get(key) or DEFAULTS[key]) for key, _ in PARTS}


def render(
    script: dict[str, Any] | None, *, hospital: str, department: str, patient: str, caller: str
) -> list[tuple[str, str]]:
    """(label, text) of each part with its placeholders filled (plain text: the caller renders it
    as text, never as HTML)."""
    values = {"医院": hospital, "科室": department, "患者": patient, "随访人员": caller}
    out = []
    for key, label in PARTS:
        said = form_data(script)[key]
        for name, value in values.items():
            said = said.replace("{" + name + "}", value)
        out.append((label, said))
    return out
