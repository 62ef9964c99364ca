"""TortoiseModelAdmin: a complete amis admin page for a Tortoise model from class attributes.

fastapi-amis-admin's ModelAdmin builds the amis page (table, filter form, create/update dialogs,
bulk actions) well, but reads and writes through SQLAlchemy. This subclass keeps its page
builders and replaces everything that touches the database:

- schemas come from the Tortoise model (`backend.admin.fields`), with Chinese labels;
- list/filter/sort/paginate, read, create, bulk create, update, quick edit, bulk update, delete,
  bulk delete, row actions and export run on Tortoise; writes go through `services.records`
  (audit in the same transaction) or a service named by the subclass, each bulk operation in
  one transaction;
- every route needs a logged-in staff member holding `permission` (reads) or
  `write_permission` (writes), and patient-bearing models (`scoped = True`) start every query
  from `services.scope.visible`, so the admin cannot reach around department scope.
"""

# No `from __future__ import annotations`: FastAPI must see the route signatures built from
# `self` (paginator, schemas) as real objects, not strings.

import dataclasses
import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Any, ClassVar, cast

from fastapi import Body, Depends, Query
from fastapi_amis_admin.admin.admin import AdminAction, BaseActionAdmin, ModelAdmin
from fastapi_amis_admin.amis.components import (
    Action,
    ActionType,
    Dialog,
    Form,
    PageSchema,
    Picker,
    Remark,
    Select,
    Service,
    TableCRUD,
)
from fastapi_amis_admin.amis.types import AmisAPI
from fastapi_amis_admin.crud.base import BaseCrud
from fastapi_amis_admin.crud.schema import BaseApiOut, ItemListSchema
from fastapi_amis_admin.utils.pydantic import ModelField, model_fields
from pydantic import BaseModel, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.admin import export
from backend.admin.auth import menu_allows, optional_principal, require_principal
from backend.admin.fields import COMMON_LABELS, FieldSpec, build_schema, describe, editable_fields
from backend.admin.filters import convert, to_query
from backend.admin.shell import OpensInShell
from backend.clock import local_text
from backend.models.choices import AuditAction, LabeledEnum
from backend.services import audit, records, scope
from backend.services import principal as principal_cache
from backend.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from backend.services.principal import Principal
from backend.web.errors import validation_message

READ_ACTIONS = {None, "page", "list", "filter", "read"}
Permission = str | tuple[str, ...]

# model class -> its admin, for foreign-key pickers
_ADMINS_BY_MODEL: dict[type[Model], "TortoiseModelAdmin"] = {}


def holds(principal: Principal, permission: Permission) -> bool:
    """A permission, or any one of a tuple of permissions."""
    needed = (permission,) if isinstance(permission, str) else permission
    return any(principal.can(p) for p in needed)


@dataclass(frozen=True)
class ActionResult:
    """What an item action answers besides its message: data its `feedback` dialog shows."""

    message: str
    data: dict[str, Any]


@dataclass(frozen=True)
class ItemAction:
    """A button on each row that calls a service: `run(principal, obj, data)` -> message.

    With `form` (a pydantic model) the button opens a dialog asking for those fields; without
    it the button asks `confirm` and runs at once. `visible_on` is an amis expression.
    """

    name: str
    label: str
    permission: Permission
    run: Callable[[Principal, Any, dict[str, Any]], Awaitable[str | ActionResult]] | None = None
    form: type[BaseModel] | None = None
    view: dict[str, Any] | None = None  # an amis schema shown in a drawer instead of running anything
    confirm: str = ""
    icon: str = ""
    visible_on: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _FieldParser:
    """Stands in for ModelAdmin's SQLAlchemy parser: field names to pydantic ModelFields."""

    def __init__(self, admin: "TortoiseModelAdmin") -> None:
        self.admin = admin

    def get_modelfield(self, field: Any, deep: bool = True) -> ModelField | None:
        if isinstance(field, ModelField):
            return field
        if isinstance(field, str):
            for schema in (self.admin.schema_list, self.admin.schema_update, self.admin.schema_create):
                found = model_fields(schema).get(field)
                if found is not None:
                    return found
        return None

    def get_alias(self, field: Any) -> str | None:
        return field if isinstance(field, str) else getattr(field, "alias", None)


# A list's request names each filter (``name: "[~]${name}"``), and amis resolves those names up the
# data scopes: a picker inside a form (科室 in 员工维护 新增) sent the form's own 姓名 as the
# department name filter and listed nothing. Only filters the list itself holds (its query, its
# own keys of the request context) are sent; every list and every picker built on it is covered.
OWN_FILTERS_ONLY = (
    "const own = context || {}, data = api.data || {};"
    " Object.keys(data).forEach(k => { if (!Object.prototype.hasOwnProperty.call(own, k)) delete data[k]; });"
    " return api;"
)
FILTER_OPTIONS = 1000  # rows a related-name filter lists (departments, templates, staff)


