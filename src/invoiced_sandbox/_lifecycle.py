"""Advancing a business's clock: every event due on the way, in time order, committed in batches of whole events.

Events are kept in a heap ordered by (time, kind, object ID, number), which
makes the order total and so the outcome deterministic. A commit never
falls inside an event, so other requests see the state between two events.
An event's key goes into `sandbox_events` in the transaction that holds the
event's changes; a key already there means another process ran it, and it
is skipped. Follow-up events (the next
renewal, a retry) are worked out from the stored state after each event, so
a skipped event schedules the same follow-ups as one run here.
"""

from __future__ import annotations

import heapq
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

import orjson

from invoiced_spec import SANDBOX_SPEC_PATH, load_spec

from ._billing import charge_invoice, issue_renewal
from ._catalog import Catalog
from ._clock import LATEST, move_clock
from ._context import Context
from ._objects import INVOICE_STATUS_SQL, SUBSCRIPTION_STATUS_SQL
from ._schedule import _periods_started, period_start
from ._store import immediate_transaction, write_transaction

__all__ = ["MAX_RENEWALS", "Outcome", "TooManyRenewals", "advance", "renewals_due"]

# Bounds the work one request can ask for (spec/sandbox.yaml, advanceClock).
MAX_RENEWALS: int = load_spec(SANDBOX_SPEC_PATH)["info"]["x-max-renewals-per-advance"]


class TooManyRenewals(Exception):
    """The advance would issue more renewal invoices than MAX_RENEWALS; nothing was run."""

    def __init__(self, renewals: int) -> None:
        super().__init__(f"{renewals} renewals")
        self.renewals = renewals


# Events commit in batches of whole events (spec/sandbox.yaml, info.x-advance-batch), so the write
# lock is held about one batch at a time; readers never wait for it, in WAL mode. One
# commit per event wrote each event's hot pages (index tails, sequences, the clock) to the WAL
# again: 1.1 GB for the 16,800 events of bench_lifecycle, against about 60 MB in batches.
_BATCH = load_spec(SANDBOX_SPEC_PATH)["info"]["x-advance-batch"]
BATCH_EVENTS: int = _BATCH["events"]
BATCH_SECONDS: float = _BATCH["milliseconds"] / 1000
# Between batches the lock is left free this long. Other writers take it by retrying every few
# ms; without the pause they would almost never find it free, and fail after the spec's
# writeLockWait (bench_lifecycle: 2 of 9 writes of another business answered 429).
BATCH_PAUSE: float = _BATCH["pauseMilliseconds"] / 1000

# Kinds in the order they run within one second (spec/sandbox.yaml, "Test clocks").
DUE, RENEW, RETRY, CHARGE, FINISH = range(5)
_NAMES = ("due", "renew", "retry", "charge", "finish")

Event = tuple[int, int, int, int]  # (time, kind, object ID, number)


