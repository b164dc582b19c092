"""The `invoiced-sandbox` command: what it prints, where its keys come from, and durability across a SIGKILL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from invoiced_sandbox.cli import main


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(args, env=None):
    process = subprocess.Popen(
        [sys.executable, "-m", "invoiced_sandbox.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **(env or {})},
    )
    banner = [process.stdout.readline(), process.stdout.readline()]
    return process, banner


def wait_until_up(url):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"{url} did not come up")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_prints_address_and_keys_and_serves(tmp_path):
    port = free_port()
    process, banner = start(["--port", str(port), "--db", str(tmp_path / "s.db"), "--api-key", "k1", "--api-key", "k2"])
    try:
        assert f"http://127.0.0.1:{port}" in banner[0]
        assert "k1, k2" in banner[1]
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base)
        assert httpx.get(f"{base}/customers", auth=("k2", "")).status_code == 200
    finally:
        stop(process)


def test_keys_from_the_environment(tmp_path):
    port = free_port()
    process, banner = start(
        ["--port", str(port), "--db", ":memory:"], env={"INVOICED_SANDBOX_API_KEYS": "env_a, env_b"}
    )
    try:
        assert "env_a, env_b" in banner[1]
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base)
        assert httpx.get(f"{base}/customers", auth=("env_b", "")).status_code == 200
        assert httpx.get(f"{base}/customers", auth=("other", "")).status_code == 401
    finally:
        stop(process)


def test_refuses_to_start_without_keys(monkeypatch, capsys):
    monkeypatch.delenv("INVOICED_SANDBOX_API_KEYS", raising=False)
    assert main(["--db", ":memory:"]) == 2
    assert "--api-key" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_acknowledged_writes_survive_sigkill(tmp_path):
    db = str(tmp_path / "durable.db")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process, _ = start(["--port", str(port), "--db", db, "--api-key", "k"])
    try:
        wait_until_up(base)
        with httpx.Client(base_url=base, auth=("k", "")) as client:
            ids = [client.post("/customers", json={"name": f"c{n}"}).json()["id"] for n in range(20)]
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
    process, _ = start(["--port", str(port), "--db", db, "--api-key", "k"])
    try:
        wait_until_up(base)
        listed = httpx.get(f"{base}/customers", auth=("k", "")).json()
        assert [c["id"] for c in listed] == ids
    finally:
        stop(process)
