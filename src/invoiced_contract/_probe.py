"""Follow-up requests a check sends to see what a response claims, as the same client."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from schemathesis import Case, Response

from ._pagination import LinkHeaderError, parse_link_header
from ._spec import find_operation

__all__ = ["Probe", "base_url"]

_local = threading.local()
# Generous, but bounded: a hung follow-up must not stall the whole run.
_TIMEOUT = 30.0
# A follow-up reads at most this many pages of a list; no fixture or check needs more.
_MAX_PAGES = 50


def _session() -> requests.Session:
    # Sessions are not safe to share between threads; schemathesis may run several workers.
    session: requests.Session | None = getattr(_local, "session", None)
    if session is None:
        session = requests.Session()
        _local.session = session
    return session


def base_url(case: Case[Any], response: Response) -> str:
    """The server's base URL, recovered from the request that was sent (the path ends with the operation's)."""
    parts = urlsplit(response.request.url or "")
    path = parts.path
    suffix = case.formatted_path
    base_path = path[: -len(suffix)] if suffix and path.endswith(suffix) else ""
    return urlunsplit((parts.scheme, parts.netloc, base_path, "", ""))


class Probe:
    """Sends requests to the server `response` came from, with the credentials its request carried."""

    def __init__(self, case: Case[Any], response: Response) -> None:
        self.base = base_url(case, response)
        self.authorization = response.request.headers.get("Authorization")

    def url(self, path_or_url: str) -> str:
        return path_or_url if "://" in path_or_url else self.base + path_or_url

    def send(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, str] | None = None,
        authorization: str | bool | None = True,
        headers: Mapping[str, str] | None = None,
        data: Any = None,
    ) -> requests.Response:
        """`authorization=True` reuses the original credentials, `None` sends none, a string sends that."""
        sent = dict(headers or {})
        credentials = self.authorization if authorization is True else authorization
        if isinstance(credentials, str):
            sent["Authorization"] = credentials
        return _session().request(
            method, self.url(path_or_url), params=params, headers=sent, data=data, timeout=_TIMEOUT
        )

    def get(self, path_or_url: str, params: Mapping[str, str] | None = None) -> requests.Response:
        return self.send("GET", path_or_url, params=params)

    def list_all(self, path: str, params: Mapping[str, str] | None = None) -> list[dict[str, Any]] | None:
        """Every object of a list, following `Link: rel="next"` at the largest page the spec allows.

        None when a page is refused or the list runs past `_MAX_PAGES` pages.
        """
        op = find_operation("get", path)
        per_page = op.parameter("per_page") if op is not None else None
        largest = per_page.schema.get("maximum") if per_page is not None else None
        query = dict(params or {})
        if isinstance(largest, int):
            query["per_page"] = str(largest)
        found: list[dict[str, Any]] = []
        answer = self.get(path, params=query)
        for _ in range(_MAX_PAGES):
            if answer.status_code != 200:
                return None
            found.extend(item for item in answer.json() if isinstance(item, dict))
            try:
                following = parse_link_header(answer.headers.get("Link", "")).get("next")
            except LinkHeaderError:
                following = None
            if following is None:
                return found
            answer = self.get(following)
        return None
