"""The overview page: `info.description` split into sections on its top-level headings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._layout import fence, row

__all__ = ["Section", "overview_page", "sections"]

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Section:
    title: str
    body: str


def _demoted(line: str) -> str:
    # Sections become h2 on a page whose h1 is the API's title, so every
    # heading inside them moves one level down.
    match = _HEADING.match(line)
    return "#" + line if match and len(match.group(1)) < 6 else line


def sections(description: str) -> list[Section]:
    """Split Markdown on its `# ` headings, ignoring lines inside code fences."""
    found: list[Section] = []
    title: str | None = None
    body: list[str] = []
    in_fence = False
    for line in description.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match and len(match.group(1)) == 1:
            if title is not None or any(part.strip() for part in body):
                found.append(Section(title or "", "\n".join(body).strip()))
            title, body = match.group(2), []
        else:
            body.append(line if in_fence else _demoted(line))
    if title is not None or any(part.strip() for part in body):
        found.append(Section(title or "", "\n".join(body).strip()))
    return found


def _servers(spec: dict[str, Any]) -> str:
    lines = [f"{server['url']}" for server in spec.get("servers", [])]
    return fence("text", "\n".join(lines), title="API endpoints") if lines else ""


def overview_page(spec: dict[str, Any], spec_file: str) -> str:
    info = spec["info"]
    intro = f"{info['summary']}\n\n" if info.get("summary") else ""
    link = f'[`{spec_file}`]({spec_file}){{ download="{spec_file}" }}'
    intro += (
        f"Version {info['version']}. Everything on this site is generated from the OpenAPI description, "
        f"{link}, which you can download and feed to your own tools."
    )
    out = [row(intro, _servers(spec), heading=f"# {info['title']}", css_class="api-row--intro")]
    for section in sections(str(info.get("description", ""))):
        out.append(row(section.body, heading=f"## {section.title}" if section.title else ""))
    return "\n".join(out)
