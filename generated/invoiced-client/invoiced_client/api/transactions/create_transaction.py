from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.transaction import Transaction
from ...models.transaction_create import TransactionCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TransactionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions",
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
    *,
    client: InvoicedClient,
    body: TransactionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Transaction]:
    """Create a transaction

     Records a transaction. Give the `invoice` it settles, or only the
    `customer` for money not tied to an invoice; with an invoice, the
    customer is the invoice's, and naming another customer is answered
    with `400` naming `customer`. `amount` defaults to the invoice's
    balance when an invoice is given and is required otherwise; a charge,
    payment or refund that would take a balance of zero or less is
    answered with `400` naming `amount`. `method` defaults to `other`,
    `status` to `succeeded`, `date` to now and `currency` to the
    invoice's or `usd`; a transaction against an invoice is in the
    invoice's currency, and another one is answered with `400` naming
    `currency`. Refunds against an invoice never exceed what was paid
    on it; a refund that would is answered with `400` naming `amount`.
    A closed invoice accepts no transactions.
    `type` has no default: a request without it is answered with `400`
    `type is required` naming `type`.

    Args:
        idempotency_key (str | Unset):
        body (TransactionCreate): A new transaction. `type` is required, and so are `customer` and
            `amount` unless an `invoice` is given. A charge, payment or refund
            moves money one way, so its `amount` must be at least 0.01; only an
            adjustment may be negative (a credit) or zero.

            A request that breaks one of these rules is answered `400` and
            records nothing: without a customer or an invoice, `param` is
            `customer`; without an amount or an invoice, or a charge, payment or
            refund below 0.01, `param` is `amount`. The rules span several
            fields, so they are stated in `x-crossFieldRules` rather than in this
            schema's keywords.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
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
    body: TransactionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Transaction:
    """Create a transaction

     Records a transaction. Give the `invoice` it settles, or only the
    `customer` for money not tied to an invoice; with an invoice, the
    customer is the invoice's, and naming another customer is answered
    with `400` naming `customer`. `amount` defaults to the invoice's
    balance when an invoice is given and is required otherwise; a charge,
    payment or refund that would take a balance of zero or less is
    answered with `400` naming `amount`. `method` defaults to `other`,
    `status` to `succeeded`, `date` to now and `currency` to the
    invoice's or `usd`; a transaction against an invoice is in the
    invoice's currency, and another one is answered with `400` naming
    `currency`. Refunds against an invoice never exceed what was paid
    on it; a refund that would is answered with `400` naming `amount`.
    A closed invoice accepts no transactions.
    `type` has no default: a request without it is answered with `400`
    `type is required` naming `type`.

    Args:
        idempotency_key (str | Unset):
        body (TransactionCreate): A new transaction. `type` is required, and so are `customer` and
            `amount` unless an `invoice` is given. A charge, payment or refund
            moves money one way, so its `amount` must be at least 0.01; only an
            adjustment may be negative (a credit) or zero.

            A request that breaks one of these rules is answered `400` and
            records nothing: without a customer or an invoice, `param` is
            `customer`; without an amount or an invoice, or a charge, payment or
            refund below 0.01, `param` is `amount`. The rules span several
            fields, so they are stated in `x-crossFieldRules` rather than in this
            schema's keywords.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AsyncInvoicedClient,
    body: TransactionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Transaction]:
    """Create a transaction

     Records a transaction. Give the `invoice` it settles, or only the
    `customer` for money not tied to an invoice; with an invoice, the
    customer is the invoice's, and naming another customer is answered
    with `400` naming `customer`. `amount` defaults to the invoice's
    balance when an invoice is given and is required otherwise; a charge,
    payment or refund that would take a balance of zero or less is
    answered with `400` naming `amount`. `method` defaults to `other`,
    `status` to `succeeded`, `date` to now and `currency` to the
    invoice's or `usd`; a transaction against an invoice is in the
    invoice's currency, and another one is answered with `400` naming
    `currency`. Refunds against an invoice never exceed what was paid
    on it; a refund that would is answered with `400` naming `amount`.
    A closed invoice accepts no transactions.
    `type` has no default: a request without it is answered with `400`
    `type is required` naming `type`.

    Args:
        idempotency_key (str | Unset):
        body (TransactionCreate): A new transaction. `type` is required, and so are `customer` and
            `amount` unless an `invoice` is given. A charge, payment or refund
            moves money one way, so its `amount` must be at least 0.01; only an
            adjustment may be negative (a credit) or zero.

            A request that breaks one of these rules is answered `400` and
            records nothing: without a customer or an invoice, `param` is
            `customer`; without an amount or an invoice, or a charge, payment or
            refund below 0.01, `param` is `amount`. The rules span several
            fields, so they are stated in `x-crossFieldRules` rather than in this
            schema's keywords.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Transaction]
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
    body: TransactionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Transaction:
    """Create a transaction

     Records a transaction. Give the `invoice` it settles, or only the
    `customer` for money not tied to an invoice; with an invoice, the
    customer is the invoice's, and naming another customer is answered
    with `400` naming `customer`. `amount` defaults to the invoice's
    balance when an invoice is given and is required otherwise; a charge,
    payment or refund that would take a balance of zero or less is
    answered with `400` naming `amount`. `method` defaults to `other`,
    `status` to `succeeded`, `date` to now and `currency` to the
    invoice's or `usd`; a transaction against an invoice is in the
    invoice's currency, and another one is answered with `400` naming
    `currency`. Refunds against an invoice never exceed what was paid
    on it; a refund that would is answered with `400` naming `amount`.
    A closed invoice accepts no transactions.
    `type` has no default: a request without it is answered with `400`
    `type is required` naming `type`.

    Args:
        idempotency_key (str | Unset):
        body (TransactionCreate): A new transaction. `type` is required, and so are `customer` and
            `amount` unless an `invoice` is given. A charge, payment or refund
            moves money one way, so its `amount` must be at least 0.01; only an
            adjustment may be negative (a credit) or zero.

            A request that breaks one of these rules is answered `400` and
            records nothing: without a customer or an invoice, `param` is
            `customer`; without an amount or an invoice, or a charge, payment or
            refund below 0.01, `param` is `amount`. The rules span several
            fields, so they are stated in `x-crossFieldRules` rather than in this
            schema's keywords.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Transaction
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Transaction, _parse_response(client=client, response=response))
