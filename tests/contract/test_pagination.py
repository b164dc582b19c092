from __future__ import annotations

import pytest

from invoiced_contract import LinkHeaderError, parse_link_header


def test_parses_the_spec_example() -> None:
    header = (
        '<https://api.invoiced.com/customers?page=3&per_page=10>; rel="self", '
        '<https://api.invoiced.com/customers?page=1&per_page=10>; rel="first", '
        '<https://api.invoiced.com/customers?page=5&per_page=10>; rel="last"'
    )
    assert parse_link_header(header) == {
        "self": "https://api.invoiced.com/customers?page=3&per_page=10",
        "first": "https://api.invoiced.com/customers?page=1&per_page=10",
        "last": "https://api.invoiced.com/customers?page=5&per_page=10",
    }


@pytest.mark.parametrize(
    "header",
    [
        "",
        "<https://x/customers?page=1>",  # no rel
        "<https://x/customers?page=1>; rel=self",  # rel not quoted
        '<https://x/a>; rel="self" <https://x/b>; rel="last"',  # no comma
        '<https://x/a>; rel="self", <https://x/b>; rel="self"',  # rel twice
    ],
)
def test_rejects_malformed_headers(header: str) -> None:
    with pytest.raises(LinkHeaderError):
        parse_link_header(header)
