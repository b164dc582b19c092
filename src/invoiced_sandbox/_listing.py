"""Pages of lists: sort, filter, LIMIT/OFFSET, the `Link` and `X-Total-Count` headers, and `expand`."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from invoiced_spec import load_spec

from ._context import Context, Reply
from ._limits import Limits
from ._objects import fetch_many

__all__ = ["ListQuery", "expand", "link_header", "page_reply", "run_list"]

# A row to its API object: a dict, or an already-rendered orjson.Fragment.
Builder = Callable[[Sequence[Any], Any, int], Any]


def link_header(ctx: Context, page: int, per_page: int, total: int) -> str:
    """The RFC 8288 links of the spec's Pagination section, keeping the request's other parameters.

    Only parameters the spec describes reach here (any other is a 400), and
    each is percent-encoded again, so no value can end a URL or add a link.
    """
    kept = [(name, value) for name, value in ctx.query_pairs if name not in ("page", "per_page")]
    suffix = "&" + urlencode(kept, safe="[],") if kept else ""
    base = ctx.base_url + ctx.path
    last = max(1, -(-total // per_page))

    def link(number: int, rel: str) -> str:
        return f'<{base}?page={number}&per_page={per_page}{suffix}>; rel="{rel}"'

    links = [link(page, "self"), link(1, "first")]
    if page > 1:
        links.append(link(page - 1, "previous"))
    if page < last:
        links.append(link(page + 1, "next"))
    links.append(link(last, "last"))
    return ", ".join(links)


def page_reply(ctx: Context, objects: list[Any], total: int) -> Reply:
    # Both always present: the spec gives them defaults, which the request parser fills in.
    page, per_page = ctx.query["page"], ctx.query["per_page"]
    return Reply(200, objects, [("Link", link_header(ctx, page, per_page, total)), ("X-Total-Count", str(total))])


@dataclass
class ListQuery:
    """A list of one table, narrowed to a business and the request's filters."""

    table: str
    select: str
    build: Builder
    # Filter and sort names to SQL expressions; names absent here are plain columns.
    expressions: dict[str, str] = field(default_factory=dict)
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    prefix: str = ""

    def add_filters(self, filters: dict[str, Any]) -> None:
        # Keys were checked against the spec's filter schema (additionalProperties: false),
        # so each names a documented attribute; values are always bound, never inlined.
        for n, (key, value) in enumerate(sorted(filters.items())):
            column = self.expressions.get(key, self.prefix + key)
            self.where.append(f"{column} = :f{n}")
            self.params[f"f{n}"] = int(value) if isinstance(value, bool) else value


# count(*) walks the whole index, which dominated a 100-item page of 100,000
# customers (79% of the CPU under py-spy). Counts are reused per connection until
# the database changes: `data_version` moves when another connection commits,
# `total_changes` when this one writes.
# Bounded: each distinct filter adds an entry, and read-only traffic never clears them.
COUNT_CACHE_ENTRIES = Limits.from_spec(load_spec()).count_cache_entries


class _CountCache(threading.local):
    connection: sqlite3.Connection | None = None
    state: tuple[int, int] = (-1, -1)
    counts: OrderedDict[Hashable, int]

    def __init__(self) -> None:
        self.counts = OrderedDict()


_COUNTS = _CountCache()


def _count(db: sqlite3.Connection, sql: str, params: dict[str, Any]) -> int:
    state = (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)
    counts = _COUNTS.counts
    if _COUNTS.connection is not db or _COUNTS.state != state:
        _COUNTS.connection, _COUNTS.state = db, state
        counts.clear()
    # `now` only matters to counts whose condition uses it (derived statuses).
    key = (sql, tuple(sorted((k, v) for k, v in params.items() if k != "now" or ":now" in sql)))
    total = counts.get(key)
    if total is None:
        total = int(db.execute(sql, params).fetchone()[0])
        counts[key] = total
        if len(counts) > COUNT_CACHE_ENTRIES:
            counts.popitem(last=False)
    else:
        counts.move_to_end(key)
    return total


def run_list(ctx: Context, query: ListQuery) -> Reply:
    """Count, then fetch one page; pages past the middle are read from the far end.

    Reading the second half of a long list backwards keeps OFFSET (a linear
    skip in SQLite) at most half the list, so the last page of 100,000
    customers costs about what the first does.
    """
    page: int = ctx.query["page"]
    per_page: int = ctx.query["per_page"]
    params = {**query.params, "business": ctx.business, "now": ctx.now}
    where = " AND ".join([f"{query.prefix}business = :business", *query.where])
    total = _count(ctx.db, f"SELECT count(*) FROM {query.table} WHERE {where}", params)
    offset = (page - 1) * per_page
    objects: list[Any] = []
    if offset < total:
        # `sort` has its spec default where the operation takes one; without, lists run by ID.
        column, _, direction = str(ctx.query.get("sort", "id")).partition(" ")
        descending = direction == "desc"
        expression = query.expressions.get(column, query.prefix + column)
        limit = min(per_page, total - offset)
        backwards = offset > total // 2
        if backwards:
            descending = not descending
            offset = total - offset - limit
        order = "DESC" if descending else "ASC"
        sql = (
            f"{query.select} WHERE {where} ORDER BY {expression} {order}, {query.prefix}id {order}"
            " LIMIT :limit OFFSET :offset"
        )
        rows = ctx.db.execute(sql, {**params, "limit": limit, "offset": offset}).fetchall()
        if backwards:
            rows.reverse()
        objects = [query.build(row, ctx.catalog, ctx.now) for row in rows]
    return page_reply(ctx, objects, total)


# Which table each expandable attribute points into.
_EXPANDS = {"customer": "customers", "invoice": "invoices", "subscription": "subscriptions"}


def expand(ctx: Context, objects: list[dict[str, Any]]) -> None:
    """Replace the IDs named by `expand` with the objects, in place (one query per relation)."""
    names = ctx.query.get("expand")
    if not names or not objects:
        return
    for name in dict.fromkeys(names.split(",")):
        related = fetch_many(ctx.db, ctx.catalog, _EXPANDS[name], ctx.business, (o[name] for o in objects), ctx.now)
        for obj in objects:
            if obj[name] in related:
                obj[name] = related[obj[name]]
