"""Domain exceptions and validation errors to HTTP, in one place.

Every error body has the same shape: ``{"detail": "<Chinese message>", "code": "...",
"errors": [{"field": "body.username", "message": "..."}]}``.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from tortoise.exceptions import DoesNotExist, IntegrityError
from tortoise.exceptions import ValidationError as FieldValueError

from backend.services.context import current_meta
from backend.services.errors import DomainError

log = logging.getLogger(__name__)

# pydantic error type -> Chinese message (ctx values are formatted in)
_MESSAGES = {
    "missing": "必填",
    "json_invalid": "JSON 格式错误：{error}",
    "json_type": "请求体必须是 JSON 对象",
    "model_attributes_type": "请求体必须是 JSON 对象",
    "dict_type": "必须是对象",
    "list_type": "必须是数组",
    "string_type": "必须是文本",
    "string_too_long": "长度不能超过 {max_length} 个字符",
    "string_too_short": "长度不能少于 {min_length} 个字符",
    "string_pattern_mismatch": "格式不正确",
    "int_type": "必须是整数",
    "int_parsing": "必须是整数",
    "int_from_float": "必须是整数",
    "float_type": "必须是数字",
    "float_parsing": "必须是数字",
    "bool_type": "必须是布尔值（true/false）",
    "bool_parsing": "必须是布尔值（true/false）",
    "greater_than": "必须大于 {gt}",
    "greater_than_equal": "不能小于 {ge}",
    "less_than": "必须小于 {lt}",
    "less_than_equal": "不能大于 {le}",
    "enum": "取值必须是：{expected}",
    "literal_error": "取值必须是：{expected}",
    "date_type": "必须是日期（YYYY-MM-DD）",
    "date_parsing": "日期格式错误，应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式错误，应为 YYYY-MM-DD",
    "datetime_type": "必须是时间（ISO 8601）",
    "datetime_parsing": "时间格式错误，应为 ISO 8601",
    "datetime_from_date_parsing": "时间格式错误，应为 ISO 8601",
    "uuid_parsing": "必须是 UUID",
    "uuid_type": "必须是 UUID",
    "too_long": "最多 {max_length} 项",
    "too_short": "至少 {min_length} 项",
    "extra_forbidden": "不允许的字段",
    "value_error": "{error}",
}


def _field(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


# Common field names without a title in their schema, as a message names them.
_FIELD_LABELS = {
    "name": "名称",
    "username": "用户名",
    "password": "密码",
    "reply": "回复内容",
    "notes": "备注",
    "reason": "原因",
    "phone": "电话",
    "template_id": "模板",
    "page": "页码",
    "page_size": "每页条数",
    "q": "搜索内容",
}


def _short(text: str | None) -> str | None:
    """A title or description fit to name a field (a description that explains is not)."""
    if not text:
        return None
    text = text.strip()
    return text if 0 < len(text) <= 16 and not any(c in text for c in "，。；：,.;:（(") else None


def _unwrap(annotation: Any) -> type[BaseModel] | None:
    """The model a value of this annotation holds (through Optional, list and dict)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        model = _unwrap(arg)
        if model is not None:
            return model
    return None


def field_label(request: Request | None, loc: tuple[Any, ...]) -> str:
    """The field an error is about as a person knows it: its schema title (or a short description),
    else a common name, else its own name; never the raw path ``body.reply``. A list element adds
    its position (第 2 项)."""
    if not loc:
        return "请求"
    where, *path = loc
    if where not in ("body", "query", "path", "header", "cookie") or not path:
        path = list(loc)
    route = request.scope.get("route") if request is not None else None
    label: str | None = None
    named: str | None = None
    model: type[BaseModel] | None = None
    if where == "body" and route is not None:
        body_field = getattr(route, "body_field", None)
        model = _unwrap(getattr(getattr(body_field, "field_info", None), "annotation", None))
    elif where in ("query", "path", "header", "cookie") and route is not None:
        dependant = getattr(route, "dependant", None)
        params = getattr(dependant, f"{where}_params", []) if dependant is not None else []
        for param in params:
            if path and param.alias == path[0]:
                info = param.field_info
                label, named = _short(info.title) or _short(info.description), str(path[0])
                path = path[1:]
                break
    position = ""
    for part in path:
        if isinstance(part, int):
            position = f"第 {part + 1} 项"
            continue
        named, position = str(part), ""
        info = model.model_fields.get(named) if model is not None else None
        if info is None:
            label, model = None, None
            continue
        label = _short(info.title) or _short(info.description)
        model = _unwrap(info.annotation)
    if named is None:
        return "请求内容"
    return (label or _FIELD_LABELS.get(named) or named) + position


