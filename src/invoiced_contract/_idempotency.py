"""`Idempotency-Key`: one key per generated request, and a replay check for what the key promises.

The spec (info.x-overview, Idempotent requests): the first response to a
key is stored; the same key with the same body returns it again, and the
same key with another body is a `400`. Whether a key is fresh depends on
what the server saw before, not on the schema, so a generator that repeats
the spec's example key would make schema-valid requests fail for a reason
the schema cannot express. `before_call` therefore makes every valid key
unique; `replaying_a_key_returns_the_first_response` then tests the promise
itself, by sending an accepted request a second time.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Mapping
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, HookContext, Response

from invoiced_spec import resolve, schema_validator

from ._probe import OncePerOperation, Probe, resend_headers
from ._spec import spec

__all__ = ["IDEMPOTENCY_HEADER", "replaying_a_key_returns_the_first_response", "unique_key", "with_fresh_key"]


def _header_parameter() -> dict[str, Any]:
    parameter: dict[str, Any] = resolve(spec(), {"$ref": "#/components/parameters/IdempotencyKey"})
    return parameter


# The header's name as the spec spells it; the spec's component is the one place it is written.
IDEMPOTENCY_HEADER: str = _header_parameter()["name"]
_SUFFIX_LENGTH = 17  # "-" and 16 hex digits
_replayed = OncePerOperation()


@functools.cache
def _key_validator() -> Any:
    return schema_validator(spec(), _header_parameter()["schema"])


def unique_key(key: str) -> str:
    """A fresh key, as valid as `key`: a random suffix, or a random tail when a suffix would be too long."""
    maximum = _key_validator().schema.get("maxLength", 255)
    tail = "-" + secrets.token_hex(8)
    if len(key) + _SUFFIX_LENGTH <= maximum:
        return key + tail
    return key[: maximum - _SUFFIX_LENGTH] + tail


def with_fresh_key(headers: dict[str, str]) -> dict[str, str]:
    """`headers` with a fresh `unique_key` in place of any Idempotency-Key, for a probe that must not be a replay."""
    return {k: unique_key(v) if k.lower() == IDEMPOTENCY_HEADER.lower() else v for k, v in headers.items()}


def _header_name(headers: Mapping[str, Any] | None) -> str | None:
    for name in headers or {}:
        if name.lower() == IDEMPOTENCY_HEADER.lower():
            return name
    return None


@schemathesis.hook
def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    name = _header_name(case.headers)
    if name is None or case.headers is None:
        return
    key = case.headers[name]
    # An invalid key is the point of a negative test; it stays as generated.
    if isinstance(key, str) and _key_validator().is_valid(key):
        case.headers[name] = unique_key(key)


@schemathesis.check
def replaying_a_key_returns_the_first_response(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Resending an accepted POST with its key returns the same answer and does not do the work again."""
    if case.method.upper() != "POST" or not 200 <= response.status_code < 300:
        return None
    request = response.request
    if request.headers.get(IDEMPOTENCY_HEADER) is None:
        return None
    # Once per operation: the replay doubles the request, and the behaviour is the server's, not the data's.
    if not _replayed.first(case.operation.label):
        return None
    headers = resend_headers(request)
    again = Probe(case, response).send(request.method or "POST", request.url or "", headers=headers, data=request.body)
    assert again.status_code == response.status_code, (
        f"the replay with the same {IDEMPOTENCY_HEADER} answered {again.status_code}, "
        f"the first request {response.status_code}"
    )
    assert again.json() == response.json(), f"the replay with the same {IDEMPOTENCY_HEADER} returned another body"
    first_location = (response.headers.get("location") or [""])[0]
    assert again.headers.get("Location", "") == first_location, (
        f"the replay with the same {IDEMPOTENCY_HEADER} returned another Location"
    )
    return None
