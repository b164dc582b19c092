"""Each error answer becomes its exception, carrying the API's error object, the status and the response."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from invoiced_client import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InvalidRequestError,
    InvoicedClient,
    InvoicedError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnsupportedMediaTypeError,
)
from invoiced_client.errors import error_class, raise_for_status

from invoiced_spec import load_spec, operations
from tests.client.scripted import ScriptedServer
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox


def test_not_found(client: InvoicedClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.customers.retrieve(424242)
    error = raised.value
    assert isinstance(error, InvalidRequestError)
    assert (error.status, error.type, error.param) == (404, "invalid_request", None)
    assert error.message and str(error).startswith("404 ")
    assert isinstance(error.response, httpx.Response) and error.response.status_code == 404


def test_invalid_parameter_names_the_param(client: InvoicedClient) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.customers.create(name="Bad", email="not an email")
    assert (raised.value.status, raised.value.param) == (400, "email")
    with pytest.raises(BadRequestError) as raised:
        client.customers.list(per_page=1000)
    assert (raised.value.status, raised.value.param) == (400, "per_page")


def test_a_business_rule_error(client: InvoicedClient) -> None:
    customer = client.customers.create(name="Manual payer")
    invoice = client.invoices.create(customer=customer.id, items=[{"name": "Work", "unit_cost": 100}])
    with pytest.raises(BadRequestError) as raised:
        client.invoices.pay(invoice.id)
    assert (raised.value.status, raised.value.type) == (400, "invalid_request")
    assert raised.value.message


def test_too_large(client: InvoicedClient) -> None:
    with pytest.raises(PayloadTooLargeError) as raised:
        client.customers.create(name="Big", notes="x" * (1024 * 1024 + 1))
    assert raised.value.status == 413


def test_unknown_key_is_an_authentication_error(sandbox: RunningSandbox) -> None:
    with InvoicedClient("not_a_key", base_url=sandbox.base_url) as client, pytest.raises(AuthenticationError) as raised:
        client.customers.list()
    assert (raised.value.status, raised.value.type) == (401, "invalid_request")


def test_rate_limit_error_when_retries_are_off(tmp_path: Path) -> None:
    with (
        serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running,
        InvoicedClient(running.api_key, base_url=running.base_url, max_retries=0) as client,
    ):
        client.customers.list()
        with pytest.raises(RateLimitError) as raised:
            client.customers.list()
    assert raised.value.status == 429
    assert raised.value.retry_after is not None and raised.value.retry_after >= 1


STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, InvalidRequestError),
    (413, PayloadTooLargeError),
    (415, UnsupportedMediaTypeError),
    (429, RateLimitError),
    (500, APIError),
    (503, APIError),
]


@pytest.mark.parametrize(("status", "kind"), STATUSES)
def test_each_status_maps_to_its_exception(
    scripted_server: ScriptedServer, status: int, kind: type[InvoicedError]
) -> None:
    """Statuses the sandbox never sends (403, 5xx) come from the scripted server."""
    assert error_class(status) is kind
    with InvoicedClient("key", base_url=scripted_server.base_url, max_retries=0) as client:
        response = client.request("GET", f"/answer/{status}")
    with pytest.raises(kind) as raised:
        raise_for_status(response)
    assert type(raised.value) is kind
    assert raised.value.status == status
    assert raised.value.message == f"scripted {status}"
    assert raised.value.type == ("api" if status >= 500 else "invalid_request")


def test_every_documented_error_status_has_its_own_class() -> None:
    documented = {
        int(status)
        for operation in operations(load_spec())
        for status in operation.responses
        if status[0] in "45" and status.isdigit()
    }
    generic = {InvalidRequestError, InvoicedError}
    assert documented and all(error_class(status) not in generic for status in documented), documented


def test_the_tree_keeps_its_bases() -> None:
    specific: list[type[InvoicedError]] = [BadRequestError, PermissionDeniedError, NotFoundError, PayloadTooLargeError]
    assert all(issubclass(kind, InvalidRequestError) for kind in specific)
    bases: list[type[InvoicedError]] = [InvalidRequestError, AuthenticationError, RateLimitError, APIError]
    assert all(issubclass(kind, InvoicedError) for kind in bases)
