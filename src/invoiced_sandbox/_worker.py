"""Large advances run in a process of their own, so the server's event loop keeps the GIL to itself.

A thread would do for a few events; for thousands, the advance's thread and
the loop answering other businesses hand the GIL back and forth at every
SQLite call, which slowed the advance 2x and the reads 3x in bench_lifecycle.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ._catalog import Catalog
from ._lifecycle import advance
from ._objects import register_functions
from ._store import open_database

__all__ = ["advance_in_process", "warm_up"]

# One connection per database file, kept for the life of the worker process.
_connections: dict[str, sqlite3.Connection] = {}


def _connection(db_path: str, catalog: Catalog) -> sqlite3.Connection:
    connection = _connections.get(db_path)
    if connection is None:
        connection = _connections[db_path] = open_database(db_path)
        register_functions(connection, catalog)
    return connection


def warm_up(db_path: str, catalog: Catalog) -> None:
    """Start the process's Python and open its connection ahead of the first large advance."""
    _connection(db_path, catalog)


def advance_in_process(db_path: str, catalog: Catalog, business: int, start: int, target: int) -> dict[str, Any]:
    return advance(_connection(db_path, catalog), catalog, business, start, target)
