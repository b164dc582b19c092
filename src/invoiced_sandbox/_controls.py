"""The sandbox controls of spec/sandbox.yaml: clocks, reset, snapshots, seeding, the request log, faults.

Routes and validators come from that document exactly as the API's come from
spec/openapi.yaml (routes.Router). Handlers are coroutines that run their own
write transactions: an advance commits its events in short batches, in a
worker thread (or, when large, a worker process) on a connection of its own,
so that requests of other businesses keep being answered meanwhile.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import orjson

from invoiced_spec import SANDBOX_SPEC_PATH, load_spec, with_cross_field_rules

from ._catalog import Catalog
from ._clock import add_duration, frozen_at
from ._context import Context, Handler, Reply
from ._errors import ApiError, bad_request
from ._faults import Fault, Faults
from ._lifecycle import MAX_RENEWALS, TooManyRenewals, advance, renewals_due
from ._listing import page_reply
from ._objects import INVOICE_STATUS_SQL, register_functions
from ._requestlog import RequestLog
from ._routes import Router
from ._seed import check_fixture, seed
from ._snapshots import describe, load, reset, restore, save
from ._store import open_database, write_transaction
from ._worker import advance_in_process, warm_up

__all__ = ["PREFIX", "ControlHandler", "Controls"]

PREFIX = "/_sandbox/"
# Advances issuing at least this many renewals run in a worker process (_worker.py), smaller ones in a thread.
PROCESS_RENEWALS = 1000

ControlHandler = Callable[[Context], Awaitable[Reply]]

SPEC = load_spec(SANDBOX_SPEC_PATH)
_FAULT_DEFAULTS = {
    name: schema["default"]
    for name, schema in SPEC["components"]["schemas"]["FaultRequest"]["properties"].items()
    if "default" in schema
}


def _sorted_page(ctx: Context, objects: list[dict[str, Any]], default: str) -> Reply:
    column, _, direction = str(ctx.query.get("sort", default)).partition(" ")
    objects.sort(key=lambda o: (o[column], o.get("id", o.get("name"))), reverse=direction == "desc")
    # Both always present: spec/sandbox.yaml gives them defaults, which the request parser fills in.
    page, per_page = ctx.query["page"], ctx.query["per_page"]
    return page_reply(ctx, objects[(page - 1) * per_page : page * per_page], len(objects))


class Controls:
    """Handlers of the control operations, bound to one sandbox's database, catalog and API routes."""

    def __init__(self, db: sqlite3.Connection, db_path: str, catalog: Catalog, api: Router[Handler]) -> None:
        self.db = db
        self.db_path = db_path
        self.catalog = catalog
        self.api = api
        self.log = RequestLog()
        self.faults = Faults()
        self._advancing = asyncio.Lock()
        self._worker_db: sqlite3.Connection | None = None
        self._worker_lock = threading.Lock()
        self._processes: ProcessPoolExecutor | None = None
        handlers: dict[str, ControlHandler] = {
            "retrieveClock": self.retrieve_clock,
            "setClock": self.set_clock,
            "advanceClock": self.advance_clock,
            "resetBusiness": self.reset_business,
            "listSnapshots": self.list_snapshots,
            "createSnapshot": self.create_snapshot,
            "retrieveSnapshot": self.retrieve_snapshot,
            "deleteSnapshot": self.delete_snapshot,
            "restoreSnapshot": self.restore_snapshot,
            "seedBusiness": self.seed_business,
            "listRequests": self.list_requests,
            "listOutbox": self.list_outbox,
            "viewInvoice": self.view_invoice,
            "retrieveFaults": self.retrieve_faults,
            "injectFault": self.inject_fault,
            "clearFaults": self.clear_faults,
        }
        # Validators enforce the cross-field rules too, as the API's do.
        self.router: Router[ControlHandler] = Router(with_cross_field_rules(SPEC), handlers)
        for route in self.router.by_operation.values():
            route.writes = False  # each handler runs its own transactions

    def close(self) -> None:
        if self._worker_db is not None:
            self._worker_db.close()
        if self._processes is not None:
            self._processes.shutdown(wait=True)

    # --- clock ----------------------------------------------------------------------------------

    async def retrieve_clock(self, ctx: Context) -> Reply:
        return Reply(200, {"now": ctx.now, "frozen": frozen_at(self.db, ctx.business) is not None})

    async def set_clock(self, ctx: Context) -> Reply:
        # JSON Schema's integers include 373.0; the arithmetic wants ints.
        target = int(ctx.body.get("now", ctx.now))
        if target < ctx.now:
            raise bad_request(f"The clock cannot go back: it is at {ctx.now}", "now")
        return await self._advance_or_refuse(ctx, target, "now")

    async def advance_clock(self, ctx: Context) -> Reply:
        body = ctx.body
        durations = [name for name in ("months", "days", "seconds") if name in body]
        if "to" in body:
            if durations:
                raise bad_request("Give either `to` or a duration, not both", durations[0])
            target = int(body["to"])
            if target < ctx.now:
                raise bad_request(f"The clock cannot go back: it is at {ctx.now}", "to")
        else:
            target = add_duration(
                ctx.now, int(body.get("months", 0)), int(body.get("days", 0)), int(body.get("seconds", 0))
            )
        return await self._advance_or_refuse(ctx, target, "to" if "to" in body else durations[0])

    async def _advance_or_refuse(self, ctx: Context, target: int, param: str) -> Reply:
        """Advance the caller's clock to `target`; an advance too large to run is a 400 naming `param`."""
        try:
            return Reply(200, await self._advance(ctx.business, ctx.now, target))
        except TooManyRenewals as exc:
            raise bad_request(
                f"This advance would issue {exc.renewals} renewal invoices, more than {MAX_RENEWALS};"
                " advance in smaller steps",
                param,
            ) from None

    async def _advance(self, business: int, start: int, target: int) -> dict[str, Any]:
        if self.db_path == ":memory:":
            # No second connection can see an in-memory database: run here, blocking.
            return advance(self.db, self.catalog, business, start, target)
        processes = self._worker_process()
        async with self._advancing:
            renewals = renewals_due(self.db, self.catalog, business, target)
            if renewals > MAX_RENEWALS:
                raise TooManyRenewals(renewals)
            if renewals < PROCESS_RENEWALS:
                return await asyncio.to_thread(self._advance_in_worker, business, start, target)
            return await asyncio.get_running_loop().run_in_executor(
                processes, advance_in_process, self.db_path, self.catalog, business, start, target
            )

    def _worker_process(self) -> ProcessPoolExecutor:
        """The process large advances run in, started at the first clock control of any size.

        Its start (a Python with the sandbox imported: 0.3 s of CPU, more of wall time on a busy
        machine) then happens while the caller seeds or creates data, not inside a large advance.
        """
        if self._processes is None:
            # spawn, not fork: the server process has threads and an event loop running.
            self._processes = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._processes.submit(warm_up, self.db_path, self.catalog)
        return self._processes

    def _advance_in_worker(self, business: int, start: int, target: int) -> dict[str, Any]:
        with self._worker_lock:
            if self._worker_db is None:
                self._worker_db = open_database(self.db_path)
                register_functions(self._worker_db, self.catalog)
            return advance(self._worker_db, self.catalog, business, start, target)

    # --- data -----------------------------------------------------------------------------------

    async def reset_business(self, ctx: Context) -> Reply:
        deleted = write_transaction(self.db, lambda: reset(self.db, ctx.business))
        return Reply(200, {"deleted": deleted})

    async def list_snapshots(self, ctx: Context) -> Reply:
        rows = self.db.execute(
            "SELECT name, created_at, data FROM sandbox_snapshots WHERE business = ?", (ctx.business,)
        ).fetchall()
        wanted = ctx.query.get("filter", {}).get("name")
        snapshots = [describe(orjson.loads(d), n, c) for n, c, d in rows if wanted in (None, n)]
        return _sorted_page(ctx, snapshots, "created_at desc")

    async def create_snapshot(self, ctx: Context) -> Reply:
        name = ctx.body["name"]
        snapshot = write_transaction(self.db, lambda: save(self.db, ctx.business, name, ctx.now))
        return Reply(201, snapshot, [("Location", ctx.url(f"{PREFIX}snapshots/{name}"))])

    def _snapshot(self, ctx: Context) -> tuple[dict[str, Any], int]:
        found = load(self.db, ctx.business, str(ctx.ids["snapshot_name"]))
        if found is None:
            raise ApiError(404, f"No such snapshot: {ctx.ids['snapshot_name']}")
        return found

    async def retrieve_snapshot(self, ctx: Context) -> Reply:
        data, created_at = self._snapshot(ctx)
        return Reply(200, describe(data, str(ctx.ids["snapshot_name"]), created_at))

    async def delete_snapshot(self, ctx: Context) -> Reply:
        self._snapshot(ctx)
        key = (ctx.business, str(ctx.ids["snapshot_name"]))
        write_transaction(
            self.db, lambda: self.db.execute("DELETE FROM sandbox_snapshots WHERE business = ? AND name = ?", key)
        )
        return Reply(204)

    async def restore_snapshot(self, ctx: Context) -> Reply:
        def work() -> dict[str, Any]:
            data, created_at = self._snapshot(ctx)
            restore(self.db, ctx.business, data)
            return describe(data, str(ctx.ids["snapshot_name"]), created_at)

        return Reply(200, write_transaction(self.db, work))

    async def seed_business(self, ctx: Context) -> Reply:
        fixture = check_fixture(ctx.body)
        created = write_transaction(
            self.db, lambda: seed(self.db, self.catalog, self.api, ctx.business, ctx.now, fixture)
        )
        return Reply(200, created)

    # --- inspection -----------------------------------------------------------------------------

    async def list_requests(self, ctx: Context) -> Reply:
        wanted = ctx.query.get("filter", {})
        path, status, method = wanted.get("path"), wanted.get("status"), wanted.get("method")
        entries = [
            e.as_dict()
            for e in self.log.entries(ctx.business)
            if (path is None or e.path.startswith(path))
            and (status is None or e.status == status)
            and (method is None or e.method == method)
        ]
        return _sorted_page(ctx, entries, "at desc")

    async def list_outbox(self, ctx: Context) -> Reply:
        wanted = ctx.query.get("filter", {})
        emails = []
        for object_kind, object_id, body, created_at in self.db.execute(
            "SELECT object, object_id, body, created_at FROM emails WHERE business = ?", (ctx.business,)
        ):
            email = orjson.loads(body)
            # Delivered once the clock has left the second it was queued in (spec/sandbox.yaml, Emails).
            state = "sent" if ctx.now > created_at else "queued"
            if wanted.get("state", state) != state or wanted.get("object", object_kind) != object_kind:
                continue
            emails.append(
                {
                    "id": email["id"], "object": object_kind, "object_id": object_id, "state": state,
                    "email": email["email"], "subject": email["subject"], "created_at": created_at,
                }
            )  # fmt: skip
        return _sorted_page(ctx, emails, "created_at desc")

    async def view_invoice(self, ctx: Context) -> Reply:
        invoice_id = ctx.ids["invoice_id"]

        def work() -> str:
            changed = self.db.execute(
                "UPDATE invoices SET viewed = 1 WHERE business = ? AND id = ?", (ctx.business, invoice_id)
            ).rowcount
            if not changed:
                raise ApiError(404, f"No such invoice: {invoice_id}")
            row = self.db.execute(
                f"SELECT {INVOICE_STATUS_SQL} FROM invoices WHERE id = :id", {"id": invoice_id, "now": ctx.now}
            ).fetchone()
            return str(row[0])

        return Reply(200, {"id": invoice_id, "status": write_transaction(self.db, work)})

    # --- faults ---------------------------------------------------------------------------------

    def _queue(self, business: int) -> dict[str, Any]:
        return {"faults": [fault.as_dict() for fault in self.faults.pending(business)]}

    async def retrieve_faults(self, ctx: Context) -> Reply:
        return Reply(200, self._queue(ctx.business))

    async def inject_fault(self, ctx: Context) -> Reply:
        body = {**_FAULT_DEFAULTS, **ctx.body}
        fault = Fault(body["kind"], int(body["count"]), int(body["retry_after"]), int(body["delay_ms"]))
        self.faults.add(ctx.business, fault)
        return Reply(200, self._queue(ctx.business))

    async def clear_faults(self, ctx: Context) -> Reply:
        self.faults.clear(ctx.business)
        return Reply(204)
