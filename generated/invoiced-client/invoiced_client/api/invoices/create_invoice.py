from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.invoice import Invoice
from ...models.invoice_create import InvoiceCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InvoiceCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | Invoice | None:
    if response.status_code == 201:
        response_201 = Invoice.from_dict(response.json())

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: InvoicedClient,
    body: InvoiceCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Invoice]:
    """Create an invoice

     Issues a new invoice to a customer. Line items name their own price,
    or refer to a `catalog_item` whose name and price fill in what the
    item leaves out. `number` defaults to the next value of the invoice
    sequence (`INV-0001`, ...); a number you choose yourself is not
    checked for uniqueness, while assigned numbers never repeat within
    your business. `currency` defaults to `usd`, `date` to now, and
    `collection_mode` and `payment_terms` to the customer's. The due date
    follows from `NET n` payment terms when not given; invoices in `auto`
    collection have the terms `Auto-Charged` and no due date.

    Args:
        idempotency_key (str | Unset):
        body (InvoiceCreate): A new invoice. Only `customer` is required.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Invoice]
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
    body: InvoiceCreate,
    idempotency_key: str | Unset = UNSET,
) -> Invoice:
    """Create an invoice

     Issues a new invoice to a customer. Line items name their own price,
    or refer to a `catalog_item` whose name and price fill in what the
    item leaves out. `number` defaults to the next value of the invoice
    sequence (`INV-0001`, ...); a number you choose yourself is not
    checked for uniqueness, while assigned numbers never repeat within
    your business. `currency` defaults to `usd`, `date` to now, and
    `collection_mode` and `payment_terms` to the customer's. The due date
    follows from `NET n` payment terms when not given; invoices in `auto`
    collection have the terms `Auto-Charged` and no due date.

    Args:
        idempotency_key (str | Unset):
        body (InvoiceCreate): A new invoice. Only `customer` is required.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Invoice, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AsyncInvoicedClient,
    body: InvoiceCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Invoice]:
    """Create an invoice

     Issues a new invoice to a customer. Line items name their own price,
    or refer to a `catalog_item` whose name and price fill in what the
    item leaves out. `number` defaults to the next value of the invoice
    sequence (`INV-0001`, ...); a number you choose yourself is not
    checked for uniqueness, while assigned numbers never repeat within
    your business. `currency` defaults to `usd`, `date` to now, and
    `collection_mode` and `payment_terms` to the customer's. The due date
    follows from `NET n` payment terms when not given; invoices in `auto`
    collection have the terms `Auto-Charged` and no due date.

    Args:
        idempotency_key (str | Unset):
        body (InvoiceCreate): A new invoice. Only `customer` is required.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Invoice]
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
    body: InvoiceCreate,
    idempotency_key: str | Unset = UNSET,
) -> Invoice:
    """Create an invoice

     Issues a new invoice to a customer. Line items name their own price,
    or refer to a `catalog_item` whose name and price fill in what the
    item leaves out. `number` defaults to the next value of the invoice
    sequence (`INV-0001`, ...); a number you choose yourself is not
    checked for uniqueness, while assigned numbers never repeat within
    your business. `currency` defaults to `usd`, `date` to now, and
    `collection_mode` and `payment_terms` to the customer's. The due date
    follows from `NET n` payment terms when not given; invoices in `auto`
    collection have the terms `Auto-Charged` and no due date.

    Args:
        idempotency_key (str | Unset):
        body (InvoiceCreate): A new invoice. Only `customer` is required.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Invoice, _parse_response(client=client, response=response))
