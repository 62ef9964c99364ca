"""Tortoise fields described for the admin: labels, types, choices, relations.

The admin pages are built by fastapi-amis-admin from pydantic models. This module turns a Tortoise
model and a list of field paths (``name``, ``department_id``, ``department__name``) into those
pydantic models, with Chinese labels and enum options taken from our choices module.
"""

from __future__ import annotations

import datetime
import decimal
import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model
from tortoise import fields as tfields
from tortoise.models import Model

from backend.models.choices import AuditResource, LabeledEnum

# Labels of fields that have no description of their own.
COMMON_LABELS = {
    "id": "ID",
    "created_at": "创建时间",
    "updated_at": "更新时间",
    "is_active": "启用",
    "code": "编码",
    "name": "名称",
    "kind": "类别",
    "sort_order": "排序",
    "status": "状态",
    "title": "标题",
    "description": "说明",
    "category": "类别",
    "version": "版本",
    "program": "项目",
    "success": "成功",
    "ip": "IP 地址",
    "user_agent": "浏览器",
    "request_id": "请求编号",
    "before": "修改前",
    "after": "修改后",
    "assignees": "随访人员",
    "roles": "角色",
    "permissions": "权限",
    "departments": "科室",
}


@dataclass(frozen=True)
class FieldSpec:
    """One admin field: a column of the model or of a model it points to."""

    path: str
    label: str
    python_type: Any
    nullable: bool
    max_length: int | None
    enum: type[Enum] | None
    related_model: type[Model] | None  # for a foreign-key id: the model it points to
    unique: bool
    has_default: bool
    default: Any
    db_field: tfields.Field[Any]
    owner: type[Model]

    @property
    def is_relation_path(self) -> bool:
        return "__" in self.path


def _python_type(field: tfields.Field[Any]) -> Any:
    if isinstance(field, tfields.data.CharEnumFieldInstance):
        return field.enum_type
    if isinstance(field, tfields.JSONField):
        return Any
    mapping: dict[type, Any] = {
        tfields.BooleanField: bool,
        tfields.DatetimeField: datetime.datetime,
        tfields.DateField: datetime.date,
        tfields.FloatField: float,
        tfields.DecimalField: decimal.Decimal,
        tfields.UUIDField: uuid.UUID,
        tfields.TextField: str,
        tfields.CharField: str,
    }
    for kind, python in mapping.items():
        if isinstance(field, kind):
            return python
    if isinstance(field, tfields.IntField | tfields.BigIntField | tfields.SmallIntField):
        return int
    return field.field_type or Any


def _label(model: type[Model], name: str, field: tfields.Field[Any]) -> str:
    if isinstance(field, tfields.data.CharEnumFieldInstance) and field.description == "\n".join(
        f"{m.name}: {m.value}" for m in field.enum_type
    ):
        # Tortoise fills an undescribed enum field with its member list: not a label.
        return COMMON_LABELS.get(name, name)
    if field.description:
        return str(field.description)
    if name.endswith("_id"):
        relation = model._meta.fields_map.get(name[:-3])
        if relation is not None and relation.description:
            return str(relation.description)
        related = getattr(relation, "related_model", None)
        if related is not None and related.__doc__:
            return _short_doc(related)
    return COMMON_LABELS.get(name, name)


def _short_doc(model: type[Model]) -> str:
    """A model's Chinese name: as the choices name its table, else the first parenthesised Chinese
    in its docstring, else its class name."""
    named = AuditResource.label_of(model._meta.db_table)
    if named != model._meta.db_table:
        return named
    doc = (model.__doc__ or "").strip()
    if "（" in doc or "(" in doc:
        start = max(doc.find("（"), doc.find("("))
        end = doc.find("）", start) if doc.find("）", start) != -1 else doc.find(")", start)
        if end > start:
            return doc[start + 1 : end]
    return model.__name__


