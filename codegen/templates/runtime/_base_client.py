"""The HTTP layer under every resource: options, retries, idempotency keys, errors and answers.

Copied verbatim into the generated package by codegen/generate.py (it is plain Python, so ruff
and mypy check it there). `InvoicedClient` and `AsyncInvoicedClient` in `client.py` build on
`SyncAPIClient` and `AsyncAPIClient`.
"""

from __future__ import annotations

import base64
import email.utils
import importlib
import json
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from .types import NOT_GIVEN, UNSET, Body, Headers, NotGiven, Query

# orjson, when installed (`pip install invoiced-client[fast]`), decodes a page of 100 customers in a
# third of the time the json module takes; the answers are the same Python values either way.
try:
    _orjson = importlib.import_module("orjson")
except ImportError:
    json_loads: Callable[[bytes], Any] = json.loads
else:
    json_loads = _orjson.loads

R = TypeVar("R")

DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# RFC 9110 idempotent methods. Other requests are retried only with an Idempotency-Key header,
# which makes the server answer a repeat with the stored first response instead of doing the work twice.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
IDEMPOTENCY_HEADER = "Idempotency-Key"
# Failures where the request may not have reached the server, or its answer got lost on the way.
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts: exponential backoff with jitter, never sooner than `Retry-After`.

    Attributes:
        backoff_base: Seconds before the first retry; each further retry doubles it.
        backoff_max: Upper bound of the backoff, in seconds.
        retry_after_max: A `Retry-After` longer than this many seconds is not waited for: the
            answer is returned as it is (and raises `RateLimitError` with `retry_after`).
    """

    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number `retry` (0 for the first) when the server named no time."""
        # "Equal jitter": half the backoff is fixed, half random, so clients that failed together spread out.
        return min(self.backoff_max, self.backoff_base * 2.0**retry) * random.uniform(0.5, 1.0)  # noqa: S311

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


def basic_credentials(api_key: str) -> str:
    """HTTP Basic credentials (the part after `Basic `) for the API key as username and an empty password."""
    return base64.b64encode(f"{api_key}:".encode()).decode("ascii")


def is_retryable_status(status_code: int) -> bool:
    """429 and 5xx answers are worth another attempt."""
    return status_code == 429 or status_code >= 500


def new_idempotency_key() -> str:
    return str(uuid.uuid4())


TimeoutTypes = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """What one call adds to its request: every resource method's `extra_headers`, `extra_query`,
    `extra_body` and `timeout` keywords, kept together so a list's later pages are sent with them too.

    Attributes:
        extra_headers: Headers on top of the client's and the method's; a name given here wins,
            case-insensitively (`Idempotency-Key` included, and then retries reuse it).
        extra_query: Query parameters on top of the method's; a name given here wins.
        extra_body: JSON body fields merged (shallowly) over the method's; a name given here wins.
            On an operation without a body, these fields are the whole body.
        timeout: Seconds (or an `httpx.Timeout`) each attempt of this call may take, instead of
            the client's; `None` waits for ever.
    """

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN


def request_options(
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: TimeoutTypes | NotGiven,
) -> RequestOptions | None:
    """The options of one call, or None for a call that sets none (the common case, kept allocation-free)."""
    if extra_headers is None and extra_query is None and extra_body is None and timeout is NOT_GIVEN:
        return None
    return RequestOptions(extra_headers, extra_query, extra_body, timeout)


# --- turning arguments into a request ---------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """What a resource method knows about its operation before it is called.

    `choices` maps argument names to the values the spec allows (a tuple), or to the choices of
    an object's keys (a dict); `deep` names the object query parameters sent as `name[key]=value`,
    `csv` the list query parameters sent comma-separated.
    """

    label: str
    method: str
    choices: Mapping[str, Any]
    deep: frozenset[str] = frozenset()
    csv: frozenset[str] = frozenset()


def _path(value: object) -> str:
    return quote(str(value), safe="")


def check_choices(endpoint: Endpoint, arguments: Mapping[str, Any]) -> None:
    """Refuse a value the spec does not allow before anything is sent, naming the argument and the choices."""
    for name, allowed in endpoint.choices.items():
        value = arguments.get(name, UNSET)
        if value is not UNSET:
            _check(endpoint.label, name, value, allowed)


def _check(label: str, where: str, value: Any, allowed: Any) -> None:
    if value is None or value is UNSET:
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check(label, f"{where}[{index}]", item, allowed)
        return
    if isinstance(allowed, tuple):
        if value not in allowed:
            choices = ", ".join(repr(choice) for choice in allowed)
            raise errors.InvalidArgumentError(f"{label}: {where} must be one of {choices}; got {value!r}", param=where)
        return
    if isinstance(value, Mapping):
        for key, sub in allowed.items():
            if key in value:
                _check(label, f"{where}[{key}]", value[key], sub)


def to_json(value: Any) -> Any:
    """Models (anything with `to_dict`) and TypedDicts, however nested, as plain JSON values."""
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items() if item is not UNSET}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    return value


def build_query(endpoint: Endpoint, arguments: Mapping[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in arguments.items():
        if value is UNSET:
            continue
        if name in endpoint.deep:
            for key, item in to_json(value).items():
                params[f"{name}[{key}]"] = item
        elif name in endpoint.csv:
            params[name] = ",".join(value)
        else:
            params[name] = value
    return params


def build_body(arguments: Mapping[str, Any], nested: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        name: (to_json(value) if name in nested else value) for name, value in arguments.items() if value is not UNSET
    }


# --- answers -------------------------------------------------------------------------------


class APIResponse(Generic[R]):
    """The raw HTTP answer of a call made through `with_raw_response`; `parse()` gives the typed result."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def status(self) -> int:
        """The HTTP status, named as on `InvoicedError`."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def parse(self) -> R:
        """The answer as the method without `with_raw_response` returns it (parsed once)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.method} {self.url}>"


