"""Values from data shown as text in amis pages.

amis reads many schema strings as templates: `tpl`, form labels, panel, page and fieldset titles,
alert bodies. Whatever such a string holds is HTML, `${...}` in it is evaluated and `<% ... %>`
runs as a lodash template, so a patient name like `<img src=x onerror=...>` from a HIS import
would run in the follow-up agent's browser. A value that the page references as `${name}` is safe
(amis escapes it: its default filter is `| html`); a value we write into a schema string
ourselves goes through `text()`.
"""

from __future__ import annotations

import html
import json
from typing import Any


def text(value: Any) -> str:
    """`value` as literal text inside an amis template string."""
    # html.escape also turns `<%` into `&lt;%`; a backslash keeps amis from reading `${` as an expression.
    return html.escape(str(value), quote=True).replace("${", "\\${")


def script_json(value: Any) -> str:
    """JSON to embed in a `<script type="application/json">` block: no `</script>` can end it early."""
    encoded = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
