"""`client.subscriptions`.

A subscription bills a customer on a schedule according to a plan. Addons put additional catalog
items on top of the plan's price. A subscription with `cycles` set ends after that many billing
periods; without it, it renews until cancelled. Its `status` is `not_started` before `start_date`,
`finished` once every cycle has run, `past_due` while a renewal invoice is overdue, and `active`
otherwise. `renews_next` is the start of the next billing period (or `null` once finished) and
`renewed_last` the start of the current one (or `null` before the first).

Generated from the spec by codegen/ (`make client`); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import Endpoint, _path, build_body, build_query, check_choices, no_content, request_options
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.discount_input import DiscountInput
from ..models.subscription import Subscription
from ..models.subscription_addon_input import SubscriptionAddonInput
from ..models.subscription_filter import SubscriptionFilter
from ..models.tax_input import TaxInput
from ..types import NOT_GIVEN, UNSET, Body, Headers, NotGiven, Query, Unset

if TYPE_CHECKING:
    from ..params import (
        DiscountInputParam,
        ListSubscriptionsExpand,
        ListSubscriptionsSort,
        RetrieveSubscriptionExpand,
        SubscriptionAddonInputParam,
        SubscriptionFilterParam,
        TaxInputParam,
    )

__all__ = ["AsyncSubscriptions", "Subscriptions"]


def _parse_subscription(data: Any) -> Subscription:
    return Subscription.from_dict(data)


_LIST = Endpoint(
    "subscriptions.list",
    "GET",
    choices={
        "expand": ("customer",),
        "sort": (
            "id",
            "id asc",
            "id desc",
            "customer",
            "customer asc",
            "customer desc",
            "plan",
            "plan asc",
            "plan desc",
            "start_date",
            "start_date asc",
            "start_date desc",
            "quantity",
            "quantity asc",
            "quantity desc",
            "renews_next",
            "renews_next asc",
            "renews_next desc",
            "status",
            "status asc",
            "status desc",
            "created_at",
            "created_at asc",
            "created_at desc",
        ),
        "filter": {"status": ("not_started", "active", "past_due", "finished")},
    },
    deep=frozenset({"filter"}),
    csv=frozenset({"expand"}),
)
_CREATE = Endpoint(
    "subscriptions.create",
    "POST",
    choices={},
)
_RETRIEVE = Endpoint(
    "subscriptions.retrieve",
    "GET",
    choices={"expand": ("customer",)},
    csv=frozenset({"expand"}),
)
_UPDATE = Endpoint(
    "subscriptions.update",
    "PATCH",
    choices={},
)
_CANCEL = Endpoint(
    "subscriptions.cancel",
    "DELETE",
    choices={},
)


class Subscriptions(SyncAPIResource):
    """Subscriptions.

    A subscription bills a customer on a schedule according to a plan. Addons put additional catalog
    items on top of the plan's price. A subscription with `cycles` set ends after that many billing
    periods; without it, it renews until cancelled. Its `status` is `not_started` before `start_date`,
    `finished` once every cycle has run, `past_due` while a renewal invoice is overdue, and `active`
    otherwise. `renews_next` is the start of the next billing period (or `null` once finished) and
    `renewed_last` the start of the current one (or `null` before the first).
    """

    @cached_property
    def with_raw_response(self) -> SubscriptionsWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return SubscriptionsWithRawResponse(Subscriptions(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListSubscriptionsExpand] | Unset = UNSET,
        sort: ListSubscriptionsSort | Unset = UNSET,
        filter: SubscriptionFilterParam | SubscriptionFilter | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncPage[Subscription]:
        """List all subscriptions (`GET /subscriptions`).

        Returns your subscriptions a page at a time.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`. A list
                of: `customer` (sent comma-separated).
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `customer`, `customer asc`, `customer desc`, `plan`, `plan asc`, `plan desc`,
                `start_date`, `start_date asc`, `start_date desc`, `quantity`, `quantity asc`, `quantity desc`,
                `renews_next`, `renews_next asc`, `renews_next desc`, `status`, `status asc`, `status desc`,
                `created_at`, `created_at asc`, `created_at desc`.
            filter: Attributes that listed subscriptions must match exactly.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            The first page; iterate it for every Subscription across pages. Later pages are sent
            with this call's extra_headers, extra_body and timeout, and with its extra_query where the
            server's next link does not already carry the parameter.

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _LIST,
            {"expand": expand, "sort": sort, "filter": filter},
        )
        return self._page(
            _LIST,
            "/subscriptions",
            params=build_query(
                _LIST, {"page": page, "per_page": per_page, "expand": expand, "sort": sort, "filter": filter}
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Subscription.from_dict,
        )

    def create(
        self,
        *,
        customer: int,
        plan: str,
        start_date: int | Unset = UNSET,
        quantity: int | Unset = UNSET,
        cycles: int | None | Unset = UNSET,
        discounts: Sequence[DiscountInputParam | DiscountInput] | Unset = UNSET,
        taxes: Sequence[TaxInputParam | TaxInput] | Unset = UNSET,
        addons: Sequence[SubscriptionAddonInputParam | SubscriptionAddonInput] | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Subscription:
        """Create a subscription (`POST /subscriptions`).

        Starts billing a customer for a plan, optionally with addons.
        `start_date` defaults to now and `quantity` to 1; leaving `cycles`
        out makes the subscription run until cancelled. A `plan` or addon
        `catalog_item` that does not exist is answered with `400` naming it.

        Args:
            customer: ID of the customer to bill.
            plan: ID of the plan to bill.
            start_date: When billing starts, as a UNIX timestamp.
            quantity: How many units of the plan to bill.
            cycles: Billing periods to run for; `null` or left out runs until cancelled.
            discounts: Discounts applied to every invoice the subscription produces.
            taxes: Taxes applied to every invoice the subscription produces.
            addons: Catalog items billed with the plan each period.
            idempotency_key: Makes the request safe to retry: a repeat with the same key and body returns
                the first response without doing the work again, and a repeat with a different body is refused
                with `400`. The client sends a fresh one with every POST and reuses it on retries; pass your own
                to repeat a request safely across runs.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Subscription

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            PayloadTooLargeError: The request body is larger than the size limit that the Limits section of
                the overview gives.
            UnsupportedMediaTypeError: The request body is neither JSON nor form-encoded.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            APIConnectionError: When no answer arrives.
        """
        return self._request(
            _CREATE,
            "/subscriptions",
            json=build_body(
                {
                    "customer": customer,
                    "plan": plan,
                    "start_date": start_date,
                    "quantity": quantity,
                    "cycles": cycles,
                    "discounts": discounts,
                    "taxes": taxes,
                    "addons": addons,
                },
                frozenset({"discounts", "taxes", "addons"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_subscription,
        )

    def retrieve(
        self,
        subscription_id: int,
        *,
        expand: Sequence[RetrieveSubscriptionExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Subscription:
        """Retrieve a subscription (`GET /subscriptions/{subscription_id}`).

        Fetches one subscription by ID.

        Args:
            subscription_id: The subscription's ID.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`. A list
                of: `customer` (sent comma-separated).
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Subscription

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            NotFoundError: No object with this ID exists for this API key.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _RETRIEVE,
            {"expand": expand},
        )
        return self._request(
            _RETRIEVE,
            f"/subscriptions/{_path(subscription_id)}",
            params=build_query(_RETRIEVE, {"expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_subscription,
        )

    def update(
        self,
        subscription_id: int,
        *,
        plan: str,
        start_date: int | Unset = UNSET,
        quantity: int | Unset = UNSET,
        addons: Sequence[SubscriptionAddonInputParam | SubscriptionAddonInput] | Unset = UNSET,
        prorate: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Subscription:
        """Update a subscription (`PATCH /subscriptions/{subscription_id}`).

        Changes the plan, quantity, start date or addons. Every update names
        the `plan`, even when it stays the same. Sending `addons` replaces the
        whole set. `prorate`
        (default `true`) says whether a change in the middle of a billing
        period is billed pro rata.

        Args:
            subscription_id: The subscription's ID.
            plan: ID of the plan to bill.
            start_date: When billing starts, as a UNIX timestamp.
            quantity: How many units of the plan to bill.
            addons: Catalog items billed with the plan each period.
            prorate: Bill a change in the middle of a period pro rata.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Subscription

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            NotFoundError: No object with this ID exists for this API key.
            PayloadTooLargeError: The request body is larger than the size limit that the Limits section of
                the overview gives.
            UnsupportedMediaTypeError: The request body is neither JSON nor form-encoded.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            APIConnectionError: When no answer arrives.
        """
        return self._request(
            _UPDATE,
            f"/subscriptions/{_path(subscription_id)}",
            json=build_body(
                {"plan": plan, "start_date": start_date, "quantity": quantity, "addons": addons, "prorate": prorate},
                frozenset({"addons"}),
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_subscription,
        )

    def cancel(
        self,
        subscription_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Cancel a subscription (`DELETE /subscriptions/{subscription_id}`).

        Stops the subscription at once; no further renewals are billed.
        Invoices it already produced stay. A cancelled subscription is gone
        from the API: retrieving, updating or cancelling it again is
        answered with `404`.

        Args:
            subscription_id: The subscription's ID.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            None

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            NotFoundError: No object with this ID exists for this API key.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            APIConnectionError: When no answer arrives.
        """
        return self._request(
            _CANCEL,
            f"/subscriptions/{_path(subscription_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )


class AsyncSubscriptions(AsyncAPIResource):
    """Subscriptions, for asyncio.

    A subscription bills a customer on a schedule according to a plan. Addons put additional catalog
    items on top of the plan's price. A subscription with `cycles` set ends after that many billing
    periods; without it, it renews until cancelled. Its `status` is `not_started` before `start_date`,
    `finished` once every cycle has run, `past_due` while a renewal invoice is overdue, and `active`
    otherwise. `renews_next` is the start of the next billing period (or `null` once finished) and
    `renewed_last` the start of the current one (or `null` before the first).
    """

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return AsyncSubscriptionsWithRawResponse(AsyncSubscriptions(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListSubscriptionsExpand] | Unset = UNSET,
        sort: ListSubscriptionsSort | Unset = UNSET,
        filter: SubscriptionFilterParam | SubscriptionFilter | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Subscription]:
        """List all subscriptions (`GET /subscriptions`).

        Returns your subscriptions a page at a time.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`. A list
                of: `customer` (sent comma-separated).
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `customer`, `customer asc`, `customer desc`, `plan`, `plan asc`, `plan desc`,
                `start_date`, `start_date asc`, `start_date desc`, `quantity`, `quantity asc`, `quantity desc`,
                `renews_next`, `renews_next asc`, `renews_next desc`, `status`, `status asc`, `status desc`,
                `created_at`, `created_at asc`, `created_at desc`.
            filter: Attributes that listed subscriptions must match exactly.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Await it for the first page; `async for` over it for every Subscription across pages.
            Later pages are sent with this call's extra_headers, extra_body and timeout, and with its
            extra_query where the server's next link does not already carry the parameter.

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _LIST,
            {"expand": expand, "sort": sort, "filter": filter},
        )
        return self._page(
            _LIST,
            "/subscriptions",
            params=build_query(
                _LIST, {"page": page, "per_page": per_page, "expand": expand, "sort": sort, "filter": filter}
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Subscription.from_dict,
        )

    async def create(
        self,
        *,
        customer: int,
        plan: str,
        start_date: int | Unset = UNSET,
        quantity: int | Unset = UNSET,
        cycles: int | None | Unset = UNSET,
        discounts: Sequence[DiscountInputParam | DiscountInput] | Unset = UNSET,
        taxes: Sequence[TaxInputParam | TaxInput] | Unset = UNSET,
        addons: Sequence[SubscriptionAddonInputParam | SubscriptionAddonInput] | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Subscription:
        """Create a subscription (`POST /subscriptions`).

        Starts billing a customer for a plan, optionally with addons.
        `start_date` defaults to now and `quantity` to 1; leaving `cycles`
        out makes the subscription run until cancelled. A `plan` or addon
        `catalog_item` that does not exist is answered with `400` naming it.

        Args:
            customer: ID of the customer to bill.
            plan: ID of the plan to bill.
            start_date: When billing starts, as a UNIX timestamp.
            quantity: How many units of the plan to bill.
            cycles: Billing periods to run for; `null` or left out runs until cancelled.
            discounts: Discounts applied to every invoice the subscription produces.
            taxes: Taxes applied to every invoice the subscription produces.
            addons: Catalog items billed with the plan each period.
            idempotency_key: Makes the request safe to retry: a repeat with the same key and body returns
                the first response without doing the work again, and a repeat with a different body is refused
                with `400`. The client sends a fresh one with every POST and reuses it on retries; pass your own
                to repeat a request safely across runs.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Subscription

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            PayloadTooLargeError: The request body is larger than the size limit that the Limits section of
                the overview gives.
            UnsupportedMediaTypeError: The request body is neither JSON nor form-encoded.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            APIConnectionError: When no answer arrives.
        """
        return await self._request(
            _CREATE,
            "/subscriptions",
            json=build_body(
                {
                    "customer": customer,
                    "plan": plan,
                    "start_date": start_date,
                    "quantity": quantity,
                    "cycles": cycles,
                    "discounts": discounts,
                    "taxes": taxes,
                    "addons": addons,
                },
                frozenset({"discounts", "taxes", "addons"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_subscription,
        )

    async def retrieve(
        self,
        subscription_id: int,
        *,
        expand: Sequence[RetrieveSubscriptionExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Subscription:
        """Retrieve a subscription (`GET /subscriptions/{subscription_id}`).

        Fetches one subscription by ID.

        Args:
            subscription_id: The subscription's ID.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`. A list
                of: `customer` (sent comma-separated).
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Subscription

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            NotFoundError: No object with this ID exists for this API key.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _RETRIEVE,
            {"expand": expand},
        )
        return await self._request(
            _RETRIEVE,
            f"/subscriptions/{_path(subscription_id)}",
            params=build_query(_RETRIEVE, {"expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_subscription,
        )

    async def update(
        self,
        subscription_id: int,
        *,
        plan: str,
        start_date: int | Unset = UNSET,
        quantity: int | Unset = UNSET,
        addons: Sequence[SubscriptionAddonInputParam | SubscriptionAddonInput] | Unset = UNSET,
        prorate: bool | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Subscription:
        """Update a subscription (`PATCH /subscriptions/{subscription_id}`).

        Changes the plan, quantity, start date or addons. Every update names
        the `plan`, even when it stays the same. Sending `addons` replaces the
        whole set. `prorate`
        (default `true`) says whether a change in the middle of a billing
        period is billed pro rata.

        Args:
            subscription_id: The subscription's ID.
            plan: ID of the plan to bill.
            start_date: When billing starts, as a UNIX timestamp.
            quantity: How many units of the plan to bill.
            addons: Catalog items billed with the plan each period.
            prorate: Bill a change in the middle of a period pro rata.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Subscription

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            NotFoundError: No object with this ID exists for this API key.
            PayloadTooLargeError: The request body is larger than the size limit that the Limits section of
                the overview gives.
            UnsupportedMediaTypeError: The request body is neither JSON nor form-encoded.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            APIConnectionError: When no answer arrives.
        """
        return await self._request(
            _UPDATE,
            f"/subscriptions/{_path(subscription_id)}",
            json=build_body(
                {"plan": plan, "start_date": start_date, "quantity": quantity, "addons": addons, "prorate": prorate},
                frozenset({"addons"}),
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_subscription,
        )

    async def cancel(
        self,
        subscription_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Cancel a subscription (`DELETE /subscriptions/{subscription_id}`).

        Stops the subscription at once; no further renewals are billed.
        Invoices it already produced stay. A cancelled subscription is gone
        from the API: retrieving, updating or cancelling it again is
        answered with `404`.

        Args:
            subscription_id: The subscription's ID.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            None

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            NotFoundError: No object with this ID exists for this API key.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            APIConnectionError: When no answer arrives.
        """
        return await self._request(
            _CANCEL,
            f"/subscriptions/{_path(subscription_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )


class SubscriptionsWithRawResponse:
    """`client.subscriptions.with_raw_response`: each method answers an `APIResponse`."""

    def __init__(self, subscriptions: Subscriptions) -> None:
        self.list = to_raw_response_wrapper(subscriptions.list)
        self.create = to_raw_response_wrapper(subscriptions.create)
        self.retrieve = to_raw_response_wrapper(subscriptions.retrieve)
        self.update = to_raw_response_wrapper(subscriptions.update)
        self.cancel = to_raw_response_wrapper(subscriptions.cancel)


class AsyncSubscriptionsWithRawResponse:
    """`client.subscriptions.with_raw_response` of the asyncio client: each method answers an `APIResponse`."""

    def __init__(self, subscriptions: AsyncSubscriptions) -> None:
        self.list = async_to_raw_response_wrapper(subscriptions.list)
        self.create = async_to_raw_response_wrapper(subscriptions.create)
        self.retrieve = async_to_raw_response_wrapper(subscriptions.retrieve)
        self.update = async_to_raw_response_wrapper(subscriptions.update)
        self.cancel = async_to_raw_response_wrapper(subscriptions.cancel)


# Which operation of the spec each method sends, for tests and tooling.
OPERATIONS = {
    "list": "listSubscriptions",
    "create": "createSubscription",
    "retrieve": "retrieveSubscription",
    "update": "updateSubscription",
    "cancel": "cancelSubscription",
}