Parser = Callable[[Any], R]


def no_content(data: Any) -> None:
    """The parser of answers without a body (204)."""
    return None


def parse_body(response: httpx.Response, parse: Parser[R]) -> R:
    if parse is no_content:
        return parse(None)
    return parse(json_loads(response.content))


# --- the clients ------------------------------------------------------------------------------


class _Connection(Generic[R]):
    """The httpx client that a client and its `with_options` copies share, built on first use."""

    def __init__(self, factory: Callable[[], R]) -> None:
        self.factory = factory
        self.http: R | None = None
        self.closed = False


class _BaseClient:
    raise_on_unexpected_status = False

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._api_key = api_key
        self.base_url = base_url
        self.max_retries = max_retries
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        self.retry_policy = retry_policy or RetryPolicy()
        self._headers = {"Authorization": f"Basic {basic_credentials(api_key)}", **(headers or {})}
        self._httpx_args = dict(httpx_args or {})
        self._resources: dict[str, Any] = {}

    def __repr__(self) -> str:
        # The API key stays out of logs and tracebacks.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _copy_settings(self, max_retries: int | None, timeout: TimeoutTypes | NotGiven) -> Self:
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._resources = {}  # resources hold their client, so the copy makes its own
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be 0 or more")
            copy.max_retries = max_retries
        if not isinstance(timeout, NotGiven):
            copy.timeout = timeout if isinstance(timeout, httpx.Timeout | None) else httpx.Timeout(timeout)
        return copy

    def _prepare_headers(self, method: str, idempotency_key: str | None) -> dict[str, str] | None:
        if method == "POST":
            return {IDEMPOTENCY_HEADER: idempotency_key or new_idempotency_key()}
        if idempotency_key is not None:
            return {IDEMPOTENCY_HEADER: idempotency_key}
        return None

    def _retryable(self, request: httpx.Request) -> bool:
        return self.max_retries > 0 and (request.method in IDEMPOTENT_METHODS or IDEMPOTENCY_HEADER in request.headers)

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint,
        url: str | httpx.URL,
        params: Mapping[str, Any] | None,
        json: Any,
        idempotency_key: str | None,
        options: RequestOptions | None,
    ) -> httpx.Request:
        """The request a resource method sends: its own arguments, then the call's options over them."""
        prepared = self._prepare_headers(endpoint.method, idempotency_key)
        if options is None:
            return http.build_request(
                endpoint.method, url, params=params, json=json, headers=prepared, timeout=self.timeout
            )
        headers: httpx.Headers | dict[str, str] | None = prepared
        if options.extra_headers is not None:
            # httpx.Headers replaces case-insensitively: an `idempotency-key` given here is the only one sent.
            headers = httpx.Headers(prepared)
            headers.update(options.extra_headers)
        if options.extra_query:
            if params is None:
                # A next page's link carries its query in the URL, and httpx's `params=` would replace all of it.
                url = httpx.URL(url).copy_merge_params(options.extra_query)
            else:
                params = {**params, **options.extra_query}
        if options.extra_body is not None:
            if json is not None and not isinstance(json, Mapping):
                raise errors.InvoicedError(f"{endpoint.label}: extra_body needs a JSON object body to merge into")
            json = {**(json or {}), **to_json(options.extra_body)}
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return http.build_request(endpoint.method, url, params=params, json=json, headers=headers, timeout=timeout)


