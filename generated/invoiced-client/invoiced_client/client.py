"""Clients for the API. `InvoicedClient` is the one to use; the others are openapi-python-client's building blocks."""

import asyncio
import base64
import email.utils
import random
import ssl
import time
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field, frozen


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


# The spec's first server; tests/client check the two agree.
DEFAULT_BASE_URL = "https://api.invoiced.com"
DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# RFC 9110 idempotent methods. POST and PATCH are retried only with an Idempotency-Key header,
# which makes the server answer a repeat with the stored first response instead of doing the work twice.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
IDEMPOTENCY_HEADER = "Idempotency-Key"
# Failures where the request may not have reached the server, or its answer got lost on the way.
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@frozen
class RetryPolicy:
    """How long to wait between attempts: exponential backoff with jitter, never sooner than `Retry-After`.

    Attributes:
        backoff_base: Seconds before the first retry; each further retry doubles it.
        backoff_max: Upper bound of the backoff, in seconds.
        retry_after_max: A `Retry-After` longer than this many seconds is not waited for: the
            response is returned as it is (and `sync` raises `RateLimitError` with `retry_after`).
    """

    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number `retry` (0 for the first) when the server named no time."""
        # "Equal jitter": half the backoff is fixed, half random, so clients that failed together spread out.
        return min(self.backoff_max, self.backoff_base * 2.0**retry) * random.uniform(0.5, 1.0)

    def delay(self, retry: int, retry_after: str | None) -> float | None:
        """Seconds to wait before retry number `retry` after an answer with `retry_after`, or None to give up."""
        backoff = self.backoff(retry)
        server_wait = parse_retry_after(retry_after)
        if server_wait is None:
            return backoff
        if server_wait > self.retry_after_max:
            return None
        return max(server_wait, backoff)


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` in seconds, from either delta-seconds or an HTTP-date; None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def is_retryable_request(request: httpx.Request) -> bool:
    """Whether sending `request` twice is safe."""
    return request.method in IDEMPOTENT_METHODS or IDEMPOTENCY_HEADER in request.headers


def is_retryable_status(status_code: int) -> bool:
    """429 and 5xx answers are worth another attempt."""
    return status_code == 429 or status_code >= 500


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and repeats safe requests that failed on the network or got a 429 or 5xx answer.

    At most `max_retries` retries follow the first attempt; 0 turns retrying off. The last
    answer (or network error) is handed on unchanged, so errors still surface as usual.
    """

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        policy: RetryPolicy = RetryPolicy(),
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.wrapped = wrapped
        self.max_retries = max_retries
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.max_retries == 0 or not is_retryable_request(request):
            return self.wrapped.handle_request(request)
        retry = 0
        while True:
            try:
                response = self.wrapped.handle_request(request)
            except RETRYABLE_ERRORS:
                if retry >= self.max_retries:
                    raise
                delay = self.policy.backoff(retry)
            else:
                if retry >= self.max_retries or not is_retryable_status(response.status_code):
                    return response
                server_delay = self.policy.delay(retry, response.headers.get("Retry-After"))
                if server_delay is None:
                    return response
                delay = server_delay
                response.close()
            time.sleep(delay)
            retry += 1

    def close(self) -> None:
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `RetryTransport`."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        policy: RetryPolicy = RetryPolicy(),
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.wrapped = wrapped
        self.max_retries = max_retries
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.max_retries == 0 or not is_retryable_request(request):
            return await self.wrapped.handle_async_request(request)
        retry = 0
        while True:
            try:
                response = await self.wrapped.handle_async_request(request)
            except RETRYABLE_ERRORS:
                if retry >= self.max_retries:
                    raise
                delay = self.policy.backoff(retry)
            else:
                if retry >= self.max_retries or not is_retryable_status(response.status_code):
                    return response
                server_delay = self.policy.delay(retry, response.headers.get("Retry-After"))
                if server_delay is None:
                    return response
                delay = server_delay
                await response.aclose()
            await asyncio.sleep(delay)
            retry += 1

    async def aclose(self) -> None:
        await self.wrapped.aclose()


