"""The Customers tag: create, retrieve, update, delete, list, balance, subscriptions, statements."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson

from ..context import Context, Reply
from ..emails import send_emails
from ..errors import not_found
from ..listing import ListQuery, run_list
from ..money import money
from ..objects import CUSTOMER_SELECT, customer_object
from ..store import allocate_ids, next_number
from .subscriptions import list_subscriptions

__all__ = ["HANDLERS", "customer_row"]

# Attributes stored as they are sent; `stripe_token` becomes `payment_source`.
_PLAIN = (
    "name", "number", "type", "email", "collection_mode", "payment_terms", "attention_to", "address1",
    "address2", "city", "state", "postal_code", "country", "tax_id", "phone", "other_phone", "notes",
)  # fmt: skip
_DEFAULTS: dict[str, Any] = {"type": "company", "collection_mode": "manual", "country": "US"}


def customer_row(ctx: Context, customer_id: int) -> tuple[Any, ...]:
    row = ctx.db.execute(f"{CUSTOMER_SELECT} WHERE business = ? AND id = ?", (ctx.business, customer_id)).fetchone()
    if row is None:
        raise not_found("customer", customer_id)
    return tuple(row)


def _card(ctx: Context, token: str) -> str:
    card = ctx.catalog.card_for(token)
    year = datetime.fromtimestamp(ctx.now, UTC).year + 4
    return orjson.dumps(
        {
            "id": allocate_ids(ctx.db, 1, "cards")[0],
            "object": "card",
            "brand": card.brand,
            "last4": card.last4,
            "exp_month": 12,
            "exp_year": year,
            "funding": card.funding,
        }
    ).decode()


def create_customer(ctx: Context) -> Reply:
    values = {**_DEFAULTS, **{k: v for k, v in ctx.body.items() if k in _PLAIN}}
    if "number" not in values:
        values["number"] = next_number(ctx.db, ctx.business, "customers")
    values["payment_source"] = _card(ctx, ctx.body["stripe_token"]) if "stripe_token" in ctx.body else None
    values.update(business=ctx.business, created_at=ctx.now)
    columns = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    row = ctx.db.execute(f"INSERT INTO customers ({columns}) VALUES ({marks}) RETURNING id, doc", values).fetchone()
    return Reply(201, customer_object(row), [("Location", ctx.url(f"/customers/{row[0]}"))])


def retrieve_customer(ctx: Context) -> Reply:
    return Reply(200, customer_object(customer_row(ctx, ctx.ids["customer_id"])))


def update_customer(ctx: Context) -> Reply:
    customer_id = ctx.ids["customer_id"]
    customer_row(ctx, customer_id)
    values = {k: v for k, v in ctx.body.items() if k in _PLAIN}
    if "stripe_token" in ctx.body:
        values["payment_source"] = _card(ctx, ctx.body["stripe_token"])
    if values:
        assignments = ", ".join(f"{k} = :{k}" for k in values)
        ctx.db.execute(f"UPDATE customers SET {assignments} WHERE id = :id", {**values, "id": customer_id})
    return Reply(200, customer_object(customer_row(ctx, customer_id)))


def delete_customer(ctx: Context) -> Reply:
    # Invoices, transactions and subscriptions go with it (ON DELETE CASCADE).
    deleted = ctx.db.execute(
        "DELETE FROM customers WHERE business = ? AND id = ?", (ctx.business, ctx.ids["customer_id"])
    ).rowcount
    if not deleted:
        raise not_found("customer", ctx.ids["customer_id"])
    return Reply(204)


def list_customers(ctx: Context) -> Reply:
    query = ListQuery("customers", CUSTOMER_SELECT, customer_object)
    query.add_filters(ctx.query.get("filter", {}))
    return run_list(ctx, query)


def list_customer_subscriptions(ctx: Context) -> Reply:
    customer_row(ctx, ctx.ids["customer_id"])
    return list_subscriptions(ctx, customer=ctx.ids["customer_id"])


def retrieve_customer_balance(ctx: Context) -> Reply:
    customer_id = ctx.ids["customer_id"]
    customer_row(ctx, customer_id)
    outstanding, past_due = ctx.db.execute(
        "SELECT COALESCE(SUM(balance), 0), COALESCE(MAX(due_date IS NOT NULL AND due_date < ?), 0)"
        " FROM invoices WHERE customer = ? AND draft = 0 AND closed = 0 AND balance > 0",
        (ctx.now, customer_id),
    ).fetchone()
    (adjustments,) = ctx.db.execute(
        "SELECT COALESCE(SUM(amount), 0) FROM transactions"
        " WHERE customer = ? AND type = 'adjustment' AND status = 'succeeded'",
        (customer_id,),
    ).fetchone()
    return Reply(
        200,
        {
            "available_credits": money(max(0, -adjustments)),
            "past_due": bool(past_due),
            "total_outstanding": money(outstanding),
        },
    )


def send_customer_statement(ctx: Context) -> Reply:
    customer_id = ctx.ids["customer_id"]
    row = ctx.db.execute(
        "SELECT name, email FROM customers WHERE business = ? AND id = ?", (ctx.business, customer_id)
    ).fetchone()
    if row is None:
        raise not_found("customer", customer_id)
    name, email = row
    emails = send_emails(
        ctx,
        kind="customer",
        object_id=customer_id,
        customer=(name, email),
        template="statement_email",
        subject="Your account statement",
        message=lambda name: f"Dear {name}, we have attached your latest account statement. Thank you!",
    )
    return Reply(200, emails)


HANDLERS = {
    "createCustomer": create_customer,
    "retrieveCustomer": retrieve_customer,
    "updateCustomer": update_customer,
    "deleteCustomer": delete_customer,
    "listCustomers": list_customers,
    "listCustomerSubscriptions": list_customer_subscriptions,
    "retrieveCustomerBalance": retrieve_customer_balance,
    "sendCustomerStatement": send_customer_statement,
}
