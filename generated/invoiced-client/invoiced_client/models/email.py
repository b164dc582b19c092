from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_state import EmailState
from ..models.email_template import EmailTemplate

if TYPE_CHECKING:
    from ..models.email_clicks_detail_item import EmailClicksDetailItem
    from ..models.email_opens_detail_item import EmailOpensDetailItem


T = TypeVar("T", bound="Email")


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

        state = self.state.value

        reject_reason: None | str
        reject_reason = self.reject_reason

        email = self.email

        template = self.template.value

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_clicks_detail_item import EmailClicksDetailItem  # noqa: PLC0415
        from ..models.email_opens_detail_item import EmailOpensDetailItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        state = EmailState(d.pop("state"))

        def _parse_reject_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reject_reason = _parse_reject_reason(d.pop("reject_reason"))

        email = d.pop("email")

        template = EmailTemplate(d.pop("template"))

        subject = d.pop("subject")

        message = d.pop("message")

        opens = d.pop("opens")

        opens_detail = []
        _opens_detail = d.pop("opens_detail")
        for opens_detail_item_data in _opens_detail:
            opens_detail_item = EmailOpensDetailItem.from_dict(opens_detail_item_data)

            opens_detail.append(opens_detail_item)

        clicks = d.pop("clicks")

        clicks_detail = []
        _clicks_detail = d.pop("clicks_detail")
        for clicks_detail_item_data in _clicks_detail:
            clicks_detail_item = EmailClicksDetailItem.from_dict(clicks_detail_item_data)

            clicks_detail.append(clicks_detail_item)

        created_at = d.pop("created_at")

        email = cls(
            id=id,
            state=state,
            reject_reason=reject_reason,
            email=email,
            template=template,
            subject=subject,
            message=message,
            opens=opens,
            opens_detail=opens_detail,
            clicks=clicks,
            clicks_detail=clicks_detail,
            created_at=created_at,
        )

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
