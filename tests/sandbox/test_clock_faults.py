"""Fault injection driving the generated SDK's retries against a real sandbox, no fake server."""

from __future__ import annotations

import time

import pytest
from invoiced_client import APIError, InvoicedClient, RateLimitError, RetryPolicy
from invoiced_client.api.customers import create_customer, list_customers
from invoiced_client.models import CustomerCreate

from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import make_customer, ok

# Backoff of a few milliseconds, so the retries are quick; Retry-After still sets the floor.
QUICK = RetryPolicy(backoff_base=0.005, backoff_max=0.02)


def _client(sandbox: RunningSandbox, max_retries: int, timeout: float = 10) -> InvoicedClient:
    return InvoicedClient(
        sandbox.api_key, base_url=sandbox.base_url, max_retries=max_retries, retry_policy=QUICK, timeout=timeout
    )


def _statuses(controls: SandboxControls, path: str = "/customers") -> list[int]:
    return [entry["status"] for entry in reversed(controls.requests(path=path))]


def test_rate_limit_faults_are_retried_after_retry_after(sandbox: RunningSandbox, controls: SandboxControls) -> None:
    queued = controls.inject_fault("rate_limit", count=2, retry_after=1)
    assert queued == [{"kind": "rate_limit", "remaining": 2, "retry_after": 1, "delay_ms": 100}]
    started = time.monotonic()
    with _client(sandbox, max_retries=3) as client:
        assert list_customers.sync(client=client) == []
    assert time.monotonic() - started >= 2  # two waits of Retry-After: 1
    assert _statuses(controls) == [429, 429, 200]
    assert controls.faults() == []


def test_retries_run_out_and_the_sdk_raises(sandbox: RunningSandbox, controls: SandboxControls) -> None:
    controls.inject_fault("rate_limit", count=3, retry_after=0)
    with _client(sandbox, max_retries=1) as client, pytest.raises(RateLimitError) as raised:
        list_customers.sync(client=client)
    assert raised.value.retry_after == 0
    assert _statuses(controls) == [429, 429]
    assert controls.faults()[0]["remaining"] == 1


def test_unavailable_faults_are_retried_and_a_post_without_a_key_is_not(
    sandbox: RunningSandbox, controls: SandboxControls, client: SpecCheckedClient
) -> None:
    controls.inject_fault("unavailable", count=2)
    with _client(sandbox, max_retries=2) as sdk:
        assert list_customers.sync(client=sdk) == []
        assert _statuses(controls) == [503, 503, 200]
        controls.inject_fault("unavailable", count=1)
        with pytest.raises(APIError):
            create_customer.sync(client=sdk, body=CustomerCreate(name="Acme"))
        # The faulted POST changed nothing, and was sent once: without an Idempotency-Key it is not safe to repeat.
        assert ok(client.get("/customers")) == []
        assert [e["status"] for e in controls.requests(path="/customers", method="POST")] == [503]
        controls.inject_fault("unavailable", count=1)
        made = create_customer.sync(client=sdk, body=CustomerCreate(name="Acme"), idempotency_key="acme-1")
    assert made.name == "Acme"
    assert [c["id"] for c in ok(client.get("/customers"))] == [made.id]


def test_a_delay_fault_slows_requests_and_a_timeout_is_retried(
    sandbox: RunningSandbox, controls: SandboxControls, client: SpecCheckedClient
) -> None:
    make_customer(client)
    controls.inject_fault("delay", count=1, delay_ms=1500)
    with _client(sandbox, max_retries=1, timeout=0.5) as sdk:
        started = time.monotonic()
        assert len(list_customers.sync(client=sdk)) == 1
    assert time.monotonic() - started < 1.5  # the retry did not wait for the slow answer
    controls.inject_fault("delay", count=1, delay_ms=300)
    started = time.monotonic()
    assert len(ok(client.get("/customers"))) == 1
    assert time.monotonic() - started >= 0.3


def test_faults_apply_to_the_callers_key_only_and_never_to_controls(
    sandbox: RunningSandbox, controls: SandboxControls
) -> None:
    controls.inject_fault("unavailable", count=5)
    assert controls.clock()["frozen"] is False  # controls are never faulted
    with sandbox.client(sandbox.api_keys[1]) as other:
        assert other.get("/customers").status_code == 200
    controls.clear_faults()
    with sandbox.client() as mine:
        assert mine.get("/customers").status_code == 200
