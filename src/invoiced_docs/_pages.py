"""A resource's page: its object and sub-objects, then each operation with parameters, samples and responses."""

from __future__ import annotations

import html
import json
import re
from http import HTTPStatus
from typing import Any

from invoiced_spec import Operation, resolve

from ._layout import Tab, block, fence, row, tabs
from ._resources import Resource, success_response
from ._samples import LANGUAGES, library_caption, samples
from ._schema import ref_name
from ._tables import attribute_rows, inline_markdown, noun, parameter_row, render_table, sandbox_note
from ._tryit import try_it
from ._words import article, snake

__all__ = [
    "component_anchor",
    "object_anchor",
    "operation_code",
    "resource_page",
    "response_example",
    "returned_component",
    "sample_tabs",
]


def component_anchor(component: str) -> str:
    """The id of a component's section: `LineItem` → `line-item-object`."""
    return f"{snake(component).replace('_', '-')}-object"


def object_anchor(resource: Resource) -> str:
    return component_anchor(resource.name)


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
    rows = attribute_rows(spec, media.get("schema", {}), pages, mark_required=True, anchor=operation.operation_id)
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


def returned_component(response: dict[str, Any]) -> tuple[str | None, bool]:
    """The component a response's JSON body is (or is a list of), and whether it is a list."""
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if not isinstance(schema, dict):
        return None, False
    if schema.get("type") == "array":
        return ref_name(schema.get("items")), True
    return ref_name(schema), False


def _object_phrase(name: str, many: bool, pages: dict[str, str]) -> str:
    text = f"{noun(name)} {'objects' if many else 'object'}"
    href = pages.get(name)
    linked = f'<a href="{html.escape(href)}">{html.escape(text)}</a>' if href else html.escape(text)
    return f"A list of {linked}." if many else f"The {linked}." if href else f"{article(text).capitalize()} {linked}."


def _returns(spec: dict[str, Any], operation: Operation, pages: dict[str, str]) -> str:
    code, response = success_response(operation)
    description = inline_markdown(str(response.get("description", "")))
    out = [f'<p class="api-label">Returns</p>\n<p><code>{_status_text(code)}</code> {description}</p>']
    name, many = returned_component(response)
    if name:
        out.append(f'<p class="api-returns">{_object_phrase(name, many or operation.is_list, pages)}</p>')
    else:
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        rows = attribute_rows(spec, schema, pages, mark_required=False) if schema else []
        if rows:
            out.append(render_table(rows, first_column="Attribute"))
    return "\n".join(out)


