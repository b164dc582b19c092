"""What a handler receives (`Context`) and returns (`Reply`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._catalog import Catalog

__all__ = ["Context", "Handler", "Reply"]


@dataclass(slots=True)
class Reply:
    status: int
    body: Any = None
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """One request after authentication and validation against the spec."""

    db: sqlite3.Connection
    catalog: Catalog
    business: int
    now: int
    base_url: str
    path: str
    query_pairs: list[tuple[str, str]]  # the query string's pairs, every one understood
    ids: dict[str, int]
    query: dict[str, Any]
    body: dict[str, Any]

    def url(self, path: str) -> str:
        return self.base_url + path


Handler = Callable[[Context], Reply]
