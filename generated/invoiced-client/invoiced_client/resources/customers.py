"""`client.customers`.

A customer is whoever you bill: a company or a person. Customers settle invoices in one of two
collection modes. In `auto` mode, invoices are charged to the customer's payment source, a debit or
credit card attached with a Stripe token. In `manual` mode the customer pays each invoice by any
method you accept, within the invoice's payment terms.

Generated from the spec by codegen/ (`make client`); do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .._base_client import Endpoint, _path, build_body, build_query, check_choices, no_content, request_options
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.balance import Balance
from ..models.customer import Customer
from ..models.customer_filter import CustomerFilter
from ..models.email import Email
from ..models.email_recipient import EmailRecipient
from ..models.subscription import Subscription
from ..types import NOT_GIVEN, UNSET, Body, Headers, NotGiven, Query, Unset

if TYPE_CHECKING:
    from ..params import CustomerFilterParam, EmailRecipientParam, ListCustomersSort, ListCustomerSubscriptionsExpand

__all__ = ["AsyncCustomers", "Customers"]


def _parse_customer(data: Any) -> Customer:
    return Customer.from_dict(data)


def _parse_balance(data: Any) -> Balance:
    return Balance.from_dict(data)


def _parse_email_list(data: Any) -> builtins.list[Email]:
    return [Email.from_dict(item) for item in data]


_LIST = Endpoint(
    "customers.list",
    "GET",
    choices={
        "sort": (
            "id",
            "id asc",
            "id desc",
            "name",
            "name asc",
            "name desc",
            "number",
            "number asc",
            "number desc",
            "email",
            "email asc",
            "email desc",
            "type",
            "type asc",
            "type desc",
            "collection_mode",
            "collection_mode asc",
            "collection_mode desc",
            "country",
            "country asc",
            "country desc",
            "created_at",
            "created_at asc",
            "created_at desc",
        ),
        "filter": {"type": ("company", "person"), "collection_mode": ("auto", "manual")},
    },
    deep=frozenset({"filter"}),
)
_CREATE = Endpoint(
    "customers.create",
    "POST",
    choices={"type": ("company", "person"), "collection_mode": ("auto", "manual")},
)
_RETRIEVE = Endpoint(
    "customers.retrieve",
    "GET",
    choices={},
)
_UPDATE = Endpoint(
    "customers.update",
    "PATCH",
    choices={"type": ("company", "person"), "collection_mode": ("auto", "manual")},
)
_DELETE = Endpoint(
    "customers.delete",
    "DELETE",
    choices={},
)
_LIST_SUBSCRIPTIONS = Endpoint(
    "customers.list_subscriptions",
    "GET",
    choices={"expand": ("customer",)},
    csv=frozenset({"expand"}),
)
_RETRIEVE_BALANCE = Endpoint(
    "customers.retrieve_balance",
    "GET",
    choices={},
)
_SEND_STATEMENT = Endpoint(
    "customers.send_statement",
    "POST",
    choices={},
)


class Customers(SyncAPIResource):
    """Customers.

    A customer is whoever you bill: a company or a person. Customers settle invoices in one of two
    collection modes. In `auto` mode, invoices are charged to the customer's payment source, a debit or
    credit card attached with a Stripe token. In `manual` mode the customer pays each invoice by any
    method you accept, within the invoice's payment terms.
    """

    @cached_property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return CustomersWithRawResponse(Customers(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: ListCustomersSort | Unset = UNSET,
        filter: CustomerFilterParam | CustomerFilter | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncPage[Customer]:
        """List all customers (`GET /customers`).

        Returns your customers a page at a time. Customers have no
        relations to expand.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `name`, `name asc`, `name desc`, `number`, `number asc`, `number desc`, `email`, `email
                asc`, `email desc`, `type`, `type asc`, `type desc`, `collection_mode`, `collection_mode asc`,
                `collection_mode desc`, `country`, `country asc`, `country desc`, `created_at`, `created_at
                asc`, `created_at desc`.
            filter: Attributes that listed customers must match exactly.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            The first page; iterate it for every Customer across pages. Later pages are sent
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
            {"sort": sort, "filter": filter},
        )
        return self._page(
            _LIST,
            "/customers",
            params=build_query(_LIST, {"page": page, "per_page": per_page, "sort": sort, "filter": filter}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Customer.from_dict,
        )

    def create(
        self,
        *,
        name: str,
        number: str | Unset = UNSET,
        type: Literal["company", "person"] | Unset = UNSET,
        email: str | None | Unset = UNSET,
        collection_mode: Literal["auto", "manual"] | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        stripe_token: str | Unset = UNSET,
        attention_to: str | None | Unset = UNSET,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        tax_id: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        other_phone: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Customer:
        """Create a customer (`POST /customers`).

        Adds a customer to your business. Only `name` is needed; a `number`
        is assigned from the next value of the customer sequence
        (`CUST-0001`, `CUST-0002`, ...) when you do not choose one. A number
        you choose yourself is not checked for uniqueness, while assigned
        numbers never repeat within your business. Passing a
        `stripe_token` attaches that card as the customer's payment source.

        Args:
            name: The customer's name.
            number: Your reference number for the customer.
            type: Whether the customer is an organisation or an individual.
            email: Where invoices, statements and receipts are emailed.
            collection_mode: How invoices are collected: `auto` charges the payment source, `manual` waits
                for the customer to pay.
            payment_terms: Terms for `manual` collection, such as `NET 30`.
            stripe_token: A card tokenised by Stripe. It sets the customer's payment source.
            attention_to: Name for the ATTN line of a company's address.
            address1: First line of the address.
            address2: Second line of the address.
            city: City.
            state: State or province.
            postal_code: ZIP or postal code.
            country: Two-letter ISO 3166-1 alpha-2 code of the customer's country.
            tax_id: Tax ID printed on documents.
            phone: Phone number.
            other_phone: Second phone number.
            notes: Private notes, never shown to the customer.
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
            Customer

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            PayloadTooLargeError: The request body is larger than the size limit that the Limits section of
                the overview gives.
            UnsupportedMediaTypeError: The request body is neither JSON nor form-encoded.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _CREATE,
            {"type": type, "collection_mode": collection_mode},
        )
        return self._request(
            _CREATE,
            "/customers",
            json=build_body(
                {
                    "name": name,
                    "number": number,
                    "type": type,
                    "email": email,
                    "collection_mode": collection_mode,
                    "payment_terms": payment_terms,
                    "stripe_token": stripe_token,
                    "attention_to": attention_to,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "state": state,
                    "postal_code": postal_code,
                    "country": country,
                    "tax_id": tax_id,
                    "phone": phone,
                    "other_phone": other_phone,
                    "notes": notes,
                },
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_customer,
        )

    def retrieve(
        self,
        customer_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Customer:
        """Retrieve a customer (`GET /customers/{customer_id}`).

        Fetches one customer by ID.

        Args:
            customer_id: The customer's ID.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Customer

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
            _RETRIEVE,
            f"/customers/{_path(customer_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_customer,
        )

    def update(
        self,
        customer_id: int,
        *,
        name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["company", "person"] | Unset = UNSET,
        email: str | None | Unset = UNSET,
        collection_mode: Literal["auto", "manual"] | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        stripe_token: str | Unset = UNSET,
        attention_to: str | None | Unset = UNSET,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        tax_id: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        other_phone: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Customer:
        """Update a customer (`PATCH /customers/{customer_id}`).

        Changes the attributes you send and leaves the others as they are.
        Send `null` to clear an optional attribute. A `stripe_token`
        replaces the customer's payment source.

        Args:
            customer_id: The customer's ID.
            name: The customer's name.
            number: Your reference number for the customer.
            type: Whether the customer is an organisation or an individual.
            email: Where invoices, statements and receipts are emailed.
            collection_mode: How invoices are collected: `auto` charges the payment source, `manual` waits
                for the customer to pay.
            payment_terms: Terms for `manual` collection, such as `NET 30`.
            stripe_token: A card tokenised by Stripe. It sets the customer's payment source.
            attention_to: Name for the ATTN line of a company's address.
            address1: First line of the address.
            address2: Second line of the address.
            city: City.
            state: State or province.
            postal_code: ZIP or postal code.
            country: Two-letter ISO 3166-1 alpha-2 code of the customer's country.
            tax_id: Tax ID printed on documents.
            phone: Phone number.
            other_phone: Second phone number.
            notes: Private notes, never shown to the customer.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Customer

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
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _UPDATE,
            {"type": type, "collection_mode": collection_mode},
        )
        return self._request(
            _UPDATE,
            f"/customers/{_path(customer_id)}",
            json=build_body(
                {
                    "name": name,
                    "number": number,
                    "type": type,
                    "email": email,
                    "collection_mode": collection_mode,
                    "payment_terms": payment_terms,
                    "stripe_token": stripe_token,
                    "attention_to": attention_to,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "state": state,
                    "postal_code": postal_code,
                    "country": country,
                    "tax_id": tax_id,
                    "phone": phone,
                    "other_phone": other_phone,
                    "notes": notes,
                },
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_customer,
        )

    def delete(
        self,
        customer_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a customer (`DELETE /customers/{customer_id}`).

        Removes a customer for good, together with its invoices,
        transactions and subscriptions.

        Args:
            customer_id: The customer's ID.
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
            _DELETE,
            f"/customers/{_path(customer_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )

    def list_subscriptions(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListCustomerSubscriptionsExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncPage[Subscription]:
        """List a customer's subscriptions (`GET /customers/{customer_id}/subscriptions`).

        Returns the subscriptions that bill this customer, a page at a time,
        ordered by ID.

        Args:
            customer_id: The customer's ID.
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`. A list
                of: `customer` (sent comma-separated).
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
            NotFoundError: No object with this ID exists for this API key.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _LIST_SUBSCRIPTIONS,
            {"expand": expand},
        )
        return self._page(
            _LIST_SUBSCRIPTIONS,
            f"/customers/{_path(customer_id)}/subscriptions",
            params=build_query(_LIST_SUBSCRIPTIONS, {"page": page, "per_page": per_page, "expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Subscription.from_dict,
        )

    def retrieve_balance(
        self,
        customer_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Balance:
        """Get a customer's current balance (`GET /customers/{customer_id}/balance`).

        Works out what the customer owes right now from their open invoices
        and how much credit they hold.

        Args:
            customer_id: The customer's ID.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Balance

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
            _RETRIEVE_BALANCE,
            f"/customers/{_path(customer_id)}/balance",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_balance,
        )

    def send_statement(
        self,
        customer_id: int,
        *,
        to: Sequence[EmailRecipientParam | EmailRecipient] | Unset = UNSET,
        bcc: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> builtins.list[Email]:
        """Send a statement (`POST /customers/{customer_id}/emails`).

        Emails the customer a PDF statement of their account. It needs a
        recipient: without `to`, the statement goes to the customer's own
        email address, and a customer without one gets a `400` naming `to`,
        so pass `to` for such a customer. One email is returned
        per recipient. A successful answer means the emails were queued for
        delivery.

        Args:
            customer_id: The customer's ID.
            to: Recipients; the customer's own address when left out, so required for a customer without
                one.
            bcc: Comma-separated addresses to blind-copy.
            subject: Subject line; the template's when left out.
            message: Body text; the template's when left out.
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
            builtins.list[Email]

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
            _SEND_STATEMENT,
            f"/customers/{_path(customer_id)}/emails",
            json=build_body(
                {"to": to, "bcc": bcc, "subject": subject, "message": message},
                frozenset({"to"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_email_list,
        )


class AsyncCustomers(AsyncAPIResource):
    """Customers, for asyncio.

    A customer is whoever you bill: a company or a person. Customers settle invoices in one of two
    collection modes. In `auto` mode, invoices are charged to the customer's payment source, a debit or
    credit card attached with a Stripe token. In `manual` mode the customer pays each invoice by any
    method you accept, within the invoice's payment terms.
    """

    @cached_property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return AsyncCustomersWithRawResponse(AsyncCustomers(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: ListCustomersSort | Unset = UNSET,
        filter: CustomerFilterParam | CustomerFilter | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Customer]:
        """List all customers (`GET /customers`).

        Returns your customers a page at a time. Customers have no
        relations to expand.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `name`, `name asc`, `name desc`, `number`, `number asc`, `number desc`, `email`, `email
                asc`, `email desc`, `type`, `type asc`, `type desc`, `collection_mode`, `collection_mode asc`,
                `collection_mode desc`, `country`, `country asc`, `country desc`, `created_at`, `created_at
                asc`, `created_at desc`.
            filter: Attributes that listed customers must match exactly.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Await it for the first page; `async for` over it for every Customer across pages.
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
            {"sort": sort, "filter": filter},
        )
        return self._page(
            _LIST,
            "/customers",
            params=build_query(_LIST, {"page": page, "per_page": per_page, "sort": sort, "filter": filter}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Customer.from_dict,
        )

    async def create(
        self,
        *,
        name: str,
        number: str | Unset = UNSET,
        type: Literal["company", "person"] | Unset = UNSET,
        email: str | None | Unset = UNSET,
        collection_mode: Literal["auto", "manual"] | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        stripe_token: str | Unset = UNSET,
        attention_to: str | None | Unset = UNSET,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        tax_id: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        other_phone: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Customer:
        """Create a customer (`POST /customers`).

        Adds a customer to your business. Only `name` is needed; a `number`
        is assigned from the next value of the customer sequence
        (`CUST-0001`, `CUST-0002`, ...) when you do not choose one. A number
        you choose yourself is not checked for uniqueness, while assigned
        numbers never repeat within your business. Passing a
        `stripe_token` attaches that card as the customer's payment source.

        Args:
            name: The customer's name.
            number: Your reference number for the customer.
            type: Whether the customer is an organisation or an individual.
            email: Where invoices, statements and receipts are emailed.
            collection_mode: How invoices are collected: `auto` charges the payment source, `manual` waits
                for the customer to pay.
            payment_terms: Terms for `manual` collection, such as `NET 30`.
            stripe_token: A card tokenised by Stripe. It sets the customer's payment source.
            attention_to: Name for the ATTN line of a company's address.
            address1: First line of the address.
            address2: Second line of the address.
            city: City.
            state: State or province.
            postal_code: ZIP or postal code.
            country: Two-letter ISO 3166-1 alpha-2 code of the customer's country.
            tax_id: Tax ID printed on documents.
            phone: Phone number.
            other_phone: Second phone number.
            notes: Private notes, never shown to the customer.
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
            Customer

        Raises:
            BadRequestError: A parameter is missing, malformed or not allowed in the object's current state.
            AuthenticationError: The API key is missing or not valid.
            PermissionDeniedError: The API key may not perform this action.
            PayloadTooLargeError: The request body is larger than the size limit that the Limits section of
                the overview gives.
            UnsupportedMediaTypeError: The request body is neither JSON nor form-encoded.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _CREATE,
            {"type": type, "collection_mode": collection_mode},
        )
        return await self._request(
            _CREATE,
            "/customers",
            json=build_body(
                {
                    "name": name,
                    "number": number,
                    "type": type,
                    "email": email,
                    "collection_mode": collection_mode,
                    "payment_terms": payment_terms,
                    "stripe_token": stripe_token,
                    "attention_to": attention_to,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "state": state,
                    "postal_code": postal_code,
                    "country": country,
                    "tax_id": tax_id,
                    "phone": phone,
                    "other_phone": other_phone,
                    "notes": notes,
                },
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_customer,
        )

    async def retrieve(
        self,
        customer_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Customer:
        """Retrieve a customer (`GET /customers/{customer_id}`).

        Fetches one customer by ID.

        Args:
            customer_id: The customer's ID.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Customer

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
            _RETRIEVE,
            f"/customers/{_path(customer_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_customer,
        )

    async def update(
        self,
        customer_id: int,
        *,
        name: str | Unset = UNSET,
        number: str | Unset = UNSET,
        type: Literal["company", "person"] | Unset = UNSET,
        email: str | None | Unset = UNSET,
        collection_mode: Literal["auto", "manual"] | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        stripe_token: str | Unset = UNSET,
        attention_to: str | None | Unset = UNSET,
        address1: str | None | Unset = UNSET,
        address2: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
        postal_code: str | None | Unset = UNSET,
        country: str | None | Unset = UNSET,
        tax_id: str | None | Unset = UNSET,
        phone: str | None | Unset = UNSET,
        other_phone: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Customer:
        """Update a customer (`PATCH /customers/{customer_id}`).

        Changes the attributes you send and leaves the others as they are.
        Send `null` to clear an optional attribute. A `stripe_token`
        replaces the customer's payment source.

        Args:
            customer_id: The customer's ID.
            name: The customer's name.
            number: Your reference number for the customer.
            type: Whether the customer is an organisation or an individual.
            email: Where invoices, statements and receipts are emailed.
            collection_mode: How invoices are collected: `auto` charges the payment source, `manual` waits
                for the customer to pay.
            payment_terms: Terms for `manual` collection, such as `NET 30`.
            stripe_token: A card tokenised by Stripe. It sets the customer's payment source.
            attention_to: Name for the ATTN line of a company's address.
            address1: First line of the address.
            address2: Second line of the address.
            city: City.
            state: State or province.
            postal_code: ZIP or postal code.
            country: Two-letter ISO 3166-1 alpha-2 code of the customer's country.
            tax_id: Tax ID printed on documents.
            phone: Phone number.
            other_phone: Second phone number.
            notes: Private notes, never shown to the customer.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Customer

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
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _UPDATE,
            {"type": type, "collection_mode": collection_mode},
        )
        return await self._request(
            _UPDATE,
            f"/customers/{_path(customer_id)}",
            json=build_body(
                {
                    "name": name,
                    "number": number,
                    "type": type,
                    "email": email,
                    "collection_mode": collection_mode,
                    "payment_terms": payment_terms,
                    "stripe_token": stripe_token,
                    "attention_to": attention_to,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "state": state,
                    "postal_code": postal_code,
                    "country": country,
                    "tax_id": tax_id,
                    "phone": phone,
                    "other_phone": other_phone,
                    "notes": notes,
                },
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_customer,
        )

    async def delete(
        self,
        customer_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a customer (`DELETE /customers/{customer_id}`).

        Removes a customer for good, together with its invoices,
        transactions and subscriptions.

        Args:
            customer_id: The customer's ID.
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
            _DELETE,
            f"/customers/{_path(customer_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )

    def list_subscriptions(
        self,
        customer_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListCustomerSubscriptionsExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Subscription]:
        """List a customer's subscriptions (`GET /customers/{customer_id}/subscriptions`).

        Returns the subscriptions that bill this customer, a page at a time,
        ordered by ID.

        Args:
            customer_id: The customer's ID.
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`. A list
                of: `customer` (sent comma-separated).
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
            NotFoundError: No object with this ID exists for this API key.
            RateLimitError: Too many requests were sent in a short time.
            APIError: The server failed to handle the request.
            InvalidArgumentError: Before sending, when an argument has a value the spec does not allow.
            APIConnectionError: When no answer arrives.
        """
        check_choices(
            _LIST_SUBSCRIPTIONS,
            {"expand": expand},
        )
        return self._page(
            _LIST_SUBSCRIPTIONS,
            f"/customers/{_path(customer_id)}/subscriptions",
            params=build_query(_LIST_SUBSCRIPTIONS, {"page": page, "per_page": per_page, "expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Subscription.from_dict,
        )

    async def retrieve_balance(
        self,
        customer_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Balance:
        """Get a customer's current balance (`GET /customers/{customer_id}/balance`).

        Works out what the customer owes right now from their open invoices
        and how much credit they hold.

        Args:
            customer_id: The customer's ID.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Balance

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
            _RETRIEVE_BALANCE,
            f"/customers/{_path(customer_id)}/balance",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_balance,
        )

    async def send_statement(
        self,
        customer_id: int,
        *,
        to: Sequence[EmailRecipientParam | EmailRecipient] | Unset = UNSET,
        bcc: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> builtins.list[Email]:
        """Send a statement (`POST /customers/{customer_id}/emails`).

        Emails the customer a PDF statement of their account. It needs a
        recipient: without `to`, the statement goes to the customer's own
        email address, and a customer without one gets a `400` naming `to`,
        so pass `to` for such a customer. One email is returned
        per recipient. A successful answer means the emails were queued for
        delivery.

        Args:
            customer_id: The customer's ID.
            to: Recipients; the customer's own address when left out, so required for a customer without
                one.
            bcc: Comma-separated addresses to blind-copy.
            subject: Subject line; the template's when left out.
            message: Body text; the template's when left out.
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
            builtins.list[Email]

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
            _SEND_STATEMENT,
            f"/customers/{_path(customer_id)}/emails",
            json=build_body(
                {"to": to, "bcc": bcc, "subject": subject, "message": message},
                frozenset({"to"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_email_list,
        )


class CustomersWithRawResponse:
    """`client.customers.with_raw_response`: each method answers an `APIResponse`."""

    def __init__(self, customers: Customers) -> None:
        self.list = to_raw_response_wrapper(customers.list)
        self.create = to_raw_response_wrapper(customers.create)
        self.retrieve = to_raw_response_wrapper(customers.retrieve)
        self.update = to_raw_response_wrapper(customers.update)
        self.delete = to_raw_response_wrapper(customers.delete)
        self.list_subscriptions = to_raw_response_wrapper(customers.list_subscriptions)
        self.retrieve_balance = to_raw_response_wrapper(customers.retrieve_balance)
        self.send_statement = to_raw_response_wrapper(customers.send_statement)


class AsyncCustomersWithRawResponse:
    """`client.customers.with_raw_response` of the asyncio client: each method answers an `APIResponse`."""

    def __init__(self, customers: AsyncCustomers) -> None:
        self.list = async_to_raw_response_wrapper(customers.list)
        self.create = async_to_raw_response_wrapper(customers.create)
        self.retrieve = async_to_raw_response_wrapper(customers.retrieve)
        self.update = async_to_raw_response_wrapper(customers.update)
        self.delete = async_to_raw_response_wrapper(customers.delete)
        self.list_subscriptions = async_to_raw_response_wrapper(customers.list_subscriptions)
        self.retrieve_balance = async_to_raw_response_wrapper(customers.retrieve_balance)
        self.send_statement = async_to_raw_response_wrapper(customers.send_statement)


# Which operation of the spec each method sends, for tests and tooling.
OPERATIONS = {
    "list": "listCustomers",
    "create": "createCustomer",
    "retrieve": "retrieveCustomer",
    "update": "updateCustomer",
    "delete": "deleteCustomer",
    "list_subscriptions": "listCustomerSubscriptions",
    "retrieve_balance": "retrieveCustomerBalance",
    "send_statement": "sendCustomerStatement",
}
