"""InvoicedClient and its retry transport, against a scripted local server and a closed port."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import httpx
import pytest
from invoiced_client import (
    APIConnectionError,
    APIError,
    AsyncRetryTransport,
    InvoicedClient,
    RateLimitError,
    RetryPolicy,
    RetryTransport,
)
from invoiced_client.api.customers import list_customers, retrieve_customer
from invoiced_client.client import basic_credentials, parse_retry_after
from invoiced_client.errors import raise_for_status

from tests.client.scripted import ScriptedServer
from tests.fixtures.sandbox import serve_sandbox
from tests.fixtures.servers import free_port

FAST = RetryPolicy(backoff_base=0.01, backoff_max=0.02)


class CountingTransport(httpx.BaseTransport):
    """A real HTTP transport that counts the attempts the retry layer makes through it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _client(server: ScriptedServer, max_retries: int, policy: RetryPolicy = FAST) -> InvoicedClient:
    return InvoicedClient("key", base_url=server.base_url, max_retries=max_retries, retry_policy=policy)


def _key() -> str:
    return uuid.uuid4().hex


@pytest.mark.parametrize("status", [500, 503, 429])
def test_retries_stop_at_the_bound(scripted_server: ScriptedServer, status: int) -> None:
    key = _key()
    with _client(scripted_server, max_retries=3) as client:
        response = client.get_httpx_client().get(f"/answer/{status}", params={"key": key})
    assert response.status_code == status
    assert scripted_server.hits[key] == 4


def test_zero_turns_retrying_off(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=0) as client:
        response = client.get_httpx_client().get("/answer/503", params={"key": key})
    with pytest.raises(APIError) as raised:
        raise_for_status(response)
    assert scripted_server.hits[key] == 1
    assert raised.value.status == 503
    assert raised.value.type == "api"


def test_a_retry_that_succeeds_returns_the_success(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=2) as client:
        response = client.get_httpx_client().get("/answer/502", params={"key": key, "fail": 2})
    assert response.status_code == 200
    assert scripted_server.hits[key] == 3


def test_client_errors_are_not_retried(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=3) as client:
        response = client.get_httpx_client().get("/answer/400", params={"key": key})
    assert response.status_code == 400
    assert scripted_server.hits[key] == 1


def test_retry_after_is_honoured(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=1) as client:
        started = time.monotonic()
        response = client.get_httpx_client().get("/answer/429", params={"key": key, "fail": 1, "retry_after": "1"})
        waited = time.monotonic() - started
    assert response.status_code == 200
    assert waited >= 1.0


def test_a_retry_after_beyond_the_cap_is_not_waited_for(scripted_server: ScriptedServer) -> None:
    key = _key()
    policy = RetryPolicy(backoff_base=0.01, retry_after_max=5)
    with _client(scripted_server, max_retries=3, policy=policy) as client:
        response = client.get_httpx_client().get("/answer/429", params={"key": key, "retry_after": "3600"})
    with pytest.raises(RateLimitError) as raised:
        raise_for_status(response)
    assert scripted_server.hits[key] == 1
    assert raised.value.retry_after == 3600


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_unsafe_methods_are_retried_only_with_an_idempotency_key(scripted_server: ScriptedServer, method: str) -> None:
    bare, keyed = _key(), _key()
    with _client(scripted_server, max_retries=2) as client:
        http = client.get_httpx_client()
        http.request(method, "/answer/503", params={"key": bare}, json={})
        http.request(method, "/answer/503", params={"key": keyed}, json={}, headers={"Idempotency-Key": keyed})
    assert scripted_server.hits[bare] == 1
    assert scripted_server.hits[keyed] == 3


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_idempotent_methods_are_retried(scripted_server: ScriptedServer, method: str) -> None:
    key = _key()
    with _client(scripted_server, max_retries=1) as client:
        client.get_httpx_client().request(method, "/answer/500", params={"key": key})
    assert scripted_server.hits[key] == 2


@pytest.mark.parametrize("max_retries", [0, 2])
def test_connection_failures_are_retried_then_raised(max_retries: int) -> None:
    counting = CountingTransport()
    closed = f"http://127.0.0.1:{free_port()}"
    client = InvoicedClient("key", base_url=closed, max_retries=max_retries, retry_policy=FAST, transport=counting)
    with client, pytest.raises(APIConnectionError) as raised:
        retrieve_customer.sync(1, client=client)
    assert counting.attempts == max_retries + 1
    assert raised.value.response is None
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_async_retries_stop_at_the_bound(scripted_server: ScriptedServer) -> None:
    key = _key()

    async def run() -> int:
        async with _client(scripted_server, max_retries=2) as client:
            response = await client.get_async_httpx_client().get("/answer/504", params={"key": key})
            return response.status_code

    assert asyncio.run(run()) == 504
    assert scripted_server.hits[key] == 3


def test_async_connection_failures_raise() -> None:
    client = InvoicedClient("key", base_url=f"http://127.0.0.1:{free_port()}", max_retries=1, retry_policy=FAST)

    async def run() -> None:
        async with client:
            await retrieve_customer.asyncio(1, client=client)

    with pytest.raises(APIConnectionError):
        asyncio.run(run())


def test_transports_reject_a_negative_bound() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryTransport(httpx.HTTPTransport(), max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        AsyncRetryTransport(httpx.AsyncHTTPTransport(), max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        InvoicedClient("key", max_retries=-1)


def test_backoff_grows_with_jitter_and_stays_bounded() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=4.0)
    for retry, ceiling in [(0, 1.0), (1, 2.0), (2, 4.0), (5, 4.0)]:
        waits = {policy.backoff(retry) for _ in range(50)}
        assert all(ceiling / 2 <= wait <= ceiling for wait in waits)
        assert len(waits) > 1
    assert policy.delay(0, "3") == 3.0
    assert policy.delay(0, "120") is None


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_the_key_is_basic_auth_and_kept_out_of_repr() -> None:
    client = InvoicedClient("sk_secret", base_url="http://127.0.0.1:1", max_retries=4)
    assert basic_credentials("sk_secret") == "c2tfc2VjcmV0Og=="  # base64 of "sk_secret:"
    assert client.get_httpx_client().headers["Authorization"] == "Basic c2tfc2VjcmV0Og=="
    assert "sk_secret" not in repr(client) and "c2tf" not in repr(client)
    assert repr(client) == "InvoicedClient(base_url='http://127.0.0.1:1', max_retries=4)"
    assert client.with_max_retries(0).max_retries == 0
    assert client.with_headers({"X-Trace": "1"}).get_httpx_client().headers["X-Trace"] == "1"


def test_retries_ride_out_a_rate_limited_sandbox(tmp_path: Path) -> None:
    """One request a second: each GET after the first is answered 429 once, waits Retry-After, then succeeds."""
    counting = CountingTransport()
    with serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running:
        client = InvoicedClient(running.api_key, base_url=running.base_url, max_retries=2, transport=counting)
        with client:
            for _ in range(3):
                assert list_customers.sync(client=client) == []
    assert counting.attempts == 5


def test_retrying_stops_at_the_bound_on_a_rate_limited_sandbox(tmp_path: Path) -> None:
    counting = CountingTransport()
    with serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running:
        off = InvoicedClient(running.api_key, base_url=running.base_url, max_retries=0, transport=counting)
        with off:
            list_customers.sync(client=off)
            with pytest.raises(RateLimitError):
                list_customers.sync(client=off)
    assert counting.attempts == 2
