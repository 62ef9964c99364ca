"""The shared reference corpus as an extra acceptance suite.

The corpus (public sample HL7 messages, Synthea FHIR bundles, LHC-Forms questionnaires) is not
ours to ship: it lives outside the repository and `REFERENCE_CORPUS` names its folder. `.ci/run`
points it at the corpus beside the CI checkout and requires it. Without the variable this folder is
left out at collection (tests/conftest.py says so in one line); with it, a missing or empty
folder stops the run here instead of letting the suite pass on nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _corpus() -> Path:
    raw = os.environ.get("REFERENCE_CORPUS", "").strip()
    if not raw:
        raise pytest.UsageError("tests/reference needs REFERENCE_CORPUS: the folder of the shared reference corpus")
    path = Path(raw).expanduser().resolve()
    if not path.is_dir() or not any(path.iterdir()):
        raise pytest.UsageError(f"REFERENCE_CORPUS={raw}: the folder is missing or empty")
    return path


CORPUS = _corpus()


def corpus_files(folder: str, pattern: str) -> list[Path]:
    """The files of one corpus folder; an empty match fails loudly (a renamed folder is no pass)."""
    files = sorted((CORPUS / folder).glob(pattern))
    if not files:
        raise pytest.UsageError(f"REFERENCE_CORPUS has no {folder}/{pattern}")
    return files
