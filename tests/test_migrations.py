"""`make migrations-check` passes on the repository and fails after a model change."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "AERICH_MYSQL_VERSION": "8.0"}
    return subprocess.run(
        [sys.executable, "-m", "backend.manage", "migrations-check"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "backend", tree / "backend", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "migrations", tree / "migrations")
    return tree


def test_models_match_the_migrations_of_every_database(tmp_path: Path) -> None:
    result = _check(_copy(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "一致" in result.stdout


def test_a_model_change_without_a_migration_is_detected(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    models = tree / "backend" / "models" / "organisation.py"
    source = models.read_text(encoding="utf-8")
    changed = source.replace(
        '    phone = fields.CharField(max_length=32, null=True, description="科室电话")\n',
        '    phone = fields.CharField(max_length=32, null=True, description="科室电话")\n'
        "    floor = fields.IntField(null=True)\n",
    )
    assert changed != source
    models.write_text(changed, encoding="utf-8")
    result = _check(tree)
    assert result.returncode == 1
    assert "sqlite" in result.stderr and "postgres" in result.stderr and "mysql" in result.stderr
