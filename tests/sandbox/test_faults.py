"""The sandbox fault table: hostile bytes on the wire and hostile requests, one row per way in (issue #14).

Every row names the finding it guards. Network rows talk raw HTTP/1.1 over
one loopback socket to a sandbox whose timeouts are shortened to half a
second, and read for at most a few seconds; request rows go through the
spec-checking client. Each row must end in the answers it lists, with the
Error object on every refusal, and nothing stored unless the row says so.
"""

from __future__ import annotations

import base64
import json
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from invoiced_sandbox._limits import Limits
from invoiced_spec import load_spec, schema_validator
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice

SPEC = load_spec()
LIMITS = Limits.from_spec(SPEC)
# Short enough that each timeout row takes about a second, long enough for a loaded CI machine.
QUICK = replace(LIMITS, header_timeout=0.5, body_timeout=0.5, keep_alive_timeout=0.5)
ERROR = schema_validator(SPEC, {"$ref": "#/components/schemas/ErrorObject"})
AUTH = b"Authorization: Basic " + base64.b64encode(b"test_key_1:") + b"\r\n"
READ_FOR = 4.0  # seconds a network row may take to be answered and closed, at most


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def parse_answers(data: bytes) -> list[Answer]:
    answers = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        answers.append(Answer(int(lines[0].split()[1]), headers, rest[:length]))
        data = rest[length:]
    return answers


def exchange(sandbox: RunningSandbox, *chunks: bytes, pause: float = 0.0) -> tuple[list[Answer], bool]:
    """Send `chunks` on one connection, then read until the server closes it or READ_FOR passes.

    Returns the answers and whether the server closed the connection.
    """
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    closed = False
    data = b""
    with socket.create_connection((host, int(port)), timeout=READ_FOR) as connection:
        for chunk in chunks:
            connection.sendall(chunk)
            time.sleep(pause)
        deadline = time.monotonic() + READ_FOR
        while time.monotonic() < deadline:
            connection.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                chunk = connection.recv(65536)
            except TimeoutError:
                break
            except ConnectionResetError:
                closed = True
                break
            if not chunk:
                closed = True
                break
            data += chunk
    return parse_answers(data), closed


def request(method: str, path: str, body: bytes = b"", *headers: bytes) -> bytes:
    head = [f"{method} {path} HTTP/1.1\r\n".encode(), b"Host: sandbox\r\n", AUTH, *headers]
    if body:
        head.append(b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body))
    return b"".join(head) + b"\r\n" + body


POST_CUSTOMER = request("POST", "/customers", b'{"name": "Pipelined"}')

