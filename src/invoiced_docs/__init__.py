"""Rendering `spec/openapi.yaml` into the pages of the documentation site, code samples included."""

from __future__ import annotations

from ._official import UnknownResource
from ._resources import Resource, resources, success_response
from ._samples import LANGUAGES, samples
from ._sandbox import SANDBOX_SPEC_FILE
from ._site import SPEC_FILE, Site, site

__all__ = [
    "LANGUAGES",
    "SANDBOX_SPEC_FILE",
    "SPEC_FILE",
    "Resource",
    "Site",
    "UnknownResource",
    "resources",
    "samples",
    "site",
    "success_response",
]
