from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_state import EMAIL_STATE_VALUES, EmailState, check_email_state
from ..models.email_template import EMAIL_TEMPLATE_VALUES, EmailTemplate, check_email_template

# The spec's fields; any others in an answer go to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "state",
        "reject_reason",
        "email",
        "template",
        "subject",
        "message",
        "opens",
        "opens_detail",
        "clicks",
        "clicks_detail",
        "created_at",
    }
)


@_attrs_define
class Email:
    """An email queued for delivery to one recipient.

    Attributes:
        id (str): The email's unique ID.
        state (EmailState): Delivery state of an email.
        reject_reason (None | str): Why delivery was refused, if it was.
        email (str): The recipient's address.
        template (EmailTemplate): The template an email was written from.
        subject (str): Subject line.
        message (str): Body text.
        opens (int): How often the email was opened.
        opens_detail (list[EmailOpensDetailItem]): One entry per open.
        clicks (int): How often links in the email were clicked.
        clicks_detail (list[EmailClicksDetailItem]): One entry per click.
        created_at (int): A point in time as a UNIX timestamp (seconds since 1970-01-01 UTC).
    """

    id: str
    state: EmailState
    reject_reason: None | str
    email: str
    template: EmailTemplate
    subject: str
    message: str
    opens: int
    opens_detail: list[EmailOpensDetailItem]
    clicks: int
    clicks_detail: list[EmailClicksDetailItem]
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str = self.state

        reject_reason: None | str
        reject_reason = self.reject_reason

        email = self.email

        template: str = self.template

        subject = self.subject

        message = self.message

        opens = self.opens

        opens_detail = []
        for opens_detail_item_data in self.opens_detail:
            opens_detail_item = opens_detail_item_data.to_dict()
            opens_detail.append(opens_detail_item)

        clicks = self.clicks

        clicks_detail = []
        for clicks_detail_item_data in self.clicks_detail:
            clicks_detail_item = clicks_detail_item_data.to_dict()
            clicks_detail.append(clicks_detail_item)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "reject_reason": reject_reason,
                "email": email,
                "template": template,
                "subject": subject,
                "message": message,
                "opens": opens,
                "opens_detail": opens_detail,
                "clicks": clicks,
                "clicks_detail": clicks_detail,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        state = src_dict["state"]
        if state not in EMAIL_STATE_VALUES:
            state = check_email_state(state)

        reject_reason = src_dict["reject_reason"]

        email = src_dict["email"]

        template = src_dict["template"]
        if template not in EMAIL_TEMPLATE_VALUES:
            template = check_email_template(template)

        subject = src_dict["subject"]

        message = src_dict["message"]

        opens = src_dict["opens"]

        opens_detail = []
        _opens_detail = src_dict["opens_detail"]
        for opens_detail_item_data in _opens_detail:
            opens_detail_item = EmailOpensDetailItem.from_dict(opens_detail_item_data)

            opens_detail.append(opens_detail_item)

        clicks = src_dict["clicks"]

        clicks_detail = []
        _clicks_detail = src_dict["clicks_detail"]
        for clicks_detail_item_data in _clicks_detail:
            clicks_detail_item = EmailClicksDetailItem.from_dict(clicks_detail_item_data)

            clicks_detail.append(clicks_detail_item)

        created_at = src_dict["created_at"]

        email = cls(
            id,
            state,
            reject_reason,
            email,
            template,
            subject,
            message,
            opens,
            opens_detail,
            clicks,
            clicks_detail,
            created_at,
        )

        if len(src_dict) > 12:
            extra = src_dict.keys() - _FIELDS
            if extra:
                d = {key: src_dict[key] for key in extra}

                email.additional_properties = d
        return email

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the end, so that models which refer to each other import in either order; importing them
# inside each method instead cost 3 µs per call (bench/bench_client.py).
from ..models.email_clicks_detail_item import EmailClicksDetailItem  # noqa: E402
from ..models.email_opens_detail_item import EmailOpensDetailItem  # noqa: E402
