"""CORS: the docs site's "Try it" may call the sandbox from a loopback origin, and no other origin may."""

from __future__ import annotations

import httpx

from tests.fixtures.sandbox import RunningSandbox

DOCS_ORIGIN = "http://127.0.0.1:8001"


def test_a_preflight_from_the_docs_origin_is_allowed(sandbox: RunningSandbox) -> None:
    answer = httpx.options(
        sandbox.base_url + "/invoices",
        headers={
            "Origin": DOCS_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
        },
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == DOCS_ORIGIN
    allowed = answer.headers["access-control-allow-headers"].lower()
    assert all(name in allowed for name in ("authorization", "content-type", "idempotency-key"))


def test_answers_to_the_docs_origin_expose_the_spec_headers(sandbox: RunningSandbox) -> None:
    answer = httpx.get(
        sandbox.base_url + "/customers", headers={"Origin": DOCS_ORIGIN}, auth=(sandbox.api_key, ""), timeout=10
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == DOCS_ORIGIN
    exposed = answer.headers["access-control-expose-headers"].lower()
    assert "link" in exposed and "x-total-count" in exposed and "location" in exposed


def test_other_origins_get_no_cors_grant(sandbox: RunningSandbox) -> None:
    for origin in ("https://evil.example", "http://127.0.0.1.evil.example", "null"):
        preflight = httpx.options(
            sandbox.base_url + "/customers",
            headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
            timeout=10,
        )
        assert "access-control-allow-origin" not in preflight.headers, origin
        # The sandbox's own answer, with the Error object, not the CORS middleware's plain text.
        assert preflight.status_code >= 400 and preflight.json()["type"], origin
        answer = httpx.get(
            sandbox.base_url + "/customers", headers={"Origin": origin}, auth=(sandbox.api_key, ""), timeout=10
        )
        assert "access-control-allow-origin" not in answer.headers, origin


def test_requests_without_an_origin_are_untouched(sandbox: RunningSandbox) -> None:
    answer = httpx.get(sandbox.base_url + "/customers", auth=(sandbox.api_key, ""), timeout=10)
    assert answer.status_code == 200 and "access-control-allow-origin" not in answer.headers
