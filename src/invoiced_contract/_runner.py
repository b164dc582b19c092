"""`make contract`: run the suite against a given server, or against a fresh sandbox started for the run."""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from invoiced_spec import SPEC_PATH

from ._tenants import SECOND_KEY_VARIABLE

__all__ = [
    "DEFAULT_JUNIT_PATH",
    "REPO_ROOT",
    "StartedSandbox",
    "free_port",
    "main",
    "schemathesis_command",
    "serving",
    "start_sandbox",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = REPO_ROOT / "schemathesis.toml"
DEFAULT_JUNIT_PATH = Path("test-results/contract/junit.xml")
_STARTUP_TIMEOUT = 30.0


def _tool(name: str) -> str:
    # Prefer the tool installed next to this interpreter (the project's venv) over one on PATH.
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed; run `make install`")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], name: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited with status {process.returncode} before serving")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise SystemExit(f"{name} did not listen on port {port} within {timeout:.0f}s")


@contextlib.contextmanager
def serving(
    command: Sequence[str], port: int, *, timeout: float = _STARTUP_TIMEOUT
) -> Iterator[subprocess.Popen[bytes]]:
    """Run a server `command` until it listens on `port` on 127.0.0.1; stop it when the block ends."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        _wait_for_port(port, process, Path(command[0]).name, timeout)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class StartedSandbox:
    base_url: str
    pid: int


@contextlib.contextmanager
def start_sandbox(api_key: str, *more_keys: str) -> Iterator[StartedSandbox]:
    """A sandbox on a free port with a fresh database, stopped (and its database removed) on exit.

    Every key is a business of its own; `more_keys` let the suite check that they stay apart.
    """
    with tempfile.TemporaryDirectory(prefix="invoiced-contract-") as tmp:
        port = free_port()
        command = [
            _tool("invoiced-sandbox"),
            *("--host", "127.0.0.1", "--port", str(port)),
            *("--db", str(Path(tmp) / "sandbox.sqlite3")),
            *(part for key in (api_key, *more_keys) for part in ("--api-key", key)),
            *("--log-level", "warning"),
        ]
        with serving(command, port) as process:
            yield StartedSandbox(f"http://127.0.0.1:{port}", process.pid)


def schemathesis_command(
    base_url: str,
    *,
    max_examples: int | None = None,
    junit_path: Path | None = None,
    extra: Sequence[str] = (),
) -> list[str]:
    """The `schemathesis run` command line `make contract` uses; settings come from schemathesis.toml."""
    command = [_tool("schemathesis"), "--config-file", str(CONFIG_PATH), "run", str(SPEC_PATH), "--url", base_url]
    if max_examples is not None:
        command += ["--max-examples", str(max_examples)]
    if junit_path is not None:
        command += ["--report", "junit", "--report-junit-path", str(junit_path)]
    return [*command, *extra]


def _run(command: list[str], api_key: str, base_url: str, second_key: str | None) -> int:
    env = {**os.environ, "API_KEY": api_key, "BASE_URL": base_url}
    if second_key:
        env[SECOND_KEY_VARIABLE] = second_key
    print("+ " + " ".join(command), flush=True)
    return subprocess.call(command, env=env, cwd=REPO_ROOT)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m invoiced_contract",
        description="Run the schemathesis contract suite against BASE_URL, or against a fresh sandbox.",
        epilog="Arguments after `--` go to `schemathesis run` unchanged.",
    )
    parser.add_argument("--base-url", default=os.environ.get("BASE_URL") or None, help="server to test (env BASE_URL)")
    parser.add_argument("--api-key", default=os.environ.get("API_KEY") or None, help="its API key (env API_KEY)")
    parser.add_argument(
        "--api-key-b",
        default=os.environ.get(SECOND_KEY_VARIABLE) or None,
        help=f"a second business's key, to check that the two stay apart (env {SECOND_KEY_VARIABLE})",
    )
    parser.add_argument(
        "--max-examples",
        type=int,
        default=int(os.environ["MAX_EXAMPLES"]) if os.environ.get("MAX_EXAMPLES") else None,
        help="test cases per operation and phase (env MAX_EXAMPLES)",
    )
    parser.add_argument(
        "--junit", type=Path, default=DEFAULT_JUNIT_PATH, help=f"JUnit report (default {DEFAULT_JUNIT_PATH})"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in args_list:
        cut = args_list.index("--")
        args_list, extra = args_list[:cut], args_list[cut + 1 :]
    args = _parser().parse_args(args_list)
    junit = args.junit if args.junit.is_absolute() else REPO_ROOT / args.junit
    junit.parent.mkdir(parents=True, exist_ok=True)
    if args.base_url:
        if not args.api_key:
            raise SystemExit("BASE_URL needs API_KEY: make contract BASE_URL=https://... API_KEY=...")
        command = schemathesis_command(args.base_url, max_examples=args.max_examples, junit_path=junit, extra=extra)
        return _run(command, args.api_key, args.base_url, args.api_key_b)
    api_key, second_key = f"contract_{secrets.token_hex(8)}", f"contract_b_{secrets.token_hex(8)}"
    with start_sandbox(api_key, second_key) as sandbox:
        print(f"sandbox at {sandbox.base_url} with a fresh database and two businesses", flush=True)
        command = schemathesis_command(sandbox.base_url, max_examples=args.max_examples, junit_path=junit, extra=extra)
        return _run(command, api_key, sandbox.base_url, second_key)