def describe(model: type[Model], path: str) -> FieldSpec:
    """Describe `path` on `model`; ``a__b`` follows the foreign key ``a`` to field ``b``."""
    owner = model
    parts = path.split("__")
    for relation_name in parts[:-1]:
        relation = owner._meta.fields_map.get(relation_name)
        related = getattr(relation, "related_model", None)
        if related is None:
            raise ValueError(f"{owner.__name__}.{relation_name} is not a relation (in {path})")
        owner = related
    name = parts[-1]
    field = owner._meta.fields_map.get(name)
    if field is None:
        raise ValueError(f"{owner.__name__} has no field {name} (in {path})")
    related_model = None
    if name.endswith("_id"):
        relation = owner._meta.fields_map.get(name[:-3])
        related_model = getattr(relation, "related_model", None)
    label = _label(owner, name, field)
    if len(parts) > 1:
        relation_field = model._meta.fields_map[parts[0]]
        prefix = str(relation_field.description or _short_doc(owner))
        # department__name reads 科室; department__code reads 科室编码 (unless it says so already).
        if name in ("name", "title"):
            label = prefix
        elif not label.startswith(prefix):
            label = f"{prefix}{label}"
    return FieldSpec(
        path=path,
        label=label,
        python_type=_python_type(field),
        nullable=bool(field.null) or len(parts) > 1,
        max_length=getattr(field, "max_length", None),
        enum=field.enum_type if isinstance(field, tfields.data.CharEnumFieldInstance) else None,
        related_model=related_model,
        unique=bool(field.unique) and not field.pk,
        has_default=field.default is not None
        or field.null
        or bool(getattr(field, "auto_now", False))
        or bool(getattr(field, "auto_now_add", False))
        or field.generated,
        default=field.default,
        db_field=field,
        owner=owner,
    )


def editable_fields(model: type[Model]) -> list[str]:
    """Data fields a person may type in: no pk, timestamps or JSON blobs; FKs by their id."""
    names = []
    for name in model._meta.db_fields:
        field = model._meta.fields_map[name]
        if field.pk or name in ("created_at", "updated_at") or isinstance(field, tfields.JSONField):
            continue
        names.append(name)
    return names


def _enum_extra(enum: type[Enum]) -> dict[str, Any]:
    if issubclass(enum, LabeledEnum):
        options = enum.options()
        mapping = {m.value: f"<span class='label label-{m.color}'>{m.label}</span>" for m in enum}
    else:
        options = [{"label": m.value, "value": m.value} for m in enum]
        mapping = {m.value: m.value for m in enum}
    return {
        "amis_form_item": {"type": "select", "options": options, "clearable": True},
        "amis_filter_item": {"type": "select", "options": options, "clearable": True},
        "amis_table_column": {"type": "mapping", "map": mapping, "filterable": {"options": options}},
    }


def build_schema(
    name: str,
    specs: list[FieldSpec],
    *,
    optional: bool = False,
    extra: Literal["allow", "ignore", "forbid"] = "ignore",
    more: dict[str, tuple[Any, Any]] | None = None,
) -> type[BaseModel]:
    """A pydantic model with one field per spec (path ``a__b`` keeps its name).

    `optional`: every field may be omitted (updates, filters). `more`: extra field definitions
    (many-to-many selections, a password on create).
    """
    definitions: dict[str, Any] = {}
    for spec in specs:
        python_type = spec.python_type
        json_extra: dict[str, Any] = {}
        if spec.enum is not None:
            json_extra.update(_enum_extra(spec.enum))
        if python_type is bool:
            json_extra["amis_filter_item"] = {"type": "select", "options": YES_NO, "clearable": True}
        if python_type is Any:  # JSON columns: edited as JSON, shown as JSON
            json_extra["amis_form_item"] = {"type": "json-editor"}
            json_extra["amis_table_column"] = {"type": "json"}
        nullable = (optional or spec.nullable) and python_type is not Any
        annotation: Any = python_type | None if nullable else python_type
        constraints: dict[str, Any] = {}
        if spec.max_length and python_type is str:
            constraints["max_length"] = spec.max_length
        if optional or spec.has_default or spec.nullable:
            default = None if optional or spec.default is None or callable(spec.default) else spec.default
        else:
            default = ...
        definitions[spec.path] = (
            annotation,
            Field(default, title=spec.label, json_schema_extra=json_extra or None, **constraints),
        )
    definitions.update(more or {})
    config = ConfigDict(extra=extra, from_attributes=True)
    model: type[BaseModel] = create_model(name, __config__=config, **definitions)
    return model


YES_NO = [{"label": "是", "value": True}, {"label": "否", "value": False}]
