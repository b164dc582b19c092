"""What the spec keeps in `x-` extensions for the sake of other tools, handed back to schemathesis.

Two things are written so that strict parsers and code generators read the
spec (spec/DECISIONS.md, Portability): cross-field rules sit in a schema's
`x-crossFieldRules`, and the bodies that links build sit in a link's
`x-requestBody`. Schemathesis would otherwise generate "valid" data that
breaks a rule and never send the bodies the stateful phase needs, so before
it reads the spec both are put back where OpenAPI and JSON Schema say they go.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.hooks import HookContext

from invoiced_spec import fold_cross_field_rules

__all__ = ["LINK_BODY", "restore_extensions"]

LINK_BODY = "x-requestBody"


def _links(raw_schema: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(raw_schema.get("components", {}).get("links", {}).values())
    for path_item in raw_schema.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                found.extend(response.get("links", {}).values() if isinstance(response, dict) else ())
    return [link for link in found if isinstance(link, dict) and "$ref" not in link]


def restore_extensions(raw_schema: dict[str, Any]) -> None:
    """Fold `x-crossFieldRules` into `allOf` and move each link's `x-requestBody` to `requestBody`, in place."""
    fold_cross_field_rules(raw_schema)
    for link in _links(raw_schema):
        if LINK_BODY in link:
            link["requestBody"] = link.pop(LINK_BODY)


@schemathesis.hook
def before_load_schema(context: HookContext, raw_schema: dict[str, Any]) -> None:
    restore_extensions(raw_schema)
