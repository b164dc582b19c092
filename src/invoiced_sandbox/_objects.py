"""Rows to the API's objects, and fetching objects by ID within one business.

Derived attributes (an invoice's status, a subscription's schedule) are
computed here from stored facts and the current time, never stored. Every
SELECT here starts with the object's ID.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import orjson

from ._catalog import Catalog
from ._context import Context
from ._errors import not_found
from ._money import money
from ._portal import PORTAL_URL
from ._schedule import standing

__all__ = [
    "CUSTOMER_SELECT",
    "INVOICE_SELECT",
    "INVOICE_STATUS_SQL",
    "SUBSCRIPTION_RENEWS_NEXT_SQL",
    "SUBSCRIPTION_SELECT",
    "SUBSCRIPTION_STATUS_SQL",
    "TRANSACTION_SELECT",
    "customer_object",
    "fetch",
    "fetch_many",
    "invoice_object",
    "register_functions",
    "subscription_object",
    "transaction_object",
]

# Customers have no derived attributes: SQLite renders the whole object into
# the `doc` column (schema.sql), and it goes out as stored, unparsed.
CUSTOMER_SELECT = "SELECT id, doc FROM customers"


def customer_object(row: Sequence[Any], catalog: Catalog | None = None, now: int = 0) -> orjson.Fragment:
    return orjson.Fragment(row[1])


# The Invoices tag description's precedence, with `:now` bound by the caller.
INVOICE_STATUS_SQL = (
    "CASE WHEN draft THEN 'draft' WHEN balance < 0 THEN 'overpaid' WHEN paid THEN 'paid'"
    " WHEN pending THEN 'pending' WHEN due_date IS NOT NULL AND due_date < :now THEN 'past_due'"
    " WHEN viewed THEN 'viewed' WHEN sent THEN 'sent' ELSE 'not_sent' END"
)
_INVOICE_FIELDS = (
    "id", "customer", "name", "number", "currency", "collection_mode", "draft", "sent", "closed", "paid",
    "chase", "attempt_count", "theme", "subscription", "date", "due_date", "payment_terms", "items", "terms",
    "notes", "subtotal", "discounts", "taxes", "total", "balance", "client_id", "created_at",
    "next_payment_attempt", "status",
)  # fmt: skip
# The billing lifecycle (lifecycle.sql) schedules retries of declined charges.
_NEXT_PAYMENT_ATTEMPT_SQL = (
    "(SELECT next_attempt FROM sandbox_dunning d"
    " WHERE d.invoice = invoices.id AND invoices.paid = 0 AND invoices.closed = 0)"
)
INVOICE_SELECT = (
    "SELECT " + ", ".join(_INVOICE_FIELDS[:-2]) + f", {_NEXT_PAYMENT_ATTEMPT_SQL}, {INVOICE_STATUS_SQL} FROM invoices"
)


def invoice_object(row: Sequence[Any], catalog: Catalog | None = None, now: int = 0) -> dict[str, Any]:
    obj = dict(zip(_INVOICE_FIELDS, row, strict=True))
    for flag in ("draft", "sent", "closed", "paid", "chase"):
        obj[flag] = bool(obj[flag])
    for field in ("items", "discounts", "taxes"):
        obj[field] = orjson.Fragment(obj[field])
    for field in ("subtotal", "total", "balance"):
        obj[field] = money(obj[field])
    outstanding = not (obj["draft"] or obj["closed"] or obj["paid"])
    obj["next_chase_on"] = obj["due_date"] if obj["chase"] and outstanding else None
    token = obj.pop("client_id")
    obj["url"] = f"{PORTAL_URL}/invoices/{token}"
    obj["pdf_url"] = f"{PORTAL_URL}/invoices/{token}/pdf"
    return obj


_TRANSACTION_FIELDS = (
    "id", "customer", "invoice", "theme", "date", "type", "method", "status", "gateway", "gateway_id",
    "currency", "amount", "fee", "notes", "sent", "failure_reason", "parent_transaction", "client_id", "created_at",
)  # fmt: skip
TRANSACTION_SELECT = "SELECT " + ", ".join(_TRANSACTION_FIELDS) + " FROM transactions"


def transaction_object(row: Sequence[Any], catalog: Catalog | None = None, now: int = 0) -> dict[str, Any]:
    obj = dict(zip(_TRANSACTION_FIELDS, row, strict=True))
    obj["amount"] = money(obj["amount"])
    obj["fee"] = money(obj["fee"])
    obj["sent"] = bool(obj["sent"])
    obj["pdf_url"] = f"{PORTAL_URL}/payments/{obj.pop('client_id')}/pdf"
    return obj


_SUBSCRIPTION_FIELDS = (
    "id", "customer", "plan", "start_date", "quantity", "cycles", "addons", "discounts", "taxes",
    "client_id", "created_at", "status",
)  # fmt: skip
# A subscription is past due while one of its invoices is; `:now` bound by the caller.
_OVERDUE_SQL = (
    "EXISTS (SELECT 1 FROM invoices i WHERE i.subscription = s.id AND i.draft = 0 AND i.closed = 0"
    " AND i.balance > 0 AND i.due_date IS NOT NULL AND i.due_date < :now)"
)
# Status and next renewal depend on the plan's calendar and the time, so SQLite
# asks `schedule.standing` through two functions (`register_functions`): lists
# then filter, sort and page in SQL instead of building every subscription.
SUBSCRIPTION_STATUS_SQL = f"subscription_status(s.start_date, s.plan, s.cycles, :now, {_OVERDUE_SQL})"
SUBSCRIPTION_RENEWS_NEXT_SQL = "subscription_renews_next(s.start_date, s.plan, s.cycles, :now)"
SUBSCRIPTION_SELECT = (
    "SELECT " + ", ".join(f"s.{f}" for f in _SUBSCRIPTION_FIELDS[:-1]) + f", {SUBSCRIPTION_STATUS_SQL}"
    " FROM subscriptions s"
)


def register_functions(db: sqlite3.Connection, catalog: Catalog) -> None:
    """The SQL functions SUBSCRIPTION_STATUS_SQL and SUBSCRIPTION_RENEWS_NEXT_SQL call."""

    def status(start: int, plan_id: str, cycles: int | None, now: int, overdue: int) -> str:
        plan = catalog.plans.get(plan_id)
        # A plan removed from the fixtures file after the subscription was made.
        return "active" if plan is None else standing(start, plan, cycles, now, bool(overdue)).status

    def renews_next(start: int, plan_id: str, cycles: int | None, now: int) -> int | None:
        plan = catalog.plans.get(plan_id)
        return None if plan is None else standing(start, plan, cycles, now, False).renews_next

    db.create_function("subscription_status", 5, status, deterministic=True)
    db.create_function("subscription_renews_next", 4, renews_next, deterministic=True)


def subscription_object(row: Sequence[Any], catalog: Catalog | None = None, now: int = 0) -> dict[str, Any]:
    assert catalog is not None
    obj = dict(zip(_SUBSCRIPTION_FIELDS, row, strict=True))
    plan = catalog.plans.get(obj["plan"])
    if plan is None:
        obj["renewed_last"], obj["renews_next"] = None, None
    else:
        now_standing = standing(obj["start_date"], plan, obj["cycles"], now, obj["status"] == "past_due")
        obj["renewed_last"] = now_standing.renewed_last
        obj["renews_next"] = now_standing.renews_next
    for field in ("addons", "discounts", "taxes"):
        obj[field] = orjson.Fragment(obj[field])
    obj["url"] = f"{PORTAL_URL}/subscriptions/{obj.pop('client_id')}"
    return obj


_KINDS = {
    "customers": (CUSTOMER_SELECT, customer_object, "id"),
    "invoices": (INVOICE_SELECT, invoice_object, "id"),
    "transactions": (TRANSACTION_SELECT, transaction_object, "id"),
    "subscriptions": (SUBSCRIPTION_SELECT, subscription_object, "s.id"),
}


def fetch_many(
    db: sqlite3.Connection, catalog: Catalog, table: str, business: int, ids: Iterable[int], now: int
) -> dict[int, Any]:
    """The business's objects with these IDs, by ID; IDs of other businesses are simply absent."""
    wanted = sorted({i for i in ids if isinstance(i, int)})
    if not wanted:
        return {}
    select, build, id_column = _KINDS[table]
    business_column = "s.business" if table == "subscriptions" else "business"
    found: dict[int, Any] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        params: dict[str, Any] = {f"i{n}": value for n, value in enumerate(chunk)}
        params.update(business=business, now=now)
        sql = f"{select} WHERE {business_column} = :business AND {id_column} IN ({marks})"
        for row in db.execute(sql, params):
            found[row[0]] = build(row, catalog, now)
    return found


_RESOURCES = {
    "customers": "customer",
    "invoices": "invoice",
    "transactions": "transaction",
    "subscriptions": "subscription",
}


def fetch(ctx: Context, table: str, object_id: int) -> Any:
    """The request's business's object of `table` with this ID, or a 404 naming it."""
    found = fetch_many(ctx.db, ctx.catalog, table, ctx.business, (object_id,), ctx.now).get(object_id)
    if found is None:
        raise not_found(_RESOURCES[table], object_id)
    return found
