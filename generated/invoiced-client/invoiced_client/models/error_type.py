from typing import Literal

ErrorType = Literal["api", "invalid_request"]

ERROR_TYPE_VALUES: set[ErrorType] = {
    "api",
    "invalid_request",
}


def check_error_type(value: str) -> ErrorType:
    if value in ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERROR_TYPE_VALUES!r}")
