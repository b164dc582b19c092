from enum import StrEnum


class ErrorType(StrEnum):
    API = "api"
    INVALID_REQUEST = "invalid_request"

    def __str__(self) -> str:
        return str(self.value)
