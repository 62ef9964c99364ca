"""Vendor the admin front-end (amis, vue, history, Swagger UI) into backend/admin/static.

fastapi-amis-admin's page templates load their JavaScript and CSS from
``{amis_cdn}/{amis_pkg}/sdk/...``, ``{amis_cdn}/vue@2.7.14/...`` and so on, which
by default points at unpkg.com. Hospital intranets have no internet, so we serve
those files ourselves: ``npm ci`` in ``frontend-assets/`` fetches the exact,
locked packages, and this script copies only the files the templates need into
``backend/admin/static/`` laid out like unpkg (``<name>@<version>/<path>``).
Mount that folder (e.g. at ``/amis-static``) and set ``amis_cdn`` to the mount.

The copy is idempotent: ``backend/admin/static/.vendored`` records a hash of
``package-lock.json`` and of the file list below; when it matches, nothing is
done. Use ``--force`` to copy again anyway. Standard library only, so it runs
before (or without) the project's virtualenv.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS_DIR = ROOT / "frontend-assets"
NODE_MODULES = ASSETS_DIR / "node_modules"
LOCK_FILE = ASSETS_DIR / "package-lock.json"
DEST = ROOT / "backend" / "admin" / "static"
MARKER = ".vendored"


@dataclass(frozen=True)
class Asset:
    """Files of one npm package that fastapi-amis-admin's templates reference."""

    install_dir: str  # folder under node_modules (an npm alias for a second vue)
    name: str  # the real package name, used in the unpkg-style URL
    version: str  # exact version the templates (or amis_pkg) ask for
    paths: tuple[str, ...]  # files or whole folders, relative to the package root

    @property
    def url_dir(self) -> str:
        return f"{self.name}@{self.version}"


# Every URL in fastapi_amis_admin/amis/templates/{app,page}.html (0.7.3):
#   {cdn}/{pkg}/sdk/sdk.css, helper.css, iconfont.css, sdk.js, and {theme}.css for non-cxd themes
#   {cdn}/vue@2.7.14/dist/vue.min.js, {cdn}/history@5.3.0/umd/history.production.min.js (app.html)
#   {cdn}/vue@2.6.14/dist/vue.js (page.html)
# The whole sdk/ folder is copied: sdk.js lazy-loads chunks, fonts, locales and thirds/ relative to itself.
ASSETS: tuple[Asset, ...] = (
    Asset("amis", "amis", "6.3.0", ("sdk",)),
    Asset("vue", "vue", "2.7.14", ("dist/vue.min.js",)),
    Asset("vue-2-6-14", "vue", "2.6.14", ("dist/vue.js",)),
    Asset("history", "history", "5.3.0", ("umd/history.production.min.js",)),
    # /api/docs (development only): Swagger UI from our server, not a CDN (backend/web/docs.py)
    Asset(
        "swagger-ui-dist",
        "swagger-ui-dist",
        "5.36.0",
        ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE", "NOTICE"),
    ),
    # the browser softphone (网络电话, softphone.js): SIP.js is plain ES modules with no
    # dependencies, imported by the browser straight from lib/ (no bundler, no build step)
    Asset("sip.js", "sip.js", "0.21.2", ("lib", "LICENSE.md")),
)


def fingerprint() -> str:
    """Hash of the lock file and of what we copy, so either changing re-vendors."""
    digest = hashlib.sha256(LOCK_FILE.read_bytes())
    spec = [(a.install_dir, a.name, a.version, a.paths) for a in ASSETS]
    digest.update(json.dumps(spec).encode())
    return digest.hexdigest()


def is_up_to_date(expected: str) -> bool:
    marker = DEST / MARKER
    if not marker.is_file() or marker.read_text().strip() != expected:
        return False
    return all((DEST / a.url_dir / p).exists() for a in ASSETS for p in a.paths)


def check_installed(asset: Asset) -> Path:
    """The package's folder in node_modules, after checking it is the version we expect."""
    pkg_dir = NODE_MODULES / asset.install_dir
    manifest = pkg_dir / "package.json"
    if not manifest.is_file():
        raise SystemExit(f"{manifest} is missing: run `npm ci --ignore-scripts` in {ASSETS_DIR} (or `make assets`)")
    meta = json.loads(manifest.read_text())
    if (meta.get("name"), meta.get("version")) != (asset.name, asset.version):
        raise SystemExit(
            f"{pkg_dir} holds {meta.get('name')}@{meta.get('version')}, expected {asset.url_dir}: "
            "package.json, package-lock.json and ASSETS in this script disagree"
        )
    return pkg_dir


def copy_asset(asset: Asset, into: Path) -> tuple[int, int]:
    """Copy one package's files into ``into/<name>@<version>/``; return (files, bytes)."""
    src_root = check_installed(asset)
    dst_root = into / asset.url_dir
    for rel in asset.paths:
        src, dst = src_root / rel, dst_root / rel
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        elif src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        else:
            raise SystemExit(f"{src} not found in the installed {asset.url_dir}")
    files = [f for f in dst_root.rglob("*") if f.is_file()]
    return len(files), sum(f.stat().st_size for f in files)


def vendor(force: bool) -> None:
    if not LOCK_FILE.is_file():
        raise SystemExit(f"{LOCK_FILE} is missing")
    expected = fingerprint()
    if not force and is_up_to_date(expected):
        print(f"vendor_assets: {DEST.relative_to(ROOT)} is up to date (lock {expected[:12]}), nothing to do")
        return

    DEST.parent.mkdir(parents=True, exist_ok=True)
    # Build next to the destination, then swap, so a failed run never leaves a half-filled folder behind.
    staging = Path(tempfile.mkdtemp(prefix=".static-", dir=DEST.parent))
    staging.chmod(0o755)  # mkdtemp makes it 0700; the web server may run as another user
    try:
        total_files = total_bytes = 0
        for asset in ASSETS:
            files, size = copy_asset(asset, staging)
            total_files += files
            total_bytes += size
            copied = ", ".join(asset.paths)
            print(f"vendor_assets: {asset.url_dir:<16} {copied:<34} {files:>5} files {size / 1e6:7.1f} MB")
        (staging / MARKER).write_text(expected + "\n")
        if DEST.exists():
            shutil.rmtree(DEST)
        staging.rename(DEST)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    print(
        f"vendor_assets: wrote {total_files} files, {total_bytes / 1e6:.1f} MB to {DEST.relative_to(ROOT)} "
        f"(lock {expected[:12]})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--force", action="store_true", help="copy again even if the marker says up to date")
    args = parser.parse_args(argv)
    vendor(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
