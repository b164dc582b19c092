from typing import Literal

CustomerType = Literal["company", "person"]

CUSTOMER_TYPE_VALUES: set[CustomerType] = {
    "company",
    "person",
}


def check_customer_type(value: str) -> CustomerType:
    if value in CUSTOMER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_TYPE_VALUES!r}")
