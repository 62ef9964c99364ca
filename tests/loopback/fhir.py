"""A loopback FHIR R4 server: search with `_lastUpdated`, `_id`, `encounter` and `result`, pages
of `_count` resources linked by `next`, and a route that always fails with an OperationOutcome.

`server_resources` turns exported transaction bundles into what a server stores: relative
references instead of `urn:uuid:` full URLs and one `meta.lastUpdated` per resource.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

Resource = dict[str, Any]
PAGE_SIZE = 5


def instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def server_resources(
    bundles: Iterable[tuple[dict[str, Any], datetime]], changed_at: Callable[[Resource, datetime], datetime]
) -> dict[str, list[Resource]]:
    """The bundles as a server stores them: relative references, `changed_at(resource, bundle time)`
    as each resource's change time, one copy of a resource that several bundles carry (the last)."""
    store: dict[str, dict[str, Resource]] = {}
    for bundle, moment in bundles:
        urls = {e["fullUrl"]: f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]}
        text = json.dumps([e["resource"] for e in bundle["entry"]])
        for url, relative in urls.items():
            text = text.replace(f'"{url}"', f'"{relative}"')
        for resource in json.loads(text):
            resource["meta"] = {**resource.get("meta", {}), "lastUpdated": instant(changed_at(resource, moment))}
            store.setdefault(resource["resourceType"], {})[resource["id"]] = resource
    return {rtype: list(by_id.values()) for rtype, by_id in store.items()}


@dataclass
class ServerState:
    resources: dict[str, list[Resource]]
    requests: list[tuple[str, str]] = field(default_factory=list)


def _matches(resource: Resource, name: str, value: str) -> bool:
    if name == "_lastUpdated":
        changed = datetime.fromisoformat(resource["meta"]["lastUpdated"].replace("Z", "+00:00"))
        bound = datetime.fromisoformat(value[2:])
        return changed >= bound if value.startswith("ge") else changed < bound
    wanted = set(value.split(","))
    if name == "_id":
        return resource["id"] in wanted
    if name == "encounter":
        return (resource.get("encounter") or {}).get("reference") in wanted
    if name == "result":
        return any(ref.get("reference") in wanted for ref in resource.get("result") or [])
    raise AssertionError(f"unexpected search parameter {name}")


def fhir_app(state: ServerState) -> Starlette:
    async def search(request: Request) -> JSONResponse:
        resource_type = request.path_params["resource_type"]
        state.requests.append((resource_type, str(request.url.query)))
        items = state.resources.get(resource_type, [])
        for name, value in request.query_params.multi_items():
            if name not in ("_count", "_offset"):
                items = [r for r in items if _matches(r, name, value)]
        items = sorted(items, key=lambda r: (r["meta"]["lastUpdated"], r["id"]))
        count = min(int(request.query_params.get("_count", PAGE_SIZE)), PAGE_SIZE)
        offset = int(request.query_params.get("_offset", 0))
        links = [{"relation": "self", "url": str(request.url)}]
        if offset + count < len(items):
            links.append({"relation": "next", "url": str(request.url.include_query_params(_offset=offset + count))})
        base = str(request.base_url).rstrip("/")
        bundle = {
            "resourceType": "Bundle",
            "type": "searchset",
            "total": len(items),
            "link": links,
            "entry": [
                {"fullUrl": f"{base}/fhir/{resource_type}/{r['id']}", "resource": r, "search": {"mode": "match"}}
                for r in items[offset : offset + count]
            ],
        }
        return JSONResponse(bundle, media_type="application/fhir+json")

    async def broken(request: Request) -> JSONResponse:
        outcome = {
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "fatal", "code": "exception", "diagnostics": "database unavailable"}],
        }
        return JSONResponse(outcome, status_code=500, media_type="application/fhir+json")

    return Starlette(
        routes=[Route("/fhir/{resource_type}", search), Route("/broken/{resource_type}", broken)],
    )


class _Server(uvicorn.Server):
    """uvicorn in the test's event loop; `ready` is set once it listens."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


@asynccontextmanager
async def serve(state: ServerState) -> AsyncIterator[str]:
    """Serve `state` on 127.0.0.1 (ephemeral port); yields the base URL."""
    config = uvicorn.Config(
        fhir_app(state), host="127.0.0.1", port=0, lifespan="off", ws="none", http="h11", log_level="warning"
    )
    server = _Server(config)
    serving = asyncio.create_task(server.serve())
    ready = asyncio.create_task(server.ready.wait())
    await asyncio.wait({serving, ready}, return_when=asyncio.FIRST_COMPLETED)
    if not server.ready.is_set():
        ready.cancel()
        await serving
        raise RuntimeError("loopback FHIR server did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving
