"""The Customers tag: create, retrieve, update, delete, list, balance, subscriptions, statements."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson

from .._context import Context, Reply
from .._emails import send_emails
from .._errors import not_found
from .._listing import ListQuery, run_list
from .._money import money
from .._objects import CUSTOMER_SELECT, customer_object, fetch
from .._store import allocate_ids, delete_owned, insert, next_number, update
from .subscriptions import list_subscriptions

__all__ = ["HANDLERS"]

# Attributes stored as they are sent; `stripe_token` becomes `payment_source`.
_PLAIN = (
    "name", "number", "type", "email", "collection_mode", "payment_terms", "attention_to", "address1",
    "address2", "city", "state", "postal_code", "country", "tax_id", "phone", "other_phone", "notes",
)  # fmt: skip


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
    # `type`, `collection_mode` and `country` arrive with the spec's defaults filled in.
    values = {k: v for k, v in ctx.body.items() if k in _PLAIN}
    if "number" not in values:
        values["number"] = next_number(ctx.db, ctx.business, "customers")
    values["payment_source"] = _card(ctx, ctx.body["stripe_token"]) if "stripe_token" in ctx.body else None
    values.update(business=ctx.business, created_at=ctx.now)
    new_id = insert(ctx.db, "customers", values)
    return Reply(201, fetch(ctx, "customers", new_id), [("Location", ctx.url(f"/customers/{new_id}"))])


def retrieve_customer(ctx: Context) -> Reply:
    return Reply(200, fetch(ctx, "customers", ctx.ids["customer_id"]))


def update_customer(ctx: Context) -> Reply:
    customer_id = ctx.ids["customer_id"]
    fetch(ctx, "customers", customer_id)
    values = {k: v for k, v in ctx.body.items() if k in _PLAIN}
    if "stripe_token" in ctx.body:
        values["payment_source"] = _card(ctx, ctx.body["stripe_token"])
    update(ctx.db, "customers", customer_id, values)
    return Reply(200, fetch(ctx, "customers", customer_id))


def delete_customer(ctx: Context) -> Reply:
    # Invoices, transactions and subscriptions go with it (ON DELETE CASCADE).
    delete_owned(ctx.db, "customers", ctx.business, ctx.ids["customer_id"], "customer")
    return Reply(204)


def list_customers(ctx: Context) -> Reply:
    query = ListQuery("customers", CUSTOMER_SELECT, customer_object)
    query.add_filters(ctx.query.get("filter", {}))
    return run_list(ctx, query)


def list_customer_subscriptions(ctx: Context) -> Reply:
    fetch(ctx, "customers", ctx.ids["customer_id"])
    return list_subscriptions(ctx, customer=ctx.ids["customer_id"])


def retrieve_customer_balance(ctx: Context) -> Reply:
    customer_id = ctx.ids["customer_id"]
    fetch(ctx, "customers", customer_id)
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
