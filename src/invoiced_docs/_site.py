"""Every page of the site, as Markdown generated from the spec, and the navigation over them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._overview import overview_page
from ._pages import object_anchor, resource_page
from ._resources import resources

__all__ = ["OVERVIEW", "SPEC_FILE", "Site", "site"]

SPEC_FILE = "openapi.yaml"
OVERVIEW = "index.md"


@dataclass(frozen=True)
class Site:
    pages: dict[str, str]  # Markdown path → content
    nav: list[dict[str, str]]  # mkdocs `nav`: title → Markdown path


def _html_path(markdown_path: str) -> str:
    # The site is built with use_directory_urls off, so every page sits at the
    # root and a raw-HTML link can name its target without a ../ prefix.
    return markdown_path.removesuffix(".md") + ".html"


def site(spec: dict[str, Any]) -> Site:
    found = resources(spec)
    object_urls = {
        resource.schema_name: f"{_html_path(resource.page)}#{object_anchor(resource)}"
        for resource in found
        if resource.schema_name
    }
    pages = {OVERVIEW: overview_page(spec, SPEC_FILE)}
    nav = [{"Overview": OVERVIEW}]
    for resource in found:
        pages[resource.page] = resource_page(spec, resource, object_urls, SPEC_FILE)
        nav.append({resource.tag: resource.page})
    return Site(pages=pages, nav=nav)
