"""The "Try it" form of an operation: its path, query and body, filled with the spec's examples.

The page's script (docs/assets/javascripts/api.js) builds the form, sends it to the local
sandbox with the reader's API key and shows the status, headers and body.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from invoiced_spec import Operation

from ._calls import call_for
from ._resources import Resource

__all__ = ["console_config", "server_rewrites", "try_it"]


def try_it(spec: dict[str, Any], operation: Operation, resource: Resource) -> str:
    """A placeholder carrying the request's parts as JSON; the page script turns it into the form.

    Built by the script rather than written here, because Markdown would re-wrap a form's markup.
    """
    call = call_for(spec, operation, resource)
    request = {
        "method": operation.method.upper(),
        "path": operation.path,
        "pathValues": call.path_values,
        "query": call.query,
        "headers": [p.name for p in operation.parameters if p.location == "header"],
        "body": call.body,
        "status": call.status,
    }
    data = html.escape(json.dumps(request, ensure_ascii=False), quote=True)
    return f'<div class="api-try" data-request="{data}"></div>'


# A client built with the key alone talks to production; one that takes a base URL can be pointed
# at the sandbox. `Name("{API_KEY}")` in a sample becomes `Name("{API_KEY}", base_url="{SERVER}")`.
_KEY_ONLY_CLIENT = re.compile(r'\b([A-Z]\w*)\("\{API_KEY\}"\)')


def server_rewrites(python_sample: str) -> list[dict[str, str]]:
    """How the script points the Python sample's client at another server (none if it cannot tell)."""
    match = _KEY_ONLY_CLIENT.search(python_sample)
    if match is None:
        return []
    return [{"from": match.group(0), "to": f'{match.group(1)}("{{API_KEY}}", base_url="{{SERVER}}")'}]


def console_config(spec: dict[str, Any], rewrites: list[dict[str, str]]) -> str:
    """The servers the page's server switch offers (the spec's `servers`), for the script to read.

    A server whose URL is on loopback is the local sandbox, the only one "Send" talks to.
    """
    servers = [
        {"url": str(server["url"]).rstrip("/"), "description": str(server.get("description", server["url"]))}
        for server in spec.get("servers", [])
    ]
    data = html.escape(json.dumps(servers), quote=True)
    more = html.escape(json.dumps(rewrites), quote=True)
    return f'\n<div id="api-console-config" hidden data-servers="{data}" data-rewrites="{more}"></div>\n'
