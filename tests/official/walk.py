"""The reference's samples, walked with an official `invoiced` client from PyPI against a sandbox.

Run by the interpreter of that client's own venv (build/official/<version>, made by
`make official-clients`), never by pytest itself:

    build/official/3.0.0/bin/python tests/official/walk.py BASE_URL KEY OTHER_KEY TRANSCRIPT

The client is used as its README says, with one change: `api_url` is set after construction,
because the client has no base-URL option. Assertions here check what the client hands back;
every HTTP exchange is written to TRANSCRIPT (JSON) so that test_official_clients.py can check
each one against the spec. Resources are found by feature, not by version: 0.3.0 has
`Transaction`, 3.0.0 has `Payment`, `Charge` and `Refund` instead.

With OTHER_KEY, a business of its own, the walk then calls everything else the client offers,
with the ID 1, so the test can see what the spec leaves out and what the sandbox answers.
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable
from typing import Any

import invoiced
import requests
from invoiced import errors

Call = Callable[[], Any]

_transcript: list[dict[str, Any]] = []
_step = "setup"
_send = requests.request


def _recording(method: str, url: str, **kwargs: Any) -> requests.Response:
    """What the client calls instead of requests.request: the same call, remembered."""
    response = _send(method, url, **kwargs)
    headers = kwargs.get("headers") or {}
    _transcript.append(
        {
            "step": _step,
            "method": method,
            "url": url,
            "request_headers": {k.lower(): v for k, v in headers.items()},
            "request_body": kwargs.get("data"),
            "status": response.status_code,
            "headers": dict(response.headers),
            "body": response.text,
        }
    )
    return response


def step(name: str) -> None:
    global _step
    _step = name


def connect(base_url: str, api_key: str) -> Any:
    client = invoiced.Client(api_key)
    # No base-URL option exists: the constructor picks production or Invoiced's own sandbox.
    client.api_url = base_url
    return client


def fails(kind: type[BaseException], status: int, call: Call) -> Any:
    """Run `call`, which must raise `kind` for an answer of `status`; return the error object."""
    try:
        call()
    except kind as raised:
        assert getattr(raised, "status_code", None) == status, raised
        return raised.error  # type: ignore[attr-defined]
    raise AssertionError(f"expected {kind.__name__} ({status})")


def accepts_idempotency_keys(resource: Any) -> bool:
    return "idempotency_key" in inspect.signature(resource.create).parameters


# --- the samples of the reference, in its order ---------------------------------------------


def customers(client: Any) -> dict[str, Any]:
    step("create a customer")
    customer = client.Customer.create(
        name="Wernham Hogg",
        email="accounts@wernham-hogg.example",
        collection_mode="manual",
        payment_terms="NET 30",
        type="company",
    )
    assert customer.name == "Wernham Hogg" and customer.payment_terms == "NET 30"
    assert customer.country == "US" and customer.payment_source is None

    step("retrieve a customer")
    customer = client.Customer.retrieve(customer.id)
    assert customer.email == "accounts@wernham-hogg.example"

    step("update a customer")
    customer.payment_terms = "NET 14"
    customer.attention_to = "David Brent"
    customer.address1 = "1 Slough Trading Estate"
    customer.city = "Slough"
    customer.postal_code = "SL1 4AA"
    customer.phone = "01753 000000"
    assert customer.save() is True
    again = client.Customer.retrieve(customer.id)
    assert (again.payment_terms, again.city) == ("NET 14", "Slough")

    step("a customer's balance")
    balance = again.balance()
    assert balance["total_outstanding"] == 0 and balance["past_due"] is False

    step("send a statement")
    emails = again.send_statement()
    assert [email.email for email in emails] == ["accounts@wernham-hogg.example"]

    step("a customer without an email cannot be sent a statement")
    silent = client.Customer.create(name="No Inbox Ltd")
    error = fails(errors.InvalidRequestError, 400, silent.send_statement)
    assert error["param"] == "to", error

    step("list customers")
    page, metadata = client.Customer.list(per_page=1)
    assert len(page) == 1 and metadata.total_count == 2
    assert set(metadata.links) == {"self", "first", "next", "last"}, metadata.links
    return {"customer": again, "silent": silent}


def invoices(client: Any, customer: Any) -> Any:
    step("create an invoice")
    invoice = client.Invoice.create(
        customer=customer.id,
        payment_terms="NET 14",
        items=[
            {"name": "Paper, A4, box", "quantity": 2, "unit_cost": 22.5},
            {"catalog_item": "delivery", "quantity": 1},
        ],
        taxes=[{"amount": 3.85}],
    )
    # 2 x 22.50 + the catalog's delivery at 10, plus 3.85 of tax.
    assert (invoice.subtotal, invoice.total, invoice.balance) == (55, 58.85, 58.85), invoice
    # The objects are dicts: `items` is the dict method, the line items are invoice["items"].
    assert invoice["items"][1]["name"] == "Delivery"

    step("retrieve an invoice")
    invoice = client.Invoice.retrieve(invoice.id)
    assert invoice.customer == customer.id

    step("update an invoice")
    invoice.name = "November paper"
    invoice.notes = "Left at reception"
    invoice.sent = True
    assert invoice.save() is True
    assert client.Invoice.retrieve(invoice.id).sent is True

    step("send an invoice")
    emails = invoice.send()
    assert len(emails) == 1 and emails[0].email == customer.email

    step("filter invoices by a boolean, as Python spells it")
    unpaid, _ = client.Invoice.list(filter={"paid": False, "customer": customer.id})
    assert [each.id for each in unpaid] == [invoice.id]
    paid, _ = client.Invoice.list(filter={"paid": True})
    assert paid == []

    step("list invoices")
    page, metadata = client.Invoice.list(per_page=3)
    assert [each.id for each in page] == [invoice.id] and metadata.total_count == 1
    return invoice


def pay(client: Any) -> None:
    step("pay an invoice")
    payer = client.Customer.create(name="Pay Up Ltd", collection_mode="auto", stripe_token="tok_visa")
    invoice = client.Invoice.create(customer=payer.id, items=[{"name": "Staples", "quantity": 1, "unit_cost": 12}])
    assert invoice.pay() is True
    invoice = client.Invoice.retrieve(invoice.id)
    assert invoice.paid is True and invoice.balance == 0


def transactions(client: Any, invoice: Any) -> None:
    step("create a transaction as the reference's sample does, without type")
    error = fails(
        errors.InvalidRequestError,
        400,
        lambda: client.Transaction.create(invoice=invoice.id, method="check", gateway_id="2071", amount=20),
    )
    assert (error["message"], error["param"]) == ("type is required", "type"), error

    step("create a transaction")
    payment = client.Transaction.create(
        invoice=invoice.id, type="payment", method="check", gateway_id="2071", amount=20
    )
    assert (payment.type, payment.status, payment.customer) == ("payment", "succeeded", invoice.customer)

    step("retrieve a transaction")
    payment = client.Transaction.retrieve(payment.id)
    assert payment.gateway_id == "2071"

    step("update a transaction")
    payment.notes = "Cheque banked on Monday"
    assert payment.save() is True

    step("send a receipt")
    emails = payment.send()
    assert len(emails) == 1

    step("refund a transaction")
    refund = payment.refund(amount=5)
    assert (refund.type, refund.amount, refund.parent_transaction) == ("refund", 5, payment.id), refund
    assert client.Invoice.retrieve(invoice.id).balance == 43.85  # 58.85 - 20 + 5

    step("list transactions")
    page, metadata = client.Transaction.list(per_page=3, filter={"invoice": invoice.id})
    assert metadata.total_count == 2 and {each.type for each in page} == {"payment", "refund"}

    step("delete a transaction")
    assert refund.delete() is True
    fails(errors.InvalidRequestError, 404, lambda: client.Transaction.retrieve(refund.id))


def subscriptions_of(client: Any, customer: Any) -> Any:
    # 3.0.0 dropped Customer.subscriptions(); a filtered list answers the same question.
    if hasattr(type(customer), "subscriptions"):
        return customer.subscriptions()
    return client.Subscription.list(filter={"customer": customer.id})


def subscriptions(client: Any, customer: Any) -> None:
    step("a customer's subscriptions")
    subscribed, metadata = subscriptions_of(client, customer)
    assert subscribed == [] and metadata.total_count == 0

    step("create a subscription")
    create = {"customer": customer.id, "plan": "starter", "addons": [{"catalog_item": "ipad-license", "quantity": 3}]}
    if accepts_idempotency_keys(client.Subscription):
        # 3.0.0 sends the Idempotency-Key header: the second call must not subscribe twice.
        subscription = client.Subscription.create(idempotency_key="walk-subscription-1", **create)
        repeated = client.Subscription.create(idempotency_key="walk-subscription-1", **create)
        assert repeated.id == subscription.id
    else:
        subscription = client.Subscription.create(**create)
    assert subscription.plan == "starter" and subscription.addons[0]["quantity"] == 3

    step("retrieve a subscription")
    subscription = client.Subscription.retrieve(subscription.id)

    step("update a subscription")
    subscription.plan = "pro"
    assert subscription.save() is True
    assert client.Subscription.retrieve(subscription.id).plan == "pro"

    step("list subscriptions")
    page, metadata = client.Subscription.list(per_page=3)
    assert [each.id for each in page] == [subscription.id] and metadata.total_count == 1
    subscribed, _ = subscriptions_of(client, customer)
    assert [each.id for each in subscribed] == [subscription.id]

    step("cancel a subscription")
    assert subscription.cancel() is True
    fails(errors.InvalidRequestError, 404, lambda: client.Subscription.retrieve(subscription.id))


def deletions(client: Any, invoice: Any, customers: dict[str, Any]) -> None:
    step("delete an invoice")
    assert invoice.delete() is True
    fails(errors.InvalidRequestError, 404, lambda: client.Invoice.retrieve(invoice.id))

    step("delete a customer")
    silent = customers["silent"]
    assert silent.delete() is True
    fails(errors.InvalidRequestError, 404, lambda: client.Customer.retrieve(silent.id))


def wrong_key(base_url: str) -> None:
    step("a key the sandbox does not know")
    error = fails(errors.AuthenticationError, 401, lambda: connect(base_url, "not_a_key").Customer.list())
    assert error["type"] == "invalid_request", error


# --- everything else the client offers ------------------------------------------------------

_GENERIC = ("list", "retrieve", "create", "save", "delete")


def _attempt(call: Call) -> None:
    """Make one call whose answer the test judges from the transcript."""
    try:
        result = call()
    except errors.ErrorBase:
        return
    if isinstance(result, invoiced.operations.InvoicedObject) and "id" not in result:
        # A handle on a sub-resource (`customer.contacts()`): listing it is the request.
        # 3.0.0's PaymentPlan has no list, and a retrieve without an ID.
        _attempt(result.list if hasattr(result, "list") else result.retrieve)


def _generic_calls(resource: Any) -> dict[str, Call]:
    # A fresh handle per call: 3.0.0's Subscription.preview rewrites its handle's endpoint.
    kind = type(resource)
    client = resource._client
    calls: dict[str, Call] = {}
    if hasattr(resource, "list"):
        calls["list"] = lambda: kind(client).list()
    calls["retrieve"] = lambda: kind(client).retrieve(1)
    if hasattr(resource, "create"):
        # 3.0.0's Refund.create(charge_id) names the charge first.
        ids = [1] * len(_required(resource.create))
        calls["create"] = lambda: kind(client).create(*ids, name="probe")
    if hasattr(resource, "save"):
        calls["save"] = lambda: kind(client, 1).save(name="probe")
    if hasattr(resource, "delete"):
        calls["delete"] = lambda: kind(client, 1).delete()
    return calls


def _own_calls(client: Any, kind: type) -> dict[str, Call]:
    """The methods a resource class adds to the generic ones, called on the object with ID 1."""
    calls: dict[str, Call] = {}
    for name, member in vars(kind).items():
        if name.startswith("_") or name in _GENERIC or not callable(member):
            continue
        ids = [1] * (len(_required(member)) - 1)  # less `self`
        calls[name] = functools.partial(member, kind(client, 1), *ids)
    return calls


def _required(function: Any) -> list[str]:
    """The parameters a call must name: IDs, in these clients."""
    return [
        p.name
        for p in inspect.signature(function).parameters.values()
        if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD
    ]


def everything_else(base_url: str, other_key: str) -> None:
    client = connect(base_url, other_key)
    for attribute, resource in sorted(vars(client).items()):
        if not isinstance(resource, invoiced.operations.InvoicedObject):
            continue
        calls = {**_generic_calls(resource), **_own_calls(client, type(resource))}
        for name, call in sorted(calls.items()):
            step(f"probe {attribute}.{name}")
            _attempt(call)


def main(base_url: str, api_key: str, other_key: str, transcript_path: str) -> None:
    # The client calls requests.request for every request; looked up at call time.
    requests.request = _recording  # type: ignore[assignment]
    try:
        client = connect(base_url, api_key)
        made = customers(client)
        invoice = invoices(client, made["customer"])
        pay(client)
        if hasattr(client, "Transaction"):
            transactions(client, invoice)
        subscriptions(client, made["customer"])
        deletions(client, invoice, made)
        wrong_key(base_url)
        step("done")
        everything_else(base_url, other_key)
    finally:
        with open(transcript_path, "w", encoding="utf-8") as handle:
            json.dump({"version": invoiced.VERSION, "last_step": _step, "exchanges": _transcript}, handle)


if __name__ == "__main__":
    main(*sys.argv[1:5])