def _headers(spec: dict[str, Any], operation: Operation) -> str:
    rows = []
    for code, response in operation.responses.items():
        for name, header in response.get("headers", {}).items():
            header = resolve(spec, header)
            rows.append(
                f"<tr><td><code>{html.escape(name)}</code></td><td><code>{code}</code></td>"
                f"<td>{inline_markdown(str(header.get('description', '')))}</td></tr>"
            )
    if not rows:
        return ""
    return (
        '<p class="api-label">Response headers</p>\n<table class="api-table api-table--plain">'
        "<thead><tr><th>Header</th><th>Status</th><th>Description</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _errors(spec: dict[str, Any], operation: Operation) -> str:
    failures = [(code, response) for code, response in operation.responses.items() if not code.startswith("2")]
    if not failures:
        return ""
    rows = "".join(
        f"<tr><td><code>{_status_text(code)}</code></td>"
        f"<td>{inline_markdown(str(response.get('description', '')))}</td></tr>"
        for code, response in failures
    )
    table = (
        '<p class="api-label">Errors</p>\n<table class="api-table api-table--plain api-table--errors">'
        f"<thead><tr><th>Status</th><th>When</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    # One example body: the error a reader meets first when the object is missing, else bad input.
    codes = dict(failures)
    shown = next((code for code in ("404", "400") if code in codes), failures[0][0])
    media = codes[shown].get("content", {}).get("application/json")
    if media is None:
        return table
    example = fence("json", _json(_example_value(spec, media)))
    return (
        table
        + "\n\n"
        + f'<details class="api-error-example" markdown>\n<summary>Example: {_status_text(shown)}</summary>\n\n'
        + f"{example}\n\n</details>"
    )


def _choices(spec: dict[str, Any], operation: Operation, name: str) -> list[str]:
    """The values a `sort` or `expand` parameter accepts, read from its pattern's first group."""
    for parameter in operation.parameters:
        if parameter.name == name:
            pattern = str(resolve(spec, parameter.schema).get("pattern", ""))
            match = re.match(r"\^\(([\w|]+)\)", pattern)
            if match:
                return match.group(1).split("|")
    return []


def _choice_line(label: str, values: list[str]) -> str:
    listed = ", ".join(f"<code>{html.escape(v)}</code>" for v in values)
    return f'<p class="api-choices"><span class="api-choices__label">{label}</span> {listed}</p>'


def _operation(spec: dict[str, Any], operation: Operation, resource: Resource, pages: dict[str, str]) -> str:
    method = operation.method.upper()
    heading = f"## {operation.summary} {{#{operation.operation_id}}}"
    prose = [
        f'<p class="api-endpoint"><span class="api-method api-method--{operation.method}">{method}</span> '
        f"<code>{html.escape(operation.path)}</code></p>",
        operation.description.strip(),
    ]
    if note := sandbox_note(operation.raw):
        prose.append(f'<p class="api-sandbox">{note}</p>')
    if operation.is_list and (columns := _choices(spec, operation, "sort")):
        prose.append(_choice_line("Sortable columns", columns))
    if (relations := _choices(spec, operation, "expand")) and not operation.is_list:
        prose.append(_choice_line("Expandable relations", relations))
    parameters = [parameter_row(spec, p, pages, anchor=operation.operation_id) for p in operation.parameters]
    if parameters:
        prose.append('<p class="api-label">Parameters</p>\n' + render_table(parameters, first_column="Parameter"))
    body = _body_table(spec, operation, pages)
    if body:
        prose.append(body)
    prose.append(_returns(spec, operation, pages))
    prose.extend(filter(None, [_headers(spec, operation), _errors(spec, operation)]))
    prose.append(try_it(spec, operation, resource))
    return row(
        "\n\n".join(prose), operation_code(spec, operation, resource), heading=heading, css_class="api-row--operation"
    )


def operation_code(spec: dict[str, Any], operation: Operation, resource: Resource) -> str:
    """The dark column of an operation: its samples in every language, then its example response."""
    status, response = success_response(operation)
    return (
        sample_tabs(spec, operation, resource)
        + "\n\n"
        + block("api-response", response_example(spec, status, response))
    )


def sample_tabs(spec: dict[str, Any], operation: Operation, resource: Resource) -> str:
    """The operation's samples, one language tab each, each naming the library it targets."""
    by_label = samples(spec, operation, resource)
    return tabs(
        {label: Tab(LANGUAGES[label], source, library_caption(spec, label)) for label, source in by_label.items()}
    )


def response_example(spec: dict[str, Any], status: str, response: dict[str, Any]) -> str:
    """A response's example body as a titled JSON block, or a note that it has no body."""
    media = response.get("content", {}).get("application/json")
    if media is None:
        return f'<p class="api-response-empty">Response: <code>{_status_text(status)}</code>, no body.</p>'
    return fence("json", _json(_example_value(spec, media)), title=f"Response: {_status_text(status)}")


def _component_section(spec: dict[str, Any], name: str, pages: dict[str, str], lead: str = "") -> str:
    node = {"$ref": f"#/components/schemas/{name}"}
    schema = resolve(spec, node)
    anchor = component_anchor(name)
    # The object is nested where it appears inside itself, never linked to itself.
    rows = attribute_rows(spec, node, pages, mark_required=False, anchor=anchor)
    title = f"The {noun(name)} object"
    prose = "\n\n".join(
        filter(
            None,
            [lead, inline_markdown(str(schema.get("description", ""))), render_table(rows, first_column="Attribute")],
        )
    )
    example = schema.get("examples", [None])[0]
    code = fence("json", _json(example), title=title) if example is not None else ""
    return row(prose, code, heading=f"## {title} {{#{anchor}}}", css_class="api-row--object")


def resource_page(
    spec: dict[str, Any], resource: Resource, pages: dict[str, str], spec_file: str, sub_objects: tuple[str, ...] = ()
) -> str:
    """`pages` maps component names with their own section to its URL; `sub_objects` are this page's own."""
    out = [row(resource.description, heading=f"# {resource.tag}")]
    if resource.schema_name:
        out.append(_component_section(spec, resource.schema_name, pages))
    out.extend(_component_section(spec, name, pages) for name in sub_objects)
    out.extend(_operation(spec, operation, resource, pages) for operation in resource.operations)
    return "\n".join(filter(None, out))


def sub_objects(spec: dict[str, Any], resource: Resource, resource_schemas: frozenset[str]) -> list[str]:
    """Components a resource's object holds or its operations return, that are not resources themselves."""
    from ._schema import attributes, linked_objects  # local: only this walk needs them

    found: list[str] = []

    def visit(name: str) -> None:
        if name in found or name in resource_schemas:
            return
        found.append(name)
        walk(name)

    def walk(name: str) -> None:
        for attribute in attributes(spec, {"$ref": f"#/components/schemas/{name}"}):
            for child, _ in linked_objects(spec, attribute.schema):
                visit(child)

    if resource.schema_name:
        walk(resource.schema_name)
    for operation in resource.operations:
        name, _ = returned_component(success_response(operation)[1])
        if name and resolve(spec, {"$ref": f"#/components/schemas/{name}"}).get("properties"):
            visit(name)
    return found
