"""curl samples, sending bodies form-encoded in bracket notation as the reference does."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from invoiced_spec import form_pairs, form_text

from ._calls import Call

__all__ = ["curl_sample", "form_pairs"]

# Characters that `-d` would pass through unencoded and a form decoder would
# then misread (`+` as a space, `&` as a separator, `%` as an escape).
_NEEDS_ENCODING = re.compile(r"[&+%#\x00-\x1f\x7f-\U0010ffff]")


def _shell_quote(text: str) -> str:
    escaped = re.sub(r'([\\"$`])', r"\\\1", text)
    return f'"{escaped}"'


def _data_flag(key: str, value: Any) -> str:
    text = form_text(value)
    flag = "--data-urlencode" if _NEEDS_ENCODING.search(text) else "-d"
    shown = _shell_quote(text) if isinstance(value, str) else text
    return f"{flag} {key}={shown}"


def curl_sample(call: Call, server: str) -> str:
    path = call.operation.path
    for name, value in call.path_values.items():
        path = path.replace("{" + name + "}", str(value))
    url = server.rstrip("/") + path
    if call.query:
        url += "?" + urlencode([(k, form_text(v)) for k, v in form_pairs(call.query)])
    lines = [f"curl {_shell_quote(url)}", "-u {API_KEY}:"]
    method = call.operation.method.upper()
    # curl infers GET, and POST once there is a -d; any other case is spelled out.
    if method not in ("GET", "POST") or (method == "POST" and not call.body):
        lines.append(f"-X {method}")
    lines.extend(_data_flag(key, value) for key, value in form_pairs(call.body or {}))
    return " \\\n  ".join(lines)