@dataclass
class Outcome:
    """The counts an advance reports (the AdvanceResult schema of spec/sandbox.yaml)."""

    events: int = 0
    invoices: int = 0
    charges: int = 0
    failures: int = 0
    status_changes: int = 0
    emails_sent: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class _Advance:
    db: sqlite3.Connection
    catalog: Catalog
    business: int
    start: int
    target: int
    outcome: Outcome = field(default_factory=Outcome)
    heap: list[Event] = field(default_factory=list)
    last: int = 0
    # Each subscription's status after its latest event: its status before the next one, since
    # between its events only time passes, and the due and finish events mark where that tells.
    statuses: dict[int, str | None] = field(default_factory=dict)

    def push(self, at: int, kind: int, object_id: int, number: int = 0) -> None:
        # An event scheduled before the clock's time (a back-dated subscription)
        # runs at the clock's time: the clock never goes back.
        at = max(at, self.start)
        if kind == RENEW and at >= LATEST:
            return  # a period past the Timestamp maximum never begins
        if at <= self.target:
            heapq.heappush(self.heap, (at, kind, object_id, number))

    # --- what is due -------------------------------------------------------------------------

    def load(self) -> None:
        db, business = self.db, self.business
        subscriptions = db.execute(_SUBSCRIPTIONS_DUE, (business,)).fetchall()
        renewals = _renewals(self.catalog, subscriptions, self.target)
        if renewals > MAX_RENEWALS:
            raise TooManyRenewals(renewals)
        for sub_id, plan_id, start_date, cycles, billed in subscriptions:
            self._schedule_subscription(sub_id, plan_id, start_date, cycles, billed)
        for invoice_id, due_date in db.execute(
            "SELECT id, due_date FROM invoices WHERE business = ? AND draft = 0 AND closed = 0 AND paid = 0"
            " AND balance > 0 AND due_date IS NOT NULL AND due_date >= ? AND due_date < ?",
            (business, self.start, self.target),
        ).fetchall():
            self.push(due_date + 1, DUE, invoice_id, due_date)
        for invoice_id, failures, next_attempt in db.execute(
            "SELECT invoice, failures, next_attempt FROM sandbox_dunning"
            " WHERE business = ? AND next_attempt IS NOT NULL AND next_attempt <= ?",
            (business, self.target),
        ).fetchall():
            self.push(next_attempt, RETRY, invoice_id, failures)
        # Invoices created through the API in auto collection: charged at the first advance after their date.
        for invoice_id, date in db.execute(
            "SELECT i.id, i.date FROM invoices i JOIN customers c ON c.id = i.customer"
            " WHERE i.business = ? AND i.collection_mode = 'auto' AND i.draft = 0 AND i.closed = 0 AND i.paid = 0"
            " AND i.balance > 0 AND i.attempt_count = 0 AND c.payment_source IS NOT NULL AND i.date <= ?"
            " AND NOT EXISTS (SELECT 1 FROM sandbox_dunning d WHERE d.invoice = i.id)",
            (business, self.target),
        ).fetchall():
            self.push(date, CHARGE, invoice_id)

    def _schedule_subscription(
        self, sub_id: int, plan_id: str, start_date: int, cycles: int | None, billed: int
    ) -> None:
        plan = self.catalog.plans.get(plan_id)
        if plan is None:
            return
        if cycles is None or billed < cycles:
            self.push(period_start(start_date, plan, billed), RENEW, sub_id, billed)
        if cycles is not None:
            ends = period_start(start_date, plan, cycles)
            if self.start < ends:
                self.push(ends, FINISH, sub_id)

    # --- statuses, for counting changes --------------------------------------------------------

    def _subscription_status(self, sub_id: int | None, now: int) -> str | None:
        if sub_id is None:
            return None
        row = self.db.execute(
            f"SELECT {SUBSCRIPTION_STATUS_SQL} FROM subscriptions s WHERE s.id = :id", {"id": sub_id, "now": now}
        ).fetchone()
        return None if row is None else str(row[0])

    def _subscription_before(self, sub_id: int | None) -> str | None:
        if sub_id is None:
            return None
        if sub_id not in self.statuses:
            self.statuses[sub_id] = self._subscription_status(sub_id, self.last)
        return self.statuses[sub_id]

    def _subscription_after(self, sub_id: int | None, now: int) -> str | None:
        if sub_id is None:
            return None
        status = self.statuses[sub_id] = self._subscription_status(sub_id, now)
        return status

    def _invoice_status(self, invoice_id: int | None, now: int) -> str | None:
        return self._invoice_state(invoice_id, now)[0] if invoice_id is not None else None

    def _invoice_state(self, invoice_id: int, now: int) -> tuple[str | None, int | None, bool]:
        """The invoice's status at `now`, its due date, and whether it is paid."""
        row = self.db.execute(
            f"SELECT {INVOICE_STATUS_SQL}, due_date, paid FROM invoices WHERE id = :id", {"id": invoice_id, "now": now}
        ).fetchone()
        return (None, None, True) if row is None else (str(row[0]), row[1], bool(row[2]))

    def _due_follow_up(self, at: int, invoice_id: int, due_date: int | None, paid: bool) -> list[Event]:
        if due_date is not None and not paid and at <= due_date < self.target:
            return [(due_date + 1, DUE, invoice_id, due_date)]
        return []

    def _invoice_subscription(self, invoice_id: int) -> int | None:
        row = self.db.execute("SELECT subscription FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        return None if row is None else row[0]

    def _changes(self, before: tuple[str | None, ...], after: tuple[str | None, ...]) -> int:
        return sum(1 for old, new in zip(before, after, strict=True) if old != new and new is not None)

    # --- running -------------------------------------------------------------------------------

    def run(self) -> Outcome:
        self.last = self.start
        self.load()
        # Each batch commits atomically and visibly to other connections at once, but without an
        # fsync of its own: in WAL mode the final commit's fsync below makes every earlier one
        # durable too, before the answer. Checkpoints come 10x less often meanwhile: each batch
        # rewrites the same hot pages (the sequences, the last page of each index), which a
        # checkpoint then copies only once.
        (checkpoint_pages,) = self.db.execute("PRAGMA wal_autocheckpoint").fetchone()
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint_pages) * 10}")
        try:
            while self.heap:
                with immediate_transaction(self.db):
                    self._run_batch()
                if self.heap:
                    time.sleep(BATCH_PAUSE)
        finally:
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint_pages)}")
        write_transaction(self.db, lambda: move_clock(self.db, self.business, self.target))
        (emails,) = self.db.execute(
            "SELECT COUNT(*) FROM emails WHERE business = ? AND created_at >= ? AND created_at < ?",
            (self.business, self.start, self.target),
        ).fetchone()
        self.outcome.emails_sent = int(emails)
        return self.outcome

    def _run_batch(self) -> None:
        """Run events in time order, inside the caller's transaction, until the batch is full or none are left."""
        deadline = time.perf_counter() + BATCH_SECONDS
        for _ in range(BATCH_EVENTS):
            event = heapq.heappop(self.heap)
            for follow_up in self._run(event):
                self.push(*follow_up)
            self.last = event[0]
            if not self.heap or time.perf_counter() >= deadline:
                break
        move_clock(self.db, self.business, self.last)

    def _run(self, event: Event) -> list[Event]:
        at, kind, object_id, number = event
        fresh = self.db.execute(
            "INSERT OR IGNORE INTO sandbox_events (business, key, at) VALUES (?, ?, ?)",
            (self.business, f"{_NAMES[kind]}:{object_id}:{number}", at),
        ).rowcount
        if kind == RENEW:
            return self._renew(at, object_id, number, bool(fresh))
        if kind in (RETRY, CHARGE):
            return self._charge(at, object_id, kind == RETRY, number, bool(fresh))
        if fresh:
            self.outcome.events += 1
            before: tuple[str | None, ...]
            after: tuple[str | None, ...]
            if kind == DUE:
                sub_id = self._invoice_subscription(object_id)
                before = (self._invoice_status(object_id, self.last), self._subscription_before(sub_id))
                after = (self._invoice_status(object_id, at), self._subscription_after(sub_id, at))
            else:
                before = (self._subscription_before(object_id),)
                after = (self._subscription_after(object_id, at),)
            self.outcome.status_changes += self._changes(before, after)
        return []

    def _renew(self, at: int, sub_id: int, period: int, fresh: bool) -> list[Event]:
        row = self.db.execute(
            "SELECT s.customer, s.plan, s.start_date, s.quantity, s.cycles, s.addons, s.discounts, s.taxes,"
            " COALESCE(b.periods_billed, 0) FROM subscriptions s"
            " LEFT JOIN sandbox_billing b ON b.subscription = s.id WHERE s.business = ? AND s.id = ?",
            (self.business, sub_id),
        ).fetchone()
        if row is None:
            return []  # cancelled meanwhile
        customer, plan_id, start_date, quantity, cycles, addons, discounts, taxes, billed = row
        plan = self.catalog.plans.get(plan_id)
        if plan is None:
            return []
        if not fresh or billed != period:
            # Run elsewhere (or billed otherwise): schedule what follows from the stored state.
            self._schedule_subscription(sub_id, plan_id, start_date, cycles, billed)
            return []
        self.outcome.events += 1
        sub_before = self._subscription_before(sub_id)
        self.db.execute(
            "INSERT INTO sandbox_billing (subscription, business, periods_billed) VALUES (?, ?, ?)"
            " ON CONFLICT (subscription) DO UPDATE SET periods_billed = excluded.periods_billed",
            (sub_id, self.business, period + 1),
        )
        subscription = {
            "id": sub_id,
            "customer": customer,
            "quantity": quantity,
            "addons": orjson.loads(addons),
            "discounts": orjson.loads(discounts),
            "taxes": orjson.loads(taxes),
        }
        ctx = _event_context(self.db, self.catalog, self.business, at)
        invoice_id, chargeable = issue_renewal(ctx, subscription, plan)
        self.outcome.invoices += 1
        follow_ups: list[Event] = []
        if chargeable:
            follow_ups += self._attempt(at, invoice_id)
        status, due_date, paid = self._invoice_state(invoice_id, at)
        follow_ups += self._due_follow_up(at, invoice_id, due_date, paid)
        before = ("not_sent", sub_before)
        after = (status, self._subscription_after(sub_id, at))
        self.outcome.status_changes += self._changes(before, after)
        if cycles is None or period + 1 < cycles:
            follow_ups.append((period_start(start_date, plan, period + 1), RENEW, sub_id, period + 1))
        return follow_ups

    def _attempt(self, at: int, invoice_id: int) -> list[Event]:
        charged = charge_invoice(self.db, self.catalog, self.business, invoice_id, at)
        if charged is None:
            return []
        self.outcome.charges += 1
        if charged.succeeded:
            return []
        self.outcome.failures += 1
        if charged.next_attempt is None:
            return []
        return [(charged.next_attempt, RETRY, invoice_id, charged.failures)]

    def _charge(self, at: int, invoice_id: int, retry: bool, failures: int, fresh: bool) -> list[Event]:
        dunning = self.db.execute(
            "SELECT failures, next_attempt FROM sandbox_dunning WHERE invoice = ?", (invoice_id,)
        ).fetchone()
        # Still the attempt it was scheduled as: not paid, retried or rescheduled meanwhile.
        current = (dunning is not None and tuple(dunning) == (failures, at)) if retry else dunning is None
        if not fresh or not current:
            if dunning is not None and dunning[1] is not None and dunning[0] != failures:
                return [(dunning[1], RETRY, invoice_id, dunning[0])]
            return []
        self.outcome.events += 1
        sub_id = self._invoice_subscription(invoice_id)
        before = (self._invoice_status(invoice_id, self.last), self._subscription_before(sub_id))
        follow_ups = self._attempt(at, invoice_id)
        if retry and dunning is not None:
            # A retry that found nothing to charge (paid meanwhile, card removed) ends the schedule.
            self.db.execute(
                "UPDATE sandbox_dunning SET next_attempt = NULL"
                " WHERE invoice = ? AND failures = ? AND next_attempt = ?",
                (invoice_id, failures, at),
            )
        status, due_date, paid = self._invoice_state(invoice_id, at)
        after = (status, self._subscription_after(sub_id, at))
        self.outcome.status_changes += self._changes(before, after)
        return follow_ups + self._due_follow_up(at, invoice_id, due_date, paid)


