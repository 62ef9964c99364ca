"""Schemas shared by several route modules."""

from __future__ import annotations

from typing import Annotated, ClassVar, Generic, TypeVar

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

T = TypeVar("T")

# Ids are 32-bit in every database we support; a larger number is bad input, not a 500.
MAX_ID = 2_147_483_647
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
OptionalIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
PageNo = Annotated[int, Query(ge=1, le=100_000)]
# A route whose body may be larger than SECURITY__MAX_BODY_BYTES says so in its OpenAPI extras;
# the size limit (backend.middleware) reads it from the route table, before the body is read.
BODY_LIMIT = "x-max-body-bytes"


class Schema(BaseModel):
    """Base of request and response bodies: unknown fields are rejected, not ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PatchSchema(Schema):
    """A partial update: omitted fields stay; null is refused unless the field may be empty."""

    nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _refuse_null(self) -> PatchSchema:
        for name in self.model_fields_set:
            if getattr(self, name) is None and name not in self.nullable:
                raise PydanticCustomError("null_not_allowed", "{field} 不能为空", {"field": name})
        return self


class PageOut(BaseModel, Generic[T]):
    total: int
    page: int
    page_size: int
    items: list[T]


class Message(BaseModel):
    detail: str


class DepartmentRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
