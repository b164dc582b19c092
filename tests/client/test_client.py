"""The HTTP layer under the resources: retries, idempotency keys, options and closing, on real local servers."""

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
    AsyncInvoicedClient,
    InvoicedClient,
    InvoicedError,
    RateLimitError,
    RetryPolicy,
)
from invoiced_client.client import basic_credentials, parse_retry_after
from invoiced_client.errors import raise_for_status

from tests.client.scripted import ScriptedServer
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox
from tests.fixtures.servers import free_port

FAST = RetryPolicy(backoff_base=0.01, backoff_max=0.02)


class CountingTransport(httpx.BaseTransport):
    """A real HTTP transport that counts the attempts the retry loop makes through it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.attempts = 0
        self.keys: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        self.keys.append(request.headers.get("Idempotency-Key"))
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
        response = client.request("GET", f"/answer/{status}", params={"key": key})
    assert response.status_code == status
    assert scripted_server.hits[key] == 4


def test_zero_turns_retrying_off(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=0) as client:
        response = client.request("GET", "/answer/503", params={"key": key})
    with pytest.raises(APIError) as raised:
        raise_for_status(response)
    assert scripted_server.hits[key] == 1
    assert (raised.value.status, raised.value.type) == (503, "api")


def test_a_retry_that_succeeds_returns_the_success(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=2) as client:
        response = client.request("GET", "/answer/502", params={"key": key, "fail": 2})
    assert response.status_code == 200
    assert scripted_server.hits[key] == 3


def test_client_errors_are_not_retried(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=3) as client:
        assert client.request("GET", "/answer/400", params={"key": key}).status_code == 400
    assert scripted_server.hits[key] == 1


def test_retry_after_is_honoured(scripted_server: ScriptedServer) -> None:
    key = _key()
    with _client(scripted_server, max_retries=1) as client:
        started = time.monotonic()
        response = client.request("GET", "/answer/429", params={"key": key, "fail": 1, "retry_after": "1"})
        waited = time.monotonic() - started
    assert response.status_code == 200
    assert waited >= 1.0


def test_a_retry_after_beyond_the_cap_is_not_waited_for(scripted_server: ScriptedServer) -> None:
    key = _key()
    policy = RetryPolicy(backoff_base=0.01, retry_after_max=5)
    with _client(scripted_server, max_retries=3, policy=policy) as client:
        response = client.request("GET", "/answer/429", params={"key": key, "retry_after": "3600"})
    with pytest.raises(RateLimitError) as raised:
        raise_for_status(response)
    assert scripted_server.hits[key] == 1
    assert raised.value.retry_after == 3600


def test_a_post_carries_one_idempotency_key_across_its_retries(scripted_server: ScriptedServer) -> None:
    """The resources' POSTs go through `_call`, which adds the key; the retry loop resends the same request."""
    from invoiced_client._base_client import Endpoint

    post = Endpoint("test.post", "POST", choices={})
    first, second, chosen = _key(), _key(), _key()
    with _client(scripted_server, max_retries=2) as client:
        for key in (first, second):
            with pytest.raises(APIError):
                client._call(post, "/answer/503", params={"key": key}, json={})
        with pytest.raises(APIError):
            client._call(post, "/answer/503", params={"key": chosen}, json={}, idempotency_key="mine-1")
    for key in (first, second):
        sent = scripted_server.idempotency_keys[key]
        assert len(sent) == 3 and sent[0] and len(set(sent)) == 1
    assert scripted_server.idempotency_keys[first][0] != scripted_server.idempotency_keys[second][0]
    assert scripted_server.idempotency_keys[chosen] == ["mine-1"] * 3


@pytest.mark.parametrize("method", ["PATCH"])
def test_other_unsafe_methods_are_retried_only_with_a_key(scripted_server: ScriptedServer, method: str) -> None:
    bare, keyed = _key(), _key()
    with _client(scripted_server, max_retries=2) as client:
        client.request(method, "/answer/503", params={"key": bare}, json={})
        client.request(method, "/answer/503", params={"key": keyed}, json={}, headers={"Idempotency-Key": keyed})
    assert scripted_server.hits[bare] == 1
    assert scripted_server.hits[keyed] == 3


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_idempotent_methods_are_retried(scripted_server: ScriptedServer, method: str) -> None:
    key = _key()
    with _client(scripted_server, max_retries=1) as client:
        client.request(method, "/answer/500", params={"key": key})
    assert scripted_server.hits[key] == 2