@dataclass(frozen=True)
class PageRequest:
    """Which page of a list one request asked for."""

    page: int
    perPage: int  # amis names the paging parameters in camelCase
    showTotal: bool
    orderBy: str | None
    orderDir: str

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.perPage


class ListPaginator:
    """The list route's paging dependency.

    fastapi-amis-admin's Paginator writes each request's page onto one instance shared by every
    request (two concurrent requests can swap pages across an await), and is a sync dependency,
    so FastAPI hops to a worker thread for it on every list request. This one returns a fresh
    value on the event loop.
    """

    def __init__(self, perPageMax: int | None = None, perPageDefault: int = 10) -> None:
        self.perPageMax = perPageMax
        self.perPageDefault = perPageDefault

    async def __call__(
        self,
        page: int | str = 1,
        perPage: int | str | None = None,
        showTotal: bool = True,
        orderBy: str | None = None,
        orderDir: str = "asc",
    ) -> PageRequest:
        try:
            number, size = int(page or 1), int(perPage or self.perPageDefault)
        except ValueError:
            raise InvalidInput("分页参数必须是整数", field="page") from None
        size = size if size > 0 else self.perPageDefault
        if self.perPageMax:
            size = min(size, self.perPageMax)
        return PageRequest(max(number, 1), size, showTotal, orderBy, orderDir)


def _option_label(model: type[Model]) -> str | None:
    """The column naming a row of `model` in a filter list; None for patient-bearing models,
    whose names are never listed wholesale."""
    from backend.services.scope import SCOPE_FILTERS

    if model in SCOPE_FILTERS:
        return None
    return next((f for f in ("name", "title") if f in model._meta.fields_map), None)


