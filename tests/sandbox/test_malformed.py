"""Malformed input of every kind: each is a 4xx Error object, naming the parameter at fault, and changes nothing."""

from __future__ import annotations

import pytest

from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice

JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}

# (method, path, headers, body, status, param); {c}, {i}, {t}, {s} are IDs of existing objects.
CASES = {
    "malformed JSON": ("POST", "/customers", JSON, b'{"name": "Acme"', 400, None),
    "JSON that is not an object": ("POST", "/customers", JSON, b'["Acme"]', 400, None),
    "JSON with a trailing comma": ("PATCH", "/customers/{c}", JSON, b'{"name": "x",}', 400, None),
    "JSON NaN": ("POST", "/transactions", JSON, b'{"customer": {c}, "type": "payment", "amount": NaN}', 400, None),
    "JSON number overflowing a double": ("POST", "/customers", JSON, b'{"name": 1e999}', 400, None),
    "invalid UTF-8 in JSON": ("POST", "/customers", JSON, b'{"name": "\xff\xfe"}', 400, None),
    "invalid UTF-8 in a form": ("POST", "/customers", FORM, b"name=%FF%FE", 400, None),
    "raw invalid UTF-8 in a form": ("POST", "/customers", FORM, b"name=\xc3\x28", 400, None),
    "wrong content type": ("POST", "/customers", {"content-type": "text/plain"}, b"name=Acme", 415, "Content-Type"),
    "XML": ("POST", "/invoices", {"content-type": "application/xml"}, b"<invoice/>", 415, "Content-Type"),
    "no content type": ("POST", "/customers", {}, b"name=Acme", 415, "Content-Type"),
    "body over 1 MiB": ("POST", "/customers", JSON, b'{"name": "' + b"a" * (1024 * 1024) + b'"}', 413, None),
    "brackets nested 9 deep": ("POST", "/customers", FORM, b"name" + b"[a]" * 9 + b"=x", 400, "name"),
    "unbalanced brackets": ("POST", "/invoices", FORM, b"customer={c}&items[0[name]=x", 400, "items[0[name]"),
    "sparse list indices": ("POST", "/invoices", FORM, b"customer={c}&items[3][name]=x", 400, "items"),
    "huge list index": ("POST", "/invoices", FORM, b"customer={c}&items[99999999999][name]=x", 400, "items"),
    "huge integer": ("POST", "/invoices", JSON, b'{"customer": 99999999999999999999999}', 400, "customer"),
    "huge form integer": ("POST", "/invoices", FORM, b"customer=99999999999999999999999", 400, "customer"),
    "negative ID": ("POST", "/invoices", JSON, b'{"customer": -1}', 400, "customer"),
    "negative quantity": (
        "POST",
        "/invoices",
        JSON,
        b'{"customer": {c}, "items": [{"name": "a", "quantity": -1}]}',
        400,
        "items[0][quantity]",
    ),
    "huge unit cost": (
        "POST",
        "/invoices",
        JSON,
        b'{"customer": {c}, "items": [{"name": "a", "unit_cost": 1e300}]}',
        400,
        "items[0][unit_cost]",
    ),
    "negative discount": (
        "PATCH",
        "/invoices/{i}",
        JSON,
        b'{"discounts": [{"amount": -5}]}',
        400,
        "discounts[0][amount]",
    ),
    "zero refund": ("POST", "/transactions/{t}/refunds", JSON, b'{"amount": 0}', 400, "amount"),
    "negative refund": ("POST", "/transactions/{t}/refunds", FORM, b"amount=-1", 400, "amount"),
    "huge amount": (
        "POST",
        "/transactions",
        JSON,
        b'{"customer": {c}, "type": "payment", "amount": 1e13}',
        400,
        "amount",
    ),
    "string for a number": ("PATCH", "/transactions/{t}", JSON, b'{"amount": "12"}', 400, "amount"),
    "boolean as a word": ("PATCH", "/invoices/{i}", FORM, b"sent=yes", 400, "sent"),
    "null name": ("PATCH", "/customers/{c}", JSON, b'{"name": null}', 400, "name"),
    "missing required field": ("POST", "/subscriptions", JSON, b'{"customer": {c}}', 400, "plan"),
    "unknown field": ("POST", "/customers", JSON, b'{"name": "x", "balance": 5}', 400, "balance"),
    "unknown nested field": (
        "POST",
        "/invoices",
        JSON,
        b'{"customer": {c}, "items": [{"name": "a", "amount": 5}]}',
        400,
        "items[0][amount]",
    ),
    "too many line items": (
        "POST",
        "/invoices",
        JSON,
        b'{"customer": {c}, "items": [' + b",".join([b'{"name": "a"}'] * 101) + b"]}",
        400,
        "items",
    ),
    "bad email": ("POST", "/customers/{c}/emails", JSON, b'{"to": [{"email": "not-an-address"}]}', 400, "to[0][email]"),
    "empty recipient list": ("POST", "/invoices/{i}/emails", JSON, b'{"to": []}', 400, "to"),
    "bad stripe token": ("PATCH", "/customers/{c}", FORM, b"stripe_token=card_123", 400, "stripe_token"),
    "unknown plan": ("PATCH", "/subscriptions/{s}", JSON, b'{"plan": "nope"}', 400, "plan"),
    "page=0": ("GET", "/customers?page=0", {}, b"", 400, "page"),
    "page=-1": ("GET", "/invoices?page=-1", {}, b"", 400, "page"),
    "per_page=1000": ("GET", "/customers?per_page=1000", {}, b"", 400, "per_page"),
    "per_page=0": ("GET", "/transactions?per_page=0", {}, b"", 400, "per_page"),
    "page not a number": ("GET", "/subscriptions?page=two", {}, b"", 400, "page"),
    "huge page": ("GET", "/customers?page=99999999999999999999", {}, b"", 400, "page"),
    "SQL in sort": ("GET", "/customers?sort=name;DROP TABLE customers", {}, b"", 400, "sort"),
    "SQL after a sort column": ("GET", "/invoices?sort=id asc, (SELECT 1)", {}, b"", 400, "sort"),
    "SQL as a filter key": ("GET", "/customers?filter[name) OR (1%3D1]=x", {}, b"", 400, "filter[name) OR (1=1]"),
    "unknown filter key": ("GET", "/transactions?filter[1%3D1 OR id]=1", {}, b"", 400, "filter[1=1 OR id]"),
    "filter that is not an object": ("GET", "/invoices?filter=paid", {}, b"", 400, "filter"),
    "filter with a wrong type": ("GET", "/invoices?filter[customer]=abc", {}, b"", 400, "filter[customer]"),
    "unknown expand": ("GET", "/transactions/{t}?expand=customer,secrets", {}, b"", 400, "expand"),
    "invalid UTF-8 in the query": ("GET", "/customers?filter[name]=%FF", {}, b"", 400, None),
    "date range of the wrong type": ("GET", "/invoices?start_date=yesterday", {}, b"", 400, "start_date"),
    "ID that is not a number": ("GET", "/customers/abc", {}, b"", 400, "customer_id"),
    "ID zero": ("GET", "/invoices/0", {}, b"", 400, "invoice_id"),
    "ID over 64 bits": ("DELETE", "/customers/99999999999999999999", {}, b"", 400, "customer_id"),
    "PATCH customer without a body": ("PATCH", "/customers/{c}", {}, b"", 400, None),
    "PATCH invoice with an empty JSON body": ("PATCH", "/invoices/{i}", JSON, b"", 400, None),
    "PATCH transaction with a blank JSON body": ("PATCH", "/transactions/{t}", JSON, b"  ", 400, None),
    "PATCH subscription without a body": ("PATCH", "/subscriptions/{s}", {}, b"", 400, None),
    "unknown ID": ("DELETE", "/customers/987654", {}, b"", 404, None),
    "unknown path": ("GET", "/payments", {}, b"", 404, None),
    "encoded newline in an ID": ("DELETE", "/customers/%C2%97%0A%F3%9D%90%A0", {}, b"", 400, "customer_id"),
    "ID after a newline": ("GET", "/customers/%0A1", {}, b"", 400, "customer_id"),
    "ID of a superscript digit": ("GET", "/customers/%C2%B9", {}, b"", 400, "customer_id"),
    "list index of a superscript digit": ("PATCH", "/invoices/{i}", FORM, "items[¹][name]=x".encode(), 400, "items"),
    "encoded newline in an unknown path": ("GET", "/pay%0Aments/1", {}, b"", 404, None),
    "trailing slash": ("GET", "/customers/", {}, b"", 404, None),
    "undeclared method": ("PUT", "/customers/{c}", JSON, b"{}", 405, None),
    "POST on an item": ("POST", "/invoices/{i}", JSON, b"{}", 405, None),
    "empty Idempotency-Key": (
        "POST",
        "/customers",
        {**JSON, "Idempotency-Key": ""},
        b'{"name": "x"}',
        400,
        "Idempotency-Key",
    ),
    "Idempotency-Key too long": (
        "POST",
        "/customers",
        {**JSON, "Idempotency-Key": "k" * 256},
        b'{"name": "x"}',
        400,
        "Idempotency-Key",
    ),
}


@pytest.fixture
def ids(client: SpecCheckedClient) -> dict[str, int]:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    payment = created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 5}))["id"]
    subscription = created(client.post("/subscriptions", json={"customer": customer, "plan": "starter"}))["id"]
    return {"c": customer, "i": invoice, "t": payment, "s": subscription}


def fill(template: str, ids: dict[str, int]) -> str:
    for key, value in ids.items():
        template = template.replace(f"{{{key}}}", str(value))
    return template


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_input_is_a_4xx_error_and_changes_nothing(
    sandbox: RunningSandbox, client: SpecCheckedClient, ids: dict[str, int], case: str
) -> None:
    method, path, headers, body, status, param = CASES[case]
    body = fill(body.decode("latin-1"), ids).encode("latin-1")
    before = database_digest(sandbox.db_path)
    answer = client.request(method, fill(path, ids), content=body, headers=headers)
    assert answer.status_code == status, answer.text
    error = answer.json()
    assert error["type"] == "invalid_request"
    assert error["param"] == param
    assert error["message"]
    assert database_digest(sandbox.db_path) == before
    if status == 405:
        assert answer.headers["Allow"]
