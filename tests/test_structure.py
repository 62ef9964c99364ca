"""The layering the README's architecture names, read from the source.

Data flows one way: integrations -> services -> models; routes, admin pages and jobs call
services and never each other; no two modules need each other. Imports are read with `ast`,
including those inside functions: an import moved into a function to dodge a cycle still ties
the two modules together (today's cycles all hid that way). Only imports under
`if TYPE_CHECKING:` are left out, because they never run.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("backend", "integrations")

# The edges of the application: each calls services and none calls another.
EDGES = ("backend.api", "backend.admin", "backend.jobs")
# Below the edges: services and integrations import none of these.
ABOVE_SERVICES = (*EDGES, "backend.app", "backend.server", "backend.manage")
# Shared by the edges and importing none of them: HTTP plumbing (error bodies, session cookies,
# base schemas) and the middleware.
SHARED_WEB = ("backend.web", "backend.middleware")
# The menu and the site gather the admin's pages; nothing else in backend.admin imports one.
ADMIN_ASSEMBLY = frozenset({"backend.admin.menu", "backend.admin.site"})
# A page module declares admin pages (classes built on these) or routes of its own (an APIRouter).
# The adapter (model_admin) and the shared building blocks (widgets) declare such classes for
# pages to build on; they are not pages.
PAGE_BASES = frozenset(
    {"PageAdmin", "AdminApp", "ModelAdmin", "FormAdmin", "TortoiseModelAdmin", "PermissionPage", "MenuGroup"}
)
ADMIN_BUILDING_BLOCKS = frozenset({"backend.admin.model_admin", "backend.admin.widgets"})


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    type_checking: bool

    def __str__(self) -> str:
        return f"{self.source} -> {self.target} ({module_path(self.source)}:{self.line})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules(root: Path = ROOT) -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            if "static" not in path.relative_to(root).parts:
                found[module_name(path)] = path
    return found


MODULES = source_modules()


def module_path(name: str) -> str:
    return str(MODULES[name].relative_to(ROOT)) if name in MODULES else name


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(name: str, source: str, is_package: bool, known: set[str] | frozenset[str]) -> list[Import]:
    """Every import statement of one module, at any depth. `from x import y` imports x, and
    also x.y when that is a module of ours."""
    found: list[Import] = []

    def visit(node: ast.AST, type_checking: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, type_checking)
            return
        if isinstance(node, ast.Import):
            found.extend(Import(name, alias.name, node.lineno, type_checking) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                target = ".".join([*package, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found.append(Import(name, target, node.lineno, type_checking))
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    found.append(Import(name, f"{target}.{alias.name}", node.lineno, type_checking))
        for child in ast.iter_child_nodes(node):
            visit(child, type_checking)

    visit(ast.parse(source), False)
    return found


def all_imports() -> list[Import]:
    known = frozenset(MODULES)
    result = []
    for name, path in MODULES.items():
        result += imports_of(name, path.read_text(encoding="utf-8"), path.name == "__init__.py", known)
    # only our own modules matter here
    return [i for i in result if i.target.split(".")[0] in PACKAGES]


IMPORTS = all_imports()


def under(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def cycles(imports: list[Import]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for i in imports:
        if i.source != i.target and i.target in MODULES:
            graph[i.source].add(i.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def declares_pages(source: str) -> bool:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            names = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if names & PAGE_BASES:
                return True
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "APIRouter":
            return True
    return False


def admin_pages() -> set[str]:
    return {
        name
        for name, path in MODULES.items()
        if under(name, "backend.admin")
        and name not in ADMIN_ASSEMBLY | ADMIN_BUILDING_BLOCKS
        and declares_pages(path.read_text(encoding="utf-8"))
    }


def _report(bad: list[Import]) -> str:
    return "\n".join(str(i) for i in bad)


# --- the reader itself: these would make every rule below pass vacuously if they broke ------


def test_reader_sees_imports_inside_functions_relative_ones_and_skips_type_checking() -> None:
    source = """
