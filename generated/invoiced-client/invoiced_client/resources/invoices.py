"""`client.invoices`.

An invoice is money a customer owes you. Its line items describe what was sold; discounts and taxes
adjust the price. The server computes each line's `amount` as `quantity × unit_cost`, the `subtotal`
as the sum of line amounts, and the `total` as the subtotal minus every discount plus every tax,
whether given per line or for the whole invoice. Clients never send these figures. Transactions
settle the invoice: its `balance` is the total less succeeded payments and charges, plus refunds of
them. Once the balance reaches zero the invoice is `paid`. The `status` follows from the invoice's
flags, due date and payments: `draft` while a draft, then `paid` (or `overpaid` when payments exceed
the total), `pending` while a payment is pending, `past_due` once the due date has passed with a
balance left, `viewed` once the customer opened it, `sent` once sent, and `not_sent` otherwise. A
`closed` invoice is written off as bad debt and accepts no further payments.

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
from ..models.discount_input import DiscountInput
from ..models.email import Email
from ..models.email_recipient import EmailRecipient
from ..models.invoice import Invoice
from ..models.invoice_filter import InvoiceFilter
from ..models.line_item_input import LineItemInput
from ..models.tax_input import TaxInput
from ..types import NOT_GIVEN, UNSET, Body, Headers, NotGiven, Query, Unset

if TYPE_CHECKING:
    from ..params import (
        DiscountInputParam,
        EmailRecipientParam,
        InvoiceFilterParam,
        LineItemInputParam,
        ListInvoicesExpand,
        ListInvoicesSort,
        RetrieveInvoiceExpand,
        TaxInputParam,
    )

__all__ = ["AsyncInvoices", "Invoices"]


def _parse_invoice(data: Any) -> Invoice:
    return Invoice.from_dict(data)


def _parse_email_list(data: Any) -> builtins.list[Email]:
    return [Email.from_dict(item) for item in data]


_LIST = Endpoint(
    "invoices.list",
    "GET",
    choices={
        "expand": ("customer", "subscription"),
        "sort": (
            "id",
            "id asc",
            "id desc",
            "number",
            "number asc",
            "number desc",
            "name",
            "name asc",
            "name desc",
            "customer",
            "customer asc",
            "customer desc",
            "currency",
            "currency asc",
            "currency desc",
            "status",
            "status asc",
            "status desc",
            "date",
            "date asc",
            "date desc",
            "due_date",
            "due_date asc",
            "due_date desc",
            "total",
            "total asc",
            "total desc",
            "balance",
            "balance asc",
            "balance desc",
            "created_at",
            "created_at asc",
            "created_at desc",
        ),
        "filter": {
            "collection_mode": ("auto", "manual"),
            "status": ("draft", "not_sent", "sent", "viewed", "past_due", "pending", "paid", "overpaid"),
        },
    },
    deep=frozenset({"filter"}),
    csv=frozenset({"expand"}),
)
_CREATE = Endpoint(
    "invoices.create",
    "POST",
    choices={
        "collection_mode": ("auto", "manual"),
        "items": {"type": ("product", "service", "hours", "days", "month", "year", "expense", "plan")},
    },
)
_RETRIEVE = Endpoint(
    "invoices.retrieve",
    "GET",
    choices={"expand": ("customer", "subscription")},
    csv=frozenset({"expand"}),
)
_UPDATE = Endpoint(
    "invoices.update",
    "PATCH",
    choices={"items": {"type": ("product", "service", "hours", "days", "month", "year", "expense", "plan")}},
)
_DELETE = Endpoint(
    "invoices.delete",
    "DELETE",
    choices={},
)
_SEND = Endpoint(
    "invoices.send",
    "POST",
    choices={},
)
_PAY = Endpoint(
    "invoices.pay",
    "POST",
    choices={},
)


class Invoices(SyncAPIResource):
    """Invoices.

    An invoice is money a customer owes you. Its line items describe what was sold; discounts and taxes
    adjust the price. The server computes each line's `amount` as `quantity × unit_cost`, the `subtotal`
    as the sum of line amounts, and the `total` as the subtotal minus every discount plus every tax,
    whether given per line or for the whole invoice. Clients never send these figures. Transactions
    settle the invoice: its `balance` is the total less succeeded payments and charges, plus refunds of
    them. Once the balance reaches zero the invoice is `paid`. The `status` follows from the invoice's
    flags, due date and payments: `draft` while a draft, then `paid` (or `overpaid` when payments exceed
    the total), `pending` while a payment is pending, `past_due` once the due date has passed with a
    balance left, `viewed` once the customer opened it, `sent` once sent, and `not_sent` otherwise. A
    `closed` invoice is written off as bad debt and accepts no further payments.
    """

    @cached_property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return InvoicesWithRawResponse(Invoices(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListInvoicesExpand] | Unset = UNSET,
        sort: ListInvoicesSort | Unset = UNSET,
        filter: InvoiceFilterParam | InvoiceFilter | Unset = UNSET,
        start_date: int | Unset = UNSET,
        end_date: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncPage[Invoice]:
        """List all invoices (`GET /invoices`).

        Returns your invoices a page at a time. `start_date` and `end_date`
        narrow the list to invoices dated within that range, both ends
        included.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `subscription`. A list of: `customer`, `subscription` (sent comma-separated).
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `number`, `number asc`, `number desc`, `name`, `name asc`, `name desc`, `customer`,
                `customer asc`, `customer desc`, `currency`, `currency asc`, `currency desc`, `status`, `status
                asc`, `status desc`, `date`, `date asc`, `date desc`, `due_date`, `due_date asc`, `due_date
                desc`, `total`, `total asc`, `total desc`, `balance`, `balance asc`, `balance desc`,
                `created_at`, `created_at asc`, `created_at desc`.
            filter: Attributes that listed invoices must match exactly.
            start_date: Only invoices dated at or after this timestamp.
            end_date: Only invoices dated at or before this timestamp.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            The first page; iterate it for every Invoice across pages. Later pages are sent
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
            "/invoices",
            params=build_query(
                _LIST,
                {
                    "page": page,
                    "per_page": per_page,
                    "expand": expand,
                    "sort": sort,
                    "filter": filter,
                    "start_date": start_date,
                    "end_date": end_date,
                },
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Invoice.from_dict,
        )

    def create(
        self,
        *,
        customer: int,
        name: str | None | Unset = UNSET,
        number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        collection_mode: Literal["auto", "manual"] | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        date: int | Unset = UNSET,
        due_date: int | None | Unset = UNSET,
        draft: bool | Unset = UNSET,
        sent: bool | Unset = UNSET,
        closed: bool | Unset = UNSET,
        chase: bool | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        items: Sequence[LineItemInputParam | LineItemInput] | Unset = UNSET,
        terms: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        discounts: Sequence[DiscountInputParam | DiscountInput] | Unset = UNSET,
        taxes: Sequence[TaxInputParam | TaxInput] | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Create an invoice (`POST /invoices`).

        Issues a new invoice to a customer. Line items name their own price,
        or refer to a `catalog_item` whose name and price fill in what the
        item leaves out. `number` defaults to the next value of the invoice
        sequence (`INV-0001`, ...); a number you choose yourself is not
        checked for uniqueness, while assigned numbers never repeat within
        your business. `currency` defaults to `usd`, `date` to now, and
        `collection_mode` and `payment_terms` to the customer's. The due date
        follows from `NET n` payment terms when not given; invoices in `auto`
        collection have the terms `Auto-Charged` and no due date.

        Args:
            customer: ID of the customer the invoice is issued to.
            name: A name for internal use.
            number: Your reference number for the invoice.
            currency: The invoice's currency, a three-letter ISO 4217 code in lower case.
            collection_mode: How invoices are collected: `auto` charges the payment source, `manual` waits
                for the customer to pay.
            payment_terms: Payment terms such as `NET 30`; `NET n` sets the due date n days after `date`.
            date: The invoice's date, as a UNIX timestamp.
            due_date: When payment is due, as a UNIX timestamp.
            draft: Keep the invoice as a draft.
            sent: Mark the invoice as sent.
            closed: Close the invoice as bad debt.
            chase: Turn on automatic payment reminders.
            theme: ID of a custom theme to render with.
            items: The line items: what was sold, each with its own price or a `catalog_item`.
            terms: Terms and conditions printed on the invoice.
            notes: Notes printed on the invoice.
            discounts: Discounts on the whole invoice, subtracted from the subtotal.
            taxes: Taxes on the whole invoice, added to the subtotal.
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
            Invoice

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
            {"collection_mode": collection_mode, "items": items},
        )
        return self._request(
            _CREATE,
            "/invoices",
            json=build_body(
                {
                    "customer": customer,
                    "name": name,
                    "number": number,
                    "currency": currency,
                    "collection_mode": collection_mode,
                    "payment_terms": payment_terms,
                    "date": date,
                    "due_date": due_date,
                    "draft": draft,
                    "sent": sent,
                    "closed": closed,
                    "chase": chase,
                    "theme": theme,
                    "items": items,
                    "terms": terms,
                    "notes": notes,
                    "discounts": discounts,
                    "taxes": taxes,
                },
                frozenset({"items", "discounts", "taxes"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )

    def retrieve(
        self,
        invoice_id: int,
        *,
        expand: Sequence[RetrieveInvoiceExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Retrieve an invoice (`GET /invoices/{invoice_id}`).

        Fetches one invoice by ID.

        Args:
            invoice_id: The invoice's ID.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `subscription`. A list of: `customer`, `subscription` (sent comma-separated).
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Invoice

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
            f"/invoices/{_path(invoice_id)}",
            params=build_query(_RETRIEVE, {"expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )

    def update(
        self,
        invoice_id: int,
        *,
        name: str | None | Unset = UNSET,
        number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        date: int | Unset = UNSET,
        due_date: int | None | Unset = UNSET,
        draft: bool | Unset = UNSET,
        sent: bool | Unset = UNSET,
        closed: bool | Unset = UNSET,
        chase: bool | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        items: Sequence[LineItemInputParam | LineItemInput] | Unset = UNSET,
        terms: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        discounts: Sequence[DiscountInputParam | DiscountInput] | Unset = UNSET,
        taxes: Sequence[TaxInputParam | TaxInput] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Update an invoice (`PATCH /invoices/{invoice_id}`).

        Changes the attributes you send and leaves the others as they are.
        Sending `items`, `discounts` or `taxes` replaces that whole
        collection, and the totals are computed again. The response shows
        the invoice as updated. Once transactions are recorded against an
        invoice its `currency` stays; another one is answered with `400`
        naming `currency`.

        Args:
            invoice_id: The invoice's ID.
            name: A name for internal use.
            number: Your reference number for the invoice.
            currency: The invoice's currency, a three-letter ISO 4217 code in lower case.
            payment_terms: Payment terms such as `NET 30`; `NET n` sets the due date n days after `date`.
            date: The invoice's date, as a UNIX timestamp.
            due_date: When payment is due, as a UNIX timestamp.
            draft: Keep the invoice as a draft.
            sent: Mark the invoice as sent.
            closed: Close the invoice as bad debt.
            chase: Turn on automatic payment reminders.
            theme: ID of a custom theme to render with.
            items: The line items: what was sold, each with its own price or a `catalog_item`.
            terms: Terms and conditions printed on the invoice.
            notes: Notes printed on the invoice.
            discounts: Discounts on the whole invoice, subtracted from the subtotal.
            taxes: Taxes on the whole invoice, added to the subtotal.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Invoice

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
            {"items": items},
        )
        return self._request(
            _UPDATE,
            f"/invoices/{_path(invoice_id)}",
            json=build_body(
                {
                    "name": name,
                    "number": number,
                    "currency": currency,
                    "payment_terms": payment_terms,
                    "date": date,
                    "due_date": due_date,
                    "draft": draft,
                    "sent": sent,
                    "closed": closed,
                    "chase": chase,
                    "theme": theme,
                    "items": items,
                    "terms": terms,
                    "notes": notes,
                    "discounts": discounts,
                    "taxes": taxes,
                },
                frozenset({"items", "discounts", "taxes"}),
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )

    def delete(
        self,
        invoice_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete an invoice (`DELETE /invoices/{invoice_id}`).

        Removes an invoice for good, together with the transactions recorded
        against it.

        Args:
            invoice_id: The invoice's ID.
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
            f"/invoices/{_path(invoice_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )

    def send(
        self,
        invoice_id: int,
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
        """Send an invoice (`POST /invoices/{invoice_id}/emails`).

        Emails the invoice to the customer and marks it as sent. It needs a
        recipient: without `to`, it goes to the customer's own email address,
        and a customer without one gets a `400` naming `to`, so pass `to` for
        such a customer. Drafts cannot be sent. One
        email is returned per recipient; a successful answer means the
        emails were queued for delivery.

        Args:
            invoice_id: The invoice's ID.
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
            _SEND,
            f"/invoices/{_path(invoice_id)}/emails",
            json=build_body(
                {"to": to, "bcc": bcc, "subject": subject, "message": message},
                frozenset({"to"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_email_list,
        )

    def pay(
        self,
        invoice_id: int,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Pay an invoice (`POST /invoices/{invoice_id}/pay`).

        Charges the invoice's balance to the customer's payment source right
        away, instead of waiting for the next scheduled attempt. On success
        a `charge` transaction is recorded against the invoice and the paid
        invoice is returned. Only invoices in `auto` collection can be
        charged, and only when the customer has a payment source; a draft,
        closed or already paid invoice cannot be charged either. Each of
        these cases is answered with `400` and a message saying which.

        Args:
            invoice_id: The invoice's ID.
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
            Invoice

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
            _PAY,
            f"/invoices/{_path(invoice_id)}/pay",
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )


class AsyncInvoices(AsyncAPIResource):
    """Invoices, for asyncio.

    An invoice is money a customer owes you. Its line items describe what was sold; discounts and taxes
    adjust the price. The server computes each line's `amount` as `quantity × unit_cost`, the `subtotal`
    as the sum of line amounts, and the `total` as the subtotal minus every discount plus every tax,
    whether given per line or for the whole invoice. Clients never send these figures. Transactions
    settle the invoice: its `balance` is the total less succeeded payments and charges, plus refunds of
    them. Once the balance reaches zero the invoice is `paid`. The `status` follows from the invoice's
    flags, due date and payments: `draft` while a draft, then `paid` (or `overpaid` when payments exceed
    the total), `pending` while a payment is pending, `past_due` once the due date has passed with a
    balance left, `viewed` once the customer opened it, `sent` once sent, and `not_sent` otherwise. A
    `closed` invoice is written off as bad debt and accepts no further payments.
    """

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        """The same methods, answering an `APIResponse` (status, headers, `.parse()`) instead of the parsed object."""
        return AsyncInvoicesWithRawResponse(AsyncInvoices(self._client, raw=True))

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expand: Sequence[ListInvoicesExpand] | Unset = UNSET,
        sort: ListInvoicesSort | Unset = UNSET,
        filter: InvoiceFilterParam | InvoiceFilter | Unset = UNSET,
        start_date: int | Unset = UNSET,
        end_date: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Invoice]:
        """List all invoices (`GET /invoices`).

        Returns your invoices a page at a time. `start_date` and `end_date`
        narrow the list to invoices dated within that range, both ends
        included.

        Args:
            page: The page to return; the first page is 1.
            per_page: How many objects a page holds, at most 100.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `subscription`. A list of: `customer`, `subscription` (sent comma-separated).
            sort: Column to sort by, optionally followed by `asc` or `desc`. Allowed: `id`, `id asc`, `id
                desc`, `number`, `number asc`, `number desc`, `name`, `name asc`, `name desc`, `customer`,
                `customer asc`, `customer desc`, `currency`, `currency asc`, `currency desc`, `status`, `status
                asc`, `status desc`, `date`, `date asc`, `date desc`, `due_date`, `due_date asc`, `due_date
                desc`, `total`, `total asc`, `total desc`, `balance`, `balance asc`, `balance desc`,
                `created_at`, `created_at asc`, `created_at desc`.
            filter: Attributes that listed invoices must match exactly.
            start_date: Only invoices dated at or after this timestamp.
            end_date: Only invoices dated at or before this timestamp.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Await it for the first page; `async for` over it for every Invoice across pages.
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
            "/invoices",
            params=build_query(
                _LIST,
                {
                    "page": page,
                    "per_page": per_page,
                    "expand": expand,
                    "sort": sort,
                    "filter": filter,
                    "start_date": start_date,
                    "end_date": end_date,
                },
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=Invoice.from_dict,
        )

    async def create(
        self,
        *,
        customer: int,
        name: str | None | Unset = UNSET,
        number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        collection_mode: Literal["auto", "manual"] | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        date: int | Unset = UNSET,
        due_date: int | None | Unset = UNSET,
        draft: bool | Unset = UNSET,
        sent: bool | Unset = UNSET,
        closed: bool | Unset = UNSET,
        chase: bool | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        items: Sequence[LineItemInputParam | LineItemInput] | Unset = UNSET,
        terms: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        discounts: Sequence[DiscountInputParam | DiscountInput] | Unset = UNSET,
        taxes: Sequence[TaxInputParam | TaxInput] | Unset = UNSET,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Create an invoice (`POST /invoices`).

        Issues a new invoice to a customer. Line items name their own price,
        or refer to a `catalog_item` whose name and price fill in what the
        item leaves out. `number` defaults to the next value of the invoice
        sequence (`INV-0001`, ...); a number you choose yourself is not
        checked for uniqueness, while assigned numbers never repeat within
        your business. `currency` defaults to `usd`, `date` to now, and
        `collection_mode` and `payment_terms` to the customer's. The due date
        follows from `NET n` payment terms when not given; invoices in `auto`
        collection have the terms `Auto-Charged` and no due date.

        Args:
            customer: ID of the customer the invoice is issued to.
            name: A name for internal use.
            number: Your reference number for the invoice.
            currency: The invoice's currency, a three-letter ISO 4217 code in lower case.
            collection_mode: How invoices are collected: `auto` charges the payment source, `manual` waits
                for the customer to pay.
            payment_terms: Payment terms such as `NET 30`; `NET n` sets the due date n days after `date`.
            date: The invoice's date, as a UNIX timestamp.
            due_date: When payment is due, as a UNIX timestamp.
            draft: Keep the invoice as a draft.
            sent: Mark the invoice as sent.
            closed: Close the invoice as bad debt.
            chase: Turn on automatic payment reminders.
            theme: ID of a custom theme to render with.
            items: The line items: what was sold, each with its own price or a `catalog_item`.
            terms: Terms and conditions printed on the invoice.
            notes: Notes printed on the invoice.
            discounts: Discounts on the whole invoice, subtracted from the subtotal.
            taxes: Taxes on the whole invoice, added to the subtotal.
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
            Invoice

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
            {"collection_mode": collection_mode, "items": items},
        )
        return await self._request(
            _CREATE,
            "/invoices",
            json=build_body(
                {
                    "customer": customer,
                    "name": name,
                    "number": number,
                    "currency": currency,
                    "collection_mode": collection_mode,
                    "payment_terms": payment_terms,
                    "date": date,
                    "due_date": due_date,
                    "draft": draft,
                    "sent": sent,
                    "closed": closed,
                    "chase": chase,
                    "theme": theme,
                    "items": items,
                    "terms": terms,
                    "notes": notes,
                    "discounts": discounts,
                    "taxes": taxes,
                },
                frozenset({"items", "discounts", "taxes"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )

    async def retrieve(
        self,
        invoice_id: int,
        *,
        expand: Sequence[RetrieveInvoiceExpand] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Retrieve an invoice (`GET /invoices/{invoice_id}`).

        Fetches one invoice by ID.

        Args:
            invoice_id: The invoice's ID.
            expand: Comma-separated relations to return as full objects instead of IDs: `customer`,
                `subscription`. A list of: `customer`, `subscription` (sent comma-separated).
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Invoice

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
            f"/invoices/{_path(invoice_id)}",
            params=build_query(_RETRIEVE, {"expand": expand}),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )

    async def update(
        self,
        invoice_id: int,
        *,
        name: str | None | Unset = UNSET,
        number: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        payment_terms: str | None | Unset = UNSET,
        date: int | Unset = UNSET,
        due_date: int | None | Unset = UNSET,
        draft: bool | Unset = UNSET,
        sent: bool | Unset = UNSET,
        closed: bool | Unset = UNSET,
        chase: bool | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        items: Sequence[LineItemInputParam | LineItemInput] | Unset = UNSET,
        terms: str | None | Unset = UNSET,
        notes: str | None | Unset = UNSET,
        discounts: Sequence[DiscountInputParam | DiscountInput] | Unset = UNSET,
        taxes: Sequence[TaxInputParam | TaxInput] | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Update an invoice (`PATCH /invoices/{invoice_id}`).

        Changes the attributes you send and leaves the others as they are.
        Sending `items`, `discounts` or `taxes` replaces that whole
        collection, and the totals are computed again. The response shows
        the invoice as updated. Once transactions are recorded against an
        invoice its `currency` stays; another one is answered with `400`
        naming `currency`.

        Args:
            invoice_id: The invoice's ID.
            name: A name for internal use.
            number: Your reference number for the invoice.
            currency: The invoice's currency, a three-letter ISO 4217 code in lower case.
            payment_terms: Payment terms such as `NET 30`; `NET n` sets the due date n days after `date`.
            date: The invoice's date, as a UNIX timestamp.
            due_date: When payment is due, as a UNIX timestamp.
            draft: Keep the invoice as a draft.
            sent: Mark the invoice as sent.
            closed: Close the invoice as bad debt.
            chase: Turn on automatic payment reminders.
            theme: ID of a custom theme to render with.
            items: The line items: what was sold, each with its own price or a `catalog_item`.
            terms: Terms and conditions printed on the invoice.
            notes: Notes printed on the invoice.
            discounts: Discounts on the whole invoice, subtracted from the subtotal.
            taxes: Taxes on the whole invoice, added to the subtotal.
            extra_headers: Further headers for this call; a name given here replaces the client's own.
            extra_query: Further query parameters for this call; a name given here replaces the method's own.
            extra_body: Further JSON body fields for this call, merged over the method's own.
            timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of the
                client's setting; `None` waits for ever.

        Returns:
            Invoice

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
            {"items": items},
        )
        return await self._request(
            _UPDATE,
            f"/invoices/{_path(invoice_id)}",
            json=build_body(
                {
                    "name": name,
                    "number": number,
                    "currency": currency,
                    "payment_terms": payment_terms,
                    "date": date,
                    "due_date": due_date,
                    "draft": draft,
                    "sent": sent,
                    "closed": closed,
                    "chase": chase,
                    "theme": theme,
                    "items": items,
                    "terms": terms,
                    "notes": notes,
                    "discounts": discounts,
                    "taxes": taxes,
                },
                frozenset({"items", "discounts", "taxes"}),
            ),
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )

    async def delete(
        self,
        invoice_id: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete an invoice (`DELETE /invoices/{invoice_id}`).

        Removes an invoice for good, together with the transactions recorded
        against it.

        Args:
            invoice_id: The invoice's ID.
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
            f"/invoices/{_path(invoice_id)}",
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=no_content,
        )

    async def send(
        self,
        invoice_id: int,
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
        """Send an invoice (`POST /invoices/{invoice_id}/emails`).

        Emails the invoice to the customer and marks it as sent. It needs a
        recipient: without `to`, it goes to the customer's own email address,
        and a customer without one gets a `400` naming `to`, so pass `to` for
        such a customer. Drafts cannot be sent. One
        email is returned per recipient; a successful answer means the
        emails were queued for delivery.

        Args:
            invoice_id: The invoice's ID.
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
            _SEND,
            f"/invoices/{_path(invoice_id)}/emails",
            json=build_body(
                {"to": to, "bcc": bcc, "subject": subject, "message": message},
                frozenset({"to"}),
            ),
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_email_list,
        )

    async def pay(
        self,
        invoice_id: int,
        *,
        idempotency_key: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Invoice:
        """Pay an invoice (`POST /invoices/{invoice_id}/pay`).

        Charges the invoice's balance to the customer's payment source right
        away, instead of waiting for the next scheduled attempt. On success
        a `charge` transaction is recorded against the invoice and the paid
        invoice is returned. Only invoices in `auto` collection can be
        charged, and only when the customer has a payment source; a draft,
        closed or already paid invoice cannot be charged either. Each of
        these cases is answered with `400` and a message saying which.

        Args:
            invoice_id: The invoice's ID.
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
            Invoice

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
            _PAY,
            f"/invoices/{_path(invoice_id)}/pay",
            idempotency_key=idempotency_key,
            options=request_options(extra_headers, extra_query, extra_body, timeout),
            parse=_parse_invoice,
        )


class InvoicesWithRawResponse:
    """`client.invoices.with_raw_response`: each method answers an `APIResponse`."""

    def __init__(self, invoices: Invoices) -> None:
        self.list = to_raw_response_wrapper(invoices.list)
        self.create = to_raw_response_wrapper(invoices.create)
        self.retrieve = to_raw_response_wrapper(invoices.retrieve)
        self.update = to_raw_response_wrapper(invoices.update)
        self.delete = to_raw_response_wrapper(invoices.delete)
        self.send = to_raw_response_wrapper(invoices.send)
        self.pay = to_raw_response_wrapper(invoices.pay)


class AsyncInvoicesWithRawResponse:
    """`client.invoices.with_raw_response` of the asyncio client: each method answers an `APIResponse`."""

    def __init__(self, invoices: AsyncInvoices) -> None:
        self.list = async_to_raw_response_wrapper(invoices.list)
        self.create = async_to_raw_response_wrapper(invoices.create)
        self.retrieve = async_to_raw_response_wrapper(invoices.retrieve)
        self.update = async_to_raw_response_wrapper(invoices.update)
        self.delete = async_to_raw_response_wrapper(invoices.delete)
        self.send = async_to_raw_response_wrapper(invoices.send)
        self.pay = async_to_raw_response_wrapper(invoices.pay)


# Which operation of the spec each method sends, for tests and tooling.
OPERATIONS = {
    "list": "listInvoices",
    "create": "createInvoice",
    "retrieve": "retrieveInvoice",
    "update": "updateInvoice",
    "delete": "deleteInvoice",
    "send": "sendInvoice",
    "pay": "payInvoice",
}
