"""Shared types: `UNSET` (an argument or field left out, unlike None, which sends null), the types of the
per-call request options (`Headers`, `Query`, `Body`, `NOT_GIVEN`), and `Response`.

dataclasses rather than attrs here, so `import invoiced_client` does not import attrs (the models do).
"""

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The names Stainless-generated SDKs (openai-python, anthropic-sdk-python) give the sentinel of a
# `timeout=` left to the client's setting. It is `Unset` under another name, so the package has one
# "not given" value, whichever name a signature reads better with.
NotGiven = Unset
NOT_GIVEN: NotGiven = UNSET

# The per-call request options every resource method takes, added on top of what the method sends:
Headers = Mapping[str, str]
"""`extra_headers=`: header names and values; they replace the client's own (case-insensitively)."""
QueryValue = str | int | float | bool | None
Query = Mapping[str, QueryValue | Sequence[QueryValue]]
"""`extra_query=`: query parameters (a sequence repeats one); they replace the method's own of the same name."""
Body = Mapping[str, object]
"""`extra_body=`: JSON body fields; they replace the method's own of the same name."""

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "Body",
    "File",
    "FileTypes",
    "Headers",
    "NotGiven",
    "Query",
    "RequestFiles",
    "Response",
    "Unset",
]
