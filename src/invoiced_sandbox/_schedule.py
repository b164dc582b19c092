"""A subscription's billing periods: where it stands in its schedule at a given moment."""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import UTC, datetime

from invoiced_spec import load_spec, resolve

from ._catalog import Plan

__all__ = ["LATEST", "Standing", "add_duration", "period_start", "standing"]

_FIXED_SECONDS = {"day": 86400, "week": 7 * 86400}
# The latest time the spec's Timestamp can hold (the end of year 9999): dates clamp to it.
LATEST: int = resolve(load_spec(), {"$ref": "#/components/schemas/Timestamp"})["maximum"]


def period_start(start: int, plan: Plan, index: int) -> int:
    """Start of billing period `index` (0 is the first): calendar months and years, fixed days and weeks."""
    if plan.interval in _FIXED_SECONDS:
        return min(start + index * plan.interval_count * _FIXED_SECONDS[plan.interval], LATEST)
    return add_duration(start, months=index * plan.interval_count * (12 if plan.interval == "year" else 1))


# Cached: an advance asks for the same few dates over and over (every subscription started at one
# moment renews at the same ones, and each status asks again), 84,000 times in bench_lifecycle.
@functools.lru_cache(maxsize=8192)
def add_duration(start: int, months: int = 0, days: int = 0, seconds: int = 0) -> int:
    """`start` plus calendar months (the day clamped to the month's end), then days and seconds."""
    moment = datetime.fromtimestamp(start, UTC)
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    if year > 9999:
        return LATEST
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    shifted = int(moment.replace(year=year, month=month, day=day).timestamp())
    return min(shifted + days * 86400 + seconds, LATEST)


def _periods_started(start: int, plan: Plan, now: int) -> int:
    """How many periods have begun by `now` (at least 1, as `now >= start`)."""
    if plan.interval in _FIXED_SECONDS:
        return (now - start) // (plan.interval_count * _FIXED_SECONDS[plan.interval]) + 1
    a, b = datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(now, UTC)
    per = plan.interval_count * (12 if plan.interval == "year" else 1)
    index = max(0, ((b.year - a.year) * 12 + b.month - a.month) // per)
    while index > 0 and period_start(start, plan, index) > now:
        index -= 1
    # Periods past the Timestamp maximum all start "at" it (period_start clamps): stop there,
    # or a clock at the maximum would count them for ever.
    while period_start(start, plan, index + 1) <= now and period_start(start, plan, index + 1) < LATEST:
        index += 1
    return index + 1


@dataclass(frozen=True, slots=True)
class Standing:
    status: str
    renewed_last: int | None
    renews_next: int | None


@functools.lru_cache(maxsize=8192)  # pure; an advance asks it for each event, mostly about the same moments
def standing(start: int, plan: Plan, cycles: int | None, now: int, overdue: bool) -> Standing:
    """Status and period bounds per the Subscriptions tag description of the spec."""
    if now < start:
        return Standing("not_started", None, start)
    started = _periods_started(start, plan, now)
    if cycles is not None and started > cycles:
        return Standing("finished", period_start(start, plan, cycles - 1), None)
    last = period_start(start, plan, started - 1)
    upcoming = None if cycles is not None and started >= cycles else period_start(start, plan, started)
    return Standing("past_due" if overdue else "active", last, upcoming)
