"""The "Testing with the sandbox" page, rendered from spec/sandbox.yaml (the sandbox's own controls).

The controls are no part of the Invoiced API and no client library has them,
so their samples are curl only, with JSON bodies (the only kind they take).
Prose, tables and responses are rendered as on the API's pages.
"""

from __future__ import annotations

import html
import json
import shlex
from typing import Any

from invoiced_spec import Operation, operations, resolve

from ._layout import fence, row
from ._overview import sections, split_code
from ._pages import _body_table, _errors, _headers, _returns, response_example
from ._resources import success_response
from ._tables import parameter_row, render_table

__all__ = ["SANDBOX_PAGE", "SANDBOX_SPEC_FILE", "SANDBOX_TITLE", "sandbox_page"]

SANDBOX_PAGE = "sandbox.md"
SANDBOX_SPEC_FILE = "sandbox.yaml"
SANDBOX_TITLE = "Testing with the sandbox"


def _body_example(operation: Operation) -> Any:
    media = (operation.request_body or {}).get("content", {}).get("application/json", {})
    if "example" in media:
        return media["example"]
    examples = media.get("examples", {})
    return next(iter(examples.values()))["value"] if examples else None


def _curl(spec: dict[str, Any], operation: Operation) -> str:
    path = operation.path
    for parameter in operation.parameters:
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", str(parameter.raw.get("example", 1)))
    lines = [f"curl {shlex.quote(spec['servers'][0]['url'] + path)}", "-u {API_KEY}:"]
    body = _body_example(operation)
    if operation.method != "get" and body is None:
        lines.append(f"-X {operation.method.upper()}")
    if body is not None:
        lines += ["-H 'Content-Type: application/json'", f"-d {shlex.quote(json.dumps(body))}"]
    return " \\\n  ".join(lines)


def _control(spec: dict[str, Any], operation: Operation) -> str:
    prose = [
        f'<p class="api-endpoint"><span class="api-method api-method--{operation.method}">'
        f"{operation.method.upper()}</span> <code>{html.escape(operation.path)}</code></p>",
        operation.description.strip(),
    ]
    parameters = [parameter_row(spec, p, {}, anchor=operation.operation_id) for p in operation.parameters]
    if parameters:
        prose.append('<p class="api-label">Parameters</p>\n' + render_table(parameters, first_column="Parameter"))
    prose += [_body_table(spec, operation, {}), _returns(spec, operation, {}), _headers(spec, operation)]
    prose.append(_errors(spec, operation))
    status, response = success_response(operation)
    code = fence("shell", _curl(spec, operation)) + "\n\n" + response_example(spec, status, resolve(spec, response))
    heading = f"## {operation.summary} {{#{operation.operation_id}}}"
    return row("\n\n".join(filter(None, prose)), code, heading=heading, css_class="api-row--operation")


def sandbox_page(spec: dict[str, Any]) -> str:
    """The page: the document's description, section by section, then every control."""
    info = spec["info"]
    link = f'[`{SANDBOX_SPEC_FILE}`]({SANDBOX_SPEC_FILE}){{ download="{SANDBOX_SPEC_FILE}" }}'
    out = []
    for n, section in enumerate(sections(str(info.get("description", "")))):
        prose, blocks = split_code(section.body)
        if n == 0:
            prose += f"\n\nThe controls are described in their own OpenAPI document, {link}."
            out.append(row(prose, "\n\n".join(blocks), heading=f"# {SANDBOX_TITLE}", css_class="api-row--intro"))
        else:
            out.append(row(prose, "\n\n".join(blocks), heading=f"## {section.title}"))
    out.extend(_control(spec, operation) for operation in operations(spec))
    return "\n".join(out)