def validation_message(error: dict[str, Any]) -> str:
    """The Chinese message of one pydantic error."""
    template = _MESSAGES.get(error["type"])
    if template is None:
        return str(error.get("msg", "格式不正确"))
    ctx = {k: v for k, v in (error.get("ctx") or {}).items()}
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return str(error.get("msg", "格式不正确"))


def _body(detail: str, code: str, errors: list[dict[str, str]] | None = None, status: int = 1) -> dict[str, Any]:
    # `status` and `msg` make the same body readable by amis, which shows `msg` when status != 0.
    # amis toasts `msg` as HTML, and a message may quote the input (「<value>」已存在): escaped.
    msg = html.escape(detail, quote=False)
    body: dict[str, Any] = {"detail": detail, "code": code, "errors": errors or [], "status": status, "msg": msg}
    request_id = current_meta().request_id
    if request_id:
        body["request_id"] = request_id
    return body


def validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    return [{"field": _field(e["loc"]), "message": validation_message(e)} for e in exc.errors()]


def _safe_label(request: Request, loc: tuple[Any, ...]) -> str:
    """field_label, never failing the error response it names a field in."""
    try:
        return field_label(request, loc)
    except Exception:
        log.exception("no label for %s", loc)
        return str(loc[-1]) if loc else "请求内容"


async def _on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    # `field` keeps the path (clients place the message by it); the summary names the field as the
    # person filling the form knows it (群发名称, 回复内容), never as body.name
    errors = validation_errors(exc)
    labels = [_safe_label(request, tuple(e["loc"])) for e in exc.errors()]
    summary = "；".join(f"{label}：{e['message']}" for label, e in list(zip(labels, errors, strict=True))[:5])
    return JSONResponse(_body(f"输入有误：{summary}", "invalid_input", errors, 422), status_code=422)


async def _on_model_validation(_: Request, exc: ValidationError) -> JSONResponse:
    # An admin handler validating a body itself (fastapi-amis-admin parses some forms by hand).
    errors = [{"field": _field(e["loc"]), "message": validation_message(dict(e))} for e in exc.errors()]
    titles = [_model_label(exc, tuple(e["loc"])) for e in exc.errors()]
    summary = "；".join(f"{t}：{e['message']}" for t, e in list(zip(titles, errors, strict=True))[:5])
    return JSONResponse(_body(f"输入有误：{summary}", "invalid_input", errors, 422), status_code=422)


def _model_label(exc: ValidationError, loc: tuple[Any, ...]) -> str:
    """field_label for a model validated by hand: the model is known only by its title."""
    del exc  # pydantic's ValidationError names its model by title only, not the class
    named = next((str(p) for p in reversed(loc) if not isinstance(p, int)), None)
    return _FIELD_LABELS.get(named, named) if named else "请求内容"


async def on_domain(_: Request, exc: DomainError) -> JSONResponse:
    errors = [{"field": exc.field, "message": exc.message}] if exc.field else []
    retry = getattr(exc, "retry_after", None)
    headers = {"Retry-After": str(retry)} if retry is not None else None
    return JSONResponse(
        _body(exc.message, exc.code, errors, exc.status_code), status_code=exc.status_code, headers=headers
    )


async def _on_does_not_exist(_: Request, exc: DoesNotExist) -> JSONResponse:
    return JSONResponse(_body("记录不存在", "not_found", status=404), status_code=404)


async def _on_integrity(_: Request, exc: IntegrityError) -> JSONResponse:
    log.info("integrity error: %s", exc)
    return JSONResponse(_body("数据冲突：与已有记录重复或引用的记录不存在", "conflict", status=409), status_code=409)


_HTTP_MESSAGES = {404: "页面或接口不存在", 405: "不支持的请求方法", 413: "请求体过大", 401: "请先登录"}


_NOT_FOUND_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="UTF-8"/><title>页面不存在</title>
<link href="/admin-assets/amis-shell.css" rel="stylesheet"/></head>
<body class="not-found">
<h1>404 页面不存在</h1>
<p>您访问的地址 <code>{path}</code> 没有对应的页面，可能链接有误或页面已调整。</p>
<p><a href="/admin/">返回系统首页</a></p>
</body>
</html>
"""


def _wants_page(request: Request) -> bool:
    """A person's browser navigating (not amis or an API client fetching JSON)."""
    return request.method == "GET" and "text/html" in request.headers.get("accept", "")


