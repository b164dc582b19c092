"""The `invoiced-sandbox` command: what it prints, where its keys come from, and durability across a SIGKILL."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from pathlib import Path

import httpx
import pytest

from invoiced_sandbox.cli import DEFAULT_DB, main
from tests.fixtures.processes import database_args, sandbox_process
from tests.fixtures.servers import free_port


def test_prints_address_and_how_many_keys_but_never_the_keys(tmp_path: Path) -> None:
    port = free_port()
    with sandbox_process(database_args(tmp_path / "s.db", "secret_k1", "secret_k2"), port=port) as running:
        assert f"http://127.0.0.1:{port}" in running.banner[0]
        assert "2 API keys" in running.banner[1]
        assert "secret" not in "".join(running.banner)
        assert httpx.get(f"{running.base_url}/customers", auth=("secret_k2", "")).status_code == 200


def test_keys_from_the_environment(tmp_path: Path) -> None:
    with sandbox_process(["--db", ":memory:"], env={"INVOICED_SANDBOX_API_KEYS": "env_a, env_b"}) as running:
        assert "2 API keys" in running.banner[1]
        assert httpx.get(f"{running.base_url}/customers", auth=("env_b", "")).status_code == 200
        assert httpx.get(f"{running.base_url}/customers", auth=("other", "")).status_code == 401


def test_refuses_to_start_without_keys(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("INVOICED_SANDBOX_API_KEYS", raising=False)
    assert main(["--db", ":memory:"]) == 2
    assert "--api-key" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    args = database_args(tmp_path / "durable.db", "k")
    with sandbox_process(args) as running:
        with httpx.Client(base_url=running.base_url, auth=("k", "")) as client:
            ids = [client.post("/customers", json={"name": f"c{n}"}).json()["id"] for n in range(20)]
        running.kill()
    with sandbox_process(args) as running:
        listed = httpx.get(f"{running.base_url}/customers", auth=("k", "")).json()
        assert [c["id"] for c in listed] == ids


def test_refuses_a_database_of_another_schema_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    db.close()
    assert main(["--db", str(old), "--api-key", "k"]) == 2
    message = capsys.readouterr().err
    assert str(old) in message and "delete it or choose another --db" in message
    # The file was left as it was found.
    with sqlite3.connect(old) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 0
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["customers"]
    db.close()


def test_make_sandbox_honours_the_port_and_the_default_database() -> None:
    root = Path(__file__).resolve().parents[2]
    dry = subprocess.run(
        ["make", "-n", "-s", "sandbox", "SANDBOX_PORT=9123", "INSTALLED="],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    command = next(line for line in dry.splitlines() if "invoiced-sandbox" in line)
    assert "--port 9123" in command
    # No --db: the CLI's own default, the same file as running the command by hand.
    assert "--db" not in command and DEFAULT_DB == "invoiced-sandbox.db"
