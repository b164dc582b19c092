"""A resource's page: its object, then each operation with parameters, samples and a response."""

from __future__ import annotations

import html
import json
from http import HTTPStatus
from typing import Any

from invoiced_spec import Operation, resolve

from ._layout import fence, row, tabs
from ._resources import Resource, success_response
from ._samples import LANGUAGES, samples
from ._tables import attribute_rows, inline_markdown, parameter_row, render_table

__all__ = ["object_anchor", "operation_code", "resource_page", "response_example", "sample_tabs"]


def object_anchor(resource: Resource) -> str:
    return f"{resource.variable.replace('_', '-')}-object"


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _example_value(spec: dict[str, Any], media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in media.get("examples", {}).values():
        return resolve(spec, example).get("value")
    schema = resolve(spec, media.get("schema", {}))
    return schema["examples"][0] if schema.get("examples") else None


def _body_table(spec: dict[str, Any], operation: Operation, pages: dict[str, str]) -> str:
    body = operation.request_body
    if not body:
        return ""
    media: dict[str, Any] = next(iter(body.get("content", {}).values()), {})
    rows = attribute_rows(spec, media.get("schema", {}), pages, mark_required=True)
    if not rows:
        return ""
    note = "" if body.get("required") else " (optional)"
    types = ", ".join(f"<code>{html.escape(t)}</code>" for t in body.get("content", {}))
    return f'<p class="api-label">Request body{note}</p>\n<p class="api-note">Sent as {types}.</p>\n' + render_table(
        rows, first_column="Attribute"
    )


def _status_text(code: str) -> str:
    try:
        return f"{code} {HTTPStatus(int(code)).phrase}"
    except ValueError:
        return code


def _returns(spec: dict[str, Any], operation: Operation, resource: Resource) -> str:
    code, response = success_response(operation)
    description = inline_markdown(str(response.get("description", "")))
    return f'<p class="api-label">Returns</p>\n<p><code>{_status_text(code)}</code> {description}</p>'


def _operation(spec: dict[str, Any], operation: Operation, resource: Resource, pages: dict[str, str]) -> str:
    method = operation.method.upper()
    heading = f"## {operation.summary} {{#{operation.operation_id}}}"
    prose = [
        f'<p class="api-endpoint"><span class="api-method api-method--{operation.method}">{method}</span> '
        f"<code>{html.escape(operation.path)}</code></p>",
        operation.description.strip(),
    ]
    parameters = [parameter_row(spec, parameter, pages) for parameter in operation.parameters]
    if parameters:
        prose.append('<p class="api-label">Parameters</p>\n' + render_table(parameters, first_column="Parameter"))
    body = _body_table(spec, operation, pages)
    if body:
        prose.append(body)
    prose.append(_returns(spec, operation, resource))

    return row(
        "\n\n".join(prose), operation_code(spec, operation, resource), heading=heading, css_class="api-row--operation"
    )


def operation_code(spec: dict[str, Any], operation: Operation, resource: Resource) -> str:
    """The dark column of an operation: its samples in every language, then its example response."""
    status, response = success_response(operation)
    return sample_tabs(spec, operation, resource) + "\n\n" + response_example(spec, status, response)


def sample_tabs(spec: dict[str, Any], operation: Operation, resource: Resource) -> str:
    """The operation's samples, one language tab each."""
    by_label = samples(spec, operation, resource)
    return tabs({label: (LANGUAGES[label], source) for label, source in by_label.items()})


def response_example(spec: dict[str, Any], status: str, response: dict[str, Any]) -> str:
    """A response's example body as a titled JSON block, or a note that it has no body."""
    media = response.get("content", {}).get("application/json")
    if media is None:
        return f'<p class="api-response-empty">Response: <code>{_status_text(status)}</code>, no body.</p>'
    return fence("json", _json(_example_value(spec, media)), title=f"Response: {_status_text(status)}")


def _object_section(spec: dict[str, Any], resource: Resource, pages: dict[str, str]) -> str:
    if resource.schema_name is None:
        return ""
    node = {"$ref": f"#/components/schemas/{resource.schema_name}"}
    schema = resolve(spec, node)
    # The page's own object is nested where it appears inside itself, never linked to itself.
    rows = attribute_rows(spec, node, pages, mark_required=False)
    title = f"The {resource.name.lower()} object"
    prose = "\n\n".join(
        [
            inline_markdown(str(schema.get("description", ""))),
            render_table(rows, first_column="Attribute"),
        ]
    )
    example = schema.get("examples", [None])[0]
    code = fence("json", _json(example), title=f"The {resource.name.lower()} object") if example is not None else ""
    return row(prose, code, heading=f"## {title} {{#{object_anchor(resource)}}}")


def resource_page(spec: dict[str, Any], resource: Resource, pages: dict[str, str], spec_file: str) -> str:
    """`pages` maps component names with their own section to its URL (relative to this page)."""
    out = [row(resource.description, heading=f"# {resource.tag}"), _object_section(spec, resource, pages)]
    out.extend(_operation(spec, operation, resource, pages) for operation in resource.operations)
    return "\n".join(filter(None, out))
