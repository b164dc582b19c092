"""Reset, save and restore one business's data, table by table.

A business's rows are those with its ID in their `business` column, in
every table that has one (schema.sql and lifecycle.sql alike), so a table
added later is covered without being named here. Generated columns are
left to SQLite to recompute.
"""

from __future__ import annotations

import base64
import sqlite3
from typing import Any

import orjson

from ._clock import frozen_at

__all__ = ["OBJECT_TABLES", "business_tables", "reset", "restore", "save"]

SNAPSHOTS = "sandbox_snapshots"
# The API's objects, as counted in a Snapshot's `objects`.
OBJECT_TABLES = ("customers", "invoices", "transactions", "subscriptions")
_SEQUENCES = ("customer_seq", "invoice_seq")


def business_tables(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Each table holding business-owned rows, with its stored (not generated) columns."""
    tables: dict[str, list[str]] = {}
    names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for name in names:
        # table_xinfo's `hidden` is 2 or 3 for generated columns.
        columns = [row[1] for row in db.execute(f"PRAGMA table_xinfo({name})") if row[6] in (0, 1)]
        if "business" in columns and name != "businesses":
            tables[name] = columns
    return tables


def _counts(db: sqlite3.Connection, business: int, tables: list[str]) -> dict[str, int]:
    counts = {}
    for table in tables:
        (count,) = db.execute(f"SELECT COUNT(*) FROM {table} WHERE business = ?", (business,)).fetchone()
        counts[table.removeprefix("sandbox_")] = int(count)
    return counts


def _delete(db: sqlite3.Connection, business: int, tables: list[str]) -> None:
    # Checked at COMMIT, when the business's rows are all gone or all back.
    db.execute("PRAGMA defer_foreign_keys = ON")
    for table in tables:
        db.execute(f"DELETE FROM {table} WHERE business = ?", (business,))


def reset(db: sqlite3.Connection, business: int) -> dict[str, int]:
    """Delete every row of the business, snapshots included, and restart its numbering. In a transaction."""
    tables = list(business_tables(db))
    counts = _counts(db, business, tables)
    _delete(db, business, tables)
    db.execute("UPDATE businesses SET customer_seq = 0, invoice_seq = 0 WHERE id = ?", (business,))
    return counts


def _encode(value: Any) -> Any:
    return {"$bytes": base64.b64encode(value).decode()} if isinstance(value, bytes) else value


def _decode(value: Any) -> Any:
    return base64.b64decode(value["$bytes"]) if isinstance(value, dict) else value


def save(db: sqlite3.Connection, business: int, name: str, now: int) -> dict[str, Any]:
    """Store the business's rows, numbering and clock under `name`; the Snapshot object. In a transaction."""
    tables = {table: columns for table, columns in business_tables(db).items() if table != SNAPSHOTS}
    data: dict[str, Any] = {"tables": {}, "clock": frozen_at(db, business)}
    for table, columns in tables.items():
        rows = db.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE business = ? ORDER BY rowid", (business,)
        ).fetchall()
        data["tables"][table] = {"columns": columns, "rows": [[_encode(v) for v in row] for row in rows]}
    sequences = db.execute(f"SELECT {', '.join(_SEQUENCES)} FROM businesses WHERE id = ?", (business,)).fetchone()
    data["sequences"] = dict(zip(_SEQUENCES, sequences, strict=True))
    db.execute(
        "INSERT INTO sandbox_snapshots (business, name, created_at, data) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (business, name) DO UPDATE SET created_at = excluded.created_at, data = excluded.data",
        (business, name, now, orjson.dumps(data)),
    )
    return describe(data, name, now)


def describe(data: dict[str, Any], name: str, created_at: int) -> dict[str, Any]:
    """The Snapshot object of spec/sandbox.yaml for stored snapshot data."""
    clock = data["clock"]
    return {
        "name": name,
        "created_at": created_at,
        "clock": {"now": clock if clock is not None else created_at, "frozen": clock is not None},
        "objects": {t: len(data["tables"].get(t, {"rows": []})["rows"]) for t in OBJECT_TABLES},
    }


def load(db: sqlite3.Connection, business: int, name: str) -> tuple[dict[str, Any], int] | None:
    row = db.execute(
        "SELECT data, created_at FROM sandbox_snapshots WHERE business = ? AND name = ?", (business, name)
    ).fetchone()
    return None if row is None else (orjson.loads(row[0]), int(row[1]))


def restore(db: sqlite3.Connection, business: int, data: dict[str, Any]) -> None:
    """Replace the business's rows with the snapshot's; objects keep their IDs. In a transaction."""
    tables = [table for table in business_tables(db) if table != SNAPSHOTS]
    _delete(db, business, tables)
    for table, saved in data["tables"].items():
        if table not in tables:
            continue  # a table this version no longer has
        columns = saved["columns"]
        marks = ", ".join("?" for _ in columns)
        db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
            [[_decode(v) for v in row] for row in saved["rows"]],
        )
    sequences = data["sequences"]
    db.execute(
        "UPDATE businesses SET customer_seq = ?, invoice_seq = ? WHERE id = ?",
        (sequences["customer_seq"], sequences["invoice_seq"], business),
    )
