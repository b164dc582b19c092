"""The Invoices tag: create, retrieve, update, delete, list, send and pay."""

from __future__ import annotations

import secrets
from typing import Any

import orjson

from .._cards import decline_reason, note_card_success
from .._context import Context, Reply
from .._emails import send_emails
from .._errors import bad_request, not_found
from .._invoice_rows import AUTO_TERMS, figures, is_net_terms, new_invoice_row
from .._invoice_rows import due_date as invoice_due_date
from .._ledger import recalculate_invoice
from .._lines import amounts, build_items
from .._listing import ListQuery, expand, run_list
from .._objects import INVOICE_SELECT, INVOICE_STATUS_SQL, fetch, invoice_object
from .._portal import client_token
from .._store import delete_owned, insert, next_number, update

__all__ = ["HANDLERS"]

_PLAIN = ("name", "number", "currency", "theme", "terms", "notes", "date")
_FLAGS = ("draft", "sent", "closed", "chase")


def _invoice(ctx: Context, invoice_id: int) -> dict[str, Any]:
    return fetch(ctx, "invoices", invoice_id)  # type: ignore[no-any-return]


def create_invoice(ctx: Context) -> Reply:
    body = ctx.body
    customer = ctx.db.execute(
        "SELECT collection_mode, payment_terms FROM customers WHERE business = ? AND id = ?",
        (ctx.business, body["customer"]),
    ).fetchone()
    if customer is None:
        raise bad_request(f"No such customer: {body['customer']}", "customer")
    mode = body.get("collection_mode", customer[0])
    date = body.get("date", ctx.now)
    if mode == "auto":
        terms, due_date = AUTO_TERMS, None
    else:
        terms = body["payment_terms"] if "payment_terms" in body else customer[1]
        due_date = body["due_date"] if "due_date" in body else invoice_due_date(date, terms)
    items = build_items(ctx, body.get("items", []))
    discounts = amounts(ctx, body.get("discounts", []))
    taxes = amounts(ctx, body.get("taxes", []))
    values = new_invoice_row(
        ctx,
        items,
        discounts,
        taxes,
        customer=body["customer"],
        number=body.get("number") or next_number(ctx.db, ctx.business, "invoices"),
        name=body.get("name"),
        currency=body["currency"],
        collection_mode=mode,
        draft=int(body["draft"]),
        sent=int(body["sent"]),
        closed=int(body["closed"]),
        chase=int(body["chase"]),
        theme=body.get("theme"),
        date=date,
        due_date=due_date,
        payment_terms=terms,
        terms=body.get("terms"),
        notes=body.get("notes"),
    )
    new_id = insert(ctx.db, "invoices", values)
    return Reply(201, _invoice(ctx, new_id), [("Location", ctx.url(f"/invoices/{new_id}"))])


def retrieve_invoice(ctx: Context) -> Reply:
    obj = _invoice(ctx, ctx.ids["invoice_id"])
    expand(ctx, [obj])
    return Reply(200, obj)


