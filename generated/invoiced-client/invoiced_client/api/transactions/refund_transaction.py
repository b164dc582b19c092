from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.refund_create import RefundCreate
from ...models.transaction import Transaction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    transaction_id: int,
    *,
    body: RefundCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions/{transaction_id}/refunds".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | Transaction | None:
    if response.status_code == 201:
        response_201 = Transaction.from_dict(response.json())

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
    body: RefundCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Transaction]:
    """Refund a transaction

     Refunds all or part of a succeeded `charge` or `payment`. The refund
    is a new `refund` transaction whose `parent_transaction` is the
    original, on the same customer and invoice. For a charge, the money
    goes back through the gateway that took it; for a payment received
    offline, returning the money is up to you and the refund only
    records it. Partial refunds are fine, but together they can never
    exceed the original amount; a refund that would is answered with
    `400` naming `amount`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (RefundCreate): How much to refund.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    transaction_id: int,
    *,
    client: InvoicedClient,
    body: RefundCreate,
    idempotency_key: str | Unset = UNSET,
) -> Transaction:
    """Refund a transaction

     Refunds all or part of a succeeded `charge` or `payment`. The refund
    is a new `refund` transaction whose `parent_transaction` is the
    original, on the same customer and invoice. For a charge, the money
    goes back through the gateway that took it; for a payment received
    offline, returning the money is up to you and the refund only
    records it. Partial refunds are fine, but together they can never
    exceed the original amount; a refund that would is answered with
    `400` naming `amount`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (RefundCreate): How much to refund.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))


async def asyncio_detailed(
    transaction_id: int,
    *,
    client: AsyncInvoicedClient,
    body: RefundCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Transaction]:
    """Refund a transaction

     Refunds all or part of a succeeded `charge` or `payment`. The refund
    is a new `refund` transaction whose `parent_transaction` is the
    original, on the same customer and invoice. For a charge, the money
    goes back through the gateway that took it; for a payment received
    offline, returning the money is up to you and the refund only
    records it. Partial refunds are fine, but together they can never
    exceed the original amount; a refund that would is answered with
    `400` naming `amount`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (RefundCreate): How much to refund.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: int,
    *,
    client: AsyncInvoicedClient,
    body: RefundCreate,
    idempotency_key: str | Unset = UNSET,
) -> Transaction:
    """Refund a transaction

     Refunds all or part of a succeeded `charge` or `payment`. The refund
    is a new `refund` transaction whose `parent_transaction` is the
    original, on the same customer and invoice. For a charge, the money
    goes back through the gateway that took it; for a payment received
    offline, returning the money is up to you and the refund only
    records it. Partial refunds are fine, but together they can never
    exceed the original amount; a refund that would is answered with
    `400` naming `amount`.

    Args:
        transaction_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (RefundCreate): How much to refund.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))
