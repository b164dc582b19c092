from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.balance import Balance
from ...models.error_object import ErrorObject
from ...types import Response


def _get_kwargs(
    customer_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{customer_id}/balance".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> Balance | ErrorObject | None:
    if response.status_code == 200:
        response_200 = Balance.from_dict(response.json())

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[Balance | ErrorObject]:
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
) -> Response[Balance | ErrorObject]:
    """Get a customer's current balance

     Works out what the customer owes right now from their open invoices
    and how much credit they hold.

    Args:
        customer_id (int): Unique integer ID of an object.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Balance | ErrorObject]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: InvoicedClient,
) -> Balance:
    """Get a customer's current balance

     Works out what the customer owes right now from their open invoices
    and how much credit they hold.

    Args:
        customer_id (int): Unique integer ID of an object.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Balance
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Balance, _parse_response(client=client, response=response))


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AsyncInvoicedClient,
) -> Response[Balance | ErrorObject]:
    """Get a customer's current balance

     Works out what the customer owes right now from their open invoices
    and how much credit they hold.

    Args:
        customer_id (int): Unique integer ID of an object.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Balance | ErrorObject]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AsyncInvoicedClient,
) -> Balance:
    """Get a customer's current balance

     Works out what the customer owes right now from their open invoices
    and how much credit they hold.

    Args:
        customer_id (int): Unique integer ID of an object.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Balance
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Balance, _parse_response(client=client, response=response))