def update_invoice(ctx: Context) -> Reply:
    invoice_id = ctx.ids["invoice_id"]
    current = _invoice(ctx, invoice_id)
    body = ctx.body
    if "currency" in body and body["currency"] != current["currency"]:
        moved = ctx.db.execute("SELECT 1 FROM transactions WHERE invoice = ? LIMIT 1", (invoice_id,)).fetchone()
        if moved is not None:
            raise bad_request("The invoice has transactions in its currency; its currency cannot change", "currency")
    values: dict[str, Any] = {k: body[k] for k in _PLAIN if k in body}
    values.update({k: int(body[k]) for k in _FLAGS if k in body})
    if current["collection_mode"] == "auto":
        values["payment_terms"], values["due_date"] = AUTO_TERMS, None
    else:
        if "payment_terms" in body:
            values["payment_terms"] = body["payment_terms"]
        if "due_date" in body:
            values["due_date"] = body["due_date"]
        elif "payment_terms" in body or "date" in body:
            terms = values.get("payment_terms", current["payment_terms"])
            if is_net_terms(terms):
                values["due_date"] = invoice_due_date(values.get("date", current["date"]), terms)
    if any(k in body for k in ("items", "discounts", "taxes")):
        stored = ctx.db.execute("SELECT items, discounts, taxes FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        items = build_items(ctx, body["items"]) if "items" in body else orjson.loads(stored[0])
        discounts = amounts(ctx, body["discounts"]) if "discounts" in body else orjson.loads(stored[1])
        taxes = amounts(ctx, body["taxes"]) if "taxes" in body else orjson.loads(stored[2])
        values.update(figures(items, discounts, taxes))
    if update(ctx.db, "invoices", invoice_id, values):
        recalculate_invoice(ctx.db, invoice_id)
    return Reply(200, _invoice(ctx, invoice_id))


def delete_invoice(ctx: Context) -> Reply:
    # Its transactions go with it (ON DELETE CASCADE).
    delete_owned(ctx.db, "invoices", ctx.business, ctx.ids["invoice_id"], "invoice")
    return Reply(204)


def list_invoices(ctx: Context) -> Reply:
    query = ListQuery("invoices", INVOICE_SELECT, invoice_object, expressions={"status": INVOICE_STATUS_SQL})
    query.add_filters(ctx.query.get("filter", {}))
    if "start_date" in ctx.query:
        query.where.append("date >= :start_date")
        query.params["start_date"] = ctx.query["start_date"]
    if "end_date" in ctx.query:
        query.where.append("date <= :end_date")
        query.params["end_date"] = ctx.query["end_date"]
    reply = run_list(ctx, query)
    expand(ctx, reply.body)
    return reply


def _customer_contact(ctx: Context, customer_id: int) -> tuple[str, str | None]:
    row = ctx.db.execute("SELECT name, email FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return row[0], row[1]


def send_invoice(ctx: Context) -> Reply:
    invoice = _invoice(ctx, ctx.ids["invoice_id"])
    if invoice["draft"]:
        raise bad_request("A draft invoice cannot be sent; set draft to false first")
    emails = send_emails(
        ctx,
        kind="invoice",
        object_id=invoice["id"],
        customer=_customer_contact(ctx, invoice["customer"]),
        template="new_invoice_email",
        subject=f"Invoice {invoice['number']}",
        message=lambda name: f"Dear {name}, your invoice {invoice['number']} is attached. Thank you!",
    )
    ctx.db.execute("UPDATE invoices SET sent = 1 WHERE id = ?", (invoice["id"],))
    return Reply(200, emails)


def pay_invoice(ctx: Context) -> Reply:
    invoice_id = ctx.ids["invoice_id"]
    row = ctx.db.execute(
        "SELECT i.collection_mode, i.draft, i.closed, i.paid, i.balance, i.currency, i.customer, c.payment_source"
        " FROM invoices i JOIN customers c ON c.id = i.customer WHERE i.business = ? AND i.id = ?",
        (ctx.business, invoice_id),
    ).fetchone()
    if row is None:
        raise not_found("invoice", invoice_id)
    mode, draft, closed, paid, balance, currency, customer, source = row
    if mode != "auto":
        raise bad_request("Only invoices in auto collection can be charged; this one is collected manually")
    if draft:
        raise bad_request("A draft invoice cannot be charged")
    if closed:
        raise bad_request("The invoice is closed and accepts no payments")
    if paid or balance <= 0:
        raise bad_request("The invoice is already paid")
    if source is None:
        raise bad_request("The customer has no payment source to charge; attach a card with stripe_token")
    card = orjson.loads(source)
    declined = decline_reason(ctx.db, ctx.catalog, card)
    if declined is not None:
        raise bad_request(f"The charge was declined: {declined}")
    note_card_success(ctx.db, ctx.catalog, ctx.business, card)
    charge = {
        "business": ctx.business,
        "customer": customer,
        "invoice": invoice_id,
        "date": ctx.now,
        "type": "charge",
        "method": "credit_card",
        "status": "succeeded",
        "gateway": "stripe",
        "gateway_id": "ch_" + secrets.token_hex(12),
        "currency": currency,
        "amount": balance,
        "fee": 0,
        "client_id": client_token(),
        "created_at": ctx.now,
    }
    insert(ctx.db, "transactions", charge)
    ctx.db.execute("UPDATE invoices SET attempt_count = attempt_count + 1 WHERE id = ?", (invoice_id,))
    recalculate_invoice(ctx.db, invoice_id)
    return Reply(200, _invoice(ctx, invoice_id))


HANDLERS = {
    "createInvoice": create_invoice,
    "retrieveInvoice": retrieve_invoice,
    "updateInvoice": update_invoice,
    "deleteInvoice": delete_invoice,
    "listInvoices": list_invoices,
    "sendInvoice": send_invoice,
    "payInvoice": pay_invoice,
}
