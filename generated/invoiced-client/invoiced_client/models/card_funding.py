from typing import Literal

CardFunding = Literal["credit", "debit", "prepaid", "unknown"]

CARD_FUNDING_VALUES: set[CardFunding] = {
    "credit",
    "debit",
    "prepaid",
    "unknown",
}


def check_card_funding(value: str) -> CardFunding:
    if value in CARD_FUNDING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_FUNDING_VALUES!r}")
