from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.transaction import Transaction
from ...models.transaction_update import TransactionUpdate
from ...types import Response


def _get_kwargs(
    transaction_id: int,
    *,
    body: TransactionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/transactions/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: TransactionUpdate,
) -> Response[ErrorObject | Transaction]:
    """Update a transaction

     Changes the attributes you send and leaves the others as they are.
    A new `amount` or `status` is reflected in the invoice's balance.
    The `amount` of a charge, payment or refund must stay at least 0.01,
    a refund may not be raised above what is left of its original, and
    an original may not be lowered below what was refunded of it; each
    is answered with `400` naming `amount`. A refund of a transaction
    that did not succeed can only be `failed`, and a charge or payment
    with refunds stays `succeeded`; either is answered with `400` naming
    `status`. Refunds against an invoice never exceed what was paid on
    it; a change that would make them is answered with `400` naming the
    `amount` or `status` sent. A transaction against an invoice stays in
    the invoice's currency, and a refund in its original's; another
    `currency` is answered with `400` naming `currency`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        body (TransactionUpdate): The transaction attributes to change; all are optional.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    transaction_id: int,
    *,
    client: InvoicedClient,
    body: TransactionUpdate,
) -> Transaction:
    """Update a transaction

     Changes the attributes you send and leaves the others as they are.
    A new `amount` or `status` is reflected in the invoice's balance.
    The `amount` of a charge, payment or refund must stay at least 0.01,
    a refund may not be raised above what is left of its original, and
    an original may not be lowered below what was refunded of it; each
    is answered with `400` naming `amount`. A refund of a transaction
    that did not succeed can only be `failed`, and a charge or payment
    with refunds stays `succeeded`; either is answered with `400` naming
    `status`. Refunds against an invoice never exceed what was paid on
    it; a change that would make them is answered with `400` naming the
    `amount` or `status` sent. A transaction against an invoice stays in
    the invoice's currency, and a refund in its original's; another
    `currency` is answered with `400` naming `currency`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        body (TransactionUpdate): The transaction attributes to change; all are optional.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))


async def asyncio_detailed(
    transaction_id: int,
    *,
    client: AsyncInvoicedClient,
    body: TransactionUpdate,
) -> Response[ErrorObject | Transaction]:
    """Update a transaction

     Changes the attributes you send and leaves the others as they are.
    A new `amount` or `status` is reflected in the invoice's balance.
    The `amount` of a charge, payment or refund must stay at least 0.01,
    a refund may not be raised above what is left of its original, and
    an original may not be lowered below what was refunded of it; each
    is answered with `400` naming `amount`. A refund of a transaction
    that did not succeed can only be `failed`, and a charge or payment
    with refunds stays `succeeded`; either is answered with `400` naming
    `status`. Refunds against an invoice never exceed what was paid on
    it; a change that would make them is answered with `400` naming the
    `amount` or `status` sent. A transaction against an invoice stays in
    the invoice's currency, and a refund in its original's; another
    `currency` is answered with `400` naming `currency`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        body (TransactionUpdate): The transaction attributes to change; all are optional.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: int,
    *,
    client: AsyncInvoicedClient,
    body: TransactionUpdate,
) -> Transaction:
    """Update a transaction

     Changes the attributes you send and leaves the others as they are.
    A new `amount` or `status` is reflected in the invoice's balance.
    The `amount` of a charge, payment or refund must stay at least 0.01,
    a refund may not be raised above what is left of its original, and
    an original may not be lowered below what was refunded of it; each
    is answered with `400` naming `amount`. A refund of a transaction
    that did not succeed can only be `failed`, and a charge or payment
    with refunds stays `succeeded`; either is answered with `400` naming
    `status`. Refunds against an invoice never exceed what was paid on
    it; a change that would make them is answered with `400` naming the
    `amount` or `status` sent. A transaction against an invoice stays in
    the invoice's currency, and a refund in its original's; another
    `currency` is answered with `400` naming `currency`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        body (TransactionUpdate): The transaction attributes to change; all are optional.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))
