from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class EmailRequest:
    """Who to email and what to say. All optional, as long as there is a
    recipient: `to`, or else the customer's own email address.

        Attributes:
            to (list[EmailRecipient] | Unset): Recipients; the customer's own address when left out, so
                required for a customer without one.
            bcc (str | Unset): Comma-separated addresses to blind-copy.
            subject (str | Unset): Subject line; the template's when left out.
            message (str | Unset): Body text; the template's when left out.
    """

    to: list[EmailRecipient] | Unset = UNSET
    bcc: str | Unset = UNSET
    subject: str | Unset = UNSET
    message: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        bcc = self.bcc

        subject = self.subject

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _to = src_dict.get("to", UNSET)
        to: list[EmailRecipient] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailRecipient.from_dict(to_item_data)

                to.append(to_item)

        bcc = src_dict.get("bcc", UNSET)

        subject = src_dict.get("subject", UNSET)

        message = src_dict.get("message", UNSET)

        email_request = cls(
            to,
            bcc,
            subject,
            message,
        )

        return email_request


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.email_recipient import EmailRecipient  # noqa: E402
