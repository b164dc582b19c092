"""What the lifecycle's events do to the data: charge a card, issue a renewal invoice.

Each function runs inside the caller's write transaction and touches only
rows of one business.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

import orjson

from invoiced_spec import SANDBOX_SPEC_PATH, load_spec

from ._cards import decline_reason, note_card_success
from ._catalog import Catalog, Plan
from ._context import Context
from ._invoice_rows import AUTO_TERMS, due_date, new_invoice_row
from ._ledger import recalculate_invoice
from ._lines import amounts, build_items
from ._money import DEFAULT_CURRENCY
from ._portal import client_token
from ._store import insert, next_number

__all__ = ["RETRY_DELAYS", "Charged", "charge_invoice", "issue_renewal"]

# Seconds from a declined attempt to the next one, read from the controls' spec.
RETRY_DELAYS: tuple[int, ...] = tuple(
    int(days) * 86400 for days in load_spec(SANDBOX_SPEC_PATH)["info"]["x-retry-schedule-days"]
)


@dataclass(frozen=True, slots=True)
class Charged:
    succeeded: bool
    next_attempt: int | None
    failures: int  # declined attempts so far


def charge_invoice(
    db: sqlite3.Connection, catalog: Catalog, business: int, invoice_id: int, now: int
) -> Charged | None:
    """Charge the invoice's balance on its customer's card; None when there is nothing to charge.

    A decline records a failed charge and schedules the next attempt by
    RETRY_DELAYS; after the last one no attempt is scheduled.
    """
    row = db.execute(
        "SELECT i.customer, i.currency, i.balance, c.payment_source FROM invoices i"
        " JOIN customers c ON c.id = i.customer"
        " WHERE i.business = ? AND i.id = ? AND i.draft = 0 AND i.closed = 0 AND i.paid = 0 AND i.balance > 0"
        " AND i.collection_mode = 'auto'",
        (business, invoice_id),
    ).fetchone()
    if row is None or row[3] is None:
        return None
    customer, currency, balance, source_json = row
    source = orjson.loads(source_json)
    reason = decline_reason(db, catalog, source)
    db.execute(
        "INSERT INTO transactions (business, customer, invoice, date, type, method, status, gateway, gateway_id,"
        " currency, amount, fee, failure_reason, client_id, created_at)"
        " VALUES (?, ?, ?, ?, 'charge', 'credit_card', ?, 'stripe', ?, ?, ?, 0, ?, ?, ?)",
        (business, customer, invoice_id, now, "failed" if reason else "succeeded", "ch_" + secrets.token_hex(12),
         currency, balance, reason, client_token(), now),
    )  # fmt: skip
    db.execute("UPDATE invoices SET attempt_count = attempt_count + 1 WHERE id = ?", (invoice_id,))
    if reason is None:
        note_card_success(db, catalog, business, source)
        recalculate_invoice(db, invoice_id)
        db.execute("DELETE FROM sandbox_dunning WHERE invoice = ?", (invoice_id,))
        return Charged(True, None, 0)
    # Declined, the invoice is due now if nothing made it due earlier: past due from the next second.
    db.execute("UPDATE invoices SET due_date = COALESCE(due_date, ?) WHERE id = ?", (now, invoice_id))
    found = db.execute("SELECT failures FROM sandbox_dunning WHERE invoice = ?", (invoice_id,)).fetchone()
    failures = 1 + (found[0] if found else 0)
    next_attempt = now + RETRY_DELAYS[failures - 1] if failures <= len(RETRY_DELAYS) else None
    db.execute(
        "INSERT INTO sandbox_dunning (invoice, business, failures, next_attempt) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (invoice) DO UPDATE SET failures = excluded.failures, next_attempt = excluded.next_attempt",
        (invoice_id, business, failures, next_attempt),
    )
    return Charged(False, next_attempt, failures)


def _plan_line(plan: Plan, quantity: int) -> dict[str, Any]:
    return {"name": plan.name, "type": "plan", "quantity": quantity, "unit_cost": str(plan.amount)}


def issue_renewal(ctx: Context, subscription: dict[str, Any], plan: Plan) -> tuple[int, bool]:
    """Issue the invoice of one billing period at `ctx.now`; (its ID, whether to charge it at once).

    The plan times the quantity plus each addon at its catalog price, with
    the subscription's discounts and taxes applied to the whole invoice.
    """
    db = ctx.db
    customer = db.execute(
        "SELECT collection_mode, payment_terms FROM customers WHERE id = ?", (subscription["customer"],)
    ).fetchone()
    mode, customer_terms = customer
    entries = [_plan_line(plan, subscription["quantity"])]
    entries += [{"catalog_item": a["catalog_item"], "quantity": a["quantity"]} for a in subscription["addons"]]
    items = build_items(ctx, entries)
    items[0]["plan"] = plan.id
    discounts = amounts(ctx, subscription["discounts"])
    taxes = amounts(ctx, subscription["taxes"])
    due: int | None
    if mode == "auto":
        # Charged when issued, so due then: unpaid after a decline, it is past due.
        terms, due = AUTO_TERMS, ctx.now
    else:
        terms, due = customer_terms, due_date(ctx.now, customer_terms)
    values = new_invoice_row(
        ctx,
        items,
        discounts,
        taxes,
        customer=subscription["customer"],
        subscription=subscription["id"],
        number=next_number(db, ctx.business, "invoices"),
        currency=DEFAULT_CURRENCY,
        collection_mode=mode,
        draft=0,
        sent=0,
        closed=0,
        chase=0,
        date=ctx.now,
        due_date=due,
        payment_terms=terms,
    )
    invoice_id = insert(db, "invoices", values)
    return invoice_id, mode == "auto" and values["total"] > 0
