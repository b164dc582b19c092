"""The built pages carry their stylesheets inline, so the first paint waits for no second fetch."""

from __future__ import annotations

from pathlib import Path

from invoiced_docs import inline_site, inline_stylesheets


def _site(tmp_path: Path, css: str) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "a.css").write_text(css, encoding="utf-8")
    return tmp_path


def test_a_local_stylesheet_moves_into_the_page_without_its_source_map(tmp_path: Path) -> None:
    css = 'body{color:red;background:url("data:image/svg+xml,<svg/>")}\n'
    site = _site(tmp_path, css + "/*# sourceMappingURL=a.css.map*/")
    page = '<head><link rel="stylesheet" href="assets/a.css"></head>'
    assert inline_stylesheets(page, site) == (
        '<head><style>body{color:red;background:url("data:image/svg+xml,<svg/>")}\n</style></head>'
    )


def test_links_that_cannot_move_stay_links(tmp_path: Path) -> None:
    site = _site(tmp_path, "body{background:url(../images/x.png)}")
    for page in (
        '<link rel="stylesheet" href="assets/a.css">',  # names another file relative to itself
        '<link rel="stylesheet" href="assets/missing.css">',
        '<link rel="stylesheet" href="https://example.org/a.css">',
    ):
        assert inline_stylesheets(page, site) == page


def test_inline_site_rewrites_each_root_page_once(tmp_path: Path) -> None:
    site = _site(tmp_path, "p{margin:0}")
    (site / "index.html").write_text('<link rel="stylesheet" href="/assets/a.css"><p>Hi', encoding="utf-8")
    (site / "plain.html").write_text("<p>No styles", encoding="utf-8")
    assert inline_site(site) == [site / "index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "<style>p{margin:0}</style><p>Hi"
    assert inline_site(site) == []


def test_the_built_pages_fetch_no_stylesheet(built_site: Path) -> None:
    pages = sorted(built_site.glob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert '<link rel="stylesheet"' not in html, page.name
        # material's own and ours: the api-row grid and the palette's variables are both there.
        assert ".api-row" in html and "--md-default-fg-color" in html, page.name
