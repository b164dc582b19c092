"""The SQLite database: opening it durably, businesses, sequences and write transactions."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from typing import Any, TypeVar

from invoiced_spec import load_spec

from ._errors import not_found
from ._limits import Limits
from ._portal import PORTAL_URL

__all__ = [
    "SCHEMA_VERSION",
    "Busy",
    "IncompatibleDatabase",
    "allocate_ids",
    "business_ids",
    "delete_owned",
    "immediate_transaction",
    "insert",
    "is_busy",
    "next_number",
    "open_database",
    "update",
    "write",
    "write_transaction",
]

T = TypeVar("T")

# SQLite never waits for a lock itself: its wait would block the event loop and
# with it every other request. A write that finds the lock taken is retried
# after an `await`, so reads and other tenants go on meanwhile.
BUSY_TIMEOUT_MS = 0
# How long a write waits for another process's lock (the spec's x-limits.writeLockWait).
LOCK_WAIT = float(Limits.from_spec(load_spec()).write_lock_wait)
# Retries stay a few ms apart: an advancing clock frees the lock for 2 ms between batches
# (spec/sandbox.yaml, info.x-advance-batch), which a writer retrying every 50 ms rarely hit (with
# 20 ms batches in bench_lifecycle: 646 ms at longest, against 112 ms retrying every 5 ms). A
# failed BEGIN IMMEDIATE costs microseconds, so 200 a second while waiting cost nothing noticeable.
_FIRST_PAUSE, _LONGEST_PAUSE = 0.002, 0.005
# Kept in the file's `user_version`; raised whenever schema.sql changes shape.
SCHEMA_VERSION = 2


class Busy(Exception):
    """The database stayed locked by another writer for as long as a write may wait."""

    def __init__(self, waited: float) -> None:
        super().__init__(f"the database stayed locked by another process for {waited:.1f} s")
        self.waited = waited


class IncompatibleDatabase(Exception):
    """The file holds tables of another schema version, which this sandbox cannot read."""


def open_database(path: str) -> sqlite3.Connection:
    """Open (creating if needed) the sandbox database.

    WAL with synchronous=FULL makes each committed write durable before the
    response leaves, so a 2xx survives the process being killed. The
    connection is in autocommit mode; writes go through `write_transaction`.
    """
    memory = path == ":memory:"
    connection = sqlite3.connect(
        path,
        isolation_level=None,
        check_same_thread=False,
        cached_statements=256,
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not memory:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    schema = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
    schema = schema.replace("{portal_url}", PORTAL_URL)

    def create_tables() -> None:
        # One transaction for the whole schema: one fsync rather than one per table.
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            if version != SCHEMA_VERSION and tables:
                raise IncompatibleDatabase(
                    f"{path} was created by another version of the sandbox (schema {version}, this one reads"
                    f" {SCHEMA_VERSION}); delete it or choose another --db"
                )
            for statement in _statements(schema):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    try:
        _retry_busy(create_tables)
    except BaseException:
        connection.close()
        raise
    return connection


def _statements(script: str) -> list[str]:
    """The statements of schema.sql (which has no semicolons inside its statements)."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]


