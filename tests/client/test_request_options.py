"""Per-call request options: every method's `extra_headers`, `extra_query`, `extra_body` and `timeout`.

Each effect is observed on the real sandbox: a header the server acts on (`Authorization`, which picks
the business; `Idempotency-Key`, which replays), a query parameter it acts on (`expand`) or refuses by
name, body fields it stores, and a delay it was told to inject (spec/sandbox.yaml's fault controls).
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from invoiced_client import (
    NOT_GIVEN,
    APITimeoutError,
    AsyncInvoicedClient,
    BadRequestError,
    InvoicedClient,
    NotFoundError,
    RetryPolicy,
)
from invoiced_client.client import basic_credentials
from invoiced_client.models import LineItemInput
from invoiced_client.resources import customers, invoices, subscriptions, transactions

from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox

FAST = RetryPolicy(backoff_base=0.01, backoff_max=0.02)
OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
MODULES = (customers, invoices, subscriptions, transactions)


@pytest.fixture
def controls(sandbox: RunningSandbox) -> Iterator[SandboxControls]:
    with SandboxControls(sandbox.base_url, sandbox.api_key) as typed:
        yield typed


def _as_second_business(sandbox: RunningSandbox, name: str = "Authorization") -> dict[str, str]:
    return {name: f"Basic {basic_credentials(sandbox.api_keys[1])}"}


def _sent_headers(client: InvoicedClient) -> list[httpx.Headers]:
    """The headers of every request the client sent, as httpx put them on the wire."""
    seen: list[httpx.Headers] = []
    client.get_httpx_client().event_hooks["request"].append(lambda request: seen.append(request.headers))
    return seen


def test_every_method_takes_the_options_keyword_only() -> None:
    client, async_client = InvoicedClient("key"), AsyncInvoicedClient("key")
    checked = 0
    for module in MODULES:
        attribute = module.__name__.rsplit(".", 1)[-1]
        for resource in (getattr(client, attribute), getattr(async_client, attribute)):
            for view in (resource, resource.with_raw_response):
                for name in module.OPERATIONS:
                    parameters = inspect.signature(getattr(view, name)).parameters
                    for option in OPTIONS:
                        parameter = parameters[option]
                        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, (attribute, name, option)
                        assert parameter.default is (NOT_GIVEN if option == "timeout" else None)
                    checked += 1
    assert checked == 4 * sum(len(module.OPERATIONS) for module in MODULES)


def test_extra_headers_reach_the_server(sandbox: RunningSandbox, client: InvoicedClient) -> None:
    # The sandbox picks the business by the Authorization header, so the customer lands in the second one.
    made = client.customers.create(name="Elsewhere", extra_headers=_as_second_business(sandbox))
    with pytest.raises(NotFoundError):
        client.customers.retrieve(made.id)
    assert client.customers.retrieve(made.id, extra_headers=_as_second_business(sandbox)).name == "Elsewhere"
    raw = client.customers.with_raw_response.retrieve(made.id, extra_headers=_as_second_business(sandbox))
    assert raw.status_code == 200 and raw.parse().id == made.id


def test_an_extra_header_replaces_the_clients_own_whatever_its_case(
    sandbox: RunningSandbox, client: InvoicedClient
) -> None:
    # Two Authorization headers get a 401 from the sandbox; a lower-case name must replace, not add.
    made = client.customers.create(name="Lower", extra_headers=_as_second_business(sandbox, "authorization"))
    with InvoicedClient(sandbox.api_keys[1], base_url=sandbox.base_url) as second:
        assert second.customers.retrieve(made.id).name == "Lower"


def test_an_idempotency_key_in_extra_headers_is_the_one_sent_and_retried(
    sandbox: RunningSandbox, controls: SandboxControls
) -> None:
    key = f"extra-{uuid.uuid4()}"
    with InvoicedClient(sandbox.api_key, base_url=sandbox.base_url, max_retries=2, retry_policy=FAST) as client:
        sent = _sent_headers(client)
        controls.inject_fault("unavailable", count=1)
        first = client.customers.create(name="Once", extra_headers={"idempotency-key": key})
        again = client.customers.create(name="Once", extra_headers={"Idempotency-Key": key})
        # A PATCH carries no key of its own; one given here makes it retryable, and is reused by the retry.
        controls.inject_fault("unavailable", count=1)
        patch_key = f"patch-{uuid.uuid4()}"
        client.customers.update(first.id, notes="kept", extra_headers={"Idempotency-Key": patch_key})
    assert again.id == first.id
    assert [headers.get_list("Idempotency-Key") for headers in sent] == [[key], [key], [key], [patch_key], [patch_key]]
    assert len(list(controls.requests(method="POST", path="/customers"))) == 3
    with InvoicedClient(sandbox.api_key, base_url=sandbox.base_url) as check:
        assert [c.name for c in check.customers.list()] == ["Once"]
        assert check.customers.retrieve(first.id).notes == "kept"


def test_extra_query_reaches_the_server(client: InvoicedClient, controls: SandboxControls) -> None:
    customer = client.customers.create(name="Expanded")
    invoice = client.invoices.create(customer=customer.id, items=[{"name": "Paper", "quantity": 1, "unit_cost": 5}])
    assert client.invoices.retrieve(invoice.id, extra_query={"expand": "customer"}).expanded_customer.name == "Expanded"
    with pytest.raises(BadRequestError) as refused:
        client.customers.retrieve(customer.id, extra_query={"colour": "blue"})
    assert refused.value.param == "colour"
    logged = controls.requests(method="GET", path=f"/invoices/{invoice.id}")
    assert [entry["query"] for entry in logged] == ["expand=customer"]


def test_extra_query_replaces_the_methods_own_parameter(client: InvoicedClient) -> None:
    for name in ("B", "A", "C"):
        client.customers.create(name=name)
    page = client.customers.list(sort="name asc", extra_query={"sort": "name desc"})
    assert [c.name for c in page.data] == ["C", "B", "A"]


def test_extra_body_merges_into_the_json_body(client: InvoicedClient) -> None:
    made = client.customers.create(name="Given", extra_body={"notes": "from extra_body", "name": "Replaced"})
    assert (made.name, made.notes) == ("Replaced", "from extra_body")
    with pytest.raises(BadRequestError) as refused:
        client.customers.create(name="Refused", extra_body={"no_such_field": 1})
    assert refused.value.param == "no_such_field"
    updated = client.customers.update(made.id, extra_body={"phone": "555-0100"})
    assert updated.phone == "555-0100" and updated.name == "Replaced"
    # Models inside extra_body are sent as JSON, as they are in the method's own arguments.
    invoice = client.invoices.create(
        customer=made.id, extra_body={"items": [LineItemInput(name="Paper", quantity=2, unit_cost=4)]}
    )
    assert invoice.total == 8


def test_options_carry_over_to_every_page(sandbox: RunningSandbox, client: InvoicedClient) -> None:
    with InvoicedClient(sandbox.api_keys[1], base_url=sandbox.base_url) as second:
        made = [second.customers.create(name=f"S{n}").id for n in range(5)]
    client.customers.create(name="First business")
    # Were a later page sent without the header, it would list the first business's customers.
    page = client.customers.list(per_page=2, sort="id asc", extra_headers=_as_second_business(sandbox))
    assert [c.id for c in page] == made
    assert [c.id for c in page.next_page().next_page().data] == made[4:]
    raw = client.customers.with_raw_response.list(per_page=2, sort="id asc", extra_headers=_as_second_business(sandbox))
    assert raw.status_code == 200 and [c.id for c in raw.parse()] == made


def test_extra_query_leaves_the_page_to_the_servers_link(sandbox: RunningSandbox, client: InvoicedClient) -> None:
    for n in range(5):
        client.customers.create(name=f"P{n}")
    page = client.customers.list(per_page=2, extra_query={"page": 1, "sort": "name desc"})
    # Bounded: re-applying page=1 to every next link would never end.
    names = [c.name for c in itertools.islice(page, 20)]
    assert names == ["P4", "P3", "P2", "P1", "P0"]


def test_a_per_call_timeout_applies(sandbox: RunningSandbox, controls: SandboxControls, client: InvoicedClient) -> None:
    customer = client.customers.create(name="Slow")
    controls.inject_fault("delay", delay_ms=3000)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.with_options(max_retries=0).customers.retrieve(customer.id, timeout=0.3)
    assert time.monotonic() - started < 2.5
    # The timeout is per attempt: the retry, past the one delayed answer, succeeds.
    controls.inject_fault("delay", delay_ms=3000)
    started = time.monotonic()
    with InvoicedClient(sandbox.api_key, base_url=sandbox.base_url, max_retries=1, retry_policy=FAST) as retrying:
        assert retrying.customers.retrieve(customer.id, timeout=0.3).name == "Slow"
    assert time.monotonic() - started < 2.5
    # And it replaces the client's own, in the other direction too.
    controls.inject_fault("delay", delay_ms=600)
    with InvoicedClient(sandbox.api_key, base_url=sandbox.base_url, max_retries=0, timeout=0.2) as hasty:
        assert hasty.customers.retrieve(customer.id, timeout=10).name == "Slow"
        controls.inject_fault("delay", delay_ms=600)
        with pytest.raises(APITimeoutError):
            hasty.customers.retrieve(customer.id)


def test_async_methods_take_the_options(sandbox: RunningSandbox, controls: SandboxControls) -> None:
    async def scenario() -> None:
        async with (
            AsyncInvoicedClient(sandbox.api_keys[1], base_url=sandbox.base_url) as second,
            AsyncInvoicedClient(sandbox.api_key, base_url=sandbox.base_url, max_retries=0) as client,
        ):
            made = [(await second.customers.create(name=f"A{n}")).id for n in range(3)]
            elsewhere = _as_second_business(sandbox)
            assert [c.id async for c in client.customers.list(per_page=1, extra_headers=elsewhere)] == made
            first = await client.customers.list(per_page=1, extra_headers=elsewhere)
            assert [c.id for c in (await (await first.next_page()).next_page()).data] == made[2:]
            mine = await client.customers.create(name="Mine", extra_body={"notes": "async extra"})
            assert mine.notes == "async extra"
            raw = await client.customers.with_raw_response.retrieve(made[0], extra_headers=elsewhere)
            assert raw.parse().name == "A0"
            invoice = await client.invoices.create(customer=mine.id)
            expanded = await client.invoices.retrieve(invoice.id, extra_query={"expand": "customer"})
            assert expanded.expanded_customer.notes == "async extra"
            controls.inject_fault("delay", delay_ms=3000)
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.customers.retrieve(mine.id, timeout=0.3)
            assert time.monotonic() - started < 2.5

    asyncio.run(scenario())
