"""Keeping an invoice's balance, `paid` and pending flags in step with its transactions."""

from __future__ import annotations

import sqlite3

from ._errors import bad_request
from ._money import money

__all__ = ["recalculate_invoice", "refunded_cents"]


def recalculate_invoice(db: sqlite3.Connection, invoice_id: int | None, param: str | None = None) -> None:
    """Balance = total - succeeded charges and payments + succeeded refunds, per the Invoices tag.

    Adjustments never touch an invoice. Called after every change to an
    invoice's total or to a transaction against it, in the same transaction,
    so it is also where the ledger's rule is held on every path: refunds
    never give back more than was paid in, so the balance never exceeds the
    total. A change that would break it is a 400 naming `param`, rolled back.
    """
    if invoice_id is None:
        return
    row = db.execute(
        "SELECT i.total,"
        " COALESCE(SUM(CASE WHEN t.status = 'succeeded' AND t.type IN ('charge', 'payment') THEN t.amount END), 0),"
        " COALESCE(SUM(CASE WHEN t.status = 'succeeded' AND t.type = 'refund' THEN t.amount END), 0),"
        " COALESCE(MAX(t.status = 'pending' AND t.type IN ('charge', 'payment')), 0)"
        " FROM invoices i LEFT JOIN transactions t ON t.invoice = i.id WHERE i.id = ? GROUP BY i.id",
        (invoice_id,),
    ).fetchone()
    if row is None:
        return
    total, paid_in, refunded, pending = row
    if refunded > paid_in:
        raise bad_request(
            f"Refunds of {money(refunded)} would exceed the {money(paid_in)} paid on invoice {invoice_id}", param
        )
    balance = total - paid_in + refunded
    db.execute(
        "UPDATE invoices SET balance = ?, paid = ?, pending = ? WHERE id = ?",
        (balance, int(balance <= 0), int(pending), invoice_id),
    )


def refunded_cents(db: sqlite3.Connection, transaction_id: int, excluding: int | None = None) -> int:
    """What the refunds of a transaction add up to; failed refunds returned nothing, so do not count."""
    row = db.execute(
        "SELECT COALESCE(SUM(amount), 0) FROM transactions"
        " WHERE parent_transaction = ? AND type = 'refund' AND status != 'failed' AND id IS NOT ?",
        (transaction_id, excluding),
    ).fetchone()
    return int(row[0])
