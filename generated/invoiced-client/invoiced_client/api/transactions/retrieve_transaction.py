from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.transaction import Transaction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    transaction_id: int,
    *,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | Transaction | None:
    if response.status_code == 200:
        response_200 = Transaction.from_dict(response.json())

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | Transaction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_id: int,
    *,
    client: InvoicedClient,
    expand: str | Unset = UNSET,
) -> Response[ErrorObject | Transaction]:
    """Retrieve a transaction

     Fetches one transaction by ID.

    Args:
        transaction_id (int): Unique integer ID of an object.
        expand (str | Unset):

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        expand=expand,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    transaction_id: int,
    *,
    client: InvoicedClient,
    expand: str | Unset = UNSET,
) -> Transaction:
    """Retrieve a transaction

     Fetches one transaction by ID.

    Args:
        transaction_id (int): Unique integer ID of an object.
        expand (str | Unset):

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        expand=expand,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))


async def asyncio_detailed(
    transaction_id: int,
    *,
    client: AsyncInvoicedClient,
    expand: str | Unset = UNSET,
) -> Response[ErrorObject | Transaction]:
    """Retrieve a transaction

     Fetches one transaction by ID.

    Args:
        transaction_id (int): Unique integer ID of an object.
        expand (str | Unset):

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        expand=expand,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: int,
    *,
    client: AsyncInvoicedClient,
    expand: str | Unset = UNSET,
) -> Transaction:
    """Retrieve a transaction

     Fetches one transaction by ID.

    Args:
        transaction_id (int): Unique integer ID of an object.
        expand (str | Unset):

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        expand=expand,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))
