"""The built site's own stylesheets written into each page, so the first paint waits for no fetch.

A page's first frame needs every render-blocking stylesheet. Fetched, they cost the reader a
second round of requests after the HTML arrives, and on a busy machine that round is the
largest share of the wait before anything shows (bench/bench_docs.py, profile in the closing
note of issue 16). Inline, the bytes travel with the HTML; gzipped they add about 25 KB to each
page, which stays within the 150 KB budget. Only same-site files are inlined; the link is kept
when its file is missing or it names other files by relative URL, so nothing silently breaks.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["inline_site", "inline_stylesheets"]

_LINK = re.compile(r'<link rel="stylesheet" href="(?P<href>[^"]+\.css)"\s*/?>')
# A source map named relative to the stylesheet would resolve against the page once inlined.
_SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/")
# So would a relative url(); such a stylesheet keeps its link.
_RELATIVE_URL = re.compile(r"""url\(\s*(?!["']?(?:data:|https?:|#))""")


def inline_stylesheets(page: str, site_dir: Path) -> str:
    """`page` (HTML of a page at the site's root) with its local stylesheet links replaced by `<style>`."""

    def inline(match: re.Match[str]) -> str:
        href = match.group("href")
        if "://" in href or href.startswith("//"):
            return match.group(0)
        path = site_dir / href.lstrip("/").split("?")[0]
        if not path.is_file():
            return match.group(0)
        css = _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))
        # `</style` inside the CSS would end the element early; no stylesheet of ours has it.
        if "</style" in css.lower() or _RELATIVE_URL.search(css):
            return match.group(0)
        return f"<style>{css}</style>"

    return _LINK.sub(inline, page)


def inline_site(site_dir: Path) -> list[Path]:
    """Inline the stylesheets of every page at the root of a built site; the pages changed."""
    changed = []
    for path in sorted(site_dir.glob("*.html")):
        before = path.read_text(encoding="utf-8")
        after = inline_stylesheets(before, site_dir)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changed.append(path)
    return changed
