"""The `Link` and `X-Total-Count` headers of list responses, which a schema can only pattern-match.

The spec promises (info.description, Pagination): `X-Total-Count` counts the
objects of all pages; `Link` carries absolute URLs for `self`, `first`,
`previous` (left out on the first page), `next` (left out on the last page)
and `last`; every URL keeps the request's other query parameters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from ._spec import find_operation

__all__ = ["LinkHeaderError", "link_header_agrees_with_page", "parse_link_header"]

_RELS = ("self", "first", "previous", "next", "last")
_LINK_VALUE = re.compile(r'\s*<([^<>]*)>\s*;\s*rel="([^"]*)"\s*(?:,|$)')
_PAGE_PARAMETERS = ("page", "per_page")


class LinkHeaderError(ValueError):
    pass


@dataclass(frozen=True)
class Page:
    """What one `Link` URL points at."""

    path: str
    page: int
    per_page: int
    others: tuple[tuple[str, str], ...]


def parse_link_header(value: str) -> dict[str, str]:
    """`<url>; rel="next", ...` → {rel: url}; anything else in the header is an error."""
    links: dict[str, str] = {}
    position = 0
    while position < len(value):
        match = _LINK_VALUE.match(value, position)
        if match is None:
            raise LinkHeaderError(f'not a list of `<url>; rel="..."` values from offset {position}: {value!r}')
        url, rel = match.groups()
        if rel in links:
            raise LinkHeaderError(f'rel="{rel}" appears twice')
        links[rel] = url
        position = match.end()
    if not links:
        raise LinkHeaderError("empty Link header")
    return links


def _integer(query: list[tuple[str, str]], name: str, default: int) -> int:
    values = [v for k, v in query if k == name]
    if not values:
        return default
    if len(values) > 1:
        raise LinkHeaderError(f"`{name}` appears {len(values)} times")
    try:
        return int(values[0])
    except ValueError:
        raise LinkHeaderError(f"`{name}={values[0]}` is not an integer") from None


def _page(url: str, default_per_page: int, *, absolute: bool) -> Page:
    parts = urlsplit(url)
    if absolute and (parts.scheme not in ("http", "https") or not parts.netloc):
        raise LinkHeaderError(f"{url!r} is not an absolute http(s) URL")
    query = parse_qsl(parts.query, keep_blank_values=True)
    others = tuple(sorted((k, v) for k, v in query if k not in _PAGE_PARAMETERS))
    return Page(parts.path, _integer(query, "page", 1), _integer(query, "per_page", default_per_page), others)


def _expected_pages(page: int, per_page: int, total: int) -> dict[str, int]:
    last = max(1, math.ceil(total / per_page))
    expected = {"self": page, "first": 1, "last": last}
    if page > 1:
        expected["previous"] = page - 1
    if page < last:
        expected["next"] = page + 1
    return expected


def _default_per_page(case: Case[Any]) -> int:
    op = find_operation(case.method, case.path)
    parameter = op.parameter("per_page") if op is not None else None
    default = parameter.schema.get("default") if parameter is not None else None
    if not isinstance(default, int):
        raise LinkHeaderError(f"the spec gives {case.operation.label} no default per_page")
    return default


def _is_list_operation(case: Case[Any]) -> bool:
    op = find_operation(case.method, case.path)
    return op is not None and op.is_list


@schemathesis.check
def link_header_agrees_with_page(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A list's `Link` and `X-Total-Count` describe exactly the page that was returned."""
    if response.status_code != 200 or not _is_list_operation(case):
        return None
    total_values = response.headers.get("x-total-count")
    link_values = response.headers.get("link")
    assert total_values, "a list response has no X-Total-Count header"
    assert link_values, "a list response has no Link header"
    assert len(total_values) == 1 and total_values[0].strip().isascii() and total_values[0].strip().isdigit(), (
        f"X-Total-Count is not one non-negative integer: {total_values!r}"
    )
    total = int(total_values[0])
    try:
        links = parse_link_header(", ".join(link_values))
        unknown = sorted(set(links) - set(_RELS))
        assert not unknown, f"Link uses rels the spec does not document: {unknown} (documented: {list(_RELS)})"
        default_per_page = _default_per_page(case)
        request = _page(response.request.url or "", default_per_page, absolute=False)
        expected = _expected_pages(request.page, request.per_page, total)
        assert set(links) == set(expected), (
            f"page {request.page} of {expected['last']} (per_page={request.per_page}, X-Total-Count={total}) "
            f"should have the rels {sorted(expected)}, got {sorted(links)}"
        )
        for rel, url in links.items():
            target = _page(url, default_per_page, absolute=True)
            assert target.path == request.path, f'rel="{rel}" points at {target.path}, not the list {request.path}'
            assert target.page == expected[rel], f'rel="{rel}" is page {target.page}, expected {expected[rel]}'
            assert target.per_page == request.per_page, (
                f'rel="{rel}" has per_page={target.per_page}, the request asked for {request.per_page}'
            )
            assert target.others == request.others, (
                f'rel="{rel}" does not keep the other query parameters: {target.others} != {request.others}'
            )
    except LinkHeaderError as exc:
        raise AssertionError(f"malformed Link header: {exc}") from None
    body = response.json()
    if isinstance(body, list):
        on_page = min(request.per_page, max(0, total - (request.page - 1) * request.per_page))
        assert len(body) == on_page, (
            f"page {request.page} with per_page={request.per_page} of X-Total-Count={total} "
            f"should hold {on_page} objects, it holds {len(body)}"
        )
    return None
