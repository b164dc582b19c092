from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.invoice import Invoice
from ...models.invoice_update import InvoiceUpdate
from ...types import Response


def _get_kwargs(
    invoice_id: int,
    *,
    body: InvoiceUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    *,
    client: InvoicedClient,
    body: InvoiceUpdate,
) -> Response[ErrorObject | Invoice]:
    """Update an invoice

     Changes the attributes you send and leaves the others as they are.
    Sending `items`, `discounts` or `taxes` replaces that whole
    collection, and the totals are computed again. The response shows
    the invoice as updated. Once transactions are recorded against an
    invoice its `currency` stays; another one is answered with `400`
    naming `currency`.

    Args:
        invoice_id (int): Unique integer ID of an object.
        body (InvoiceUpdate): The invoice attributes to change; all are optional. The customer and
            collection mode of an invoice cannot be changed.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: InvoicedClient,
    body: InvoiceUpdate,
) -> Invoice:
    """Update an invoice

     Changes the attributes you send and leaves the others as they are.
    Sending `items`, `discounts` or `taxes` replaces that whole
    collection, and the totals are computed again. The response shows
    the invoice as updated. Once transactions are recorded against an
    invoice its `currency` stays; another one is answered with `400`
    naming `currency`.

    Args:
        invoice_id (int): Unique integer ID of an object.
        body (InvoiceUpdate): The invoice attributes to change; all are optional. The customer and
            collection mode of an invoice cannot be changed.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Invoice, _parse_response(client=client, response=response))


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
    body: InvoiceUpdate,
) -> Response[ErrorObject | Invoice]:
    """Update an invoice

     Changes the attributes you send and leaves the others as they are.
    Sending `items`, `discounts` or `taxes` replaces that whole
    collection, and the totals are computed again. The response shows
    the invoice as updated. Once transactions are recorded against an
    invoice its `currency` stays; another one is answered with `400`
    naming `currency`.

    Args:
        invoice_id (int): Unique integer ID of an object.
        body (InvoiceUpdate): The invoice attributes to change; all are optional. The customer and
            collection mode of an invoice cannot be changed.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
    body: InvoiceUpdate,
) -> Invoice:
    """Update an invoice

     Changes the attributes you send and leaves the others as they are.
    Sending `items`, `discounts` or `taxes` replaces that whole
    collection, and the totals are computed again. The response shows
    the invoice as updated. Once transactions are recorded against an
    invoice its `currency` stays; another one is answered with `400`
    naming `currency`.

    Args:
        invoice_id (int): Unique integer ID of an object.
        body (InvoiceUpdate): The invoice attributes to change; all are optional. The customer and
            collection mode of an invoice cannot be changed.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Invoice, _parse_response(client=client, response=response))
