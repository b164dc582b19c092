"""Every example the spec gives, paired with the component schema it is an example of."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from invoiced_spec import load_spec, operations, resolve

__all__ = ["Example", "examples"]

_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class Example:
    schema: str
    value: Any
    where: str


def _component(schema: dict[str, Any]) -> tuple[str, bool] | None:
    """The component a media type's schema names, and whether the body is a list of it."""
    ref = schema.get("$ref", "")
    if ref.startswith(_PREFIX):
        return ref[len(_PREFIX) :], False
    items = schema.get("items", {})
    if schema.get("type") == "array" and items.get("$ref", "").startswith(_PREFIX):
        return items["$ref"][len(_PREFIX) :], True
    return None


def _media_examples(spec: dict[str, Any], media: dict[str, Any], where: str) -> Iterator[Example]:
    named = _component(media.get("schema", {}))
    if named is None:
        return
    name, is_list = named
    values = [(key, resolve(spec, example)["value"]) for key, example in media.get("examples", {}).items()]
    if "example" in media:
        values.append(("example", media["example"]))
    for key, value in values:
        for index, item in enumerate(value if is_list else [value]):
            yield Example(name, item, f"{where} {key}" + (f"[{index}]" if is_list else ""))


def examples() -> list[Example]:
    """Each distinct (schema, value) pair once, named by where it first appears."""
    seen: dict[tuple[str, str], Example] = {}
    for example in _all_examples():
        seen.setdefault((example.schema, json.dumps(example.value, sort_keys=True)), example)
    return list(seen.values())


def _all_examples() -> Iterator[Example]:
    spec = load_spec()
    for name, schema in spec["components"]["schemas"].items():
        for index, value in enumerate(schema.get("examples", [])):
            yield Example(name, value, f"components.schemas.{name}.examples[{index}]")
    for op in operations(spec):
        body = op.request_body or {}
        for media_type, media in body.get("content", {}).items():
            yield from _media_examples(spec, media, f"{op.operation_id} request {media_type}")
        for status, response in op.responses.items():
            response = resolve(spec, response)
            for media_type, media in response.get("content", {}).items():
                yield from _media_examples(spec, media, f"{op.operation_id} {status} {media_type}")
