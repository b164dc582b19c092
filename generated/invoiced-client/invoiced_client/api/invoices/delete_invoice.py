from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...types import Response


def _get_kwargs(
    invoice_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> Any | ErrorObject | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[Any | ErrorObject]:
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
) -> Response[Any | ErrorObject]:
    """Delete an invoice

     Removes an invoice for good, together with the transactions recorded
    against it.

    Args:
        invoice_id (int): Unique integer ID of an object.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Any | ErrorObject]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: InvoicedClient,
) -> None:
    """Delete an invoice

     Removes an invoice for good, together with the transactions recorded
    against it.

    Args:
        invoice_id (int): Unique integer ID of an object.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
) -> Response[Any | ErrorObject]:
    """Delete an invoice

     Removes an invoice for good, together with the transactions recorded
    against it.

    Args:
        invoice_id (int): Unique integer ID of an object.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[Any | ErrorObject]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AsyncInvoicedClient,
) -> None:
    """Delete an invoice

     Removes an invoice for good, together with the transactions recorded
    against it.

    Args:
        invoice_id (int): Unique integer ID of an object.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
