from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..models.subscription_status import SubscriptionStatus, check_subscription_status
from ..types import UNSET, Unset


@_attrs_define
class SubscriptionFilter:
    """Subscription attributes to match exactly.

    Attributes:
        customer (int | Unset): Unique integer ID of an object.
        plan (str | Unset): Only subscriptions to the plan with this ID.
        status (SubscriptionStatus | Unset): The subscription's state, derived from its dates and cycles.
    """

    customer: int | Unset = UNSET
    plan: str | Unset = UNSET
    status: SubscriptionStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        plan = self.plan

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if plan is not UNSET:
            field_dict["plan"] = plan
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        customer = src_dict.get("customer", UNSET)

        plan = src_dict.get("plan", UNSET)

        _status = src_dict.get("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_subscription_status(_status)

        subscription_filter = cls(
            customer,
            plan,
            status,
        )

        return subscription_filter