_SUBSCRIPTIONS_DUE = (
    "SELECT s.id, s.plan, s.start_date, s.cycles, COALESCE(b.periods_billed, 0) FROM subscriptions s"
    " LEFT JOIN sandbox_billing b ON b.subscription = s.id WHERE s.business = ?"
)


def _renewals(catalog: Catalog, subscriptions: list[Any], target: int) -> int:
    renewals = 0
    for _, plan_id, start_date, cycles, billed in subscriptions:
        plan = catalog.plans.get(plan_id)
        if plan is not None and start_date <= target:
            begun = _periods_started(start_date, plan, target)
            renewals += max(0, (begun if cycles is None else min(begun, cycles)) - billed)
    return renewals


def renewals_due(db: sqlite3.Connection, catalog: Catalog, business: int, target: int) -> int:
    """How many renewal invoices an advance of `business` to `target` would issue."""
    return _renewals(catalog, db.execute(_SUBSCRIPTIONS_DUE, (business,)).fetchall(), target)


def _event_context(db: sqlite3.Connection, catalog: Catalog, business: int, now: int) -> Context:
    return Context(
        db=db, catalog=catalog, business=business, now=now, base_url="", path="", query_pairs=[],
        ids={}, query={}, body={},
    )  # fmt: skip


def advance(db: sqlite3.Connection, catalog: Catalog, business: int, start: int, target: int) -> dict[str, Any]:
    """Run every event of `business` due in [start, target], then leave its clock frozen at `target`."""
    outcome = _Advance(db, catalog, business, start, target).run()
    return {"previous": start, "now": target, **outcome.as_dict()}
