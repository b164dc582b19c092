"""Base classes of the generated resources (`client.customers`, ...) and of their `with_raw_response` views.

Copied verbatim into the generated package by codegen/generate.py.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._base_client import APIResponse, Endpoint, Parser, RequestOptions, parse_body
from ._pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class SyncAPIResource:
    """One tag's operations on a sync client. With `raw=True` every method returns an `APIResponse`."""

    def __init__(self, client: SyncAPIClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _request(
        self,
        endpoint: Endpoint,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
        parse: Parser[R],
    ) -> R:
        response = self._client._call(
            endpoint, url, params=params, json=json, idempotency_key=idempotency_key, options=options
        )
        if self._raw:
            return cast(R, APIResponse(response, lambda: parse_body(response, parse)))
        return parse_body(response, parse)

    def _page(
        self,
        endpoint: Endpoint,
        url: str,
        *,
        params: Mapping[str, Any],
        options: RequestOptions | None = None,
        parse: Parser[T],
    ) -> SyncPage[T]:
        client = self._client
        response = client._call(endpoint, url, params=params, options=options)
        if self._raw:
            return cast(
                SyncPage[T], APIResponse(response, lambda: SyncPage(client, endpoint, response, parse, options))
            )
        return SyncPage(client, endpoint, response, parse, options)


class AsyncAPIResource:
    """One tag's operations on an asyncio client. With `raw=True` every method returns an `APIResponse`."""

    def __init__(self, client: AsyncAPIClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _request(
        self,
        endpoint: Endpoint,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
        parse: Parser[R],
    ) -> R:
        response = await self._client._call(
            endpoint, url, params=params, json=json, idempotency_key=idempotency_key, options=options
        )
        if self._raw:
            return cast(R, APIResponse(response, lambda: parse_body(response, parse)))
        return parse_body(response, parse)

    def _page(
        self,
        endpoint: Endpoint,
        url: str,
        *,
        params: Mapping[str, Any],
        options: RequestOptions | None = None,
        parse: Parser[T],
    ) -> AsyncPaginator[T]:
        client, raw = self._client, self._raw

        async def first() -> AsyncPage[T]:
            response = await client._call(endpoint, url, params=params, options=options)
            if raw:
                return cast(
                    AsyncPage[T], APIResponse(response, lambda: AsyncPage(client, endpoint, response, parse, options))
                )
            return AsyncPage(client, endpoint, response, parse, options)

        return AsyncPaginator(first)


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """A method of a resource made with `raw=True`, typed as what it returns: an `APIResponse`."""
    return cast(Callable[P, APIResponse[R]], method)


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The asyncio twin of `to_raw_response_wrapper`."""
    return cast(Callable[P, Awaitable[APIResponse[R]]], method)


__all__ = ["AsyncAPIResource", "SyncAPIResource", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]
