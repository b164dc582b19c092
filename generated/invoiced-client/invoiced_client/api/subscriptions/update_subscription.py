from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import _BaseClient
from ...client import AsyncInvoicedClient, InvoicedClient
from ...models.error_object import ErrorObject
from ...models.subscription import Subscription
from ...models.subscription_update import SubscriptionUpdate
from ...types import Response


def _get_kwargs(
    subscription_id: int,
    *,
    body: SubscriptionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/subscriptions/{subscription_id}".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: _BaseClient, response: httpx.Response) -> ErrorObject | Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

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


def _build_response(*, client: _BaseClient, response: httpx.Response) -> Response[ErrorObject | Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: int,
    *,
    client: InvoicedClient,
    body: SubscriptionUpdate,
) -> Response[ErrorObject | Subscription]:
    """Update a subscription

     Changes the plan, quantity, start date or addons. Every update names
    the `plan`, even when it stays the same. Sending `addons` replaces the
    whole set. `prorate`
    (default `true`) says whether a change in the middle of a billing
    period is billed pro rata.

    Args:
        subscription_id (int): Unique integer ID of an object.
        body (SubscriptionUpdate): Changes to a subscription; `plan` is always sent, even when it
            stays
            the same.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Subscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    subscription_id: int,
    *,
    client: InvoicedClient,
    body: SubscriptionUpdate,
) -> Subscription:
    """Update a subscription

     Changes the plan, quantity, start date or addons. Every update names
    the `plan`, even when it stays the same. Sending `addons` replaces the
    whole set. `prorate`
    (default `true`) says whether a change in the middle of a billing
    period is billed pro rata.

    Args:
        subscription_id (int): Unique integer ID of an object.
        body (SubscriptionUpdate): Changes to a subscription; `plan` is always sent, even when it
            stays
            the same.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Subscription
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Subscription, _parse_response(client=client, response=response))


async def asyncio_detailed(
    subscription_id: int,
    *,
    client: AsyncInvoicedClient,
    body: SubscriptionUpdate,
) -> Response[ErrorObject | Subscription]:
    """Update a subscription

     Changes the plan, quantity, start date or addons. Every update names
    the `plan`, even when it stays the same. Sending `addons` replaces the
    whole set. `prorate`
    (default `true`) says whether a change in the middle of a billing
    period is billed pro rata.

    Args:
        subscription_id (int): Unique integer ID of an object.
        body (SubscriptionUpdate): Changes to a subscription; `plan` is always sent, even when it
            stays
            the same.

    Raises:
        errors.APIConnectionError: If no answer arrives (APITimeoutError if not within the client's timeout).

    Returns:
        Response[ErrorObject | Subscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: int,
    *,
    client: AsyncInvoicedClient,
    body: SubscriptionUpdate,
) -> Subscription:
    """Update a subscription

     Changes the plan, quantity, start date or addons. Every update names
    the `plan`, even when it stays the same. Sending `addons` replaces the
    whole set. `prorate`
    (default `true`) says whether a change in the middle of a billing
    period is billed pro rata.

    Args:
        subscription_id (int): Unique integer ID of an object.
        body (SubscriptionUpdate): Changes to a subscription; `plan` is always sent, even when it
            stays
            the same.

    Raises:
        errors.InvoicedError: If the API answers with an error: BadRequestError, NotFoundError,
            AuthenticationError, RateLimitError, APIError, ... by status; APIConnectionError if no answer arrives.

    Returns:
        Subscription
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
    )

    response = await client.request(**kwargs)
    errors.raise_for_status(response)
    return cast(Subscription, _parse_response(client=client, response=response))
