"""Shared model pieces.

Model docstrings become table comments. Tortoise does not escape quotes in MySQL comments, so
model docstrings and field descriptions must not contain an apostrophe; SQLite escapes a slash
in comments as a backslash-slash, which Python then warns about in the migration file: no slash.
Field descriptions are the Chinese labels the admin shows, and also column comments: aerich
cannot alter a column comment on SQLite, so once released they stay; an admin class can relabel
a field with its `labels` attribute instead.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class TimestampedModel(Model):
    """A row that records when it was created and last changed."""

    created_at = fields.DatetimeField(auto_now_add=True, description="创建时间")
    updated_at = fields.DatetimeField(auto_now=True, description="更新时间")

    class Meta:
        abstract = True
