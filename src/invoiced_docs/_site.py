"""Every page of the site, as Markdown generated from the spec, the navigation over them, and the
files for machines and for search that sit beside the pages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ._machines import llms_txt, markdown_twin
from ._overview import overview_page
from ._pages import component_anchor, resource_page, sub_objects
from ._resources import resources
from ._samples import samples
from ._sandbox import SANDBOX_PAGE, SANDBOX_TITLE, sandbox_page
from ._search import search_index
from ._tryit import console_config, server_rewrites

__all__ = ["OVERVIEW", "SEARCH_FILE", "SPEC_FILE", "Site", "site"]

SPEC_FILE = "openapi.yaml"
SEARCH_FILE = "search.json"
OVERVIEW = "index.md"


@dataclass(frozen=True)
class Site:
    pages: dict[str, str]  # Markdown path → content
    nav: list[dict[str, str]]  # mkdocs `nav`: title → Markdown path
    # Files published as they are, beside the pages: the search index, llms.txt, a Markdown twin
    # of every page. Any engine can copy them; none needs to understand them.
    extras: dict[str, str] = field(default_factory=dict)


def html_path(markdown_path: str) -> str:
    # The site is built with use_directory_urls off, so every page sits at the
    # root and a raw-HTML link can name its target without a ../ prefix.
    return markdown_path.removesuffix(".md") + ".html"


def site(spec: dict[str, Any], sandbox: dict[str, Any] | None = None) -> Site:
    """The site of `spec`, with a page for the sandbox controls when their document (`sandbox`) is given."""
    found = resources(spec)
    resource_schemas = frozenset(r.schema_name for r in found if r.schema_name)
    object_urls: dict[str, str] = {}
    owned: dict[str, tuple[str, ...]] = {}
    for resource in found:
        if resource.schema_name:
            object_urls[resource.schema_name] = f"{html_path(resource.page)}#{component_anchor(resource.schema_name)}"
    for resource in found:
        # A sub-object used on several pages has its section on the first of them.
        mine = tuple(name for name in sub_objects(spec, resource, resource_schemas) if name not in object_urls)
        for name in mine:
            object_urls[name] = f"{html_path(resource.page)}#{component_anchor(name)}"
        owned[resource.page] = mine
    first = found[0] if found else None
    python = samples(spec, first.operations[0], first).get("Python", "") if first else ""
    config = console_config(spec, server_rewrites(python))
    pages = {OVERVIEW: overview_page(spec, SPEC_FILE) + config}
    nav = [{"Overview": OVERVIEW}]
    for resource in found:
        pages[resource.page] = resource_page(spec, resource, object_urls, SPEC_FILE, owned[resource.page]) + config
        nav.append({resource.tag: resource.page})
    if sandbox is not None:
        pages[SANDBOX_PAGE] = sandbox_page(sandbox)
        nav.append({SANDBOX_TITLE: SANDBOX_PAGE})
    titles = {path: next(iter(entry)) for entry in nav for path in entry.values()}
    extras = {SEARCH_FILE: json.dumps(search_index(spec, found, object_urls, owned), separators=(",", ":"))}
    extras["llms.txt"] = llms_txt(spec, titles)
    for path, content in pages.items():
        extras[path] = markdown_twin(titles[path], content)
    return Site(pages=pages, nav=nav, extras=extras)