class SyncAPIClient(_BaseClient):
    """Sends requests with httpx, retrying what is safe to retry."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
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
            httpx_args=httpx_args,
        )
        self._connection: _Connection[httpx.Client] = _Connection(
            lambda: httpx.Client(base_url=base_url, headers=self._headers, transport=transport, **self._httpx_args)
        )

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    ) -> Self:
        """A client like this one with other settings; it shares this client's connections."""
        return self._copy_settings(max_retries, timeout)

    def get_httpx_client(self) -> httpx.Client:
        """The underlying `httpx.Client`, built on first use."""
        connection = self._connection
        if connection.closed:
            raise errors.InvoicedError("the client is closed; make a new one to send more requests")
        if connection.http is None:
            connection.http = connection.factory()
        return connection.http

    def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request, retried as the policy allows; the last answer is returned whatever its status."""
        http = self.get_httpx_client()
        return self._send(
            http, http.build_request(method, url, params=params, json=json, headers=headers, timeout=self.timeout)
        )

    def _send(self, http: httpx.Client, request: httpx.Request) -> httpx.Response:
        # The same request object goes out on every attempt: its Idempotency-Key and timeout stay.
        retryable = self._retryable(request)
        retry = 0
        while True:
            try:
                response = http.send(request)
            except RETRYABLE_ERRORS as error:
                if not retryable or retry >= self.max_retries:
                    raise errors.APIConnectionError.from_transport_error(error) from error
                delay = self.retry_policy.backoff(retry)
            except httpx.TransportError as error:
                raise errors.APIConnectionError.from_transport_error(error) from error
            else:
                if not retryable or retry >= self.max_retries or not is_retryable_status(response.status_code):
                    return response
                server_delay = self.retry_policy.delay(retry, response.headers.get("Retry-After"))
                if server_delay is None:
                    return response
                delay = server_delay
                response.close()
            time.sleep(delay)
            retry += 1

    def _call(
        self,
        endpoint: Endpoint,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        http = self.get_httpx_client()
        response = self._send(http, self._build_request(http, endpoint, url, params, json, idempotency_key, options))
        if not 200 <= response.status_code < 300:
            raise errors.error_from_response(response)
        return response

    def close(self) -> None:
        """Close the connections; the client (and its `with_options` copies) cannot be used afterwards."""
        connection = self._connection
        connection.closed = True
        if connection.http is not None:
            connection.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """The asyncio twin of `SyncAPIClient`."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str,
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
            httpx_args=httpx_args,
        )
        self._connection: _Connection[httpx.AsyncClient] = _Connection(
            lambda: httpx.AsyncClient(base_url=base_url, headers=self._headers, transport=transport, **self._httpx_args)
        )

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    ) -> Self:
        """A client like this one with other settings; it shares this client's connections."""
        return self._copy_settings(max_retries, timeout)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient`, built on first use."""
        connection = self._connection
        if connection.closed:
            raise errors.InvoicedError("the client is closed; make a new one to send more requests")
        if connection.http is None:
            connection.http = connection.factory()
        return connection.http

    async def request(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request, retried as the policy allows; the last answer is returned whatever its status."""
        http = self.get_async_httpx_client()
        return await self._send(
            http, http.build_request(method, url, params=params, json=json, headers=headers, timeout=self.timeout)
        )

    async def _send(self, http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        # The same request object goes out on every attempt: its Idempotency-Key and timeout stay.
        retryable = self._retryable(request)
        retry = 0
        while True:
            try:
                response = await http.send(request)
            except RETRYABLE_ERRORS as error:
                if not retryable or retry >= self.max_retries:
                    raise errors.APIConnectionError.from_transport_error(error) from error
                delay = self.retry_policy.backoff(retry)
            except httpx.TransportError as error:
                raise errors.APIConnectionError.from_transport_error(error) from error
            else:
                if not retryable or retry >= self.max_retries or not is_retryable_status(response.status_code):
                    return response
                server_delay = self.retry_policy.delay(retry, response.headers.get("Retry-After"))
                if server_delay is None:
                    return response
                delay = server_delay
                await response.aclose()
            # Imported here: only async code that retries needs it, and it costs 30 ms to import.
            import asyncio

            await asyncio.sleep(delay)
            retry += 1

    async def _call(
        self,
        endpoint: Endpoint,
        url: str | httpx.URL,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        http = self.get_async_httpx_client()
        response = await self._send(
            http, self._build_request(http, endpoint, url, params, json, idempotency_key, options)
        )
        if not 200 <= response.status_code < 300:
            raise errors.error_from_response(response)
        return response

    async def close(self) -> None:
        """Close the connections; the client (and its `with_options` copies) cannot be used afterwards."""
        connection = self._connection
        connection.closed = True
        if connection.http is not None:
            await connection.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()
