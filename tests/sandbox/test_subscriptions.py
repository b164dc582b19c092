"""Every Subscriptions operation, the catalog and the schedule that `status` and `renews_next` follow."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, ok


def test_subscription_lifecycle(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    subscription = created(
        client.post(
            "/subscriptions",
            json={
                "customer": customer,
                "plan": "starter",
                "addons": [{"catalog_item": "ipad-license", "quantity": 11}],
            },
        )
    )
    assert (subscription["plan"], subscription["quantity"], subscription["cycles"]) == ("starter", 1, None)
    assert [(a["catalog_item"], a["quantity"]) for a in subscription["addons"]] == [("ipad-license", 11)]
    assert subscription["status"] == "active"
    subscription_id = subscription["id"]

    assert ok(client.get(f"/subscriptions/{subscription_id}")) == subscription
    updated = ok(client.patch(f"/subscriptions/{subscription_id}", json={"plan": "pro", "quantity": 2, "addons": []}))
    assert (updated["plan"], updated["quantity"], updated["addons"]) == ("pro", 2, [])
    assert [s["id"] for s in ok(client.get("/subscriptions"))] == [subscription_id]
    assert [s["id"] for s in ok(client.get(f"/customers/{customer}/subscriptions"))] == [subscription_id]

    assert client.delete(f"/subscriptions/{subscription_id}").status_code == 204
    for answer in (
        client.get(f"/subscriptions/{subscription_id}"),
        client.patch(f"/subscriptions/{subscription_id}", json={"plan": "pro"}),
        client.delete(f"/subscriptions/{subscription_id}"),
    ):
        assert answer.status_code == 404
    assert ok(client.get("/subscriptions")) == []


def test_catalog_names_unknown_plans_and_addons(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    answer = client.post("/subscriptions", json={"customer": customer, "plan": "platinum"})
    assert (answer.status_code, answer.json()["param"]) == (400, "plan")
    answer = client.post(
        "/subscriptions",
        json={"customer": customer, "plan": "pro", "addons": [{"catalog_item": "delivery"}, {"catalog_item": "x"}]},
    )
    assert (answer.status_code, answer.json()["param"]) == (400, "addons[1][catalog_item]")
    subscription = created(client.post("/subscriptions", json={"customer": customer, "plan": "enterprise"}))
    answer = client.patch(f"/subscriptions/{subscription['id']}", json={"plan": "gold"})
    assert (answer.status_code, answer.json()["param"]) == (400, "plan")
    answer = client.patch(f"/subscriptions/{subscription['id']}", json={"quantity": 3})
    assert (answer.status_code, answer.json()["param"]) == (400, "plan")


def _month_later(timestamp: int, months: int) -> int:
    moment = datetime.fromtimestamp(timestamp, UTC)
    index = moment.month - 1 + months
    return int(moment.replace(year=moment.year + index // 12, month=index % 12 + 1).timestamp())


def test_schedule_follows_start_date_and_cycles(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    later = int(time.time()) + 100 * 86400
    upcoming = created(
        client.post("/subscriptions", json={"customer": customer, "plan": "starter", "start_date": later})
    )
    assert (upcoming["status"], upcoming["renewed_last"], upcoming["renews_next"]) == ("not_started", None, later)

    # Started on the 1st of a month two months and a bit ago: in its third monthly period.
    now = datetime.now(UTC)
    index = now.month - 1 - 2
    start = int(datetime(now.year + index // 12, index % 12 + 1, 1, tzinfo=UTC).timestamp())
    running = created(
        client.post("/subscriptions", json={"customer": customer, "plan": "starter", "start_date": start})
    )
    assert running["status"] == "active"
    assert (running["renewed_last"], running["renews_next"]) == (_month_later(start, 2), _month_later(start, 3))

    last_cycle = created(
        client.post("/subscriptions", json={"customer": customer, "plan": "starter", "start_date": start, "cycles": 3})
    )
    assert (last_cycle["status"], last_cycle["renewed_last"], last_cycle["renews_next"]) == (
        "active", _month_later(start, 2), None,
    )  # fmt: skip
    finished = created(
        client.post("/subscriptions", json={"customer": customer, "plan": "starter", "start_date": start, "cycles": 2})
    )
    assert (finished["status"], finished["renewed_last"], finished["renews_next"]) == (
        "finished", _month_later(start, 1), None,
    )  # fmt: skip
    listed = ok(client.get("/subscriptions", params={"filter[status]": "finished"}))
    assert [s["id"] for s in listed] == [finished["id"]]
    ordered = ok(client.get("/subscriptions", params={"sort": "renews_next desc"}))
    assert [s["id"] for s in ordered] == [upcoming["id"], running["id"], finished["id"], last_cycle["id"]][:2] + sorted(
        [finished["id"], last_cycle["id"]], reverse=True
    )


def test_unknown_customer_is_named(client: SpecCheckedClient) -> None:
    answer = client.post("/subscriptions", json={"customer": 999, "plan": "starter"})
    assert (answer.status_code, answer.json()["param"]) == (400, "customer")
