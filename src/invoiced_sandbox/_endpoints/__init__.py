"""Handlers of the spec's operations, by operationId, one module per tag."""

from __future__ import annotations

from .._context import Handler
from . import customers, invoices, subscriptions, transactions

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Handler] = {
    **customers.HANDLERS,
    **invoices.HANDLERS,
    **transactions.HANDLERS,
    **subscriptions.HANDLERS,
}
