"""Seeding a business from a fixture: each entry goes through the API's own create operation.

Every entry is validated against the request body the main spec gives that
operation and handled by the same handler as a request would be, so a
fixture can hold nothing the API would refuse. References by `key` to
earlier entries are replaced with the IDs created.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import yaml

from invoiced_spec import SANDBOX_SPEC_PATH, load_spec

from ._catalog import Catalog
from ._context import Context, Handler
from ._errors import ApiError, bad_request
from ._routes import JSON, Router
from ._validation import SchemaCheck

__all__ = ["KINDS", "FixtureError", "check_fixture", "read_fixture", "seed", "seed_if_empty"]

# Kind, the create operation, and which attributes may refer to earlier entries.
KINDS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("customers", "createCustomer", {}),
    ("invoices", "createInvoice", {"customer": "customers"}),
    ("subscriptions", "createSubscription", {"customer": "customers"}),
    ("transactions", "createTransaction", {"customer": "customers", "invoice": "invoices"}),
)


class FixtureError(Exception):
    """A fixture file that cannot be read or is not a fixture."""


def _fixture_check() -> SchemaCheck:
    spec = load_spec(SANDBOX_SPEC_PATH)
    return SchemaCheck(SchemaCheck.registry(spec), {"$ref": "#/components/schemas/Fixture"})


def check_fixture(document: Any) -> dict[str, Any]:
    """The document as a fixture, or ApiError (400) naming what is wrong with its shape."""
    if not isinstance(document, dict):
        raise bad_request("A fixture is an object of customers, invoices, subscriptions and transactions")
    _fixture_check().check(document)
    return document


def read_fixture(path: str | Path) -> dict[str, Any]:
    """A fixture file, YAML or JSON (JSON is YAML, but its errors read better from the JSON parser)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        document = json.loads(text) if str(path).endswith(".json") else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise FixtureError(f"cannot read the fixture {path}: {exc}") from None
    try:
        return check_fixture(document)
    except ApiError as exc:
        raise FixtureError(f"{path}: {exc.message}") from None


def _in_entry(exc: ApiError, kind: str, index: int) -> ApiError:
    where = f"{kind}[{index}]"
    param = where if exc.param is None else where + "".join(f"[{p}]" for p in _split(exc.param))
    return ApiError(400, f"{where}: {exc.message}", param)


def _split(param: str) -> list[str]:
    head, _, rest = param.partition("[")
    return [head] + ([p for p in rest.rstrip("]").split("][")] if rest else [])


def seed(
    db: sqlite3.Connection, catalog: Catalog, router: Router[Handler], business: int, now: int, fixture: dict[str, Any]
) -> dict[str, dict[str, int]]:
    """Create the fixture's objects in order; the IDs by key (or position). Run in one write transaction."""
    created: dict[str, dict[str, int]] = {kind: {} for kind, _, _ in KINDS}
    for kind, operation_id, references in KINDS:
        route = router.by_operation[operation_id]
        assert route.body is not None
        for index, entry in enumerate(fixture.get(kind, [])):
            body = {k: v for k, v in entry.items() if k != "key"}
            for attribute, target in references.items():
                value = body.get(attribute)
                if isinstance(value, str):
                    if value not in created[target]:
                        raise bad_request(
                            f"{kind}[{index}]: no earlier {target[:-1]} has the key {value!r}",
                            f"{kind}[{index}][{attribute}]",
                        )
                    body[attribute] = created[target][value]
            ctx = Context(
                db=db, catalog=catalog, business=business, now=now, base_url="", path="", query_pairs=[],
                ids={}, query={}, body=body,
            )  # fmt: skip
            try:
                route.body.checks[JSON].check(body)
                ctx.body = route.body.fill(body)  # the spec's defaults, as a request gets them
                reply = route.handler(ctx)
            except ApiError as exc:
                raise _in_entry(exc, kind, index) from None
            location = dict(reply.headers)["Location"]
            created[kind][str(entry.get("key", index))] = int(location.rsplit("/", 1)[1])
    return created


def seed_if_empty(
    db: sqlite3.Connection, catalog: Catalog, router: Router[Handler], business: int, now: int, fixture: dict[str, Any]
) -> bool:
    """Seed the business unless it holds any customer already (a restart keeps what a run made). In a transaction."""
    if db.execute("SELECT 1 FROM customers WHERE business = ? LIMIT 1", (business,)).fetchone() is not None:
        return False
    seed(db, catalog, router, business, now, fixture)
    return True
