"""The Subscriptions tag: create, retrieve, update, cancel and list."""

from __future__ import annotations

from typing import Any

from .._context import Context, Reply
from .._errors import bad_request
from .._lines import amounts, dump
from .._listing import ListQuery, expand, run_list
from .._objects import (
    SUBSCRIPTION_RENEWS_NEXT_SQL,
    SUBSCRIPTION_SELECT,
    SUBSCRIPTION_STATUS_SQL,
    fetch,
    subscription_object,
)
from .._portal import client_token
from .._store import allocate_ids, delete_owned, insert, update

__all__ = ["HANDLERS", "list_subscriptions"]


def _subscription(ctx: Context, subscription_id: int) -> dict[str, Any]:
    return fetch(ctx, "subscriptions", subscription_id)  # type: ignore[no-any-return]


def _check_plan(ctx: Context, plan: str) -> None:
    if plan not in ctx.catalog.plans:
        raise bad_request(f"No such plan: {plan}", "plan")


def _addons(ctx: Context, inputs: list[dict[str, Any]]) -> str:
    for index, addon in enumerate(inputs):
        if addon["catalog_item"] not in ctx.catalog.items:
            raise bad_request(f"No such catalog item: {addon['catalog_item']}", f"addons[{index}][catalog_item]")
    ids = allocate_ids(ctx.db, len(inputs))
    return dump(
        [
            {"id": i, "catalog_item": a["catalog_item"], "quantity": a["quantity"], "created_at": ctx.now}
            for i, a in zip(ids, inputs, strict=True)
        ]
    )


def create_subscription(ctx: Context) -> Reply:
    body = ctx.body
    exists = ctx.db.execute(
        "SELECT 1 FROM customers WHERE business = ? AND id = ?", (ctx.business, body["customer"])
    ).fetchone()
    if exists is None:
        raise bad_request(f"No such customer: {body['customer']}", "customer")
    _check_plan(ctx, body["plan"])
    values = {
        "business": ctx.business,
        "customer": body["customer"],
        "plan": body["plan"],
        "start_date": body.get("start_date", ctx.now),
        "quantity": body["quantity"],
        "cycles": body.get("cycles"),
        "addons": _addons(ctx, body.get("addons", [])),
        "discounts": dump(amounts(ctx, body.get("discounts", []))),
        "taxes": dump(amounts(ctx, body.get("taxes", []))),
        "client_id": client_token(),
        "created_at": ctx.now,
    }
    new_id = insert(ctx.db, "subscriptions", values)
    return Reply(201, _subscription(ctx, new_id), [("Location", ctx.url(f"/subscriptions/{new_id}"))])


def retrieve_subscription(ctx: Context) -> Reply:
    obj = _subscription(ctx, ctx.ids["subscription_id"])
    expand(ctx, [obj])
    return Reply(200, obj)


def update_subscription(ctx: Context) -> Reply:
    subscription_id = ctx.ids["subscription_id"]
    _subscription(ctx, subscription_id)
    body = ctx.body
    _check_plan(ctx, body["plan"])
    values: dict[str, Any] = {"plan": body["plan"]}
    for key in ("start_date", "quantity"):
        if key in body:
            values[key] = body[key]
    if "addons" in body:
        values["addons"] = _addons(ctx, body["addons"])
    # `prorate` is accepted as documented; the sandbox bills no renewals, so there is nothing to prorate.
    update(ctx.db, "subscriptions", subscription_id, values)
    return Reply(200, _subscription(ctx, subscription_id))


def cancel_subscription(ctx: Context) -> Reply:
    delete_owned(ctx.db, "subscriptions", ctx.business, ctx.ids["subscription_id"], "subscription")
    return Reply(204)


def list_subscriptions(ctx: Context, customer: int | None = None) -> Reply:
    """Filtered, sorted and paged in SQL like every list; `status` and `renews_next` through SQL functions."""
    filters = dict(ctx.query.get("filter", {}))
    if customer is not None:
        filters["customer"] = customer
    query = ListQuery(
        "subscriptions s",
        SUBSCRIPTION_SELECT,
        subscription_object,
        expressions={"status": SUBSCRIPTION_STATUS_SQL, "renews_next": SUBSCRIPTION_RENEWS_NEXT_SQL},
        prefix="s.",
    )
    query.add_filters(filters)
    reply = run_list(ctx, query)
    expand(ctx, reply.body)
    return reply


HANDLERS = {
    "createSubscription": create_subscription,
    "retrieveSubscription": retrieve_subscription,
    "updateSubscription": update_subscription,
    "cancelSubscription": cancel_subscription,
    "listSubscriptions": lambda ctx: list_subscriptions(ctx),
}
