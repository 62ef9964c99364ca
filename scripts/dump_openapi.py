"""Write the API's OpenAPI schema to a file, for the H5 app's generated client (make assets).

The schema comes from the app itself, not a running server, so the build needs no database: an API
change that breaks the app's types fails `vue-tsc` at build time.
"""

from __future__ import annotations

import json
import secrets
import sys
from pathlib import Path

from backend.app import create_app
from backend.settings import SecuritySettings, Settings


def main(target: str) -> None:
    # Throwaway keys: the schema does not depend on them, and the build needs no `.env`.
    keys = SecuritySettings(**{k: secrets.token_urlsafe(32) for k in ("secret_key", "data_key", "index_key")})
    settings = Settings(_env_file=None, env="development", security=keys)  # type: ignore[call-arg]
    app = create_app(settings, manage_orm=False, with_admin=False)
    schema = json.dumps(app.openapi(), ensure_ascii=False, indent=1, sort_keys=True)
    path = Path(target)
    if not path.exists() or path.read_text(encoding="utf-8") != schema:
        path.write_text(schema, encoding="utf-8")  # unchanged: keep the date, so make does not rebuild


if __name__ == "__main__":
    main(sys.argv[1])
