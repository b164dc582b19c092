"""What a user writes with the client; test_typing runs mypy --strict over it and test_api runs it on the sandbox."""

from __future__ import annotations

import asyncio

from invoiced_client import (
    InvalidRequestError,
    InvoicedClient,
    InvoicedError,
    RetryPolicy,
    apaginate,
    paginate,
)
from invoiced_client.api.customers import create_customer, list_customers, retrieve_customer
from invoiced_client.api.invoices import create_invoice, retrieve_invoice
from invoiced_client.models import (
    Customer,
    CustomerCreate,
    CustomerFilter,
    CustomerType,
    ErrorObject,
    Invoice,
    InvoiceCreate,
    LineItemInput,
)
from invoiced_client.types import Response


def bill_a_new_customer(client: InvoicedClient) -> Invoice:
    customer: Customer = create_customer.sync(
        client=client, body=CustomerCreate(name="Acme", type_=CustomerType.COMPANY), idempotency_key="example-acme"
    )
    invoice = create_invoice.sync(
        client=client,
        body=InvoiceCreate(customer=customer.id, items=[LineItemInput(name="Copy paper", quantity=2, unit_cost=45.0)]),
    )
    expanded = retrieve_invoice.sync(invoice.id, client=client, expand="customer")
    assert isinstance(expanded.customer, Customer)
    return expanded


def names_of_companies(client: InvoicedClient) -> list[str]:
    only_companies = CustomerFilter(type_=CustomerType.COMPANY)
    companies = paginate(list_customers, client=client, per_page=100, filter_=only_companies)
    total: int = companies.total_count()
    names = [customer.name for customer in companies]
    assert len(names) == total
    return names


def describe_missing(client: InvoicedClient, customer_id: int) -> str:
    try:
        retrieve_customer.sync(customer_id, client=client)
    except InvalidRequestError as error:
        return f"{error.status} {error.type}: {error.message} ({error.param})"
    except InvoicedError as error:
        return f"unexpected {error.status}"
    return "found"


def raw_answer(client: InvoicedClient, customer_id: int) -> int:
    detailed: Response[Customer | ErrorObject] = retrieve_customer.sync_detailed(customer_id, client=client)
    if isinstance(detailed.parsed, ErrorObject):
        return int(detailed.status_code)
    return 0


async def count_customers(client: InvoicedClient) -> int:
    first: list[Customer] = await list_customers.asyncio(client=client, per_page=1)
    counted = [customer.id async for customer in apaginate(list_customers, client=client, per_page=50)]
    assert len(first) <= 1
    return len(counted)


def run(base_url: str, api_key: str) -> dict[str, object]:
    client = InvoicedClient(api_key, base_url=base_url, max_retries=3, retry_policy=RetryPolicy(backoff_base=0.1))
    with client:
        invoice = bill_a_new_customer(client)
        names = names_of_companies(client)
        missing = describe_missing(client, 987654321)
        status = raw_answer(client, 987654321)
    counted = asyncio.run(_count(api_key, base_url))
    return {"invoice": invoice.id, "names": names, "missing": missing, "status": status, "counted": counted}


async def _count(api_key: str, base_url: str) -> int:
    async with InvoicedClient(api_key, base_url=base_url) as client:
        return await count_customers(client)
