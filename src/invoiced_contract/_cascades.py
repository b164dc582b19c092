"""Objects that went with their owner: the spec's documented cascade, which schemathesis cannot see.

Deleting a customer deletes its invoices, transactions and subscriptions, and
deleting an invoice or a transaction deletes the transactions hanging off it
(the spec's deleteCustomer and deleteInvoice, whose `x-cascades` say so; the
attributes naming an owner come from the spec's ID-or-object relations, see
_model). schemathesis only knows that a
DELETE removes the paths below it, so an invoice created in one step and
gone after its customer's DELETE looks like "created resource not found"
(ST302). Every object created during the run is remembered with its owners,
and every successful DELETE; such a failure is excused only when an owner
was deleted during the run and a follow-up shows it is still gone.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case, HookContext, Response

from ._model import resources
from ._probe import Probe, base_url

__all__ = ["deleted_with_its_owner"]

# The server's base URL, the collection and the ID: one run may test several servers.
ObjectKey = tuple[str, str, int]

_lock = threading.Lock()
_owners: dict[ObjectKey, list[ObjectKey]] = {}
_deleted: set[ObjectKey] = set()


def _object_key(server: str, path: str) -> ObjectKey | None:
    """`/invoices/11` or `/invoices/11/pay` to (server, "invoices", 11)."""
    parts = path.strip("/").split("/")
    if len(parts) < 2 or parts[0] not in resources() or not (parts[1].isascii() and parts[1].isdigit()):
        return None
    return server, parts[0], int(parts[1])


def _header(response: Response, name: str) -> str | None:
    for key, values in response.headers.items():
        if key.lower() == name and values:
            return values[0]
    return None


@schemathesis.hook
def after_call(context: HookContext, case: Case[Any], response: Response) -> None:
    method = case.method.upper()
    # Runs after every request: only successful deletes and creates are worth a look.
    if (method, response.status_code) not in (("DELETE", 204), ("POST", 201)):
        return
    server = base_url(case, response)
    if method == "DELETE":
        deleted = _object_key(server, case.formatted_path)
        if deleted is not None:
            with _lock:
                _deleted.add(deleted)
        return
    location = _header(response, "location")
    key = _object_key(server, urlsplit(location).path[len(urlsplit(server).path) :]) if location else None
    if key is None:
        return
    try:
        body = response.json()
    except ValueError:
        return
    if not isinstance(body, dict):
        return
    owners = [
        (server, collection, body[attribute])
        for attribute, collection in resources()[key[1]].owners
        if isinstance(body.get(attribute), int)
    ]
    with _lock:
        _owners[key] = owners


def deleted_with_its_owner(case: Case[Any], response: Response) -> str | None:
    """Why the object `case` asked for is gone, if an owner it was created with is gone too."""
    if response.status_code != 404:
        return None
    probe = Probe(case, response)
    key = _object_key(probe.base, case.formatted_path)
    if key is None:
        return None
    with _lock:
        owners = [owner for owner in _owners.get(key, ()) if owner in _deleted]
    for _, collection, owner_id in owners:
        if probe.get(f"/{collection}/{owner_id}").status_code == 404:
            return f"{key[1]} {key[2]} went with its deleted owner, {collection} {owner_id}"
    return None
