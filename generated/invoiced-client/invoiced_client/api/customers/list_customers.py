from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.customer import Customer
from ...models.customer_filter import CustomerFilter
from ...models.error_object import ErrorObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    sort: str | Unset = "id asc",
    filter: CustomerFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["sort"] = sort

    json_filter: dict[str, Any] | Unset = UNSET
    if not isinstance(filter, Unset):
        json_filter = filter.to_dict()
    if not isinstance(json_filter, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | list[Customer] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Customer.from_dict(response_200_item_data)

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | list[Customer]]:
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
    sort: str | Unset = "id asc",
    filter: CustomerFilter | Unset = UNSET,
) -> Response[ErrorObject | list[Customer]]:
    """List all customers

     Returns your customers a page at a time. Customers have no
    relations to expand.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        sort (str | Unset):  Default: 'id asc'.
        filter (CustomerFilter | Unset): Customer attributes to match exactly.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | list[Customer]]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        filter=filter,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: InvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    sort: str | Unset = "id asc",
    filter: CustomerFilter | Unset = UNSET,
) -> list[Customer]:
    """List all customers

     Returns your customers a page at a time. Customers have no
    relations to expand.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        sort (str | Unset):  Default: 'id asc'.
        filter (CustomerFilter | Unset): Customer attributes to match exactly.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        list[Customer]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        filter=filter,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(list[Customer], _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AsyncInvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    sort: str | Unset = "id asc",
    filter: CustomerFilter | Unset = UNSET,
) -> Response[ErrorObject | list[Customer]]:
    """List all customers

     Returns your customers a page at a time. Customers have no
    relations to expand.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        sort (str | Unset):  Default: 'id asc'.
        filter (CustomerFilter | Unset): Customer attributes to match exactly.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | list[Customer]]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        filter=filter,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncInvoicedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
    sort: str | Unset = "id asc",
    filter: CustomerFilter | Unset = UNSET,
) -> list[Customer]:
    """List all customers

     Returns your customers a page at a time. Customers have no
    relations to expand.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.
        sort (str | Unset):  Default: 'id asc'.
        filter (CustomerFilter | Unset): Customer attributes to match exactly.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        list[Customer]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        sort=sort,
        filter=filter,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(list[Customer], _parse_response(client=client, response=response))
