"""A client library for accessing Invoiced API"""

from . import errors
from .api import AsyncPaginator, Paginator, apaginate, paginate
from .client import (
    AsyncRetryTransport,
    AuthenticatedClient,
    Client,
    InvoicedClient,
    RetryPolicy,
    RetryTransport,
)
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InvalidRequestError,
    InvoicedError,
    RateLimitError,
    UnexpectedStatus,
)

__all__ = (
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncPaginator",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "InvalidRequestError",
    "InvoicedClient",
    "InvoicedError",
    "Paginator",
    "RateLimitError",
    "RetryPolicy",
    "RetryTransport",
    "UnexpectedStatus",
    "apaginate",
    "errors",
    "paginate",
)
