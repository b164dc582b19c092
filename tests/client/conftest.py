"""Fixtures of the client tests: the generated client on a fresh sandbox, and a scripted server for the retry layer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import uvicorn
from invoiced_client import AsyncInvoicedClient, InvoicedClient

from tests.client.recorder import Recorder
from tests.client.scripted import ScriptedServer, scripted_app
from tests.fixtures.sandbox import RunningSandbox
from tests.fixtures.servers import serve


@pytest.fixture(scope="session")
def scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    config = uvicorn.Config(scripted_app(server), log_level="warning", lifespan="off")
    with serve(config, "scripted server") as base_url:
        server.base_url = base_url
        yield server


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(sandbox: RunningSandbox, recorder: Recorder) -> Iterator[InvoicedClient]:
    """The generated client on a fresh sandbox; every response it gets is checked against the spec."""
    hooks = {"response": [recorder.sync_hook]}
    with InvoicedClient(sandbox.api_key, base_url=sandbox.base_url, httpx_args={"event_hooks": hooks}) as invoiced:
        yield invoiced


@pytest.fixture
def async_client(sandbox: RunningSandbox, recorder: Recorder) -> AsyncInvoicedClient:
    """Like `client`, for asyncio (the test opens it with `async with`)."""
    hooks = {"response": [recorder.async_hook]}
    return AsyncInvoicedClient(sandbox.api_key, base_url=sandbox.base_url, httpx_args={"event_hooks": hooks})
