"""Recording the Email objects that the three send operations return."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import orjson

from invoiced_spec import load_spec

from ._context import Context
from ._errors import bad_request
from ._limits import Limits

__all__ = ["send_emails"]

# The table keeps each business's latest emails only: nothing reads older ones back.
EMAILS_KEPT = Limits.from_spec(load_spec()).emails_kept


def send_emails(
    ctx: Context,
    *,
    kind: str,
    object_id: int,
    customer: tuple[str, str | None],
    template: str,
    subject: str,
    message: Callable[[str], str],
) -> list[dict[str, Any]]:
    """Queue one email per recipient; without `to`, the customer's own address, else a 400 naming `to`.

    `message(name)` writes the default text for a recipient. Client text (a
    number, a name, a message) is only ever inserted, never read as a template.
    """
    name, address = customer
    recipients = ctx.body.get("to")
    if not recipients:
        if not address:
            raise bad_request("The customer has no email address; give recipients in `to`", "to")
        recipients = [{"name": name, "email": address}]
    emails = []
    for recipient in recipients:
        email = {
            "id": uuid.uuid4().hex,
            "state": "queued",
            "reject_reason": None,
            "email": recipient["email"],
            "template": template,
            "subject": ctx.body.get("subject", subject),
            "message": ctx.body["message"] if "message" in ctx.body else message(recipient.get("name") or name),
            "opens": 0,
            "opens_detail": [],
            "clicks": 0,
            "clicks_detail": [],
            "created_at": ctx.now,
        }
        ctx.db.execute(
            "INSERT INTO emails (id, business, object, object_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (email["id"], ctx.business, kind, object_id, orjson.dumps(email).decode(), ctx.now),
        )
        emails.append(email)
    ctx.db.execute(
        "DELETE FROM emails WHERE business = :business AND rowid <= (SELECT rowid FROM emails"
        " WHERE business = :business ORDER BY rowid DESC LIMIT 1 OFFSET :kept)",
        {"business": ctx.business, "kept": EMAILS_KEPT},
    )
    return emails
