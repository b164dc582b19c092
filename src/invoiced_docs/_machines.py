"""For machines: `llms.txt` (llmstxt.org) and a Markdown twin of every page.

A twin is the page's own generated Markdown without the layout: the two-column wrappers go,
each language tab becomes a labelled code block, and the tables stay as HTML, which Markdown
allows and language models read.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

__all__ = ["llms_txt", "markdown_twin"]

_WRAPPER = re.compile(r'^\s*(<div class="[^"]*"( markdown)?>|</div>)\s*$')
_TAB = re.compile(r'^=== "(.+)"$')
_CAPTION = re.compile(r"^\s*\{: \.api-lib \}\s*$")


def markdown_twin(title: str, page: str) -> str:
    out: list[str] = []
    lines = page.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        tab = _TAB.match(line)
        if tab:
            body: list[str] = []
            i += 1
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith("    ")):
                body.append(lines[i])
                i += 1
            out.append(f"**{tab.group(1)}**")
            out.extend(textwrap.dedent("\n".join(body)).splitlines())
            continue
        # The try-it placeholder and console settings serve the page script, not a reader of Markdown.
        scripted = 'id="api-console-config"' in line or line.startswith('<div class="api-try"')
        if not _WRAPPER.match(line) and not _CAPTION.match(line) and not scripted:
            out.append(line)
        i += 1
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text if text.startswith("# ") else f"# {title}\n\n{text}"


def llms_txt(spec: dict[str, Any], titles: dict[str, str]) -> str:
    info = spec["info"]
    lines = [f"# {info['title']}", ""]
    if info.get("summary"):
        lines += [f"> {info['summary']}", ""]
    lines += [
        f"Version {info['version']}. Every page below is generated from the OpenAPI description, "
        "which is published beside them.",
        "",
        "## Reference",
        "",
    ]
    lines += [f"- [{title}]({path}): the {title.lower()} page as Markdown" for path, title in titles.items()]
    lines += ["", "## Optional", "", "- [OpenAPI description](openapi.yaml): the whole API, machine-readable", ""]
    return "\n".join(lines)
