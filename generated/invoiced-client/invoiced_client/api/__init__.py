"""The API operations, one module per operation under a package per tag, and `paginate` to walk any list.

    for customer in paginate(list_customers, client=client, per_page=100):
        ...

`paginate` (and `apaginate` for asyncio) fetches the first page with the parameters given, then
follows the `Link: rel="next"` URLs the API sends, which keep every other parameter (`filter`,
`sort`, `expand`, ...). `total_count()` is the `X-Total-Count` of the list.
"""

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any, Generic, Protocol, TypeVar

import httpx

from .. import errors
from ..client import AuthenticatedClient, Client
from ..models.error_object import ErrorObject

T = TypeVar("T")

_LINK = re.compile(r'<([^<>]*)>\s*;\s*rel="?([^",;]*)"?')


class ListOperation(Protocol[T]):
    """A generated list operation module, such as `invoiced_client.api.customers.list_customers`."""

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def _parse_response(
        self, *, client: AuthenticatedClient | Client, response: httpx.Response
    ) -> ErrorObject | list[T] | None: ...


def next_link(link_header: str | None) -> str | None:
    """The URL of `rel="next"` in an RFC 8288 `Link` header, if there is one."""
    if not link_header:
        return None
    for url, rels in _LINK.findall(link_header):
        if "next" in rels.split():
            return str(url)
    return None


def _on_client_origin(url: str, base_url: httpx.URL) -> httpx.URL:
    # The API key goes with every request, so a link naming another host is re-rooted on the
    # client's own base URL rather than followed there.
    target = httpx.URL(url)
    if (target.scheme, target.host, target.port) == (base_url.scheme, base_url.host, base_url.port):
        return target
    return target.copy_with(scheme=base_url.scheme, host=base_url.host, port=base_url.port)


def _total_count(response: httpx.Response) -> int:
    value = response.headers.get("X-Total-Count")
    if value is None:
        raise errors.InvoicedError(
            "the list answer has no X-Total-Count header", status=response.status_code, response=response
        )
    return int(value)


class _PagerBase(Generic[T]):
    def __init__(self, operation: ListOperation[T], client: AuthenticatedClient, params: dict[str, Any]) -> None:
        self.operation = operation
        self.client = client
        self.params = params
        self._first: httpx.Response | None = None

    def _items(self, response: httpx.Response) -> list[T]:
        errors.raise_for_status(response)
        parsed = self.operation._parse_response(client=self.client, response=response)
        if not isinstance(parsed, list):
            raise errors.InvoicedError(
                "the list answer is not a JSON array", status=response.status_code, response=response
            )
        return parsed


class Paginator(_PagerBase[T]):
    """Every object of a list operation, page after page; iterate it as often as you like."""

    def _send(self, **kwargs: Any) -> httpx.Response:
        try:
            return self.client.get_httpx_client().request(**kwargs)
        except httpx.TransportError as error:
            raise errors.APIConnectionError.from_transport_error(error) from error

    def _first_page(self) -> httpx.Response:
        if self._first is None:
            self._first = self._send(**self.operation._get_kwargs(**self.params))
            errors.raise_for_status(self._first)
        return self._first

    def total_count(self) -> int:
        """How many objects the list holds across all pages (`X-Total-Count` of the first page)."""
        return _total_count(self._first_page())

    def __iter__(self) -> Iterator[T]:
        response = self._first_page()
        # Later iterations start afresh, so the list is read as it is then.
        self._first = None
        base_url = self.client.get_httpx_client().base_url
        while True:
            items = self._items(response)
            yield from items
            url = next_link(response.headers.get("Link"))
            if url is None or not items:
                return
            response = self._send(method="GET", url=_on_client_origin(url, base_url))


class AsyncPaginator(_PagerBase[T]):
    """The asyncio twin of `Paginator`: `async for` over it, `await total_count()`."""

    async def _send(self, **kwargs: Any) -> httpx.Response:
        try:
            return await self.client.get_async_httpx_client().request(**kwargs)
        except httpx.TransportError as error:
            raise errors.APIConnectionError.from_transport_error(error) from error

    async def _first_page(self) -> httpx.Response:
        if self._first is None:
            self._first = await self._send(**self.operation._get_kwargs(**self.params))
            errors.raise_for_status(self._first)
        return self._first

    async def total_count(self) -> int:
        """How many objects the list holds across all pages (`X-Total-Count` of the first page)."""
        return _total_count(await self._first_page())

    async def __aiter__(self) -> AsyncIterator[T]:
        response = await self._first_page()
        self._first = None
        base_url = self.client.get_async_httpx_client().base_url
        while True:
            items = self._items(response)
            for item in items:
                yield item
            url = next_link(response.headers.get("Link"))
            if url is None or not items:
                return
            response = await self._send(method="GET", url=_on_client_origin(url, base_url))


def paginate(operation: ListOperation[T], *, client: AuthenticatedClient, **params: Any) -> Paginator[T]:
    """Iterate over every object of the list `operation`, called with `params` (e.g. `per_page`, `filter_`)."""
    return Paginator(operation, client, params)


def apaginate(operation: ListOperation[T], *, client: AuthenticatedClient, **params: Any) -> AsyncPaginator[T]:
    """`paginate` for asyncio: `async for customer in apaginate(list_customers, client=client): ...`."""
    return AsyncPaginator(operation, client, params)


__all__ = ["AsyncPaginator", "ListOperation", "Paginator", "apaginate", "next_link", "paginate"]