# name: (finding, chunks sent, statuses answered in order, customers stored afterwards)
NETWORK: dict[str, tuple[int, tuple[bytes, ...], list[int], int]] = {
    "a POST, then stray bytes": (2, (POST_CUSTOMER + b"\x00stray\r\n\r\n",), [201, 400], 1),
    "two GETs, then stray bytes": (
        2,
        (request("GET", "/customers") + request("GET", "/customers") + b"BAD\x01 / HTTP/1.1\r\n\r\n",),
        [200, 200, 400],
        0,
    ),
    "a POST whose chunked body is broken is not run": (
        2,
        (
            request("POST", "/customers", b"", b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n")
            + b"zz\r\n{}\r\n",
        ),
        [400],
        0,
    ),
    "an idle connection is closed": (3, (), [], 0),
    "headers that never end (slowloris)": (3, (b"GET /customers HTTP/1.1\r\nHost: sandbox\r\nX-Slow: 1",), [408], 0),
    "a body that never arrives": (
        3,
        (request("POST", "/customers", b"", b"Content-Type: application/json\r\nContent-Length: 100\r\n") + b'{"na',),
        [408],
        0,
    ),
    "headers over the limit": (
        3,
        (b"GET /customers HTTP/1.1\r\nX-Big: " + b"a" * (LIMITS.header_bytes + 1),),
        [431],
        0,
    ),
    "a declared body over the limit, answered before it is sent": (
        3,
        (request("POST", "/customers", b"", b"Content-Type: application/json\r\nContent-Length: 2000000\r\n"),),
        [413],
        0,
    ),
    "a body over the limit on an operation without a body": (
        5,
        (request("POST", "/invoices/1/pay", b"", b"Content-Length: %d\r\n" % (5 * 1024 * 1024)),),
        [413],
        0,
    ),
    "two Authorization headers": (10, (request("GET", "/customers", b"", AUTH),), [401], 0),
    "a bare Basic scheme": (
        10,
        (b"GET /customers HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Basic\r\n\r\n",),
        [401],
        0,
    ),
}


@pytest.fixture
def quick(tmp_path: Path) -> Iterator[RunningSandbox]:
    """A sandbox whose header, body and keep-alive timeouts are half a second."""
    with serve_sandbox(tmp_path / "faults.db", limits=QUICK) as running:
        yield running


def _customers(db_path: str) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as db:
        (count,) = db.execute("SELECT count(*) FROM customers").fetchone()
    db.close()
    return int(count)


@pytest.mark.parametrize("row", sorted(NETWORK))
def test_network_faults(quick: RunningSandbox, row: str) -> None:
    _finding, chunks, statuses, stored = NETWORK[row]
    answers, closed = exchange(quick, *chunks)
    assert [a.status for a in answers] == statuses
    for answer in answers:
        if answer.status >= 400:
            error = json.loads(answer.body)
            ERROR.validate(error)
            assert error["type"] == "invalid_request"
    # Every row ends with the server closing the connection within READ_FOR seconds.
    assert closed
    assert _customers(quick.db_path) == stored


# name: (finding, method, path, headers, body, status, param); {c} and {i} are IDs of existing objects.
JSON = {"content-type": "application/json"}
DEEP = b'{"name": ' + b"[" * 300 + b"]" * 300 + b"}"
REQUESTS: dict[str, tuple[int, str, str, dict[str, str], bytes, int, str | None]] = {
    "an unknown query parameter that would inject a link": (
        8, "GET", '/customers?zz=<https://evil.test>;rel="next"', {}, b"", 400, "zz",
    ),
    "a misspelt filter": (8, "GET", "/invoices?filters[paid]=true", {}, b"", 400, "filters"),
    "expand on an operation without relations": (8, "GET", "/customers/{c}?expand=invoice", {}, b"", 400, "expand"),
    "expand of an unknown relation": (8, "GET", "/invoices?expand=secrets", {}, b"", 400, "expand"),
    "a query on an operation with no parameters": (8, "DELETE", "/invoices/{i}?force=1", {}, b"", 400, "force"),
    "JSON nested 300 levels": (9, "POST", "/customers", JSON, DEEP, 400, "name"),
    "JSON nested one level too deep": (
        9, "PATCH", "/customers/{c}", JSON, b'{"name": ' + b"[" * 9 + b"]" * 9 + b"}", 400, "name",
    ),
    "a body on a DELETE": (5, "DELETE", "/customers/{c}", {"content-type": "text/plain"}, b"{not json", 400, None),
    "parameters in the body of a DELETE": (5, "DELETE", "/invoices/{i}", JSON, b'{"force": true}', 400, None),
    "a refund that rounds to nothing": (
        7, "POST", "/transactions/{t}/refunds", JSON, b'{"amount": 0.004}', 400, "amount",
    ),
    "a payment in another currency": (
        7, "POST", "/transactions", JSON, b'{"invoice": {i}, "type": "payment", "amount": 1, "currency": "eur"}',
        400, "currency",
    ),
}  # fmt: skip


def _fill(text: str, ids: dict[str, int]) -> str:
    for key, value in ids.items():
        text = text.replace(f"{{{key}}}", str(value))
    return text


@pytest.mark.parametrize("row", sorted(REQUESTS))
def test_hostile_requests(sandbox: RunningSandbox, client: Any, row: str) -> None:
    _finding, method, path, headers, body, status, param = REQUESTS[row]
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    payment = created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 5}))
    ids = {"c": customer, "i": invoice, "t": payment["id"]}
    before = database_digest(sandbox.db_path)
    answer = client.request(method, _fill(path, ids), headers=headers, content=_fill(body.decode(), ids).encode())
    assert answer.status_code == status, answer.text
    error = answer.json()
    assert (error["type"], error["param"]) == ("invalid_request", param)
    assert database_digest(sandbox.db_path) == before
