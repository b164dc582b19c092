from typing import Literal

SubscriptionFilterStatus = Literal["active", "finished", "not_started", "past_due"]

SUBSCRIPTION_FILTER_STATUS_VALUES: set[SubscriptionFilterStatus] = {
    "active",
    "finished",
    "not_started",
    "past_due",
}


def check_subscription_filter_status(value: str) -> SubscriptionFilterStatus:
    if value in SUBSCRIPTION_FILTER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_FILTER_STATUS_VALUES!r}")
