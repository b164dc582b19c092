from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.customer import Customer
from ...models.customer_create import CustomerCreate
from ...models.error_object import ErrorObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CustomerCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> Customer | ErrorObject | None:
    if response.status_code == 201:
        response_201 = Customer.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorObject.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorObject.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorObject.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorObject.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorObject.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorObject.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorObject.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[Customer | ErrorObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: InvoicedClient,
    body: CustomerCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Customer | ErrorObject]:
    """Create a customer

     Adds a customer to your business. Only `name` is needed; a `number`
    is assigned from the next value of the customer sequence
    (`CUST-0001`, `CUST-0002`, ...) when you do not choose one. A number
    you choose yourself is not checked for uniqueness, while assigned
    numbers never repeat within your business. Passing a
    `stripe_token` attaches that card as the customer's payment source.

    Args:
        idempotency_key (str | Unset):
        body (CustomerCreate): A new customer. Only `name` is required.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Customer | ErrorObject]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: InvoicedClient,
    body: CustomerCreate,
    idempotency_key: str | Unset = UNSET,
) -> Customer:
    """Create a customer

     Adds a customer to your business. Only `name` is needed; a `number`
    is assigned from the next value of the customer sequence
    (`CUST-0001`, `CUST-0002`, ...) when you do not choose one. A number
    you choose yourself is not checked for uniqueness, while assigned
    numbers never repeat within your business. Passing a
    `stripe_token` attaches that card as the customer's payment source.

    Args:
        idempotency_key (str | Unset):
        body (CustomerCreate): A new customer. Only `name` is required.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Customer
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Customer, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AsyncInvoicedClient,
    body: CustomerCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Customer | ErrorObject]:
    """Create a customer

     Adds a customer to your business. Only `name` is needed; a `number`
    is assigned from the next value of the customer sequence
    (`CUST-0001`, `CUST-0002`, ...) when you do not choose one. A number
    you choose yourself is not checked for uniqueness, while assigned
    numbers never repeat within your business. Passing a
    `stripe_token` attaches that card as the customer's payment source.

    Args:
        idempotency_key (str | Unset):
        body (CustomerCreate): A new customer. Only `name` is required.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Customer | ErrorObject]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncInvoicedClient,
    body: CustomerCreate,
    idempotency_key: str | Unset = UNSET,
) -> Customer:
    """Create a customer

     Adds a customer to your business. Only `name` is needed; a `number`
    is assigned from the next value of the customer sequence
    (`CUST-0001`, `CUST-0002`, ...) when you do not choose one. A number
    you choose yourself is not checked for uniqueness, while assigned
    numbers never repeat within your business. Passing a
    `stripe_token` attaches that card as the customer's payment source.

    Args:
        idempotency_key (str | Unset):
        body (CustomerCreate): A new customer. Only `name` is required.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Customer
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Customer, _parse_response(client=client, response=response))
