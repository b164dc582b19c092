from typing import Literal

EmailState = Literal["bounced", "queued", "rejected", "sent"]

EMAIL_STATE_VALUES: set[EmailState] = {
    "bounced",
    "queued",
    "rejected",
    "sent",
}


def check_email_state(value: str) -> EmailState:
    if value in EMAIL_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMAIL_STATE_VALUES!r}")
