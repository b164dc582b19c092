"""The Transactions tag: create, retrieve, update, delete, list, refund and send receipts."""

from __future__ import annotations

from typing import Any

from invoiced_spec import least_transaction_amounts, load_spec

from .._context import Context, Reply
from .._emails import send_emails
from .._errors import bad_request
from .._ledger import recalculate_invoice, refunded_cents
from .._listing import ListQuery, expand, run_list
from .._money import DEFAULT_CURRENCY, cents, decimal, money
from .._objects import TRANSACTION_SELECT, fetch, transaction_object
from .._portal import client_token
from .._store import insert, update

__all__ = ["HANDLERS"]

_PLAIN = ("date", "theme", "method", "status", "gateway", "gateway_id", "currency", "notes")


def _transaction(ctx: Context, transaction_id: int) -> dict[str, Any]:
    return fetch(ctx, "transactions", transaction_id)  # type: ignore[no-any-return]


def _amount_cents(value: Any) -> int:
    return cents(decimal(value))


def _money_amount(kind: str, value: Any) -> int:
    """A request's amount in cents for a transaction of `kind`, held to the least amount after rounding."""
    amount = _amount_cents(value)
    _check_least_amount(kind, amount)
    return amount


# The schema holds explicit amounts to this; an amount taken from an invoice's
# balance, or changed by an update, is held to it here.
_LEAST_CENTS = {kind: cents(least) for kind, least in least_transaction_amounts(load_spec()).items()}


def _check_least_amount(kind: str, amount_cents: int) -> None:
    least = _LEAST_CENTS.get(kind)
    if least is not None and amount_cents < least:
        raise bad_request(f"A {kind} must be for at least {money(least)}", "amount")


def create_transaction(ctx: Context) -> Reply:
    body = ctx.body
    # A refund created here is recorded on its own (no parent_transaction);
    # POST /transactions/{id}/refunds is the way to refund a known original.
    kind = body["type"]
    invoice_id = body.get("invoice")
    currency, balance = None, None
    if invoice_id is not None:
        invoice = ctx.db.execute(
            "SELECT customer, closed, currency, balance FROM invoices WHERE business = ? AND id = ?",
            (ctx.business, invoice_id),
        ).fetchone()
        if invoice is None:
            raise bad_request(f"No such invoice: {invoice_id}", "invoice")
        customer, closed, currency, balance = invoice
        if closed:
            raise bad_request("The invoice is closed and accepts no transactions", "invoice")
        if "customer" in body and body["customer"] != customer:
            raise bad_request("The customer is not the invoice's customer", "customer")
        if "currency" in body and body["currency"] != currency:
            raise bad_request(f"The invoice is in {currency}; a transaction against it must be too", "currency")
    else:
        customer = body["customer"]
        known = ctx.db.execute(
            "SELECT 1 FROM customers WHERE business = ? AND id = ?", (ctx.business, customer)
        ).fetchone()
        if known is None:
            raise bad_request(f"No such customer: {customer}", "customer")
    if "amount" in body:
        amount = _money_amount(kind, body["amount"])
    elif balance is not None:
        amount = balance
        _check_least_amount(kind, amount)
    else:
        raise bad_request("amount is required when no invoice is given", "amount")
    values = {
        "business": ctx.business,
        "customer": customer,
        "invoice": invoice_id,
        "date": body.get("date", ctx.now),
        "type": kind,
        "method": body["method"],
        "status": body["status"],
        "theme": body.get("theme"),
        "gateway": body.get("gateway"),
        "gateway_id": body.get("gateway_id"),
        "currency": body.get("currency") or currency or DEFAULT_CURRENCY,
        "amount": amount,
        "fee": _amount_cents(body["fee"]),
        "notes": body.get("notes"),
        "client_id": client_token(),
        "created_at": ctx.now,
    }
    new_id = insert(ctx.db, "transactions", values)
    recalculate_invoice(ctx.db, invoice_id, "amount")
    return Reply(201, _transaction(ctx, new_id), [("Location", ctx.url(f"/transactions/{new_id}"))])


def retrieve_transaction(ctx: Context) -> Reply:
    obj = _transaction(ctx, ctx.ids["transaction_id"])
    expand(ctx, [obj])
    return Reply(200, obj)


def _check_refund_limit(ctx: Context, parent: dict[str, Any], refund_id: int | None, amount: int) -> None:
    left = _amount_cents(parent["amount"]) - refunded_cents(ctx.db, parent["id"], excluding=refund_id)
    if amount > left:
        raise bad_request(
            f"Refunds cannot exceed the original amount of {parent['amount']}; {money(left)} is left to refund",
            "amount",
        )


