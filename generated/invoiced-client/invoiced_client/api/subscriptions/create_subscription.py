from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.subscription import Subscription
from ...models.subscription_create import SubscriptionCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubscriptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | Subscription | None:
    if response.status_code == 201:
        response_201 = Subscription.from_dict(response.json())

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: InvoicedClient,
    body: SubscriptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Subscription]:
    """Create a subscription

     Starts billing a customer for a plan, optionally with addons.
    `start_date` defaults to now and `quantity` to 1; leaving `cycles`
    out makes the subscription run until cancelled. A `plan` or addon
    `catalog_item` that does not exist is answered with `400` naming it.

    Args:
        idempotency_key (str | Unset):
        body (SubscriptionCreate): A new subscription. `customer` and `plan` are required.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Subscription]
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
    body: SubscriptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Subscription:
    """Create a subscription

     Starts billing a customer for a plan, optionally with addons.
    `start_date` defaults to now and `quantity` to 1; leaving `cycles`
    out makes the subscription run until cancelled. A `plan` or addon
    `catalog_item` that does not exist is answered with `400` naming it.

    Args:
        idempotency_key (str | Unset):
        body (SubscriptionCreate): A new subscription. `customer` and `plan` are required.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Subscription
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Subscription, _parse_response(client=client, response=response))


async def asyncio_detailed(
    *,
    client: AsyncInvoicedClient,
    body: SubscriptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorObject | Subscription]:
    """Create a subscription

     Starts billing a customer for a plan, optionally with addons.
    `start_date` defaults to now and `quantity` to 1; leaving `cycles`
    out makes the subscription run until cancelled. A `plan` or addon
    `catalog_item` that does not exist is answered with `400` naming it.

    Args:
        idempotency_key (str | Unset):
        body (SubscriptionCreate): A new subscription. `customer` and `plan` are required.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Subscription]
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
    body: SubscriptionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Subscription:
    """Create a subscription

     Starts billing a customer for a plan, optionally with addons.
    `start_date` defaults to now and `quantity` to 1; leaving `cycles`
    out makes the subscription run until cancelled. A `plan` or addon
    `catalog_item` that does not exist is answered with `400` naming it.

    Args:
        idempotency_key (str | Unset):
        body (SubscriptionCreate): A new subscription. `customer` and `plan` are required.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Subscription
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Subscription, _parse_response(client=client, response=response))
