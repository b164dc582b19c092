"""Find and parse the OpenAPI document."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import yaml

__all__ = ["SANDBOX_SPEC_PATH", "SPEC_PATH", "load_spec", "resolve"]


def _default_spec_path() -> Path:
    # The package is installed in editable mode from the repository, so the
    # spec sits at a fixed place relative to this file; INVOICED_SPEC lets a
    # user point every tool at another copy (say, a staging branch of it).
    override = os.environ.get("INVOICED_SPEC")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


SPEC_PATH: Path = _default_spec_path()
# The sandbox's own controls (test clocks, snapshots, faults): not part of the
# Invoiced API, so described in a document of their own beside it in spec/.
# It stays the repository's when INVOICED_SPEC points at another API document.
SANDBOX_SPEC_PATH: Path = Path(
    os.environ.get("INVOICED_SANDBOX_SPEC") or Path(__file__).resolve().parents[2] / "spec" / "sandbox.yaml"
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path, mtime_ns: int) -> dict[str, Any]:
    with path.open("rb") as handle:
        document = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a safe loader
    if not isinstance(document, dict):
        raise ValueError(f"{path} does not hold an OpenAPI document")
    return document


def load_spec(path: Path | str | None = None) -> dict[str, Any]:
    """Parse the spec; repeated calls return the same object until the file changes.

    Callers must treat the result as read-only: it is shared.
    """
    spec_path = Path(path) if path is not None else SPEC_PATH
    return _load_cached(spec_path, spec_path.stat().st_mtime_ns)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow `$ref` chains (local refs only) until a concrete node is reached."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, got {ref!r}")
        if ref in seen:
            raise ValueError(f"reference cycle through {ref}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            try:
                node = node[part]
            except (KeyError, TypeError) as exc:
                raise KeyError(f"unresolvable reference {ref}") from exc
    return node
