"""Rendering `spec/openapi.yaml` into the pages of the documentation site, code samples included."""

from __future__ import annotations

from ._resources import *  # noqa: F403
from ._samples import *  # noqa: F403
from ._site import *  # noqa: F403

__all__ = [
    "LANGUAGES",
    "SPEC_FILE",
    "Resource",
    "Site",
    "resources",
    "samples",
    "site",
    "success_response",
]
