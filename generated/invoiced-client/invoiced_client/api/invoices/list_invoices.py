from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.invoice import Invoice
from ...models.invoice_filter import InvoiceFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    expand: str | Unset = UNSET,
    sort: str | Unset = "id asc",
    filter: InvoiceFilter | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["expand"] = expand

    params["sort"] = sort

    json_filter: dict[str, Any] | Unset = UNSET
    if not isinstance(filter, Unset):
        json_filter = filter.to_dict()
    if not isinstance(json_filter, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter.items()})

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | list[Invoice] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Invoice.from_dict(response_200_item_data)

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | list[Invoice]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: InvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    expand: str | Unset = UNSET,
    sort: str | Unset = "id asc",
    filter: InvoiceFilter | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Response[ErrorObject | list[Invoice]]:
    """List all invoices

     Returns your invoices a page at a time. `start_date` and `end_date`
    narrow the list to invoices dated within that range, both ends
    included.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        expand (str | Unset):
        sort (str | Unset):  Default: 'id asc'.
        filter (InvoiceFilter | Unset): Invoice attributes to match exactly.
        start_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).
        end_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | list[Invoice]]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        expand=expand,
        sort=sort,
        filter=filter,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: InvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    expand: str | Unset = UNSET,
    sort: str | Unset = "id asc",
    filter: InvoiceFilter | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> list[Invoice]:
    """List all invoices

     Returns your invoices a page at a time. `start_date` and `end_date`
    narrow the list to invoices dated within that range, both ends
    included.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        expand (str | Unset):
        sort (str | Unset):  Default: 'id asc'.
        filter (InvoiceFilter | Unset): Invoice attributes to match exactly.
        start_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).
        end_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        list[Invoice]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        expand=expand,
        sort=sort,
        filter=filter,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(list[Invoice], _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AsyncInvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    expand: str | Unset = UNSET,
    sort: str | Unset = "id asc",
    filter: InvoiceFilter | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> Response[ErrorObject | list[Invoice]]:
    """List all invoices

     Returns your invoices a page at a time. `start_date` and `end_date`
    narrow the list to invoices dated within that range, both ends
    included.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        expand (str | Unset):
        sort (str | Unset):  Default: 'id asc'.
        filter (InvoiceFilter | Unset): Invoice attributes to match exactly.
        start_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).
        end_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | list[Invoice]]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        expand=expand,
        sort=sort,
        filter=filter,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncInvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    expand: str | Unset = UNSET,
    sort: str | Unset = "id asc",
    filter: InvoiceFilter | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
) -> list[Invoice]:
    """List all invoices

     Returns your invoices a page at a time. `start_date` and `end_date`
    narrow the list to invoices dated within that range, both ends
    included.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        expand (str | Unset):
        sort (str | Unset):  Default: 'id asc'.
        filter (InvoiceFilter | Unset): Invoice attributes to match exactly.
        start_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).
        end_date (int | Unset): A point in time as a UNIX timestamp (seconds since 1970-01-01
            UTC).

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        list[Invoice]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        expand=expand,
        sort=sort,
        filter=filter,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(list[Invoice], _parse_response(client=client, response=response))
