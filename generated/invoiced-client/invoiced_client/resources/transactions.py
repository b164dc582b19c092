"""`client.transactions`.

A transaction moves money between you and a customer. There are four types. A `charge` is a card
payment collected through Invoiced, and a `refund` returns money from an earlier charge or payment;
Invoiced records both as they happen. A `payment` records money received elsewhere, such as a check.
An `adjustment` changes the customer's account balance directly: crediting a customer $20 is an
adjustment of -20 with only the customer set. Succeeded charges and payments against an invoice
lower its balance, and refunds of them raise it again; deleting a transaction undoes its effect.
Adjustments never change an invoice, only the customer's credit. Accepted payment methods are
`credit_card`, `ach`, `bitcoin`, `paypal`, `wire_transfer`, `check`, `cash` and `other`.

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
from ..models.email import Email
from ..models.email_recipient import EmailRecipient
from ..models.transaction import Transaction
from ..models.transaction_filter import TransactionFilter
from ..types import NOT_GIVEN, UNSET, Body, Headers, NotGiven, Query, Unset

if TYPE_CHECKING:
    from ..params import (
        EmailRecipientParam,
        ListTransactionsExpand,
        ListTransactionsSort,
        RetrieveTransactionExpand,
        TransactionFilterParam,
    )

__all__ = ["AsyncTransactions", "Transactions"]


def _parse_transaction(data: Any) -> Transaction:
    return Transaction.from_dict(data)


def _parse_email_list(data: Any) -> builtins.list[Email]:
    return [Email.from_dict(item) for item in data]


_LIST = Endpoint(
    "transactions.list",
    "GET",
    choices={
        "expand": ("customer", "invoice"),
        "sort": (
            "id",
            "id asc",
            "id desc",
            "customer",
            "customer asc",
            "customer desc",
            "invoice",
            "invoice asc",
            "invoice desc",
            "date",
            "date asc",
            "date desc",
            "type",
            "type asc",
            "type desc",
            "method",
            "method asc",
            "method desc",
            "status",
            "status asc",
            "status desc",
            "amount",
            "amount asc",
            "amount desc",
            "created_at",
            "created_at asc",
            "created_at desc",
        ),
        "filter": {
            "type": ("charge", "payment", "refund", "adjustment"),
            "method": ("credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"),
            "status": ("succeeded", "pending", "failed"),
        },
    },
    deep=frozenset({"filter"}),
    csv=frozenset({"expand"}),
)
_CREATE = Endpoint(
    "transactions.create",
    "POST",
    choices={
        "type": ("charge", "payment", "refund", "adjustment"),
        "method": ("credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"),
        "status": ("succeeded", "pending", "failed"),
    },
)
_RETRIEVE = Endpoint(
    "transactions.retrieve",
    "GET",
    choices={"expand": ("customer", "invoice")},
    csv=frozenset({"expand"}),
)
_UPDATE = Endpoint(
    "transactions.update",
    "PATCH",
    choices={
        "method": ("credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"),
        "status": ("succeeded", "pending", "failed"),
    },
)
_DELETE = Endpoint(
    "transactions.delete",
    "DELETE",
    choices={},
)
_SEND_RECEIPT = Endpoint(
    "transactions.send_receipt",
    "POST",
    choices={},
)
_REFUND = Endpoint(
    "transactions.refund",
    "POST",
    choices={},
)


class Transactions(SyncAPIResource):
    """Transactions.

    A transaction moves money between you and a customer. There are four types. A `charge` is a card
    payment collected through Invoiced, and a `refund` returns money from an earlier charge or payment;
    Invoiced records both as they happen. A `payment` records money received elsewhere, such as a check.
    An `adjustment` changes the customer's account balance directly: crediting a customer $20 is an
    adjustment of -20 with only the customer set. Succeeded charges and payments against an invoice
    lower its balance, and refunds of them raise it again; deleting a transaction undoes its effect.
    Adjustments never change an invoice, only the customer's credit. Accepted payment methods are
    `credit_card`, `ach`, `bitcoin`, `paypal`, `wire_transfer`, `check`, `cash` and `other`.
    """

    @cached_property
    def with_raw_response(self) -> TransactionsWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return TransactionsWithRawResponse(Transactions(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListTransactionsExpand] | Unset = UNSET,
        sort: ListTransactionsSort | Unset = UNSET,
        filter: TransactionFilterParam | TransactionFilter | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncPage[Transaction]:
        """List all transactions (`GET /transactions`).

        Returns your transactions a page at a time.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `invoice`. A list of: `customer`, `invoice` (sent comma-separated).
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `customer`, `customer asc`, `customer desc`, `invoice`, `invoice asc`, `invoice desc`,
                `date`, `date asc`, `date desc`, `type`, `type asc`, `type desc`, `method`, `method asc`,
                `method desc`, `status`, `status asc`, `status desc`, `amount`, `amount asc`, `amount desc`,
                `created_at`, `created_at asc`, `created_at desc`.
            filter: Attributes that listed transactions must match exactly.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            The first page; iterate it for every Transaction across pages. Later pages are sent
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
            "/transactions",
            params=build_query(
                _LIST, {"page": page, "per_page": per_page, "expand": expand, "sort": sort, "filter": filter}
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Transaction.from_dict,
        )

    def create(
        self,
        *,
        type: Literal["charge", "payment", "refund", "adjustment"],
        customer: int | Unset = UNSET,
        invoice: int | Unset = UNSET,
        date: int | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        method: Literal["credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"]
        | Unset = UNSET,
        status: Literal["succeeded", "pending", "failed"] | Unset = UNSET,
        gateway: str | None | Unset = UNSET,
        gateway_id: str | None | Unset = UNSET,
        currency: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        fee: float | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Create a transaction (`POST /transactions`).

        Records a transaction. Give the `invoice` it settles, or only the
        `customer` for money not tied to an invoice; with an invoice, the
        customer is the invoice's, and naming another customer is answered
        with `400` naming `customer`. `amount` defaults to the invoice's
        balance when an invoice is given and is required otherwise; a charge,
        payment or refund that would take a balance of zero or less is
        answered with `400` naming `amount`. `method` defaults to `other`,
        `status` to `succeeded`, `date` to now and `currency` to the
        invoice's or `usd`; a transaction against an invoice is in the
        invoice's currency, and another one is answered with `400` naming
        `currency`. Refunds against an invoice never exceed what was paid
        on it; a refund that would is answered with `400` naming `amount`.
        A closed invoice accepts no transactions.
        `type` has no default: a request without it is answered with `400`
        `type is required` naming `type`.

        Args:
            type: What the transaction does: `charge` and `payment` bring money in, `refund` returns it, and
                `adjustment` changes the customer's credit.
            customer: ID of the customer the money moves to or from.
            invoice: ID of the invoice the transaction settles, if any.
            date: When the money moved, as a UNIX timestamp.
            theme: ID of a custom theme to render with.
            method: The instrument the money moved through.
            status: Whether the money moved.
            gateway: The payment gateway that processed it, if any.
            gateway_id: The gateway's ID for it, or the check number for checks.
            currency: The transaction's currency, a three-letter ISO 4217 code in lower case.
            amount: How much money moves, in the transaction's currency.
            fee: Processing fees.
            notes: Internal notes.
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
            Transaction

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
            {"type": type, "method": method, "status": status},
        )
        return self._request(
            _CREATE,
            "/transactions",
            json=build_body(
                {
                    "type": type,
                    "customer": customer,
                    "invoice": invoice,
                    "date": date,
                    "theme": theme,
                    "method": method,
                    "status": status,
                    "gateway": gateway,
                    "gateway_id": gateway_id,
                    "currency": currency,
                    "amount": amount,
                    "fee": fee,
                    "notes": notes,
                },
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )

    def retrieve(
        self,
        transaction_id: int,
        *,
        expand: Sequence[RetrieveTransactionExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Retrieve a transaction (`GET /transactions/{transaction_id}`).

        Fetches one transaction by ID.

        Args:
            transaction_id: The transaction's ID.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `invoice`. A list of: `customer`, `invoice` (sent comma-separated).
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Transaction

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
            f"/transactions/{_path(transaction_id)}",
            params=build_query(_RETRIEVE, {"expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )

    def update(
        self,
        transaction_id: int,
        *,
        date: int | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        method: Literal["credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"]
        | Unset = UNSET,
        status: Literal["succeeded", "pending", "failed"] | Unset = UNSET,
        gateway: str | None | Unset = UNSET,
        gateway_id: str | None | Unset = UNSET,
        currency: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        fee: float | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Update a transaction (`PATCH /transactions/{transaction_id}`).

        Changes the attributes you send and leaves the others as they are.
        A new `amount` or `status` is reflected in the invoice's balance.
        The `amount` of a charge, payment or refund must stay at least 0.01,
        a refund may not be raised above what is left of its original, and
        an original may not be lowered below what was refunded of it; each
        is answered with `400` naming `amount`. A refund of a transaction
        that did not succeed can only be `failed`, and a charge or payment
        with refunds stays `succeeded`; either is answered with `400` naming
        `status`. Refunds against an invoice never exceed what was paid on
        it; a change that would make them is answered with `400` naming the
        `amount` or `status` sent. A transaction against an invoice stays in
        the invoice's currency, and a refund in its original's; another
        `currency` is answered with `400` naming `currency`.

        Args:
            transaction_id: The transaction's ID.
            date: When the money moved, as a UNIX timestamp.
            theme: ID of a custom theme to render with.
            method: The instrument the money moved through.
            status: Whether the money moved.
            gateway: The payment gateway that processed it, if any.
            gateway_id: The gateway's ID for it, or the check number for checks.
            currency: The transaction's currency, a three-letter ISO 4217 code in lower case.
            amount: How much money moves, in the transaction's currency.
            fee: Processing fees.
            notes: Internal notes.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Transaction

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
            {"method": method, "status": status},
        )
        return self._request(
            _UPDATE,
            f"/transactions/{_path(transaction_id)}",
            json=build_body(
                {
                    "date": date,
                    "theme": theme,
                    "method": method,
                    "status": status,
                    "gateway": gateway,
                    "gateway_id": gateway_id,
                    "currency": currency,
                    "amount": amount,
                    "fee": fee,
                    "notes": notes,
                },
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )

    def delete(
        self,
        transaction_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a transaction (`DELETE /transactions/{transaction_id}`).

        Removes a transaction for good and undoes its effect on the
        invoice's balance. Refunds of the transaction are removed with it.

        Args:
            transaction_id: The transaction's ID.
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
            f"/transactions/{_path(transaction_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )

    def send_receipt(
        self,
        transaction_id: int,
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
        """Send a receipt (`POST /transactions/{transaction_id}/emails`).

        Emails the customer a PDF receipt for the transaction and marks it
        as sent. It needs a recipient: without `to`, it goes to the
        customer's own email address, and a customer without one gets a
        `400` naming `to`, so pass `to` for such a customer. One email is
        returned per recipient; a successful answer means the emails were
        queued for delivery.

        Args:
            transaction_id: The transaction's ID.
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
            _SEND_RECEIPT,
            f"/transactions/{_path(transaction_id)}/emails",
            json=build_body(
                {"to": to, "bcc": bcc, "subject": subject, "message": message},
                frozenset({"to"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_email_list,
        )

    def refund(
        self,
        transaction_id: int,
        *,
        amount: float,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Refund a transaction (`POST /transactions/{transaction_id}/refunds`).

        Refunds all or part of a succeeded `charge` or `payment`. The refund
        is a new `refund` transaction whose `parent_transaction` is the
        original, on the same customer and invoice. For a charge, the money
        goes back through the gateway that took it; for a payment received
        offline, returning the money is up to you and the refund only
        records it. Partial refunds are fine, but together they can never
        exceed the original amount; a refund that would is answered with
        `400` naming `amount`.

        Args:
            transaction_id: The transaction's ID.
            amount: The amount to refund, at least 0.01; with earlier refunds, at most the original amount.
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
            Transaction

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
            _REFUND,
            f"/transactions/{_path(transaction_id)}/refunds",
            json=build_body(
                {"amount": amount},
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )


class AsyncTransactions(AsyncAPIResource):
    """Transactions, for asyncio.

    A transaction moves money between you and a customer. There are four types. A `charge` is a card
    payment collected through Invoiced, and a `refund` returns money from an earlier charge or payment;
    Invoiced records both as they happen. A `payment` records money received elsewhere, such as a check.
    An `adjustment` changes the customer's account balance directly: crediting a customer $20 is an
    adjustment of -20 with only the customer set. Succeeded charges and payments against an invoice
    lower its balance, and refunds of them raise it again; deleting a transaction undoes its effect.
    Adjustments never change an invoice, only the customer's credit. Accepted payment methods are
    `credit_card`, `ach`, `bitcoin`, `paypal`, `wire_transfer`, `check`, `cash` and `other`.
    """

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return AsyncTransactionsWithRawResponse(AsyncTransactions(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListTransactionsExpand] | Unset = UNSET,
        sort: ListTransactionsSort | Unset = UNSET,
        filter: TransactionFilterParam | TransactionFilter | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Transaction]:
        """List all transactions (`GET /transactions`).

        Returns your transactions a page at a time.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `invoice`. A list of: `customer`, `invoice` (sent comma-separated).
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `customer`, `customer asc`, `customer desc`, `invoice`, `invoice asc`, `invoice desc`,
                `date`, `date asc`, `date desc`, `type`, `type asc`, `type desc`, `method`, `method asc`,
                `method desc`, `status`, `status asc`, `status desc`, `amount`, `amount asc`, `amount desc`,
                `created_at`, `created_at asc`, `created_at desc`.
            filter: Attributes that listed transactions must match exactly.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Await it for the first page; `async for` over it for every Transaction across pages.
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
            "/transactions",
            params=build_query(
                _LIST, {"page": page, "per_page": per_page, "expand": expand, "sort": sort, "filter": filter}
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Transaction.from_dict,
        )

    async def create(
        self,
        *,
        type: Literal["charge", "payment", "refund", "adjustment"],
        customer: int | Unset = UNSET,
        invoice: int | Unset = UNSET,
        date: int | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        method: Literal["credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"]
        | Unset = UNSET,
        status: Literal["succeeded", "pending", "failed"] | Unset = UNSET,
        gateway: str | None | Unset = UNSET,
        gateway_id: str | None | Unset = UNSET,
        currency: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        fee: float | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Create a transaction (`POST /transactions`).

        Records a transaction. Give the `invoice` it settles, or only the
        `customer` for money not tied to an invoice; with an invoice, the
        customer is the invoice's, and naming another customer is answered
        with `400` naming `customer`. `amount` defaults to the invoice's
        balance when an invoice is given and is required otherwise; a charge,
        payment or refund that would take a balance of zero or less is
        answered with `400` naming `amount`. `method` defaults to `other`,
        `status` to `succeeded`, `date` to now and `currency` to the
        invoice's or `usd`; a transaction against an invoice is in the
        invoice's currency, and another one is answered with `400` naming
        `currency`. Refunds against an invoice never exceed what was paid
        on it; a refund that would is answered with `400` naming `amount`.
        A closed invoice accepts no transactions.
        `type` has no default: a request without it is answered with `400`
        `type is required` naming `type`.

        Args:
            type: What the transaction does: `charge` and `payment` bring money in, `refund` returns it, and
                `adjustment` changes the customer's credit.
            customer: ID of the customer the money moves to or from.
            invoice: ID of the invoice the transaction settles, if any.
            date: When the money moved, as a UNIX timestamp.
            theme: ID of a custom theme to render with.
            method: The instrument the money moved through.
            status: Whether the money moved.
            gateway: The payment gateway that processed it, if any.
            gateway_id: The gateway's ID for it, or the check number for checks.
            currency: The transaction's currency, a three-letter ISO 4217 code in lower case.
            amount: How much money moves, in the transaction's currency.
            fee: Processing fees.
            notes: Internal notes.
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
            Transaction

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
            {"type": type, "method": method, "status": status},
        )
        return await self._request(
            _CREATE,
            "/transactions",
            json=build_body(
                {
                    "type": type,
                    "customer": customer,
                    "invoice": invoice,
                    "date": date,
                    "theme": theme,
                    "method": method,
                    "status": status,
                    "gateway": gateway,
                    "gateway_id": gateway_id,
                    "currency": currency,
                    "amount": amount,
                    "fee": fee,
                    "notes": notes,
                },
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )

    async def retrieve(
        self,
        transaction_id: int,
        *,
        expand: Sequence[RetrieveTransactionExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Retrieve a transaction (`GET /transactions/{transaction_id}`).

        Fetches one transaction by ID.

        Args:
            transaction_id: The transaction's ID.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `invoice`. A list of: `customer`, `invoice` (sent comma-separated).
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Transaction

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
            f"/transactions/{_path(transaction_id)}",
            params=build_query(_RETRIEVE, {"expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )

    async def update(
        self,
        transaction_id: int,
        *,
        date: int | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        method: Literal["credit_card", "ach", "bitcoin", "paypal", "wire_transfer", "check", "cash", "other"]
        | Unset = UNSET,
        status: Literal["succeeded", "pending", "failed"] | Unset = UNSET,
        gateway: str | None | Unset = UNSET,
        gateway_id: str | None | Unset = UNSET,
        currency: str | Unset = UNSET,
        amount: float | Unset = UNSET,
        fee: float | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Update a transaction (`PATCH /transactions/{transaction_id}`).

        Changes the attributes you send and leaves the others as they are.
        A new `amount` or `status` is reflected in the invoice's balance.
        The `amount` of a charge, payment or refund must stay at least 0.01,
        a refund may not be raised above what is left of its original, and
        an original may not be lowered below what was refunded of it; each
        is answered with `400` naming `amount`. A refund of a transaction
        that did not succeed can only be `failed`, and a charge or payment
        with refunds stays `succeeded`; either is answered with `400` naming
        `status`. Refunds against an invoice never exceed what was paid on
        it; a change that would make them is answered with `400` naming the
        `amount` or `status` sent. A transaction against an invoice stays in
        the invoice's currency, and a refund in its original's; another
        `currency` is answered with `400` naming `currency`.

        Args:
            transaction_id: The transaction's ID.
            date: When the money moved, as a UNIX timestamp.
            theme: ID of a custom theme to render with.
            method: The instrument the money moved through.
            status: Whether the money moved.
            gateway: The payment gateway that processed it, if any.
            gateway_id: The gateway's ID for it, or the check number for checks.
            currency: The transaction's currency, a three-letter ISO 4217 code in lower case.
            amount: How much money moves, in the transaction's currency.
            fee: Processing fees.
            notes: Internal notes.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Transaction

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
            {"method": method, "status": status},
        )
        return await self._request(
            _UPDATE,
            f"/transactions/{_path(transaction_id)}",
            json=build_body(
                {
                    "date": date,
                    "theme": theme,
                    "method": method,
                    "status": status,
                    "gateway": gateway,
                    "gateway_id": gateway_id,
                    "currency": currency,
                    "amount": amount,
                    "fee": fee,
                    "notes": notes,
                },
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )

    async def delete(
        self,
        transaction_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a transaction (`DELETE /transactions/{transaction_id}`).

        Removes a transaction for good and undoes its effect on the
        invoice's balance. Refunds of the transaction are removed with it.

        Args:
            transaction_id: The transaction's ID.
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
            f"/transactions/{_path(transaction_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )

    async def send_receipt(
        self,
        transaction_id: int,
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
        """Send a receipt (`POST /transactions/{transaction_id}/emails`).

        Emails the customer a PDF receipt for the transaction and marks it
        as sent. It needs a recipient: without `to`, it goes to the
        customer's own email address, and a customer without one gets a
        `400` naming `to`, so pass `to` for such a customer. One email is
        returned per recipient; a successful answer means the emails were
        queued for delivery.

        Args:
            transaction_id: The transaction's ID.
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
            _SEND_RECEIPT,
            f"/transactions/{_path(transaction_id)}/emails",
            json=build_body(
                {"to": to, "bcc": bcc, "subject": subject, "message": message},
                frozenset({"to"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_email_list,
        )

    async def refund(
        self,
        transaction_id: int,
        *,
        amount: float,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Transaction:
        """Refund a transaction (`POST /transactions/{transaction_id}/refunds`).

        Refunds all or part of a succeeded `charge` or `payment`. The refund
        is a new `refund` transaction whose `parent_transaction` is the
        original, on the same customer and invoice. For a charge, the money
        goes back through the gateway that took it; for a payment received
        offline, returning the money is up to you and the refund only
        records it. Partial refunds are fine, but together they can never
        exceed the original amount; a refund that would is answered with
        `400` naming `amount`.

        Args:
            transaction_id: The transaction's ID.
            amount: The amount to refund, at least 0.01; with earlier refunds, at most the original amount.
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
            Transaction

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
            _REFUND,
            f"/transactions/{_path(transaction_id)}/refunds",
            json=build_body(
                {"amount": amount},
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_transaction,
        )


class TransactionsWithRawResponse:
    """`client.transactions.with_raw_response`: each method answers an `APIResponse`."""

    def __init__(self, transactions: Transactions) -> None:
        self.list = to_raw_response_wrapper(transactions.list)
        self.create = to_raw_response_wrapper(transactions.create)
        self.retrieve = to_raw_response_wrapper(transactions.retrieve)
        self.update = to_raw_response_wrapper(transactions.update)
        self.delete = to_raw_response_wrapper(transactions.delete)
        self.send_receipt = to_raw_response_wrapper(transactions.send_receipt)
        self.refund = to_raw_response_wrapper(transactions.refund)


class AsyncTransactionsWithRawResponse:
    """`client.transactions.with_raw_response` of the asyncio client: each method answers an `APIResponse`."""

    def __init__(self, transactions: AsyncTransactions) -> None:
        self.list = async_to_raw_response_wrapper(transactions.list)
        self.create = async_to_raw_response_wrapper(transactions.create)
        self.retrieve = async_to_raw_response_wrapper(transactions.retrieve)
        self.update = async_to_raw_response_wrapper(transactions.update)
        self.delete = async_to_raw_response_wrapper(transactions.delete)
        self.send_receipt = async_to_raw_response_wrapper(transactions.send_receipt)
        self.refund = async_to_raw_response_wrapper(transactions.refund)


# Which operation of the spec each method sends, for tests and tooling.
OPERATIONS = {
    "list": "listTransactions",
    "create": "createTransaction",
    "retrieve": "retrieveTransaction",
    "update": "updateTransaction",
    "delete": "deleteTransaction",
    "send_receipt": "sendTransactionReceipt",
    "refund": "refundTransaction",
}
