from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.invoice import Invoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/pay".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

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
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Invoice]:
    """Pay an invoice

     Charges the invoice's balance to the customer's payment source right
    away, instead of waiting for the next scheduled attempt. On success
    a `charge` transaction is recorded against the invoice and the paid
    invoice is returned. Only invoices in `auto` collection can be
    charged, and only when the customer has a payment source; a draft,
    closed or already paid invoice cannot be charged either. Each of
    these cases is answered with `400` and a message saying which.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: InvoicedClient,
    idempotency_key: str | Unset = UNSET,
) -> Invoice:
    """Pay an invoice

     Charges the invoice's balance to the customer's payment source right
    away, instead of waiting for the next scheduled attempt. On success
    a `charge` transaction is recorded against the invoice and the paid
    invoice is returned. Only invoices in `auto` collection can be
    charged, and only when the customer has a payment source; a draft,
    closed or already paid invoice cannot be charged either. Each of
    these cases is answered with `400` and a message saying which.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Invoice, _parse_response(client=client, response=response))


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Invoice]:
    """Pay an invoice

     Charges the invoice's balance to the customer's payment source right
    away, instead of waiting for the next scheduled attempt. On success
    a `charge` transaction is recorded against the invoice and the paid
    invoice is returned. Only invoices in `auto` collection can be
    charged, and only when the customer has a payment source; a draft,
    closed or already paid invoice cannot be charged either. Each of
    these cases is answered with `400` and a message saying which.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
    idempotency_key: str | Unset = UNSET,
) -> Invoice:
    """Pay an invoice

     Charges the invoice's balance to the customer's payment source right
    away, instead of waiting for the next scheduled attempt. On success
    a `charge` transaction is recorded against the invoice and the paid
    invoice is returned. Only invoices in `auto` collection can be
    charged, and only when the customer has a payment source; a draft,
    closed or already paid invoice cannot be charged either. Each of
    these cases is answered with `400` and a message saying which.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Invoice, _parse_response(client=client, response=response))
