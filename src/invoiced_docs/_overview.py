"""The overview page: `info.description` and `info.x-overview`, split into sections on their top-level headings.

The description is the short introduction code generators copy into file
headers; the rest of the overview lives in `x-overview`, which continues the
Introduction section until its first heading.

As on a Slate page, code sits in the dark column beside the prose: a
section's fenced blocks move there, and `info.x-overviewSamples` may give a
section an operation's request samples (in every language) or a response's example,
so the column shows real requests without the description repeating them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from invoiced_spec import Limit, limits, resolve

from ._figures import expand_limits
from ._layout import fence, row
from ._pages import response_example, sample_tabs
from ._resources import resources

__all__ = ["INTRODUCTION", "Section", "overview_markdown", "overview_page", "sections", "split_code"]

INTRODUCTION = "Introduction"
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


def split_code(body: str) -> tuple[str, list[str]]:
    """A section's prose, and its fenced code blocks (fences included) in order."""
    prose: list[str] = []
    blocks: list[list[str]] = []
    in_fence = False
    for line in body.splitlines():
        if _FENCE.match(line):
            if not in_fence:
                blocks.append([])
            blocks[-1].append(line)
            in_fence = not in_fence
        elif in_fence:
            blocks[-1].append(line)
        else:
            prose.append(line)
    return "\n".join(prose).strip(), ["\n".join(block) for block in blocks]


def overview_markdown(info: dict[str, Any], found_limits: Mapping[str, Limit] | None = None) -> str:
    """The whole overview as Markdown: the description under the Introduction heading, then `x-overview`.

    `x-overview` quotes the spec's `x-limits` as `{{x-limits.NAME}}` (see `_figures`); `found_limits`
    are the spec's, from `invoiced_spec.limits`.
    """
    description = str(info.get("description", "")).strip()
    more = expand_limits(str(info.get("x-overview", "")).strip(), found_limits or {})
    return "\n\n".join(part for part in (f"# {INTRODUCTION}", description, more) if part)


def _wired_samples(spec: dict[str, Any], title: str) -> list[str]:
    """The code `info.x-overviewSamples` asks for beside the section titled `title`."""
    wiring = spec["info"].get("x-overviewSamples", {}).get(title, {})
    code: list[str] = []
    operation_id = wiring.get("operationId")
    if operation_id is not None:
        found = [(op, res) for res in resources(spec) for op in res.operations if op.operation_id == operation_id]
        if not found:
            raise ValueError(f"x-overviewSamples: {title!r} names no operation {operation_id!r}")
        code.append(sample_tabs(spec, *found[0]))
    response = wiring.get("response")
    if response is not None:
        status = str(wiring.get("status", "400"))
        code.append(response_example(spec, status, resolve(spec, {"$ref": response})))
    return code


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
    for section in sections(overview_markdown(info, limits(spec))):
        prose, blocks = split_code(section.body)
        code = "\n\n".join([*_wired_samples(spec, section.title), *blocks])
        out.append(row(prose, code, heading=f"## {section.title}" if section.title else ""))
    return "\n".join(out)