@pytest.mark.parametrize("max_retries", [0, 2])
def test_connection_failures_are_retried_then_raised(max_retries: int) -> None:
    counting = CountingTransport()
    closed = f"http://127.0.0.1:{free_port()}"
    client = InvoicedClient("key", base_url=closed, max_retries=max_retries, retry_policy=FAST, transport=counting)
    with client, pytest.raises(APIConnectionError) as raised:
        client.customers.retrieve(1)
    assert counting.attempts == max_retries + 1
    assert raised.value.response is None
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_async_retries_stop_at_the_bound(scripted_server: ScriptedServer) -> None:
    key = _key()

    async def run() -> int:
        client = AsyncInvoicedClient("key", base_url=scripted_server.base_url, max_retries=2, retry_policy=FAST)
        async with client:
            return (await client.request("GET", "/answer/504", params={"key": key})).status_code

    assert asyncio.run(run()) == 504
    assert scripted_server.hits[key] == 3


def test_async_connection_failures_raise() -> None:
    async def run() -> None:
        base_url = f"http://127.0.0.1:{free_port()}"
        async with AsyncInvoicedClient("key", base_url=base_url, max_retries=1, retry_policy=FAST) as client:
            await client.customers.retrieve(1)

    with pytest.raises(APIConnectionError):
        asyncio.run(run())


def test_a_negative_bound_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        InvoicedClient("key", max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        InvoicedClient("key").with_options(max_retries=-1)


def test_with_options_shares_the_connections_and_changes_only_what_it_names(tmp_path: Path) -> None:
    counting = CountingTransport()
    with serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running:
        client = InvoicedClient(running.api_key, base_url=running.base_url, max_retries=2, transport=counting)
        patient = client.with_options(timeout=20.0)
        impatient = client.with_options(max_retries=0)
        assert patient.timeout is not None and (patient.max_retries, patient.timeout.read) == (2, 20.0)
        assert (impatient.max_retries, impatient.timeout) == (0, client.timeout)
        assert impatient.get_httpx_client() is client.get_httpx_client()
        assert impatient.customers is not client.customers and impatient.customers._client is impatient
        client.customers.list()
        with pytest.raises(RateLimitError):
            impatient.customers.list()
        assert list(patient.customers.list()) == []  # waits out the 429 once
        client.close()
    assert counting.attempts == 4


def test_a_closed_client_raises_an_invoiced_error(sandbox: RunningSandbox) -> None:
    client = InvoicedClient(sandbox.api_key, base_url=sandbox.base_url)
    client.customers.create(name="Before")
    copy = client.with_options(max_retries=0)
    client.close()
    for closed in (client, copy):
        with pytest.raises(InvoicedError, match="closed"):
            closed.customers.list()
    never_used = InvoicedClient(sandbox.api_key, base_url=sandbox.base_url)
    never_used.close()
    with pytest.raises(InvoicedError, match="closed"):
        never_used.customers.retrieve(1)

    async def run() -> None:
        async with AsyncInvoicedClient(sandbox.api_key, base_url=sandbox.base_url) as async_client:
            await async_client.customers.list()
        await async_client.customers.list()

    with pytest.raises(InvoicedError, match="closed"):
        asyncio.run(run())


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
    assert InvoicedClient("k", headers={"X-Trace": "1"}).get_httpx_client().headers["X-Trace"] == "1"


def test_retries_ride_out_a_rate_limited_sandbox(tmp_path: Path) -> None:
    """One request a second: each call after the first is answered 429 once, waits Retry-After, then succeeds.

    The POSTs are retried too, with the Idempotency-Key the client made for them, and create one customer each.
    """
    counting = CountingTransport()
    with serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running:
        client = InvoicedClient(running.api_key, base_url=running.base_url, max_retries=2, transport=counting)
        with client:
            assert client.customers.list().data == []
            made = [client.customers.create(name=f"Retried {n}").id for n in range(2)]
            assert sorted(c.id for c in client.customers.list()) == sorted(made)
    assert counting.attempts == 7
    post_keys = counting.keys[1:5]
    assert post_keys[0] == post_keys[1] != post_keys[2] == post_keys[3] and None not in post_keys
