"""The one exception handlers raise to answer with the spec's Error object."""

from __future__ import annotations

__all__ = ["ApiError", "bad_request", "not_found"]


class ApiError(Exception):
    """Stops the request and answers `status` with `{type, message, param}`.

    Raised inside a write transaction, it also rolls the transaction back, so
    a request that fails changes nothing.
    """

    def __init__(
        self,
        status: int,
        message: str,
        param: str | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.headers = headers or []

    @property
    def body(self) -> dict[str, str | None]:
        kind = "api" if self.status >= 500 else "invalid_request"
        return {"type": kind, "message": self.message, "param": self.param}


def bad_request(message: str, param: str | None = None) -> ApiError:
    return ApiError(400, message, param)


def not_found(resource: str, object_id: int) -> ApiError:
    return ApiError(404, f"No such {resource}: {object_id}", None)
