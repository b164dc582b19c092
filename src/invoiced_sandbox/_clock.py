"""Each business's test clock: real time until set, then frozen where it was set or advanced to."""

from __future__ import annotations

import sqlite3
import time
from importlib import resources

from ._schedule import LATEST, add_duration
from ._store import write_transaction

__all__ = ["LATEST", "add_duration", "apply_lifecycle_schema", "clock_now", "frozen_at", "move_clock"]


def apply_lifecycle_schema(db: sqlite3.Connection) -> None:
    """Create the lifecycle's tables (lifecycle.sql) if they are missing, in one transaction."""
    text = resources.files(__package__).joinpath("lifecycle.sql").read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    statements = [s.strip() for s in code.split(";") if s.strip()]

    def create() -> None:
        for statement in statements:
            db.execute(statement)

    write_transaction(db, create)


def frozen_at(db: sqlite3.Connection, business: int) -> int | None:
    """Where the business's clock was set, or None while it follows real time."""
    row = db.execute("SELECT now FROM sandbox_clocks WHERE business = ?", (business,)).fetchone()
    return None if row is None else int(row[0])


def clock_now(db: sqlite3.Connection, business: int) -> int:
    """The business's current time, which every timestamp the sandbox writes comes from."""
    frozen = frozen_at(db, business)
    return int(time.time()) if frozen is None else frozen


def move_clock(db: sqlite3.Connection, business: int, to: int) -> None:
    """Freeze the clock at `to`, never moving it back (another process may have gone further)."""
    db.execute(
        "INSERT INTO sandbox_clocks (business, now) VALUES (?, ?)"
        " ON CONFLICT (business) DO UPDATE SET now = MAX(now, excluded.now)",
        (business, to),
    )
