"""Recording the Email objects that the three send operations return."""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from .context import Context
from .errors import bad_request

__all__ = ["send_emails"]


def send_emails(
    ctx: Context,
    *,
    kind: str,
    object_id: int,
    customer: tuple[str, str | None],
    template: str,
    subject: str,
    message: str,
) -> list[dict[str, Any]]:
    """Queue one email per recipient; without `to`, the customer's own address, else a 400 naming `to`."""
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
            "message": ctx.body.get("message", message.format(name=recipient.get("name") or name)),
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
    return emails