from typing import TYPE_CHECKING
from backend.services import sync
if TYPE_CHECKING:
    from backend.admin import site
def later():
    from . import sibling
    import integrations.his.demo
"""
    known = {"backend.services.sync", "backend.services.sibling"}
    found = {(i.target, i.type_checking) for i in imports_of("backend.services.x", source, False, known)}
    assert ("backend.services", False) in found
    assert ("backend.services.sync", False) in found  # `from package import module`
    assert ("backend.admin", True) in found
    assert ("backend.services.sibling", False) in found  # relative, inside a function
    assert ("integrations.his.demo", False) in found


def test_reader_finds_a_cycle_through_a_function_level_import() -> None:
    a = Import("backend.services.sms", "backend.services.sync", 1, False)
    b = Import("backend.services.sync", "backend.services.sms", 2, False)
    assert cycles([a, b]) == [["backend.services.sms", "backend.services.sync"]]
    assert cycles([a]) == []


def test_a_page_module_is_one_that_declares_pages_or_routes() -> None:
    assert declares_pages("class TaskAdmin(TortoiseModelAdmin):\n    pass")
    assert declares_pages("class Home(admin.PageAdmin):\n    pass")
    assert declares_pages("router = APIRouter(include_in_schema=False)")
    assert not declares_pages("def text(value):\n    return str(value)\nclass Saved:\n    pass")


def test_the_source_tree_is_read() -> None:
    for module in ("backend.services.sync", "backend.admin.site", "integrations.his.fhir", "backend.jobs.tasks"):
        assert module in MODULES
    assert any(i.source == "backend.services.sync" and under(i.target, "integrations.his") for i in IMPORTS)
    assert any(i.source == "backend.admin.followup" and i.target == "backend.admin.model_admin" for i in IMPORTS)


# --- the rules -------------------------------------------------------------------------------


def test_integrations_never_import_the_application() -> None:
    """Adapters know the outside world and our models' vocabulary, never the rules or the edges."""
    bad = [
        i for i in IMPORTS if under(i.source, "integrations") and under(i.target, "backend.services", *ABOVE_SERVICES)
    ]
    assert not bad, "integrations import services or an edge:\n" + _report(bad)


def test_services_and_shared_web_plumbing_never_import_routes_admin_or_jobs() -> None:
    bad = [i for i in IMPORTS if under(i.source, "backend.services", *SHARED_WEB) and under(i.target, *ABOVE_SERVICES)]
    assert not bad, "services (or backend.web) import an edge:\n" + _report(bad)


def test_routes_admin_and_jobs_never_import_each_other() -> None:
    bad = [
        i
        for i in IMPORTS
        for edge in EDGES
        if under(i.source, edge) and under(i.target, *EDGES) and not under(i.target, edge)
    ]
    assert not bad, "one edge imports another (share through services or backend.web):\n" + _report(bad)


def test_no_import_cycles() -> None:
    runtime = [i for i in IMPORTS if not i.type_checking]
    found = cycles(runtime)
    described = []
    for component in found:
        members = set(component)
        edges = [i for i in runtime if i.source in members and i.target in members and i.source != i.target]
        described.append("cycle: " + ", ".join(component) + "\n  " + "\n  ".join(str(i) for i in edges))
    assert not found, "\n".join(described)


def test_admin_pages_import_no_other_page() -> None:
    """Shared widgets live in backend.admin.widgets; only the menu and the site gather pages."""
    pages = admin_pages()
    assert pages >= {f"backend.admin.{m}" for m in ("system", "clinical", "questionnaire", "followup", "contact", "h5")}
    assert "backend.admin.auth" not in pages and "backend.admin.shell" not in pages
    bad = [
        i
        for i in IMPORTS
        if under(i.source, "backend.admin")
        and i.source not in ADMIN_ASSEMBLY
        and i.target in pages
        and i.target != i.source
    ]
    assert not bad, "an admin module other than the menu and the site imports a page:\n" + _report(bad)
