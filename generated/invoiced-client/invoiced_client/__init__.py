"""A client library for accessing Invoiced API"""

from . import errors
from ._base_client import APIResponse, RetryPolicy
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from .client import DEFAULT_BASE_URL, AsyncInvoicedClient, InvoicedClient
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidArgumentError,
    InvalidRequestError,
    InvoicedError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
    UnsupportedMediaTypeError,
)
from .types import NOT_GIVEN, UNSET, NotGiven, Unset

__all__ = (
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APITimeoutError",
    "AsyncInvoicedClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "InvoicedClient",
    "InvoicedError",
    "NotGiven",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "SyncPage",
    "UnexpectedStatus",
    "Unset",
    "UnsupportedMediaTypeError",
    "errors",
)
