"""The declining test cards: whether a charge on a stored card fails, and why."""

from __future__ import annotations

import sqlite3
from typing import Any

from ._catalog import Catalog

__all__ = ["decline_reason", "note_card_success"]


def decline_reason(db: sqlite3.Connection, catalog: Catalog, source: dict[str, Any]) -> str | None:
    """Why a charge on this stored card fails now, or None when it succeeds."""
    card = catalog.attached(str(source.get("brand")), str(source.get("last4")))
    if card is None or card.declines is None:
        return None
    if card.declines == "after_first":
        row = db.execute("SELECT succeeded FROM sandbox_card_charges WHERE card = ?", (source["id"],)).fetchone()
        if row is None or row[0] == 0:
            return None
    return card.failure_reason


def note_card_success(db: sqlite3.Connection, catalog: Catalog, business: int, source: dict[str, Any]) -> None:
    """Count a succeeded charge on the card, if it is one whose later charges depend on that."""
    card = catalog.attached(str(source.get("brand")), str(source.get("last4")))
    if card is None or card.declines != "after_first":
        return
    db.execute(
        "INSERT INTO sandbox_card_charges (card, business, succeeded) VALUES (?, ?, 1)"
        " ON CONFLICT (card) DO UPDATE SET succeeded = succeeded + 1",
        (source["id"], business),
    )
