"""The sandbox's per-resource tables name every resource and relation of the spec.

The handlers are checked when the app starts (a missing one is named, see
tests/test_unknown_resources.py); these lists are only read when a request needs
them, so a resource left out of one would surface as a 500 or as data a snapshot
forgets. Each is checked here against what the spec says.
"""

from __future__ import annotations

import re

from invoiced_sandbox import _listing as listing
from invoiced_sandbox import _objects as objects
from invoiced_sandbox import _seed as seed
from invoiced_sandbox import _snapshots as snapshots
from invoiced_spec import SANDBOX_SPEC_PATH, load_spec, operations

SPEC = load_spec()
# A resource is a collection with `GET /{collection}/{id}`.
COLLECTIONS = {
    op.path.split("/")[1] for op in operations(SPEC) if op.method == "get" and re.fullmatch(r"/\w+/\{\w+\}", op.path)
}
# Every relation some operation lets `expand` name (its pattern lists them).
EXPANDABLE = {
    word
    for op in operations(SPEC)
    for parameter in op.parameters
    if parameter.name == "expand"
    for word in re.findall(r"[a-z_]+", str(parameter.schema.get("pattern", "")))
}


def test_the_spec_has_the_resources_this_test_reads() -> None:
    assert {"customers", "invoices", "transactions", "subscriptions"} <= COLLECTIONS
    assert {"customer", "invoice", "subscription"} <= EXPANDABLE


def test_every_resource_can_be_fetched_seeded_and_counted_in_a_snapshot() -> None:
    assert set(objects._KINDS) == COLLECTIONS, "objects._KINDS: how to fetch each resource's objects"
    assert {kind for kind, _, _ in seed.KINDS} == COLLECTIONS, "seed.KINDS: which create operation seeds each"
    assert set(snapshots.OBJECT_TABLES) == COLLECTIONS, "snapshots.OBJECT_TABLES: what a snapshot counts"
    fixture = load_spec(SANDBOX_SPEC_PATH)["components"]["schemas"]["Fixture"]["properties"]
    assert set(fixture) == COLLECTIONS, "spec/sandbox.yaml's Fixture: the kinds a seed file may hold"


def test_every_expandable_relation_names_a_resource() -> None:
    assert set(listing._EXPANDS) == EXPANDABLE, "listing._EXPANDS: the table each expandable attribute points into"
    assert set(listing._EXPANDS.values()) <= COLLECTIONS
