"""Form-encoded bodies: the bracket parser, type coercion from the spec, and the reference's curl samples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invoiced_sandbox._errors import ApiError
from invoiced_sandbox._forms import nest, parse_pairs
from invoiced_spec import MAX_DEPTH
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, ok

FORM = {"content-type": "application/x-www-form-urlencoded"}


def curl_body(*fields: str) -> bytes:
    """What `curl -d a -d b` sends: the arguments joined by `&`, not encoded any further."""
    return "&".join(fields).encode()


def test_nest_builds_lists_and_objects() -> None:
    pairs = [
        ("items[0][name]", "x"),
        ("items[0][taxes][0][amount]", "1"),
        ("items[1][name]", "y"),
        ("to[][email]", "a"),
    ]
    assert nest(pairs) == {
        "items": [{"name": "x", "taxes": [{"amount": "1"}]}, {"name": "y"}],
        "to": [{"email": "a"}],
    }


@pytest.mark.parametrize(
    ("pairs", "param"),
    [
        ([("items[1][name]", "x")], "items"),  # indices must start at 0
        ([("a", "1"), ("a[b]", "2")], "a"),
        ([("a[b]", "2"), ("a", "1")], "a"),
        ([("a[0]", "1"), ("a[x]", "2")], "a"),
        ([("a[b", "1")], "a[b"),
        ([("a" + "[b]" * (MAX_DEPTH + 1), "1")], "a"),
        ([("items[5000][name]", "x")], "items"),
    ],
)
def test_nest_rejects_malformed_names(pairs: list[tuple[str, str]], param: str) -> None:
    with pytest.raises(ApiError) as raised:
        nest(pairs)
    assert (raised.value.status, raised.value.param) == (400, param)


def test_eight_levels_are_allowed() -> None:
    assert nest([("a" + "[b]" * MAX_DEPTH, "1")])["a"]["b"]["b"]["b"]["b"]["b"]["b"]["b"]["b"] == "1"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_parser_answers_any_bytes_with_a_value_or_a_400(raw: bytes) -> None:
    try:
        parsed = nest(parse_pairs(raw))
    except ApiError as error:
        assert error.status == 400
    else:
        assert isinstance(parsed, dict)


def test_reference_curl_samples_work(client: SpecCheckedClient, sandbox: RunningSandbox) -> None:
    customer = created(
        client.post(
            "/customers",
            content=curl_body(
                "name=Acme",
                "email=billing@acmecorp.com",
                "collection_mode=manual",
                "payment_terms=NET 30",
                "type=company",
            ),
            headers=FORM,
        )
    )
    assert (customer["name"], customer["payment_terms"]) == ("Acme", "NET 30")
    cid = customer["id"]
    updated = ok(
        client.patch(
            f"/customers/{cid}",
            content=curl_body(
                "payment_terms=NET 14",
                "attention_to=Sarah Fisher",
                "address1=342 Amber St",
                "city=Hill Valley",
                "state=CA",
                "postal_code=94523",
                "tax_id=893-934835",
                "phone=(820) 297-2983",
            ),
            headers=FORM,
        )
    )
    assert (updated["postal_code"], updated["phone"]) == ("94523", "(820) 297-2983")

    invoice = created(
        client.post(
            "/invoices",
            content=curl_body(
                f"customer={cid}",
                "payment_terms=NET 14",
                "items[0][name]=Copy paper, Case",
                "items[0][quantity]=1",
                "items[0][unit_cost]=45",
                "items[1][catalog_item]=delivery",
                "items[1][quantity]=1",
                "taxes[0][amount]=3.85",
            ),
            headers=FORM,
        )
    )
    assert (invoice["subtotal"], invoice["total"], invoice["items"][1]["name"]) == (55, 58.85, "Delivery")
    marked = ok(client.patch(f"/invoices/{invoice['id']}", content=curl_body("sent=1", "chase=1"), headers=FORM))
    assert (marked["sent"], marked["chase"]) == (True, True)

    # The reference's transaction sample leaves out `type`, which its attribute
    # table requires (see the spec's notes); with it, the sample works.
    without_type = client.post(
        "/transactions",
        content=curl_body(f"invoice={invoice['id']}", "method=check", "gateway_id=1450", "amount=800"),
        headers=FORM,
    )
    assert (without_type.status_code, without_type.json()["param"]) == (400, "type")
    payment = created(
        client.post(
            "/transactions",
            content=curl_body(
                f"invoice={invoice['id']}", "type=payment", "method=check", "gateway_id=1450", "amount=58.85"
            ),
            headers=FORM,
        )
    )
    assert (payment["gateway_id"], payment["amount"]) == ("1450", 58.85)
    ok(
        client.patch(
            f"/transactions/{payment['id']}", content=curl_body("notes=Check was received by Jan"), headers=FORM
        )
    )
    created(client.post(f"/transactions/{payment['id']}/refunds", content=curl_body("amount=8.85"), headers=FORM))

    subscription = created(
        client.post(
            "/subscriptions",
            content=curl_body(
                f"customer={cid}", "plan=starter", "addons[0][catalog_item]=ipad-license", "addons[0][quantity]=11"
            ),
            headers=FORM,
        )
    )
    assert subscription["addons"][0]["quantity"] == 11
    assert (
        ok(client.patch(f"/subscriptions/{subscription['id']}", content=curl_body("plan=pro"), headers=FORM))["plan"]
        == "pro"
    )

    # The bodiless samples: `curl -X POST` and `-X DELETE` send no body and no content type.
    customer_with_email = ok(client.get(f"/customers/{cid}"))
    assert customer_with_email["email"] == "billing@acmecorp.com"
    for path in (
        f"/customers/{cid}/emails",
        f"/invoices/{invoice['id']}/emails",
        f"/transactions/{payment['id']}/emails",
    ):
        assert client.post(path).status_code == 200
    assert client.delete(f"/subscriptions/{subscription['id']}").status_code == 204


@pytest.mark.parametrize(
    ("body", "param"),
    [
        (b"name=Acme&collection_mode=sometimes", "collection_mode"),
        (b"name=", "name"),
        (b"name=Acme&email=nope", "email"),
        (b"name=Acme&country=usa", "country"),
        (b"name=Acme&bogus=1", "bogus"),
    ],
)
def test_form_errors_name_the_field(client: SpecCheckedClient, body: bytes, param: str) -> None:
    answer = client.post("/customers", content=body, headers=FORM)
    assert (answer.status_code, answer.json()["param"]) == (400, param)


def test_form_values_are_coerced_to_the_schema_types(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    body = (
        f"customer={customer}&draft=true&chase=0&date=1700000000"
        "&items[0][name]=a&items[0][quantity]=2.5&items[0][unit_cost]=-1.5"
        "&items[0][discounts][0][amount]=0.25"
    ).encode()
    invoice = created(client.post("/invoices", content=body, headers=FORM))
    assert (invoice["draft"], invoice["chase"], invoice["date"]) == (True, False, 1700000000)
    assert (invoice["items"][0]["quantity"], invoice["items"][0]["amount"], invoice["total"]) == (2.5, -3.75, -4)
    bad = client.post("/invoices", content=f"customer={customer}&draft=maybe".encode(), headers=FORM)
    assert (bad.status_code, bad.json()["param"]) == (400, "draft")
    bad = client.post(
        "/invoices", content=f"customer={customer}&items[0][name]=a&items[0][quantity]=x".encode(), headers=FORM
    )
    assert (bad.status_code, bad.json()["param"]) == (400, "items[0][quantity]")


def test_form_recipients_for_emails(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    body = b"to[0][name]=Client&to[0][email]=client@example.com&to[1][email]=other@example.com&subject=Hello"
    emails = ok(client.post(f"/customers/{customer}/emails", content=body, headers=FORM))
    assert [(e["email"], e["subject"]) for e in emails] == [
        ("client@example.com", "Hello"),
        ("other@example.com", "Hello"),
    ]


def test_an_empty_form_is_an_object_with_no_fields(client: SpecCheckedClient) -> None:
    customer = make_customer(client)
    # The form encoding of `{}`: a valid update that changes nothing, unlike no body at all.
    assert ok(client.patch(f"/customers/{customer['id']}", content=b"", headers=FORM)) == customer
    assert client.patch(f"/customers/{customer['id']}", content=b"").status_code == 400
    missing = client.post("/customers", content=b"", headers=FORM)
    assert (missing.status_code, missing.json()["param"]) == (400, "name")


def test_a_nested_field_may_be_sent_as_json_text_as_the_spec_encoding_says(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    body = {
        "customer": str(customer),
        "items": '[{"name": "Copy paper, Case", "quantity": 1, "unit_cost": 45}]',
        "taxes": '[{"amount": 3.85}]',
    }
    invoice = created(client.post("/invoices", data=body))
    assert [(i["name"], i["amount"]) for i in invoice["items"]] == [("Copy paper, Case", 45)]
    assert invoice["total"] == 48.85
    broken = client.post("/invoices", data={"customer": str(customer), "items": '[{"name": '})
    assert broken.status_code == 400 and broken.json()["param"] == "items", broken.text