class TortoiseModelAdmin(OpensInShell, ModelAdmin):
    """Declare `model`, `page_schema`, `permission` and the field lists; override hooks if needed.

    Field lists hold paths: ``name``, a foreign key id ``department_id`` (edited with a picker)
    or a related column ``department__name`` (shown and filtered, never edited).
    """

    model: type[Model]
    list_display: ClassVar[list[Any]] = []
    list_filter: ClassVar[list[Any]] = []
    search_fields: ClassVar[list[Any]] = []
    ordering: ClassVar[list[Any]] = ["-id"]
    create_fields: ClassVar[list[str] | None] = None
    update_fields: ClassVar[list[str] | None] = None
    read_fields: ClassVar[list[str] | None] = None
    bulk_update_fields: ClassVar[list[Any]] = []
    readonly: ClassVar[bool] = False
    allow_delete: ClassVar[bool] = True
    permission: ClassVar[Permission] = ""
    write_permission: ClassVar[Permission | None] = None
    export_permission: ClassVar[Permission | None] = None
    scoped: ClassVar[bool] = False
    label_field: ClassVar[str] = "name"
    # many-to-many relation -> the attribute of the related model shown as its label
    m2m_fields: ClassVar[dict[str, str]] = {}
    item_actions: ClassVar[list[ItemAction]] = []
    # path -> Chinese label, where the model's description does not fit this page
    labels: ClassVar[dict[str, str]] = {}
    # path -> function applied to the value in lists, reads and exports (e.g. masking)
    formatters: ClassVar[dict[str, Callable[[Any], Any]]] = {}
    # path -> the choices enum whose Chinese labels a plain-text column shows (the 拨号方式 a call
    # record stores as `simulator`, a Q.850 挂断原因 `16`); also its filter's options
    value_labels: ClassVar[dict[str, type[LabeledEnum]]] = {}
    list_per_page = 20
    display_item_action_as_column = True  # row buttons in an operation column, not on hover

    def __init__(self, app: Any) -> None:
        # Deliberately not ModelAdmin.__init__: it builds SQLAlchemy selectors.
        self.app = app
        self.engine = None
        self.amis_parser = app.site.amis_parser
        cls = type(self)
        model = self.model
        self.pk_name = model._meta.pk_attr
        self.link_models: dict[str, Any] = {}
        self.link_model_forms: list[Any] = []
        declared = [f for f in cls.list_display if isinstance(f, str)]
        display = [f for f in declared if f not in self.m2m_fields] or [self.pk_name, *editable_fields(model)]
        if self.pk_name not in display:
            display = [self.pk_name, *display]
        self._list_paths = display
        self._m2m_display = [f for f in declared if f in self.m2m_fields]
        self._specs: dict[str, FieldSpec] = {}
        filter_paths = [f for f in cls.list_filter if isinstance(f, str)] or [p for p in display if p != self.pk_name]
        filter_paths += [f for f in cls.search_fields if isinstance(f, str) and f not in filter_paths]
        self._filter_specs = {p: self._spec(p) for p in filter_paths}
        create_paths = [] if self.readonly else list(cls.create_fields or editable_fields(model))
        update_paths = [] if self.readonly else list(cls.update_fields or create_paths)
        self._read_paths = [
            p for p in (cls.read_fields or dict.fromkeys([*display, *update_paths])) if p not in self.m2m_fields
        ]
        m2m = {m: self._m2m_definition(m) for m in self.m2m_fields}
        name = cls.__name__

        def plain(paths: Sequence[str]) -> list[FieldSpec]:
            return [self._spec(p) for p in paths if p not in self.m2m_fields]

        def related(paths: Sequence[str]) -> dict[str, Any]:
            return {m: m2m[m] for m in paths if m in self.m2m_fields}

        self.schema_model = build_schema(f"{name}Model", plain(self._read_paths), optional=True)
        # Lists show many-to-many values as text (one label per related row, joined).
        self.schema_list = build_schema(
            f"{name}List",
            plain(display),
            optional=True,
            extra="allow",
            more={m: (str | None, Field(None, title=m2m[m][1].title)) for m in self._m2m_display},
        )
        self.schema_filter = build_schema(
            f"{name}Filter", list(self._filter_specs.values()), optional=True, more=self.extra_filter_fields()
        )
        self.schema_create = build_schema(
            f"{name}Create",
            plain(create_paths),
            extra="forbid",
            more={**related(create_paths), **self.extra_create_fields()},
        )
        self.schema_update = build_schema(
            f"{name}Update",
            plain(update_paths),
            optional=True,
            extra="forbid",
            more={**related(update_paths), **self.extra_update_fields()},
        )
        self.schema_read = build_schema(
            f"{name}Read", plain(self._read_paths), optional=True, more=related(list(self.m2m_fields))
        )
        self.parser = _FieldParser(self)
        # The page builders read these as pydantic ModelFields.
        self.list_display = list(model_fields(self.schema_list).values())  # type: ignore[misc]
        self.list_filter = list(model_fields(self.schema_filter).values())  # type: ignore[misc]
        self.bulk_update_fields = [  # type: ignore[misc]
            model_fields(self.schema_update)[f] for f in cls.bulk_update_fields if isinstance(f, str)
        ]
        self.fields: list[Any] = []
        BaseCrud.__init__(self, self.schema_model, None)
        BaseActionAdmin.__init__(self, app)
        # Not `self.paginator`: the library's register_crud replaces that with its own.
        self.pages = ListPaginator(perPageMax=self.list_per_page_max)
        _ADMINS_BY_MODEL[model] = self

    def extra_create_fields(self) -> dict[str, Any]:
        """Hook: fields asked on create that are not model columns (e.g. an initial password)."""
        return {}

    def extra_update_fields(self) -> dict[str, Any]:
        """Hook: fields asked on edit that are not model columns (e.g. a write-only secret)."""
        return {}

    def extra_filter_fields(self) -> dict[str, Any]:
        """Hook: filter fields that are not model paths, applied by `extra_filter`."""
        return {}

    async def extra_filter(self, principal: Principal, query: QuerySet[Any], filters: dict[str, Any]) -> QuerySet[Any]:
        """Hook: narrow the list and the export by the `extra_filter_fields` values."""
        return query

    async def list_rows(self, principal: Principal, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Hook: the rows of one list page as the table shows them (e.g. answers as 题目：答案)."""
        return rows

    def _spec(self, path: str) -> FieldSpec:
        if path not in self._specs:
            spec = describe(self.model, path)
            if path in self.labels:
                spec = dataclasses.replace(spec, label=self.labels[path])
            if path in self.value_labels:
                spec = dataclasses.replace(spec, enum=self.value_labels[path])
            self._specs[path] = spec
        return self._specs[path]

    def _m2m_definition(self, name: str) -> tuple[Any, Any]:
        relation = self.model._meta.fields_map[name]
        label = self.labels.get(name) or str(relation.description or COMMON_LABELS.get(name, name))
        return (list[int] | None, Field(None, title=label, json_schema_extra={"amis_m2m": name}))

    @property
    def router_prefix(self) -> str:
        return f"/{type(self).__name__}"

    # ---- permissions -------------------------------------------------------------------------

    async def has_page_permission(self, request: Request, obj: Any = None, action: str | None = None) -> bool:
        principal = await optional_principal(request)
        if principal is None:
            return False
        if action == "page" and not await menu_allows(request, type(self).__name__):
            return False
        if action in READ_ACTIONS:
            return holds(principal, self.permission)
        if action == "export":
            return holds(principal, self.export_permission or self.permission)
        actions = {a.name: a for a in self.item_actions}
        if action in actions:
            return holds(principal, actions[action].permission)
        if self.readonly or (action in ("delete", "bulk_delete") and not self.allow_delete):
            return False
        return holds(principal, self.write_permission or self.permission)

    def _require(self, principal: Principal, *, write: bool = False, permission: Permission | None = None) -> None:
        needed = permission or ((self.write_permission or self.permission) if write else self.permission)
        if write and self.readonly and permission is None:
            raise PermissionDenied("该数据为只读")
        if not holds(principal, needed):
            raise PermissionDenied(f"没有权限：{self.page_schema.label}")

    def get_queryset(self, principal: Principal) -> QuerySet[Any]:
        """Every query of this admin starts here: department scope for patient-bearing models."""
        return scope.visible(self.model, principal) if self.scoped else self.model.all()

    # ---- reading -----------------------------------------------------------------------------

    async def _filtered(
        self, principal: Principal, query: QuerySet[Any], filters: dict[str, Any] | None
    ) -> QuerySet[Any]:
        for path, raw in (filters or {}).items():
            spec = self._filter_specs.get(path)
            if spec is not None:
                kwargs = to_query(spec, raw)
                if kwargs:
                    query = query.filter(**kwargs)
        return await self.extra_filter(principal, query, filters or {})

    def _order(self, order_by: str | None, order_dir: str | None) -> list[str]:
        if order_by and order_by in self._list_paths:
            return [f"-{order_by}" if order_dir == "desc" else order_by, f"-{self.pk_name}"]
        return [o for o in self.ordering if isinstance(o, str)]

    def _format(self, row: dict[str, Any]) -> dict[str, Any]:
        for path, formatter in self.formatters.items():
            if path in row:
                row[path] = formatter(row[path])
        return row

    async def _attach_m2m(self, rows: list[dict[str, Any]], names: Sequence[str], *, as_ids: bool) -> None:
        """Fill many-to-many values: label text for lists, id lists for forms (one query each)."""
        ids = [r[self.pk_name] for r in rows]
        for name in names:
            relation = self.model._meta.fields_map[name]
            target: type[Model] = relation.related_model  # type: ignore[attr-defined]
            back = relation.related_name  # type: ignore[attr-defined]
            label = self.m2m_fields[name]
            links = await target.filter(**{f"{back}__{self.pk_name}__in": ids}).values(
                f"{back}__{self.pk_name}", "id", label
            )
            grouped: dict[Any, list[Any]] = {}
            for link in links:
                grouped.setdefault(link[f"{back}__{self.pk_name}"], []).append(link["id"] if as_ids else link[label])
            for row in rows:
                values = grouped.get(row[self.pk_name], [])
                row[name] = values if as_ids else "、".join(str(v) for v in values)

    def _parse_ids(self, item_id: str) -> list[Any]:
        pk_spec = self._spec(self.pk_name)
        ids = [p for p in str(item_id).split(",") if p.strip()]
        if not ids or len(ids) > 1000:
            raise InvalidInput("请选择 1 到 1000 条记录", field="item_id")
        return [convert(pk_spec, p) for p in ids]

    async def _objects(self, principal: Principal, item_id: str) -> list[Model]:
        ids = self._parse_ids(item_id)
        objs = await self.get_queryset(principal).filter(**{f"{self.pk_name}__in": ids})
        if len(objs) != len(set(ids)):
            raise NotFound("记录不存在或无权操作")
        return list(objs)

    @property
    def route_list(self) -> Callable[..., Any]:
        async def route(
            request: Request,
            principal: Annotated[Principal, Depends(require_principal)],
            paginator: Annotated[PageRequest, Depends(self.pages)],
            filters: Annotated[dict[str, Any] | None, Body()] = None,
        ) -> BaseApiOut[Any]:
            self._require(principal)
            query = await self._filtered(principal, self.get_queryset(principal), filters)
            data = ItemListSchema(items=[])
            data.total = await query.count()
            if data.total:
                rows = await (
                    query.order_by(*self._order(paginator.orderBy, paginator.orderDir))
                    .offset(paginator.offset)
                    .limit(paginator.perPage)
                    .values(*self._list_paths)
                )
                await self._attach_m2m(rows, self._m2m_display, as_ids=False)
                data.items = await self.list_rows(principal, [self._format(r) for r in rows])
            return BaseApiOut(data=data)

        return route

    @property
    def route_read(self) -> Callable[..., Any]:
        async def route(
            request: Request, item_id: str, principal: Annotated[Principal, Depends(require_principal)]
        ) -> BaseApiOut[Any]:
            self._require(principal)
            ids = self._parse_ids(item_id)
            rows = await self.get_queryset(principal).filter(**{f"{self.pk_name}__in": ids}).values(*self._read_paths)
            if len(rows) != len(set(ids)):
                raise NotFound("记录不存在或无权查看")
            await self._attach_m2m(rows, list(self.m2m_fields), as_ids=True)
            items = [self._format(r) for r in rows]
            return BaseApiOut(data=items if len(items) > 1 else items[0])

        return route

    # ---- writing -----------------------------------------------------------------------------

    def _validate(self, schema: type[BaseModel], body: Any, row: int | None = None) -> dict[str, Any]:
        try:
            data = schema.model_validate(body)
        except ValidationError as exc:
            prefix = f"第 {row} 行：" if row is not None else ""
            first = exc.errors()[0]
            path = ".".join(str(p) for p in first["loc"])
            info = schema.model_fields.get(path)
            label = info.title if info is not None and info.title else path
            raise InvalidInput(f"{prefix}{label}：{validation_message(dict(first))}", field=path) from exc
        return data.model_dump(exclude_unset=True)

    async def _check_references_and_unique(
        self, principal: Principal, rows: Sequence[dict[str, Any]], exclude_pk: Sequence[Any] = ()
    ) -> None:
        """Clear Chinese errors for what the database would refuse: duplicates and dangling ids."""
        seen: dict[str, set[Any]] = {}
        for number, data in enumerate(rows, start=1):
            prefix = f"第 {number} 行：" if len(rows) > 1 else ""
            for path, value in data.items():
                if value is None or path in self.m2m_fields or path not in self.model._meta.fields_map:
                    continue
                spec = self._spec(path)
                if spec.related_model is not None and not await self._reachable(principal, spec.related_model, value):
                    raise InvalidInput(f"{prefix}所选{spec.label}不存在", field=path)
                if spec.unique:
                    if value in seen.setdefault(path, set()):
                        raise InvalidInput(f"{prefix}{spec.label}「{value}」在本批数据中重复", field=path)
                    seen[path].add(value)
                    query = self.model.filter(**{path: value})
                    if exclude_pk:
                        query = query.exclude(**{f"{self.pk_name}__in": list(exclude_pk)})
                    if await query.exists():
                        raise InvalidInput(f"{prefix}{spec.label}「{value}」已存在", field=path)

    async def _reachable(self, principal: Principal, model: type[Model], pk: Any) -> bool:
        """A referenced row must exist, and be within the caller's scope when it holds patient data
        (a nurse may not attach another department's patient to her department's row)."""
        if model in scope.SCOPE_FILTERS:
            return bool(await scope.visible(model, principal).filter(pk=pk).exists())
        return bool(await model.exists(pk=pk))

    async def _check_scope(self, principal: Principal, objs: Sequence[Model]) -> None:
        if not self.scoped:
            return
        pks = [o.pk for o in objs]
        visible = await self.get_queryset(principal).filter(**{f"{self.pk_name}__in": pks}).count()
        if visible != len(pks):
            raise PermissionDenied("不能把数据保存到本人科室范围之外")

    async def _set_m2m(self, principal: Principal, obj: Model, values: dict[str, list[int]]) -> None:
        for name, ids in values.items():
            relation = getattr(obj, name)
            target: type[Model] = self.model._meta.fields_map[name].related_model  # type: ignore[attr-defined]
            chosen = await target.filter(id__in=ids)
            if len(chosen) != len(set(ids)):
                raise InvalidInput("所选项目不存在", field=name)
            before = sorted(await relation.all().values_list("id", flat=True))
            if before == sorted(ids):
                continue
            await relation.clear()
            if chosen:
                await relation.add(*chosen)
            await principal_cache.invalidate(obj, [name])  # a staff member's departments, a role's permissions
            await audit.record(
                AuditAction.UPDATE,
                actor=principal,
                resource=obj,
                summary=f"修改 {obj} 的{name}",
                before={name: before},
                after={name: sorted(ids)},
            )

    def _split_m2m(self, data: dict[str, Any]) -> dict[str, list[int]]:
        return {m: data.pop(m) or [] for m in list(data) if m in self.m2m_fields}

    async def create_item(self, principal: Principal, data: dict[str, Any]) -> Model:
        """Hook: how one row is created (default: audited insert)."""
        return await records.create(principal, self.model, data)

    async def update_item(self, principal: Principal, obj: Model, data: dict[str, Any]) -> Model:
        """Hook: how one row is changed (default: audited update)."""
        return await records.update(principal, obj, data)

    async def delete_item(self, principal: Principal, obj: Model) -> None:
        """Hook: how one row is deleted (default: audited delete)."""
        await records.delete(principal, obj)

    @property
    def route_create(self) -> Callable[..., Any]:
        async def route(
            request: Request,
            principal: Annotated[Principal, Depends(require_principal)],
            body: Annotated[Any, Body()],
        ) -> BaseApiOut[Any]:
            self._require(principal, write=True)
            bulk = isinstance(body, list)
            bodies = body if bulk else [body]
            if not bodies or len(bodies) > 5000:
                raise InvalidInput("每次可导入 1 到 5000 条数据")
            rows, problems = [], []
            for number, item in enumerate(bodies, 1):
                try:
                    rows.append(self._validate(self.schema_create, item, number if bulk else None))
                except InvalidInput as exc:
                    problems.append(exc)
            if problems:
                # An import reports every bad row at once, so the whole sheet can be fixed in one go.
                shown = "；".join(p.message for p in problems[:20])
                more = f"（另有 {len(problems) - 20} 行有误）" if len(problems) > 20 else ""
                raise InvalidInput(
                    f"{len(problems)} 行有误，未导入任何数据：{shown}{more}" if bulk else shown, field=problems[0].field
                )
            await self._check_references_and_unique(principal, rows)
            try:
                async with in_transaction():
                    objs = []
                    for number, data in enumerate(rows, start=1):
                        links = self._split_m2m(data)
                        try:
                            obj = await self.create_item(principal, data)
                        except Conflict as exc:
                            prefix = f"第 {number} 行：" if bulk else ""
                            raise InvalidInput(f"{prefix}{exc.message}") from exc
                        await self._set_m2m(principal, obj, links)
                        objs.append(obj)
                    await self._check_scope(principal, objs)
            except Conflict as exc:
                raise InvalidInput(exc.message) from exc
            return BaseApiOut(data={self.pk_name: objs[0].pk} if not bulk else len(objs), msg=f"已保存 {len(objs)} 条")

        return route

    @property
    def route_update(self) -> Callable[..., Any]:
        async def route(
            request: Request,
            item_id: str,
            principal: Annotated[Principal, Depends(require_principal)],
            body: Annotated[dict[str, Any], Body()],
        ) -> BaseApiOut[Any]:
            self._require(principal, write=True)
            known = set(model_fields(self.schema_update))
            # amis quick edit and forms echo back read-only columns; only editable ones count.
            data = self._validate(self.schema_update, {k: v for k, v in body.items() if k in known})
            if not data:
                raise InvalidInput("没有可保存的修改")
            objs = await self._objects(principal, item_id)
            await self._check_references_and_unique(principal, [data], exclude_pk=[o.pk for o in objs])
            try:
                async with in_transaction():
                    for obj in objs:
                        values = dict(data)
                        links = self._split_m2m(values)
                        if values:
                            await self.update_item(principal, obj, values)
                        await self._set_m2m(principal, obj, links)
                    await self._check_scope(principal, objs)
            except Conflict as exc:  # what the database refused: a 422 the form can show
                raise InvalidInput(exc.message) from exc
            return BaseApiOut(data=len(objs), msg=f"已修改 {len(objs)} 条")

        return route

    @property
    def route_delete(self) -> Callable[..., Any]:
        async def route(
            request: Request, item_id: str, principal: Annotated[Principal, Depends(require_principal)]
        ) -> BaseApiOut[Any]:
            self._require(principal, write=True)
            if not self.allow_delete:
                raise PermissionDenied("该数据不能删除")
            objs = await self._objects(principal, item_id)
            async with in_transaction():
                for obj in objs:
                    await self.delete_item(principal, obj)
            return BaseApiOut(data=len(objs), msg=f"已删除 {len(objs)} 条")

        return route

    def _route_action(self, action: ItemAction) -> Callable[..., Any]:
        async def route(
            request: Request,
            item_id: str,
            principal: Annotated[Principal, Depends(require_principal)],
            body: Annotated[dict[str, Any] | None, Body()] = None,
        ) -> BaseApiOut[Any]:
            self._require(principal, permission=action.permission)
            data: dict[str, Any] = {}
            if action.form is not None:
                known = set(action.form.model_fields)
                data = self._validate(action.form, {k: v for k, v in (body or {}).items() if k in known})
            messages: list[str] = []
            shown: dict[str, Any] = {}
            assert action.run is not None  # only actions that run get a route
            async with in_transaction():
                objs = await self._objects(principal, item_id)
                for obj in objs:
                    result = await action.run(principal, obj, data)
                    if isinstance(result, ActionResult):
                        if len(objs) > 1:
                            raise InvalidInput(f"{action.label}一次只能选择一条记录")
                        shown = result.data
                    messages.append(result.message if isinstance(result, ActionResult) else result)
            return BaseApiOut(msg="；".join(dict.fromkeys(messages)) or "已完成", data=shown or None)

        return route

    def _route_filter_options(self, target: type[Model]) -> Callable[..., Any]:
        """Names of the related rows a filter picks from (ids as values)."""
        label = _option_label(target)
        assert label is not None

        async def route(principal: Annotated[Principal, Depends(require_principal)]) -> BaseApiOut[Any]:
            self._require(principal)
            rows = await target.all().order_by(label, "id").limit(FILTER_OPTIONS).values("id", label)
            return BaseApiOut(data={"options": [{"label": r[label], "value": r["id"]} for r in rows]})

        return route

    async def _options(self, name: str, principal: Principal) -> list[dict[str, Any]]:
        self._require(principal)
        target: type[Model] = self.model._meta.fields_map[name].related_model  # type: ignore[attr-defined]
        label = self.m2m_fields[name]
        rows = await target.all().order_by("id").values("id", label)
        return [{"label": r[label], "value": r["id"]} for r in rows]

    # ---- export ------------------------------------------------------------------------------

    @property
    def route_export(self) -> Callable[..., Any]:
        async def route(
            request: Request,
            principal: Annotated[Principal, Depends(require_principal)],
            format: Annotated[str, Query(pattern="^(xlsx|csv)$")] = "xlsx",
            filters: Annotated[dict[str, Any] | None, Body()] = None,
        ) -> Response:
            self._require(principal, permission=self.export_permission or self.permission)
            query = await self._filtered(principal, self.get_queryset(principal), filters)
            total = await query.count()
            await audit.record(
                AuditAction.EXPORT,
                actor=principal,
                resource_type=self.model._meta.db_table,
                summary=f"导出{self.page_schema.label} {total} 条（{format}）",
                after={"filters": {k: v for k, v in (filters or {}).items() if k in model_fields(self.schema_filter)}},
            )
            headers, lines = await self.export_table(principal, query)
            return await export.table_response(str(self.page_schema.label), headers, lines, format)

        return route

    async def export_table(
        self, principal: Principal, query: QuerySet[Any]
    ) -> tuple[list[str], AsyncIterator[list[list[Any]]]]:
        """Hook: the header row and the batches of cell rows an export writes, from the scoped,
        filtered `query` (default: the list columns as the list shows them)."""
        headers = [self._spec(p).label for p in self._list_paths]
        rows = export.batches(query, self.pk_name, self._list_paths, self._format)
        return headers, export.cells(rows, self._list_paths, self._display_value)

    def _display_value(self, path: str, value: Any) -> Any:
        """What a cell shows: enum labels, Shanghai local times, 是/否."""
        spec = self._specs.get(path)
        if value is None:
            return ""
        if spec is not None and spec.enum is not None:
            return spec.enum.label_of(value) if issubclass(spec.enum, LabeledEnum) else value
        if isinstance(value, datetime.datetime):
            return local_text(value)
        if isinstance(value, bool):
            return "是" if value else "否"
        return value

    def register_crud(self, *args: Any, **kwargs: Any) -> Any:
        super().register_crud(*args, **kwargs)
        self.router.add_api_route("/export", self.route_export, methods=["POST"], name="export")
        for action in (a for a in self.item_actions if a.run is not None):
            self.router.add_api_route(
                f"/action/{action.name}/{{item_id}}",
                self._route_action(action),
                methods=["POST"],
                name=f"action_{action.name}",
            )
        for path, spec in self._filter_specs.items():
            if spec.related_model is not None and _option_label(spec.related_model):
                self.router.add_api_route(
                    f"/filter_options/{path}",
                    self._route_filter_options(spec.related_model),
                    methods=["GET"],
                    name=f"filter_options_{path}",
                )
        for name in self.m2m_fields:

            async def options(
                principal: Annotated[Principal, Depends(require_principal)], name: str = name
            ) -> BaseApiOut[Any]:
                return BaseApiOut(data={"options": await self._options(name, principal)})

            self.router.add_api_route(f"/options/{name}", options, methods=["GET"], name=f"options_{name}")
        return self

    # ---- page pieces -------------------------------------------------------------------------

    async def get_form_item(self, request: Request, modelfield: ModelField, action: Any) -> Any:
        m2m = (
            (modelfield.field_info.json_schema_extra or {}).get("amis_m2m")
            if isinstance(modelfield.field_info.json_schema_extra, dict)
            else None
        )
        if m2m:
            return {
                "type": "select",
                "name": modelfield.alias,
                "label": modelfield.field_info.title,
                "multiple": True,
                "searchable": True,
                "checkAll": True,
                "joinValues": False,
                "extractValue": True,
                "source": f"get:{self.router_path}/options/{m2m}",
            }
        return await super().get_form_item(request, modelfield, action)

    async def get_form_item_on_foreign_key(
        self, request: Request, modelfield: ModelField, is_filter: bool = False
    ) -> Service | None:
        spec = self._specs.get(modelfield.alias)
        if spec is None or spec.related_model is None:
            return None
        target = _ADMINS_BY_MODEL.get(spec.related_model)
        pickable = target is not None and await target.has_page_permission(request, action="list")
        if spec.is_relation_path or not pickable:
            # A filter on task__department_id, or on a row whose admin page this user cannot open:
            # a searchable list of the related rows' names instead of a picker or a bare id box.
            if not is_filter or _option_label(spec.related_model) is None:
                return None
            return Select(
                name=modelfield.alias,
                label=spec.label,
                searchable=True,
                clearable=True,
                source=f"get:{self.router_path}/filter_options/{modelfield.alias}",
            )
        assert target is not None
        picker = Picker(
            name=modelfield.alias,
            label=spec.label,
            labelField=target.label_field,
            valueField=target.pk_name,
            required=(modelfield.required and not is_filter),
            modalMode="dialog",
            inline=is_filter,
            size="full",
            labelRemark=Remark(content=modelfield.field_info.description)
            if modelfield.field_info.description
            else None,
            pickerSchema="${body}",
            source="${body.api}",
        )
        return Service(
            name=modelfield.alias,
            schemaApi=AmisAPI(
                method="post",
                url=target.router_path + target.page_path,
                data={},
                cache=300000,
                responseData={"controls": [picker]},
            ),
        )

    async def get_list_table_api(self, request: Request) -> AmisAPI:
        api = await super().get_list_table_api(request)
        api.requestAdaptor = OWN_FILTERS_ONLY
        return api

    async def get_list_table(self, request: Request) -> TableCRUD:
        table = await super().get_list_table(request)
        # Filters live in the page address: a filtered list can be linked to (统计分析 drills down
        # into its figures this way), bookmarked, and survives a reload.
        table.syncLocation = True
        # Export on the server (every matching row, audited) instead of amis' current-page export.
        table.footerToolbar = ["statistics", "switch-per-page", "pagination"]
        if await self.has_page_permission(request, action="export"):
            api = await self.get_list_table_api(request)
            toolbar = list(table.headerToolbar or [])
            for fmt, label in (("xlsx", "导出 Excel"), ("csv", "导出 CSV")):
                toolbar.append(
                    Action(
                        actionType="download",
                        label=label,
                        icon="fa fa-download",
                        align="right",
                        api=AmisAPI(
                            method="post",
                            url=f"{self.router_path}/export?format={fmt}",
                            data=api.data,
                            responseType="blob",
                        ),
                    )
                )
            table.headerToolbar = toolbar
        return table

    async def _item_action_button(self, request: Request, action: ItemAction) -> Action:
        api = f"post:{self.router_path}/action/{action.name}/${self.pk_name}"
        common: dict[str, Any] = {
            "label": action.label,
            "level": "link",
            "visibleOn": action.visible_on,
            **action.extra,
        }
        if action.view is not None:
            drawer = {"title": action.label, "size": "xl", "body": action.view, "actions": []}
            return ActionType.Drawer(drawer=drawer, **common)
        if action.form is None:
            return ActionType.Ajax(api=api, confirmText=action.confirm or f"确定{action.label}？", **common)
        body = [self.amis_parser.as_form_item(f) for f in model_fields(action.form).values()]
        return ActionType.Dialog(
            dialog=Dialog(title=action.label, body=Form(api=api, body=body, submitText="确定")), **common
        )

    @cached_property
    def registered_admin_actions(self) -> dict[str, Any]:
        actions = cast(dict[str, Any], super().registered_admin_actions)
        if self.readonly:
            for name in ("create", "update", "delete", "bulk_delete", "bulk_create", "bulk_update"):
                actions.pop(name, None)
        if not self.allow_delete:
            actions.pop("delete", None)
            actions.pop("bulk_delete", None)
        for item_action in self.item_actions:
            actions[item_action.name] = AdminAction(
                admin=self,
                name=item_action.name,
                label=item_action.label,
                flags=["item"],
                getter=lambda request, a=item_action: self._item_action_button(request, a),
            )
        return actions


def page(label: str, icon: str, sort: int = 0) -> PageSchema:
    """The menu entry of an admin page."""
    return PageSchema(label=label, icon=icon, sort=sort)
