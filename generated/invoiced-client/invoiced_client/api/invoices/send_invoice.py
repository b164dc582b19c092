from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.email import Email
from ...models.email_request import EmailRequest
from ...models.error_object import ErrorObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: int,
    *,
    body: EmailRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/emails".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | list[Email] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Email.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | list[Email]]:
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
    body: EmailRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | list[Email]]:
    """Send an invoice

     Emails the invoice to the customer and marks it as sent. It needs a
    recipient: without `to`, it goes to the customer's own email address,
    and a customer without one gets a `400` naming `to`, so pass `to` for
    such a customer. Drafts cannot be sent. One
    email is returned per recipient; a successful answer means the
    emails were queued for delivery.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (EmailRequest | Unset): Who to email and what to say. All optional, as long as there
            is a
            recipient: `to`, or else the customer's own email address.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | list[Email]]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: InvoicedClient,
    body: EmailRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> list[Email]:
    """Send an invoice

     Emails the invoice to the customer and marks it as sent. It needs a
    recipient: without `to`, it goes to the customer's own email address,
    and a customer without one gets a `400` naming `to`, so pass `to` for
    such a customer. Drafts cannot be sent. One
    email is returned per recipient; a successful answer means the
    emails were queued for delivery.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (EmailRequest | Unset): Who to email and what to say. All optional, as long as there
            is a
            recipient: `to`, or else the customer's own email address.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        list[Email]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(list[Email], _parse_response(client=client, response=response))


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
    body: EmailRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | list[Email]]:
    """Send an invoice

     Emails the invoice to the customer and marks it as sent. It needs a
    recipient: without `to`, it goes to the customer's own email address,
    and a customer without one gets a `400` naming `to`, so pass `to` for
    such a customer. Drafts cannot be sent. One
    email is returned per recipient; a successful answer means the
    emails were queued for delivery.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (EmailRequest | Unset): Who to email and what to say. All optional, as long as there
            is a
            recipient: `to`, or else the customer's own email address.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | list[Email]]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
    body: EmailRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> list[Email]:
    """Send an invoice

     Emails the invoice to the customer and marks it as sent. It needs a
    recipient: without `to`, it goes to the customer's own email address,
    and a customer without one gets a `400` naming `to`, so pass `to` for
    such a customer. Drafts cannot be sent. One
    email is returned per recipient; a successful answer means the
    emails were queued for delivery.

    Args:
        invoice_id (int): Unique integer ID of an object.
        idempotency_key (str | Unset):
        body (EmailRequest | Unset): Who to email and what to say. All optional, as long as there
            is a
            recipient: `to`, or else the customer's own email address.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        list[Email]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(list[Email], _parse_response(client=client, response=response))
