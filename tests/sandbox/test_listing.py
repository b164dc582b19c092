"""Lists: pages and their Link headers, filters, sorting, date ranges and expand."""

from __future__ import annotations

import re
import sqlite3
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, make_invoice, ok

_LINK = re.compile(r'<([^>]+)>; rel="([a-z]+)"')


def links(response: httpx.Response) -> dict[str, str]:
    found = _LINK.findall(response.headers["Link"])
    assert ", ".join(f'<{url}>; rel="{rel}"' for url, rel in found) == response.headers["Link"]
    return {rel: url for url, rel in found}


def seed_customers(db_path: str, business_key: str, count: int) -> None:
    """Insert customers straight into the database: 250 POSTs would only slow the test down."""
    with sqlite3.connect(db_path) as db:
        business = db.execute("SELECT id FROM businesses WHERE api_key = ?", (business_key,)).fetchone()[0]
        db.executemany(
            "INSERT INTO customers (business, number, name, type, collection_mode, country, created_at)"
            " VALUES (?, ?, ?, 'company', 'manual', 'US', 0)",
            [(business, f"SEED-{n:04d}", f"Customer {n:04d}") for n in range(count)],
        )
    db.close()


def test_pagination_over_250_customers_checks_every_link(client: SpecCheckedClient, sandbox: RunningSandbox) -> None:
    seed_customers(sandbox.db_path, sandbox.api_key, 250)
    base = f"{sandbox.base_url}/customers"
    seen = []
    last_page = 9  # 250 customers, 30 a page
    for page in range(1, last_page + 2):
        response = client.get("/customers", params={"page": page, "per_page": 30, "sort": "name asc"})
        assert response.headers["X-Total-Count"] == "250"
        rels = links(response)

        def url(number: int) -> str:
            return f"{base}?page={number}&per_page=30&sort=name+asc"

        expected = {"self": url(page), "first": url(1), "last": url(last_page)}
        if page > 1:
            expected["previous"] = url(page - 1)
        if page < last_page:
            expected["next"] = url(page + 1)
        assert rels == expected
        names = [c["name"] for c in response.json()]
        assert len(names) == (30 if page < last_page else 10 if page == last_page else 0)
        seen.extend(names)
        # Every link is absolute, points back at this sandbox and keeps the other parameters.
        for link in rels.values():
            parts = urlsplit(link)
            assert f"{parts.scheme}://{parts.netloc}" == sandbox.base_url
            assert dict(parse_qsl(parts.query))["sort"] == "name asc"
    assert seen == [f"Customer {n:04d}" for n in range(250)]


def test_following_next_links_visits_every_page_once(client: SpecCheckedClient, sandbox: RunningSandbox) -> None:
    seed_customers(sandbox.db_path, sandbox.api_key, 250)
    url: str | None = "/customers?per_page=100&filter[type]=company"
    ids: list[int] = []
    while url:
        response = client.get(url)
        ids.extend(c["id"] for c in response.json())
        url = links(response).get("next")
    assert len(ids) == len(set(ids)) == 250
    assert ids == sorted(ids)


def test_descending_pages_read_from_the_far_end_stay_in_order(
    client: SpecCheckedClient, sandbox: RunningSandbox
) -> None:
    seed_customers(sandbox.db_path, sandbox.api_key, 250)
    pages = [ok(client.get("/customers", params={"page": p, "per_page": 40, "sort": "id desc"})) for p in range(1, 8)]
    ids = [c["id"] for page in pages for c in page]
    assert ids == sorted(ids, reverse=True) and len(ids) == 250


def test_empty_list_has_one_page(client: SpecCheckedClient, sandbox: RunningSandbox) -> None:
    response = client.get("/invoices")
    assert response.json() == [] and response.headers["X-Total-Count"] == "0"
    assert set(links(response)) == {"self", "first", "last"}


