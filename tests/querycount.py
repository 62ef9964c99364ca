"""Count the SQL statements the application sends, by wrapping the live Tortoise connection.

The wrapper calls straight through to the real driver: nothing is answered in its place. Only
the outermost call counts, since some drivers implement one execute method with another.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from tortoise import connections

METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script")
_inside = contextvars.ContextVar("querycount_inside", default=False)


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The statements sent inside the block, in order."""
    statements: list[str] = []
    conn = connections.get("default")

    def wrap(original: Any) -> Any:
        async def counted(query: str, *args: Any, **kwargs: Any) -> Any:
            if _inside.get():
                return await original(query, *args, **kwargs)
            statements.append(" ".join(str(query).split()))
            token = _inside.set(True)
            try:
                return await original(query, *args, **kwargs)
            finally:
                _inside.reset(token)

        return counted

    with monkeypatch.context() as patch:
        for name in METHODS:
            patch.setattr(conn, name, wrap(getattr(conn, name)))
        yield statements
