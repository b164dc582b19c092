from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.customer import Customer
from ...models.customer_update import CustomerUpdate
from ...models.error_object import ErrorObject
from ...types import Response


def _get_kwargs(
    customer_id: int,
    *,
    body: CustomerUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> Customer | ErrorObject | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorObject.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorObject.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorObject.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorObject.from_dict(response.json())

        return response_404

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
    customer_id: int,
    *,
    client: InvoicedClient,
    body: CustomerUpdate,
) -> Response[Customer | ErrorObject]:
    """Update a customer

     Changes the attributes you send and leaves the others as they are.
    Send `null` to clear an optional attribute. A `stripe_token`
    replaces the customer's payment source.

    Args:
        customer_id (int): Unique integer ID of an object.
        body (CustomerUpdate): The customer attributes to change; all are optional.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Customer | ErrorObject]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: InvoicedClient,
    body: CustomerUpdate,
) -> Customer:
    """Update a customer

     Changes the attributes you send and leaves the others as they are.
    Send `null` to clear an optional attribute. A `stripe_token`
    replaces the customer's payment source.

    Args:
        customer_id (int): Unique integer ID of an object.
        body (CustomerUpdate): The customer attributes to change; all are optional.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Customer
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Customer, _parse_response(client=client, response=response))


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AsyncInvoicedClient,
    body: CustomerUpdate,
) -> Response[Customer | ErrorObject]:
    """Update a customer

     Changes the attributes you send and leaves the others as they are.
    Send `null` to clear an optional attribute. A `stripe_token`
    replaces the customer's payment source.

    Args:
        customer_id (int): Unique integer ID of an object.
        body (CustomerUpdate): The customer attributes to change; all are optional.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Customer | ErrorObject]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AsyncInvoicedClient,
    body: CustomerUpdate,
) -> Customer:
    """Update a customer

     Changes the attributes you send and leaves the others as they are.
    Send `null` to clear an optional attribute. A `stripe_token`
    replaces the customer's payment source.

    Args:
        customer_id (int): Unique integer ID of an object.
        body (CustomerUpdate): The customer attributes to change; all are optional.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Customer
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Customer, _parse_response(client=client, response=response))
