from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class EmailRecipient:
    """Someone to send an email to.

    Attributes:
        email (str): An email address.
        name (str | Unset): The recipient's name.
    """

    email: str
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        email = src_dict["email"]

        name = src_dict.get("name", UNSET)

        email_recipient = cls(
            email,
            name,
        )

        return email_recipient