async def _on_http(request: Request, exc: StarletteHTTPException) -> Response:
    if exc.status_code == 404 and _wants_page(request):
        # Our own page, in Chinese, instead of a JSON body or a library's page.
        return HTMLResponse(_NOT_FOUND_PAGE.format(path=html.escape(request.url.path)), status_code=404)
    if exc.status_code == 400:
        # FastAPI's "There was an error parsing the body" (a broken multipart or form body) is bad
        # input like broken JSON: the same 422, in Chinese, naming the body.
        errors = [{"field": "body", "message": "请求体格式错误"}]
        return JSONResponse(_body("输入有误：body：请求体格式错误", "invalid_input", errors, 422), status_code=422)
    detail = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else None
    message = detail or _HTTP_MESSAGES.get(exc.status_code, str(exc.detail))
    return JSONResponse(
        _body(message, f"http_{exc.status_code}", status=exc.status_code),
        status_code=exc.status_code,
        headers=exc.headers,
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Starlette runs this handler outside the request-context middleware: take the id from state.
    request_id = getattr(request.state, "request_id", "")
    log.exception("unhandled error (request %s)", request_id)
    body = _body(f"服务器内部错误，请联系管理员（请求编号 {request_id}）", "internal_error", status=500)
    body["request_id"] = request_id
    return JSONResponse(body, status_code=500, headers={"x-request-id": request_id})


async def _on_field_value(_: Request, exc: FieldValueError) -> JSONResponse:
    # Tortoise checks a value against its column (length, range) before querying: input that
    # reached a query unchecked is still bad input, not a server error.
    log.info("field value refused: %s", str(exc)[:200])
    return JSONResponse(_body("输入有误：取值超出允许的长度或范围", "invalid_input", status=422), status_code=422)


async def _on_overflow(_: Request, exc: OverflowError) -> JSONResponse:
    return JSONResponse(_body("数值超出范围", "invalid_input", status=422), status_code=422)


class FieldError(BaseModel):
    field: str = Field(description="出错的位置，如 body.username、query.page、path")
    message: str = Field(description="中文说明")


class ErrorOut(BaseModel):
    """Every error body, whatever its status (the shape `_body` writes)."""

    detail: str = Field(description="中文说明")
    code: str = Field(description="错误编码，如 invalid_input、permission_denied")
    errors: list[FieldError] = Field(description="逐字段的错误（输入有误时）")
    status: int = Field(description="与 HTTP 状态码相同（amis 读取）")
    msg: str = Field(description="同 detail，HTML 转义后供 amis 提示")
    request_id: str | None = Field(default=None, description="请求编号，报障时提供")


_ERROR_STATUSES = {
    401: "未登录或登录已失效",
    403: "没有权限，或拒绝跨站请求、令牌无效",
    404: "记录不存在",
    409: "与已有记录冲突",
    413: "请求体过大",
    422: "输入有误（字段与原因见 errors）",
    423: "账户已锁定",
    429: "请求过于频繁",
}
# Which error statuses an operation documents: every route may refuse input (422, the input
# guard reads path and query too) and a caller without a session or permission (401/403: the
# pushes and the H5 link answer 403 on a bad token, cross-site writes are 403); an id in the
# path, query or body may name nothing (404); writes may conflict (409) or be too large (413); only a login meets
# a locked account (423); logins and patient searches are rate limited (429).
_UNAUTHENTICATED = frozenset({"/api/v1/health"})
_RATE_LIMITED = ("/api/v1/auth/login", "/api/v1/patients")


def _statuses(path: str, method: str) -> list[int]:
    if path in _UNAUTHENTICATED:
        return [422]
    codes = [401, 403, 404, 422]
    if method in ("post", "put", "patch", "delete"):
        codes += [409, 413]
    if path == "/api/v1/auth/login":
        codes.append(423)
    if path.startswith(_RATE_LIMITED):
        codes.append(429)
    return sorted(codes)


def document(app: FastAPI) -> None:
    """Make the OpenAPI schema describe the errors we send: FastAPI documents its own 422 body
    (`detail` as an array of pydantic errors), never ours, and none of the other statuses."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = build()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        error = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(error.pop("$defs", {}))
        components["ErrorOut"] = error
        for unused in ("HTTPValidationError", "ValidationError"):
            components.pop(unused, None)
        ref = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
        for path, operations in schema.get("paths", {}).items():
            for method, operation in operations.items():
                responses = operation.setdefault("responses", {})
                for code in _statuses(path, method):
                    responses[str(code)] = {"description": _ERROR_STATUSES[code], "content": ref}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation)  # type: ignore[arg-type]
    app.add_exception_handler(ValidationError, _on_model_validation)  # type: ignore[arg-type]
    app.add_exception_handler(DomainError, on_domain)  # type: ignore[arg-type]
    app.add_exception_handler(DoesNotExist, _on_does_not_exist)  # type: ignore[arg-type]
    app.add_exception_handler(IntegrityError, _on_integrity)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _on_http)  # type: ignore[arg-type]
    app.add_exception_handler(OverflowError, _on_overflow)  # type: ignore[arg-type]
    app.add_exception_handler(FieldValueError, _on_field_value)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _on_unexpected)
