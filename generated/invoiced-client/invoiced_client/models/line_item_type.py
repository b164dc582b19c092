from typing import Literal

LineItemType = Literal["days", "expense", "hours", "month", "plan", "product", "service", "year"]

LINE_ITEM_TYPE_VALUES: set[LineItemType] = {
    "days",
    "expense",
    "hours",
    "month",
    "plan",
    "product",
    "service",
    "year",
}


def check_line_item_type(value: str) -> LineItemType:
    if value in LINE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINE_ITEM_TYPE_VALUES!r}")
