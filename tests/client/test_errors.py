"""Each error answer becomes its exception, carrying the API's error object, the status and the response."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from invoiced_client import (
    APIError,
    AuthenticationError,
    InvalidRequestError,
    InvoicedClient,
    InvoicedError,
    RateLimitError,
)
from invoiced_client.api.customers import create_customer, list_customers, retrieve_customer
from invoiced_client.api.invoices import create_invoice, pay_invoice
from invoiced_client.errors import error_class, raise_for_status
from invoiced_client.models import CollectionMode, CustomerCreate, InvoiceCreate, LineItemInput

from tests.client.scripted import ScriptedServer
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox


def test_not_found(client: InvoicedClient) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        retrieve_customer.sync(424242, client=client)
    error = raised.value
    assert (error.status, error.type, error.param) == (404, "invalid_request", None)
    assert error.message and str(error).startswith("404 ")
    assert isinstance(error.response, httpx.Response) and error.response.status_code == 404


def test_invalid_parameter_names_the_param(client: InvoicedClient) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        create_customer.sync(client=client, body=CustomerCreate(name="Bad", email="not an email"))
    assert (raised.value.status, raised.value.param) == (400, "email")
    with pytest.raises(InvalidRequestError) as raised:
        list_customers.sync(client=client, sort="favourite_colour")
    assert (raised.value.status, raised.value.param) == (400, "sort")


def test_a_business_rule_error(client: InvoicedClient) -> None:
    customer = create_customer.sync(client=client, body=CustomerCreate(name="Manual payer"))
    lines = [LineItemInput(name="Work", unit_cost=100)]
    invoice = create_invoice.sync(
        client=client, body=InvoiceCreate(customer=customer.id, items=lines, collection_mode=CollectionMode.MANUAL)
    )
    with pytest.raises(InvalidRequestError) as raised:
        pay_invoice.sync(invoice.id, client=client)
    assert (raised.value.status, raised.value.type) == (400, "invalid_request")
    assert raised.value.message


def test_too_large_is_an_invalid_request(client: InvoicedClient) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        create_customer.sync(client=client, body=CustomerCreate(name="Big", notes="x" * (1024 * 1024 + 1)))
    assert raised.value.status == 413


def test_unknown_key_is_an_authentication_error(sandbox: RunningSandbox) -> None:
    with InvoicedClient("not_a_key", base_url=sandbox.base_url) as client, pytest.raises(AuthenticationError) as raised:
        list_customers.sync(client=client)
    assert (raised.value.status, raised.value.type) == (401, "invalid_request")


def test_rate_limit_error_when_retries_are_off(tmp_path: Path) -> None:
    with (
        serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running,
        InvoicedClient(running.api_key, base_url=running.base_url, max_retries=0) as client,
    ):
        list_customers.sync(client=client)
        with pytest.raises(RateLimitError) as raised:
            list_customers.sync(client=client)
    assert raised.value.status == 429
    assert raised.value.retry_after is not None and raised.value.retry_after >= 1


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (403, InvalidRequestError),
        (404, InvalidRequestError),
        (409, InvalidRequestError),
        (429, RateLimitError),
        (500, APIError),
        (503, APIError),
    ],
)
def test_each_status_maps_to_its_exception(
    scripted_server: ScriptedServer, status: int, kind: type[InvoicedError]
) -> None:
    """Statuses the sandbox never sends (403, 5xx) come from the scripted server."""
    assert error_class(status) is kind
    with InvoicedClient("key", base_url=scripted_server.base_url, max_retries=0) as client:
        response = client.get_httpx_client().get(f"/answer/{status}")
    with pytest.raises(kind) as raised:
        raise_for_status(response)
    assert type(raised.value) is kind
    assert raised.value.status == status
    assert raised.value.message == f"scripted {status}"
    assert raised.value.type == ("api" if status >= 500 else "invalid_request")


def test_every_error_derives_from_the_base() -> None:
    for kind in (InvalidRequestError, AuthenticationError, RateLimitError, APIError):
        assert issubclass(kind, InvoicedError)
