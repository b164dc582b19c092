"""paginate/apaginate walk every page of a list once, following the sandbox's Link headers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from invoiced_client import InvalidRequestError, InvoicedClient, apaginate, paginate
from invoiced_client.api import next_link
from invoiced_client.api.customers import create_customer, list_customer_subscriptions, list_customers
from invoiced_client.api.subscriptions import create_subscription
from invoiced_client.models import Customer, CustomerCreate, CustomerFilter, CustomerType, SubscriptionCreate

from tests.client.recorder import Recorder
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox

COUNT = 250
Populated = tuple[RunningSandbox, list[int]]


def _create(client: InvoicedClient, count: int) -> list[int]:
    created = []
    for n in range(count):
        kind = CustomerType.COMPANY if n % 3 else CustomerType.PERSON
        created.append(create_customer.sync(client=client, body=CustomerCreate(name=f"C{n:03}", type_=kind)).id)
    return created


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Populated]:
    """One sandbox holding 250 customers, shared by the read-only tests below (creating them takes a while)."""
    db: Path = tmp_path_factory.mktemp("pagination") / "sandbox.db"
    with serve_sandbox(db) as running, InvoicedClient(running.api_key, base_url=running.base_url) as client:
        yield running, _create(client, COUNT)


@pytest.fixture
def populated_client(populated: Populated, recorder: Recorder) -> Iterator[InvoicedClient]:
    running, _ = populated
    hooks = {"response": [recorder.sync_hook]}
    with InvoicedClient(running.api_key, base_url=running.base_url, httpx_args={"event_hooks": hooks}) as client:
        yield client


def _list_requests(recorder: Recorder) -> int:
    return sum(1 for method, path, _ in recorder.calls if (method, path) == ("GET", "/customers"))


def test_every_object_exactly_once(populated: Populated, populated_client: InvoicedClient, recorder: Recorder) -> None:
    client, created = populated_client, populated[1]
    customers = paginate(list_customers, client=client, per_page=100)
    assert customers.total_count() == COUNT
    seen = [customer.id for customer in customers]
    assert sorted(seen) == sorted(created) and len(set(seen)) == COUNT
    assert _list_requests(recorder) == 3  # pages of 100, 100 and 50; the first fetched once
    assert all(isinstance(customer, Customer) for customer in paginate(list_customers, client=client))


def test_the_filter_and_sort_stay_on_every_page(
    populated: Populated, populated_client: InvoicedClient, recorder: Recorder
) -> None:
    client, created = populated_client, populated[1]
    companies = paginate(
        list_customers, client=client, per_page=30, sort="name desc", filter_=CustomerFilter(type_=CustomerType.COMPANY)
    )
    names = [customer.name for customer in companies]
    expected = sorted((f"C{n:03}" for n in range(len(created)) if n % 3), reverse=True)
    assert names == expected and companies.total_count() == len(expected)
    assert _list_requests(recorder) == 1 + -(-len(expected) // 30)


def test_a_list_with_path_parameters(client: InvoicedClient) -> None:
    customer = create_customer.sync(client=client, body=CustomerCreate(name="Many plans"))
    made = [
        create_subscription.sync(client=client, body=SubscriptionCreate(customer=customer.id, plan="starter")).id
        for _ in range(5)
    ]
    pages = paginate(list_customer_subscriptions, client=client, customer_id=customer.id, per_page=2, expand="customer")
    subscriptions = list(pages)
    assert [s.id for s in subscriptions] == made
    assert all(isinstance(s.customer, Customer) for s in subscriptions)


def test_an_empty_list(client: InvoicedClient) -> None:
    nobody = paginate(list_customers, client=client)
    assert nobody.total_count() == 0
    assert list(nobody) == []


def test_a_bad_parameter_raises_on_the_first_page(client: InvoicedClient) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        list(paginate(list_customers, client=client, per_page=1000))
    assert raised.value.status == 400 and raised.value.param == "per_page"


def test_async_every_object_exactly_once(populated: Populated) -> None:
    running, created = populated

    async def run() -> tuple[int, list[int]]:
        async with InvoicedClient(running.api_key, base_url=running.base_url) as client:
            customers = apaginate(list_customers, client=client, per_page=100)
            return await customers.total_count(), [customer.id async for customer in customers]

    total, seen = asyncio.run(run())
    assert total == COUNT
    assert sorted(seen) == sorted(created) and len(set(seen)) == COUNT


def test_next_link_reads_rfc_8288() -> None:
    header = (
        '<https://api.invoiced.com/customers?page=3&per_page=10>; rel="self", '
        '<https://api.invoiced.com/customers?page=1&per_page=10>; rel="first", '
        '<https://api.invoiced.com/customers?page=4&per_page=10>; rel="next"'
    )
    assert next_link(header) == "https://api.invoiced.com/customers?page=4&per_page=10"
    assert next_link('<https://x/customers?page=1>; rel="first"') is None
    assert next_link(None) is None
