from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_recipient import EmailRecipient


T = TypeVar("T", bound="EmailRequest")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_recipient import EmailRecipient  # noqa: PLC0415

        d = dict(src_dict)
        _to = d.pop("to", UNSET)
        to: list[EmailRecipient] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailRecipient.from_dict(to_item_data)

                to.append(to_item)

        bcc = d.pop("bcc", UNSET)

        subject = d.pop("subject", UNSET)

        message = d.pop("message", UNSET)

        email_request = cls(
            to=to,
            bcc=bcc,
            subject=subject,
            message=message,
        )

        return email_request
