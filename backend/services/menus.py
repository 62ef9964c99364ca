"""功能菜单: which roles see which admin menu entries.

Menu rows are created from the admin pages the code declares (one per page, keyed by the page
class name) with the roles that hold the page's permission; administrators may then narrow or
widen who sees each entry. A menu only hides or shows a page: the permission checks of every
route stay in force whatever the menu says.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from backend.models import Menu, Role
from backend.services.access import BUILTIN_ROLES
from backend.services.principal import Principal

# role code -> the top-level groups it is shown by default (roles not listed: every group)
DEFAULT_GROUPS = {spec.code: spec.menu_groups for spec in BUILTIN_ROLES if spec.menu_groups is not None}


@dataclass(frozen=True)
class MenuEntry:
    code: str
    title: str
    icon: str
    path: str
    parent: str | None
    sort: int
    permissions: tuple[str, ...]


async def sync(entries: list[MenuEntry]) -> int:
    """Create missing menu rows with their default roles; existing rows keep their settings.

    A role sees by default the entries whose permissions it holds, within the top-level groups
    its built-in definition names (the 行风办 is not shown the follow-up centre's pages)."""
    created = 0
    parents = {e.code: e.parent for e in entries}

    def top(code: str) -> str:
        while parents.get(code):
            code = parents[code]  # type: ignore[assignment]
        return code

    roles = await Role.all().prefetch_related("permissions")
    # A built-in role that a release adds (护士长) has no menu yet: it gets its defaults on existing
    # entries too, once; the entries of every other role keep what administrators set.
    placed = set(await Menu.filter(roles__id__in=[r.id for r in roles]).values_list("roles__id", flat=True))
    newcomers = [r for r in roles if r.builtin and r.id not in placed]
    async with in_transaction():
        by_code = {m.code: m for m in await Menu.all()}
        for entry in sorted(entries, key=lambda e: e.parent is not None):
            if entry.code in by_code:
                allowed = [r for r in newcomers if _shown_by_default(r, entry, top(entry.code))]
                if allowed:
                    await by_code[entry.code].roles.add(*allowed)
                continue
            menu = await Menu.create(
                code=entry.code,
                title=entry.title,
                icon=entry.icon,
                path=entry.path,
                parent=by_code.get(entry.parent) if entry.parent else None,
                sort_order=entry.sort,
            )
            by_code[entry.code] = menu
            allowed = [r for r in roles if _shown_by_default(r, entry, top(entry.code))]
            if allowed:
                await menu.roles.add(*allowed)
            created += 1
    return created


def _shown_by_default(role: Role, entry: MenuEntry, top: str) -> bool:
    """Whether a role sees an entry by default: it holds one of the entry's permissions, within the
    top-level groups its built-in definition names."""
    return bool(
        {p.code for p in role.permissions} & set(entry.permissions)
        and {top, entry.code} & set(DEFAULT_GROUPS.get(role.code, (top,)))
    )


async def visible_codes(principal: Principal) -> frozenset[str]:
    """Codes of the active menu entries shown to the principal's roles."""
    rows = await Menu.filter(is_active=True, roles__code__in=list(principal.role_codes)).values_list("code", flat=True)
    return frozenset(str(code) for code in rows)


async def known_codes() -> frozenset[str]:
    return frozenset(str(c) for c in await Menu.all().values_list("code", flat=True))