def is_busy(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


@contextlib.contextmanager
def _committed(connection: sqlite3.Connection) -> Iterator[None]:
    """The block after a BEGIN: committed when it ends, rolled back if it raises."""
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _attempt(connection: sqlite3.Connection, work: Callable[[], T]) -> T:
    connection.execute("BEGIN IMMEDIATE")
    with _committed(connection):
        return work()


def _retry_busy(work: Callable[[], T], wait: float = LOCK_WAIT) -> T:
    """`work()`, retried with pauses while another process holds the lock; for start-up, before serving."""
    started = time.monotonic()
    pause = _FIRST_PAUSE
    while True:
        try:
            return work()
        except sqlite3.OperationalError as exc:
            waited = time.monotonic() - started
            if not is_busy(exc):
                raise
            if waited >= wait:
                raise Busy(waited) from exc
            time.sleep(min(pause, wait - waited))
            pause = min(2 * pause, _LONGEST_PAUSE)


def write_transaction(connection: sqlite3.Connection, work: Callable[[], T], wait: float = LOCK_WAIT) -> T:
    """Run `work` inside BEGIN IMMEDIATE ... COMMIT, rolled back if it raises, blocking while the lock is taken.

    BEGIN IMMEDIATE takes the write lock up front, so reads made by `work`
    (the next invoice number, say) cannot be invalidated by another writer
    before the commit. Only for code that runs outside the event loop.
    """
    return _retry_busy(lambda: _attempt(connection, work), wait)


@contextlib.contextmanager
def immediate_transaction(connection: sqlite3.Connection, wait: float = LOCK_WAIT) -> Iterator[None]:
    """The block inside BEGIN IMMEDIATE ... COMMIT, rolled back if it raises; blocks while the lock is taken.

    Unlike `write_transaction`, only taking the lock is retried, never the
    block: for work that also changes state outside the database (the
    advance's queue of events), which a second run would change twice.
    Only for code that runs outside the event loop.
    """
    _retry_busy(lambda: connection.execute("BEGIN IMMEDIATE"), wait)
    with _committed(connection):
        yield


async def write(connection: sqlite3.Connection, work: Callable[[], T], wait: float = LOCK_WAIT) -> T:
    """`write_transaction` for request handlers: waiting for the lock yields to the event loop.

    `work` itself runs without an `await`, so no other request ever sees or
    joins its transaction. `Busy` is raised once the lock has been held
    elsewhere for `wait` seconds.
    """
    started = time.monotonic()
    pause = _FIRST_PAUSE
    while True:
        try:
            return _attempt(connection, work)
        except sqlite3.OperationalError as exc:
            waited = time.monotonic() - started
            if not is_busy(exc):
                raise
            if waited >= wait:
                raise Busy(waited) from exc
            await asyncio.sleep(min(pause, wait - waited))
            pause = min(2 * pause, _LONGEST_PAUSE)


def business_ids(connection: sqlite3.Connection, api_keys: Sequence[str], wait: float = LOCK_WAIT) -> dict[str, int]:
    """The business of each API key, creating businesses for new keys."""

    def register() -> dict[str, int]:
        found = {}
        for key in api_keys:
            connection.execute("INSERT OR IGNORE INTO businesses (api_key) VALUES (?)", (key,))
            row = connection.execute("SELECT id FROM businesses WHERE api_key = ?", (key,)).fetchone()
            found[key] = int(row[0])
        return found

    return write_transaction(connection, register, wait)


_SEQUENCES = {
    "customers": ("customer_seq", "CUST-{:04d}"),
    "invoices": ("invoice_seq", "INV-{:04d}"),
}


def next_number(connection: sqlite3.Connection, business: int, table: str) -> str:
    """The next free number of the business's sequence for `table` (`CUST-0001`, `INV-0001`, ...).

    Must run inside a write transaction: the sequence advance and the insert
    that uses it then commit together, so numbers never repeat. A number a
    client chose by hand is skipped over.
    """
    column, template = _SEQUENCES[table]
    while True:
        row = connection.execute(
            f"UPDATE businesses SET {column} = {column} + 1 WHERE id = ? RETURNING {column}",
            (business,),
        ).fetchone()
        number = template.format(row[0])
        taken = connection.execute(
            f"SELECT 1 FROM {table} WHERE business = ? AND number = ?",
            (business, number),
        ).fetchone()
        if taken is None:
            return number


def allocate_ids(connection: sqlite3.Connection, count: int, name: str = "objects") -> list[int]:
    """`count` fresh IDs for objects stored inside JSON columns (line items, discounts, cards)."""
    if count == 0:
        return []
    row = connection.execute(
        "INSERT INTO counters (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = value + excluded.value RETURNING value",
        (name, count),
    ).fetchone()
    last = int(row[0])
    return list(range(last - count + 1, last + 1))


# Table and column names below come from handler code, never from a request;
# every value is bound.


def insert(connection: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    """INSERT one row of `values` (column to value); its new ID."""
    columns = ", ".join(values)
    marks = ", ".join(f":{column}" for column in values)
    row = connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id", values).fetchone()
    return int(row[0])


def update(connection: sqlite3.Connection, table: str, object_id: int, values: dict[str, Any]) -> bool:
    """UPDATE the row's columns named in `values`; False (and no statement) when there are none."""
    if not values:
        return False
    assignments = ", ".join(f"{column} = :{column}" for column in values)
    connection.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", {**values, "id": object_id})
    return True


def delete_owned(connection: sqlite3.Connection, table: str, business: int, object_id: int, resource: str) -> None:
    """DELETE the business's row, or answer 404 naming `resource` when it has none with this ID."""
    deleted = connection.execute(f"DELETE FROM {table} WHERE business = ? AND id = ?", (business, object_id)).rowcount
    if not deleted:
        raise not_found(resource, object_id)
