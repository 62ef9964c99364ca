"""What counts as an untranslated word on a page staff read (the per-role page walk and the
admin label check share it)."""

from __future__ import annotations

import re

from backend.services.demo import STAFF

# ASCII words staff read as they are: names of standards and systems, units. Anything else in
# [A-Za-z]{2,} on a page is a raw code or an untranslated word.
ALLOWED = {
    "ID",
    "HIS",
    "FHIR",
    "HL",  # HL7 (its digit keeps most uses out of the check anyway)
    "ICD",
    "GB",  # GB/T: the national standards (GB/T 15657 中医病证分类与代码)
    "CSV",
    "Excel",
    "PBX",
    "IP",
    "SIM",
    "CDA",
    "Asterisk",
    "FreeSWITCH",
    "Yeastar",
    "AI",
    "API",  # API 密钥 of an AI service
    "DeepSeek",
    "OpenAI",
    "vLLM",
    "Ollama",
    "TCM",
    "mmHg",
    "mmol",
    "mg",
    "ml",
    "mL",
    "kg",
    "cm",
    "bpm",
}
# Login names are identifiers staff type, like IDs.
LOGINS = {username for username, *_ in STAFF}
_TOKEN = re.compile(r"[!-~]+")  # a run of printable ASCII
_PLACEHOLDER = re.compile(r"\$\{\w+\}")  # an SMS template variable, typed as the carrier approved it
_WORD = re.compile(r"[A-Za-z]{2,}")


def foreign_words(text: str) -> set[str]:
    """ASCII words in `text` that are neither allowed nor part of an identifier, a link or a
    template variable."""
    found = set()
    for token in _TOKEN.findall(text):
        token = _PLACEHOLDER.sub(" ", token).strip("()[]{}<>,.;:!?'\"")
        if any(c.isdigit() for c in token) or token.startswith(("http://", "https://")) or token in LOGINS:
            continue
        found |= {w for w in _WORD.findall(token) if w not in ALLOWED}
    return found