def update_transaction(ctx: Context) -> Reply:
    transaction_id = ctx.ids["transaction_id"]
    current = _transaction(ctx, transaction_id)
    kind = current["type"]
    values: dict[str, Any] = {k: ctx.body[k] for k in _PLAIN if k in ctx.body}
    if "amount" in ctx.body:
        values["amount"] = _money_amount(kind, ctx.body["amount"])
    if "fee" in ctx.body:
        values["fee"] = _amount_cents(ctx.body["fee"])
    amount = values.get("amount", _amount_cents(current["amount"]))
    status = values.get("status", current["status"])
    _check_currency(ctx, current, values.get("currency", current["currency"]))
    if kind == "refund" and status != "failed" and current["parent_transaction"] is not None:
        parent = _transaction(ctx, current["parent_transaction"])
        if parent["status"] != "succeeded":
            raise bad_request("A refund of a payment that did not succeed can only be failed", "status")
        _check_refund_limit(ctx, parent, current["id"], amount)
    if kind in ("charge", "payment"):
        refunded = refunded_cents(ctx.db, transaction_id)
        if refunded and status != "succeeded":
            raise bad_request(f"This {kind} has {money(refunded)} refunded, so it stays succeeded", "status")
        if amount < refunded:
            raise bad_request(f"The amount cannot go below what was already refunded, {money(refunded)}", "amount")
    if update(ctx.db, "transactions", transaction_id, values):
        recalculate_invoice(ctx.db, current["invoice"], "status" if "status" in values else "amount")
    return Reply(200, _transaction(ctx, transaction_id))


def _check_currency(ctx: Context, transaction: dict[str, Any], currency: str) -> None:
    """A transaction against an invoice, or refunding another, is in that one's currency."""
    if transaction["invoice"] is not None:
        (expected,) = ctx.db.execute("SELECT currency FROM invoices WHERE id = ?", (transaction["invoice"],)).fetchone()
    elif transaction["parent_transaction"] is not None:
        expected = _transaction(ctx, transaction["parent_transaction"])["currency"]
    else:
        return
    if currency != expected:
        raise bad_request(f"This transaction must stay in {expected}", "currency")


def delete_transaction(ctx: Context) -> Reply:
    current = _transaction(ctx, ctx.ids["transaction_id"])
    # Its refunds go with it (ON DELETE CASCADE), and the invoice's balance is restored.
    ctx.db.execute("DELETE FROM transactions WHERE id = ?", (current["id"],))
    recalculate_invoice(ctx.db, current["invoice"], "transaction_id")
    return Reply(204)


def list_transactions(ctx: Context) -> Reply:
    query = ListQuery("transactions", TRANSACTION_SELECT, transaction_object)
    query.add_filters(ctx.query.get("filter", {}))
    reply = run_list(ctx, query)
    expand(ctx, reply.body)
    return reply


def refund_transaction(ctx: Context) -> Reply:
    original = _transaction(ctx, ctx.ids["transaction_id"])
    if original["type"] not in ("charge", "payment") or original["status"] != "succeeded":
        raise bad_request("Only succeeded charges and payments can be refunded")
    amount = _money_amount("refund", ctx.body["amount"])
    _check_refund_limit(ctx, original, None, amount)
    values = {
        "business": ctx.business,
        "customer": original["customer"],
        "invoice": original["invoice"],
        "parent_transaction": original["id"],
        "date": ctx.now,
        "type": "refund",
        "method": original["method"],
        "status": "succeeded",
        "gateway": original["gateway"],
        "currency": original["currency"],
        "amount": amount,
        "fee": 0,
        "client_id": client_token(),
        "created_at": ctx.now,
    }
    new_id = insert(ctx.db, "transactions", values)
    recalculate_invoice(ctx.db, original["invoice"], "amount")
    return Reply(201, _transaction(ctx, new_id), [("Location", ctx.url(f"/transactions/{new_id}"))])


def send_transaction_receipt(ctx: Context) -> Reply:
    transaction = _transaction(ctx, ctx.ids["transaction_id"])
    name, email = ctx.db.execute(
        "SELECT name, email FROM customers WHERE id = ?", (transaction["customer"],)
    ).fetchone()
    emails = send_emails(
        ctx,
        kind="transaction",
        object_id=transaction["id"],
        customer=(name, email),
        template="payment_receipt_email",
        subject="Receipt for your payment",
        message=lambda name: f"Dear {name}, thank you for your payment. Your receipt is attached.",
    )
    ctx.db.execute("UPDATE transactions SET sent = 1 WHERE id = ?", (transaction["id"],))
    return Reply(200, emails)


HANDLERS = {
    "createTransaction": create_transaction,
    "retrieveTransaction": retrieve_transaction,
    "updateTransaction": update_transaction,
    "deleteTransaction": delete_transaction,
    "listTransactions": list_transactions,
    "refundTransaction": refund_transaction,
    "sendTransactionReceipt": send_transaction_receipt,
}
