"""List methods answer a page: `.data`, `.total_count`, `has_next_page()`, `next_page()`; iterating walks every page."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from invoiced_client import AsyncInvoicedClient, InvoicedClient, InvoicedError, SyncPage
from invoiced_client._pagination import next_link
from invoiced_client.models import Customer

from tests.client.recorder import Recorder
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox

COUNT = 250
Populated = tuple[RunningSandbox, list[int]]


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Populated]:
    """One sandbox holding 250 customers, shared by the read-only tests below."""
    db: Path = tmp_path_factory.mktemp("pagination") / "sandbox.db"
    with serve_sandbox(db) as running, InvoicedClient(running.api_key, base_url=running.base_url) as client:
        made = [
            client.customers.create(name=f"C{n:03}", type="company" if n % 3 else "person").id for n in range(COUNT)
        ]
        yield running, made


@pytest.fixture
def populated_client(populated: Populated, recorder: Recorder) -> Iterator[InvoicedClient]:
    running, _ = populated
    hooks = {"response": [recorder.sync_hook]}
    with InvoicedClient(running.api_key, base_url=running.base_url, httpx_args={"event_hooks": hooks}) as client:
        yield client


def _list_requests(recorder: Recorder) -> int:
    return sum(1 for method, path, _ in recorder.calls if (method, path) == ("GET", "/customers"))


def test_every_object_exactly_once(populated: Populated, populated_client: InvoicedClient, recorder: Recorder) -> None:
    customers = populated_client.customers.list(per_page=100)
    assert isinstance(customers, SyncPage) and customers.total_count == COUNT and len(customers.data) == 100
    seen = [customer.id for customer in customers]
    assert sorted(seen) == sorted(populated[1]) and len(set(seen)) == COUNT
    assert _list_requests(recorder) == 3  # pages of 100, 100 and 50; the first fetched once
    assert all(isinstance(customer, Customer) for customer in customers)


def test_pages_one_at_a_time(populated_client: InvoicedClient) -> None:
    first = populated_client.customers.list(per_page=100)
    assert first.has_next_page()
    second = first.next_page()
    third = second.next_page()
    assert [len(page.data) for page in (first, second, third)] == [100, 100, 50]
    assert not third.has_next_page()
    with pytest.raises(InvoicedError, match="last page"):
        third.next_page()
    assert [len(page.data) for page in first.iter_pages()] == [100, 100, 50]


def test_the_filter_and_sort_stay_on_every_page(
    populated: Populated, populated_client: InvoicedClient, recorder: Recorder
) -> None:
    companies = populated_client.customers.list(per_page=30, sort="name desc", filter={"type": "company"})
    names = [customer.name for customer in companies]
    expected = sorted((f"C{n:03}" for n in range(len(populated[1])) if n % 3), reverse=True)
    assert names == expected and companies.total_count == len(expected)
    assert _list_requests(recorder) == -(-len(expected) // 30)


def test_a_list_with_path_parameters(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Many plans")
    made = [client.subscriptions.create(customer=customer.id, plan="starter").id for _ in range(5)]
    subscriptions = list(client.customers.list_subscriptions(customer.id, per_page=2, expand=["customer"]))
    assert [s.id for s in subscriptions] == made
    assert all(s.expanded_customer.id == customer.id for s in subscriptions)


def test_an_empty_list(client: InvoicedClient) -> None:
    nobody = client.customers.list()
    assert nobody.total_count == 0 and nobody.data == [] and list(nobody) == []
    assert not nobody.has_next_page()


def test_async_every_object_exactly_once(populated: Populated) -> None:
    running, created = populated

    async def run() -> tuple[int, list[int], list[int]]:
        async with AsyncInvoicedClient(running.api_key, base_url=running.base_url) as client:
            first = await client.customers.list(per_page=100)
            second = await first.next_page()
            everything = [customer.id async for customer in client.customers.list(per_page=100)]
            return first.total_count, [len(first.data), len(second.data)], everything

    total, sizes, seen = asyncio.run(run())
    assert total == COUNT and sizes == [100, 100]
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