def test_filters_match_exactly(client: SpecCheckedClient) -> None:
    acme = make_customer(client, name="Acme", country="CA", email="a@example.com")
    make_customer(client, name="Acme Corp", country="US")
    assert [c["id"] for c in ok(client.get("/customers", params={"filter[name]": "Acme"}))] == [acme["id"]]
    assert [c["id"] for c in ok(client.get("/customers", params={"filter[country]": "CA"}))] == [acme["id"]]
    assert ok(client.get("/customers", params={"filter[name]": "acme"})) == []

    unpaid = make_invoice(client, acme["id"])
    paid = make_invoice(client, acme["id"], items=[])
    draft = make_invoice(client, acme["id"], draft=True)

    def ids(**params: str) -> list[int]:
        return [i["id"] for i in ok(client.get("/invoices", params=params))]

    assert ids(**{"filter[paid]": "false", "filter[draft]": "0"}) == [unpaid["id"]]
    assert ids(**{"filter[paid]": "true", "filter[draft]": "false"}) == [paid["id"]]
    assert ids(**{"filter[status]": "draft"}) == [draft["id"]]
    assert ids(**{"filter[customer]": acme["id"], "filter[number]": unpaid["number"]}) == [unpaid["id"]]
    payment = created(client.post("/transactions", json={"invoice": unpaid["id"], "type": "payment", "amount": 1}))
    found = ok(client.get("/transactions", params={"filter[type]": "payment", "filter[invoice]": unpaid["id"]}))
    assert [t["id"] for t in found] == [payment["id"]]


def test_sort_by_documented_columns(client: SpecCheckedClient) -> None:
    for name in ("Charlie", "alpha", "Bravo"):
        make_customer(client, name=name)
    assert [c["name"] for c in ok(client.get("/customers", params={"sort": "name"}))] == ["Bravo", "Charlie", "alpha"]
    assert [c["name"] for c in ok(client.get("/customers", params={"sort": "name desc"}))] == [
        "alpha",
        "Charlie",
        "Bravo",
    ]
    customer = make_customer(client)["id"]
    totals = [
        make_invoice(client, customer, items=[{"name": "x", "unit_cost": cost}])["total"] for cost in (5, 50, 0.5)
    ]
    assert [i["total"] for i in ok(client.get("/invoices", params={"sort": "total desc"}))] == sorted(totals)[::-1]


def test_invoice_date_range_includes_both_ends(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    dated = [make_invoice(client, customer, date=d)["id"] for d in (100, 200, 300, 400)]
    found = ok(client.get("/invoices", params={"start_date": 200, "end_date": 300}))
    assert [i["id"] for i in found] == dated[1:3]


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/customers?filter[balance]=1", "filter[balance]"),
        ("/customers?sort=balance", "sort"),
        ("/customers?sort=name%20sideways", "sort"),
        ("/invoices?filter[total]=1", "filter[total]"),
        ("/transactions?sort=notes", "sort"),
        ("/subscriptions?filter[quantity]=1", "filter[quantity]"),
        ("/invoices?expand=items", "expand"),
        ("/transactions?expand=subscription", "expand"),
    ],
)
def test_unknown_filter_sort_or_expand_is_named(client: SpecCheckedClient, path: str, param: str) -> None:
    answer = client.get(path)
    assert (answer.status_code, answer.json()["param"]) == (400, param)


def test_expand_replaces_ids_with_objects(client: SpecCheckedClient) -> None:
    customer = make_customer(client, name="Expanded")
    invoice = make_invoice(client, customer["id"])
    payment = created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 5}))
    subscription = created(client.post("/subscriptions", json={"customer": customer["id"], "plan": "pro"}))

    one = ok(client.get(f"/transactions/{payment['id']}", params={"expand": "customer,invoice"}))
    assert one["customer"] == ok(client.get(f"/customers/{customer['id']}"))
    assert one["invoice"] == ok(client.get(f"/invoices/{invoice['id']}"))
    listed = ok(client.get("/transactions", params={"expand": "invoice"}))
    assert listed[0]["invoice"]["id"] == invoice["id"] and listed[0]["customer"] == customer["id"]
    assert ok(client.get("/invoices", params={"expand": "customer"}))[0]["customer"]["name"] == "Expanded"
    assert ok(client.get(f"/invoices/{invoice['id']}", params={"expand": "subscription"}))["subscription"] is None
    expanded = ok(client.get(f"/subscriptions/{subscription['id']}", params={"expand": "customer"}))
    assert expanded["customer"]["id"] == customer["id"]
    assert (
        ok(client.get(f"/customers/{customer['id']}/subscriptions", params={"expand": "customer"}))[0]["customer"][
            "name"
        ]
        == "Expanded"
    )