def basic_credentials(api_key: str) -> str:
    """HTTP Basic credentials (the part after `Basic `) for the API key as username and an empty password."""
    return base64.b64encode(f"{api_key}:".encode()).decode("ascii")


class InvoicedClient(AuthenticatedClient):
    """The client to pass to every API function: authenticated with your API key, retrying what is safe to retry.

    ``InvoicedClient("YOUR_API_KEY")`` talks to production; pass ``base_url="http://127.0.0.1:8000"``
    for the local sandbox. Use it as a context manager (``with`` or ``async with``) to close its
    connections when done, or call ``close()`` / ``await aclose()``.

    Args:
        api_key: Sent as the username of HTTP Basic authentication, with an empty password.
        base_url: Where the API lives.
        max_retries: Retries after a failed first attempt (network failure, 429 or 5xx) of a GET,
            PUT, DELETE, or of a POST carrying an idempotency key. 0 turns retrying off.
        retry_policy: The waits between attempts.
        timeout: Seconds (or an ``httpx.Timeout``) before a request is abandoned.
        headers: Extra headers sent with every request.
        cookies: Cookies sent with every request.
        verify_ssl: Certificate verification, as for ``httpx`` (``False`` only for testing).
        transport: The ``httpx`` transport under the retry layer (default: ``httpx.HTTPTransport``).
        async_transport: The same for the async client (default: ``httpx.AsyncHTTPTransport``).
        httpx_args: Further keyword arguments for ``httpx.Client`` / ``httpx.AsyncClient``,
            such as ``event_hooks``.
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy = RetryPolicy(),
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._settings: dict[str, Any] = {
            "api_key": api_key,
            "base_url": base_url,
            "max_retries": max_retries,
            "retry_policy": retry_policy,
            "timeout": timeout,
            "headers": dict(headers or {}),
            "cookies": dict(cookies or {}),
            "verify_ssl": verify_ssl,
            "transport": transport,
            "async_transport": async_transport,
            "httpx_args": dict(httpx_args or {}),
        }
        super().__init__(
            base_url=base_url,
            token=basic_credentials(api_key),
            prefix="Basic",
            headers=dict(headers or {}),
            cookies=dict(cookies or {}),
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            verify_ssl=verify_ssl,
            httpx_args=dict(httpx_args or {}),
            # Undocumented statuses become the matching InvoicedError subclass rather than UnexpectedStatus.
            raise_on_unexpected_status=False,
        )

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt; 0 when retrying is off."""
        return int(self._settings["max_retries"])

    def __repr__(self) -> str:
        # The attrs repr would print the encoded key.
        return f"InvoicedClient(base_url={self._base_url!r}, max_retries={self.max_retries})"

    def _replace(self, **changes: Any) -> "InvoicedClient":
        return InvoicedClient(**{**self._settings, **changes})

    def with_headers(self, headers: dict[str, str]) -> "InvoicedClient":
        """A new client like this one that also sends `headers`."""
        return self._replace(headers={**self._settings["headers"], **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "InvoicedClient":
        """A new client like this one that also sends `cookies`."""
        return self._replace(cookies={**self._settings["cookies"], **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "InvoicedClient":
        """A new client like this one with another timeout."""
        return self._replace(timeout=timeout)

    def with_max_retries(self, max_retries: int) -> "InvoicedClient":
        """A new client like this one with another retry bound (0 turns retrying off)."""
        return self._replace(max_retries=max_retries)

    def get_httpx_client(self) -> httpx.Client:
        """The underlying `httpx.Client`, with the retry transport; built on first use."""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}"
            wrapped = self._settings["transport"] or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(wrapped, max_retries=self.max_retries, policy=self._settings["retry_policy"]),
                **self._httpx_args,
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient`, with the retry transport; built on first use."""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}"
            wrapped = self._settings["async_transport"] or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(
                    wrapped, max_retries=self.max_retries, policy=self._settings["retry_policy"]
                ),
                **self._httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        """Close the connections of the sync client."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the connections of the async client."""
        if self._async_client is not None:
            await self._async_client.aclose()
