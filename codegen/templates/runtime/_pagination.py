"""Pages of a list: `.data` is this page, iterating yields every item across pages (following `Link: rel="next"`).

Copied verbatim into the generated package by codegen/generate.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import errors
from ._base_client import json_loads

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Endpoint, Parser, RequestOptions, SyncAPIClient

T = TypeVar("T")

_LINK = re.compile(r'<([^<>]*)>\s*;\s*rel="?([^",;]*)"?')


def next_link(link_header: str | None) -> str | None:
    """The URL of `rel="next"` in an RFC 8288 `Link` header, if there is one."""
    if not link_header:
        return None
    for url, rels in _LINK.findall(link_header):
        if "next" in rels.split():
            return str(url)
    return None


def on_client_origin(url: str, base_url: httpx.URL) -> httpx.URL:
    """A link re-rooted on the client's own base URL: the API key goes with every request, never to another host."""
    target = httpx.URL(url)
    if (target.scheme, target.host, target.port) == (base_url.scheme, base_url.host, base_url.port):
        return target
    return target.copy_with(scheme=base_url.scheme, host=base_url.host, port=base_url.port)


def options_for_link(options: RequestOptions | None, link: httpx.URL) -> RequestOptions | None:
    """The first page's request options for the page `link` names: all of them, except the `extra_query`
    parameters the link itself already carries.

    The server builds the link from the parameters it understood, and the link decides the page:
    an `extra_query={"page": 2}` re-applied to every next link would fetch page 2 for ever.
    """
    if options is None or not options.extra_query:
        return options
    carried = link.params
    return dataclasses.replace(
        options, extra_query={name: value for name, value in options.extra_query.items() if name not in carried}
    )


class _PageBase(Generic[T]):
    def __init__(
        self, endpoint: Endpoint, response: httpx.Response, parse_item: Parser[T], options: RequestOptions | None
    ) -> None:
        self.endpoint = endpoint
        self.http_response = response
        self._parse_item = parse_item
        self._options = options
        body = json_loads(response.content)
        if not isinstance(body, list):
            raise errors.InvoicedError(
                "the list answer is not a JSON array", status=response.status_code, response=response
            )
        self.data: list[T] = [parse_item(item) for item in body]

    @property
    def total_count(self) -> int:
        """How many objects the whole list holds, across all pages (`X-Total-Count`)."""
        value = self.http_response.headers.get("X-Total-Count")
        if value is None:
            raise errors.InvoicedError(
                "the list answer has no X-Total-Count header",
                status=self.http_response.status_code,
                response=self.http_response,
            )
        return int(value)

    def _next_url(self) -> str | None:
        if not self.data:
            return None
        return next_link(self.http_response.headers.get("Link"))

    def has_next_page(self) -> bool:
        """Whether the server links a next page."""
        return self._next_url() is not None

    def _require_next(self) -> str:
        url = self._next_url()
        if url is None:
            raise errors.InvoicedError("this is the last page; check has_next_page() first")
        return url

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} (total {self.http_response.headers.get('X-Total-Count')})>"


class SyncPage(_PageBase[T]):
    """One page of a list. Iterate it for every item from here to the last page."""

    def __init__(
        self,
        client: SyncAPIClient,
        endpoint: Endpoint,
        response: httpx.Response,
        parse_item: Parser[T],
        options: RequestOptions | None = None,
    ) -> None:
        super().__init__(endpoint, response, parse_item, options)
        self._client = client

    def next_page(self) -> SyncPage[T]:
        """The page after this one (`has_next_page()` says whether there is one)."""
        url = on_client_origin(self._require_next(), self._client.get_httpx_client().base_url)
        options = options_for_link(self._options, url)
        response = self._client._call(self.endpoint, url, options=options)
        return SyncPage(self._client, self.endpoint, response, self._parse_item, options)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list, for asyncio. `async for` over it for every item from here to the last page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        endpoint: Endpoint,
        response: httpx.Response,
        parse_item: Parser[T],
        options: RequestOptions | None = None,
    ) -> None:
        super().__init__(endpoint, response, parse_item, options)
        self._client = client

    async def next_page(self) -> AsyncPage[T]:
        """The page after this one (`has_next_page()` says whether there is one)."""
        url = on_client_origin(self._require_next(), self._client.get_async_httpx_client().base_url)
        options = options_for_link(self._options, url)
        response = await self._client._call(self.endpoint, url, options=options)
        return AsyncPage(self._client, self.endpoint, response, self._parse_item, options)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async list method returns: `await` it for the first page, `async for` over it for every item."""

    def __init__(self, fetch: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._fetch().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch()
        async for item in page:
            yield item


# The name resource signatures use for a sync list's answer.
Page = SyncPage

__all__ = ["AsyncPage", "AsyncPaginator", "Page", "SyncPage", "next_link", "on_client_origin", "options_for_link"]
