"""Errors raised by the API functions (`sync`, `asyncio`) and by the paginators.

Every one derives from `InvoicedError`, so one `except` catches them all:

    InvoicedError               anything the client raises
    ├── APIConnectionError      no answer arrived: refused, reset, DNS failure, ...
    │   └── APITimeoutError     the answer took longer than the client's timeout
    ├── InvalidRequestError     4xx other than 401 and 429: the request was at fault
    │   ├── BadRequestError         400: a parameter is missing, malformed or not allowed now
    │   ├── PermissionDeniedError   403: the API key may not do this
    │   ├── NotFoundError           404: no such object for this API key
    │   ├── PayloadTooLargeError    413: the body is too large
    │   └── UnsupportedMediaTypeError  415: the body is neither JSON nor a form
    ├── InvalidArgumentError    raised before sending: an argument has a value the spec does not allow
    ├── AuthenticationError     401: the API key is missing or not valid
    ├── RateLimitError          429: too many requests; wait `retry_after` seconds
    ├── APIError                5xx: the server failed
    └── UnexpectedStatus        a status the spec does not document, with raise_on_unexpected_status=True

Each carries the API's error object (`type`, `message`, `param`), the HTTP `status` and the
`httpx.Response` (`None` for connection errors). The `*_detailed` functions of the low-level
`invoiced_client.api` modules raise none of the status errors: they return the parsed error
object in `Response.parsed` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class InvoicedError(Exception):
    """Base of every error the client raises."""

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        param: str | None = None,
        status: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.param = param
        self.status = status
        self.response = response

    def __str__(self) -> str:
        where = f" (param: {self.param})" if self.param else ""
        status = f"{self.status} " if self.status is not None else ""
        return f"{status}{self.message}{where}"


class APIConnectionError(InvoicedError):
    """The request got no answer: the connection failed, broke, or a timeout ran out."""

    @classmethod
    def from_transport_error(cls, error: httpx.TransportError) -> APIConnectionError:
        import httpx  # errors.py is imported before httpx is needed

        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return kind(f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)


class APITimeoutError(APIConnectionError):
    """The answer did not arrive within the client's timeout."""


class InvalidRequestError(InvoicedError):
    """The request was at fault (400, 403, 404 and every other 4xx except 401 and 429)."""


class BadRequestError(InvalidRequestError):
    """400: a parameter is missing, malformed or not allowed in the object's current state; `param` names it."""


class PermissionDeniedError(InvalidRequestError):
    """403: the API key may not perform this action."""


class NotFoundError(InvalidRequestError):
    """404: no object with this ID exists for this API key."""


class PayloadTooLargeError(InvalidRequestError):
    """413: the request body is too large."""


class UnsupportedMediaTypeError(InvalidRequestError):
    """415: the request body is neither JSON nor form-encoded."""


class InvalidArgumentError(InvoicedError, ValueError):
    """An argument has a value the spec does not allow; raised before anything is sent. `param` names it."""


class AuthenticationError(InvoicedError):
    """401: the API key is missing or not valid."""


class RateLimitError(InvoicedError):
    """429: too many requests; `retry_after` holds the seconds the server asked to wait, if it said."""

    @property
    def retry_after(self) -> float | None:
        if self.response is None:
            return None
        value = self.response.headers.get("Retry-After")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class APIError(InvoicedError):
    """5xx: the server failed to handle the request."""


class UnexpectedStatus(InvoicedError):
    """An answer with a status the spec does not document, when the client's raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}",
            status=status_code,
        )

    def __str__(self) -> str:
        return self.message


# codegen/sdk.py's ERROR_CLASSES, which the methods' docstrings name too.
_BY_STATUS: dict[int, type[InvoicedError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}


def error_class(status: int) -> type[InvoicedError]:
    """The exception class for an HTTP status that is not a success."""
    known = _BY_STATUS.get(status)
    if known is not None:
        return known
    if 400 <= status < 500:
        return InvalidRequestError
    if status >= 500:
        return APIError
    return InvoicedError


def error_from_response(response: httpx.Response) -> InvoicedError:
    """The exception for an error answer, filled from the API's error object when the body holds one."""
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
    message = body.get("message")
    if not isinstance(message, str) or not message:
        message = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    error_type = body.get("type")
    param = body.get("param")
    return error_class(response.status_code)(
        message,
        type=error_type if isinstance(error_type, str) else None,
        param=param if isinstance(param, str) else None,
        status=response.status_code,
        response=response,
    )


def raise_for_status(response: httpx.Response) -> None:
    """Raise the matching `InvoicedError` unless `response` is a 2xx success."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "UnsupportedMediaTypeError",
    "InvoicedError",
    "RateLimitError",
    "UnexpectedStatus",
    "error_class",
    "error_from_response",
    "raise_for_status",
]
