"""Follow-up requests a check sends to see what a response claims, as the same client."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from schemathesis import Case, Response

from ._pagination import LinkHeaderError, parse_link_header
from ._spec import find_operation

__all__ = ["OncePerOperation", "Probe", "base_url", "resend_headers", "send_politely"]

_local = threading.local()
# Generous, but bounded: a hung follow-up must not stall the whole run.
_TIMEOUT = 30.0
# A follow-up reads at most this many pages of a list; no fixture or check needs more.
_MAX_PAGES = 50
# A server that rate-limits answers 429 with Retry-After; a follow-up waits that long, a few times at most.
_RATE_LIMIT_ATTEMPTS = 6
_LONGEST_WAIT = 5.0


class OncePerOperation:
    """The operations a probe has run for, across the run's threads: probes that do not depend on the data run once."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def first(self, label: str) -> bool:
        """True the first time `label` is asked for, False after."""
        with self._lock:
            if label in self._seen:
                return False
            self._seen.add(label)
            return True


def resend_headers(request: Any) -> dict[str, str]:
    """A sent request's headers for sending it again: `Probe.send` sets the credentials, and requests the length."""
    return {k: v for k, v in request.headers.items() if k.lower() not in ("authorization", "content-length")}


def send_politely(session: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
    """One request, sent again after the wait a 429's Retry-After asks for (bounded in count and time)."""
    for _ in range(_RATE_LIMIT_ATTEMPTS - 1):
        answer = session.request(method, url, timeout=_TIMEOUT, **kwargs)
        if answer.status_code != 429:
            return answer
        try:
            wait = float(answer.headers.get("Retry-After", "1"))
        except ValueError:
            wait = 1.0
        time.sleep(min(max(wait, 0.05), _LONGEST_WAIT))
    return session.request(method, url, timeout=_TIMEOUT, **kwargs)


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

    @classmethod
    def for_base(cls, base: str, auth: tuple[str, str]) -> Probe:
        """A probe of `base` with HTTP Basic credentials, for requests that follow no response."""
        probe = cls.__new__(cls)
        probe.base = base
        probe.authorization = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        return probe

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
        return send_politely(_session(), method, self.url(path_or_url), params=params, headers=sent, data=data)

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
