"""`InvoicedClient` and `AsyncInvoicedClient`: one attribute per resource of the API.

    client = InvoicedClient("YOUR_API_KEY")
    customer = client.customers.create(name="Acme")

Generated from the spec by codegen/ (`make client`); the HTTP layer is `_base_client.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    RetryPolicy,
    SyncAPIClient,
    basic_credentials,
    parse_retry_after,
)

if TYPE_CHECKING:
    from .resources.customers import AsyncCustomers, Customers
    from .resources.invoices import AsyncInvoices, Invoices
    from .resources.subscriptions import AsyncSubscriptions, Subscriptions
    from .resources.transactions import AsyncTransactions, Transactions

# The spec's first server.
DEFAULT_BASE_URL = "https://api.invoiced.com"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncInvoicedClient",
    "InvoicedClient",
    "RetryPolicy",
    "basic_credentials",
    "parse_retry_after",
]


class InvoicedClient(SyncAPIClient):
    """The Invoiced API, authenticated with your API key, retrying what is safe to retry.

    Args:
        api_key: Your API key; it is sent as the HTTP Basic username with an empty password.
        base_url: Where the API answers; the local sandbox (`make sandbox`) is http://127.0.0.1:8000.
        max_retries: Retries after the first attempt on network failures, 429 and 5xx (0 turns them off).
        timeout: Seconds (or an `httpx.Timeout`) a request may take.
        retry_policy: The waits between retries.
        headers: Headers sent with every request.
        transport: An httpx transport to send through (for tests and proxies).
        httpx_args: Further arguments of `httpx.Client` (such as `event_hooks`).
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            retry_policy=retry_policy,
            headers=headers,
            transport=transport,
            httpx_args=httpx_args,
        )

    @property
    def customers(self) -> Customers:
        """Customers: list, create, retrieve, update, delete, list_subscriptions, retrieve_balance,
        send_statement."""
        cached: Customers | None = self._resources.get("customers")
        if cached is None:
            # Imported on first use, so `import invoiced_client` stays light.
            from .resources.customers import Customers as resource

            cached = self._resources["customers"] = resource(self)
        return cached

    @property
    def invoices(self) -> Invoices:
        """Invoices: list, create, retrieve, update, delete, send, pay."""
        cached: Invoices | None = self._resources.get("invoices")
        if cached is None:
            # Imported on first use, so `import invoiced_client` stays light.
            from .resources.invoices import Invoices as resource

            cached = self._resources["invoices"] = resource(self)
        return cached

    @property
    def transactions(self) -> Transactions:
        """Transactions: list, create, retrieve, update, delete, send_receipt, refund."""
        cached: Transactions | None = self._resources.get("transactions")
        if cached is None:
            # Imported on first use, so `import invoiced_client` stays light.
            from .resources.transactions import Transactions as resource

            cached = self._resources["transactions"] = resource(self)
        return cached

    @property
    def subscriptions(self) -> Subscriptions:
        """Subscriptions: list, create, retrieve, update, cancel."""
        cached: Subscriptions | None = self._resources.get("subscriptions")
        if cached is None:
            # Imported on first use, so `import invoiced_client` stays light.
            from .resources.subscriptions import Subscriptions as resource

            cached = self._resources["subscriptions"] = resource(self)
        return cached


class AsyncInvoicedClient(AsyncAPIClient):
    """`InvoicedClient` for asyncio: the same resources, with `await`-able methods.

    Takes the same arguments as `InvoicedClient`, with an `httpx.AsyncBaseTransport` as `transport`.
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            retry_policy=retry_policy,
            headers=headers,
            transport=transport,
            httpx_args=httpx_args,
        )

    @property
    def customers(self) -> AsyncCustomers:
        """Customers: list, create, retrieve, update, delete, list_subscriptions, retrieve_balance,
        send_statement."""
        cached: AsyncCustomers | None = self._resources.get("customers")
        if cached is None:
            from .resources.customers import AsyncCustomers as resource

            cached = self._resources["customers"] = resource(self)
        return cached

    @property
    def invoices(self) -> AsyncInvoices:
        """Invoices: list, create, retrieve, update, delete, send, pay."""
        cached: AsyncInvoices | None = self._resources.get("invoices")
        if cached is None:
            from .resources.invoices import AsyncInvoices as resource

            cached = self._resources["invoices"] = resource(self)
        return cached

    @property
    def transactions(self) -> AsyncTransactions:
        """Transactions: list, create, retrieve, update, delete, send_receipt, refund."""
        cached: AsyncTransactions | None = self._resources.get("transactions")
        if cached is None:
            from .resources.transactions import AsyncTransactions as resource

            cached = self._resources["transactions"] = resource(self)
        return cached

    @property
    def subscriptions(self) -> AsyncSubscriptions:
        """Subscriptions: list, create, retrieve, update, cancel."""
        cached: AsyncSubscriptions | None = self._resources.get("subscriptions")
        if cached is None:
            from .resources.subscriptions import AsyncSubscriptions as resource

            cached = self._resources["subscriptions"] = resource(self)
        return cached
