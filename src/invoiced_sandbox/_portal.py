"""Links into the (fictional) billing portal that objects carry: `url`, `pdf_url`, ..."""

from __future__ import annotations

import secrets

__all__ = ["PORTAL_URL", "client_token"]

# A reserved `.test` host: absolute https URLs as the spec requires, which can
# never be mistaken for, or reach, a real portal.
PORTAL_URL = "https://sandbox.invoiced.test"


def client_token() -> str:
    """The unguessable part of a portal link, like the reference's `IZmXbVOPyvfD3GPBmyd6FwXY`."""
    return secrets.token_urlsafe(18)
