"""The third-party OpenAPI tools the portability tests drive, and their output cached per spec.

Every tool is pinned by the project's own files: the Python ones in
pyproject.toml (with constraints.txt), the npm ones in this folder's
package.json and package-lock.json (`make portability-tools` runs `npm ci`),
and Java for openapi-generator by the Makefile's system-deps. Generated code
is kept under build/portability/<spec hash>/<key>/, where the key covers the
tool pins and the code that runs the tool, so an unchanged spec is not
generated again by an unchanged tool.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from invoiced_spec import SPEC_PATH

__all__ = ["HERE", "REPO_ROOT", "cached", "node_tool", "python_tool", "run", "spec_hash"]

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
_NODE_BIN = HERE / "node_modules" / ".bin"
# Redocly asks to send usage data, and both npm tools check for updates; none of that is wanted in tests.
_QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_UPDATE_NOTIFIER": "1"}


def node_tool(name: str) -> str:
    path = _NODE_BIN / name
    if not path.exists():
        raise AssertionError(f"{path} is missing: run `make portability-tools` (npm ci in tests/portability)")
    return str(path)


def python_tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    if not path.exists():
        raise AssertionError(f"{name} is not installed in the venv: run `make install`")
    return str(path)


def run(command: Sequence[str], *, cwd: Path = REPO_ROOT, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a tool to completion; the caller judges its exit status and output."""
    return subprocess.run(
        list(command),
        cwd=cwd,
        env={**os.environ, **_QUIET, "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def spec_hash() -> str:
    return hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest()[:16]


def _tool_key(generate: Callable[[Path], None]) -> str:
    digest = hashlib.sha256(inspect.getsource(generate).encode())
    for pins in (HERE / "package-lock.json", REPO_ROOT / "constraints.txt"):
        digest.update(pins.read_bytes())
    return digest.hexdigest()[:12]


def cached(name: str, generate: Callable[[Path], None]) -> Path:
    """build/portability/<spec hash>/<key>/<name>, made by `generate(path)` unless an earlier run left it complete."""
    root = REPO_ROOT / "build" / "portability" / spec_hash() / _tool_key(generate)
    target = root / name
    done = root / f"{name}.done"
    if done.exists() and target.exists():
        return target
    scratch = root / f"{name}.partial"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.parent.mkdir(parents=True, exist_ok=True)
    generate(scratch)
    shutil.rmtree(target, ignore_errors=True)
    scratch.rename(target)
    done.touch()
    return target
