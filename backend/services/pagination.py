"""Page-number pagination shared by every list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

M = TypeVar("M", bound=Model)

MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class Page(Generic[M]):
    total: int
    page: int
    page_size: int
    items: list[M]


async def paginate(query: QuerySet[M], page: int, page_size: int) -> Page[M]:
    page = max(page, 1)
    page_size = min(max(page_size, 1), MAX_PAGE_SIZE)
    total = await query.count()
    items = await query.offset((page - 1) * page_size).limit(page_size)
    return Page(total=total, page=page, page_size=page_size, items=list(items))
