"""The built site: one page per tag, every operation anchored, the spec published, nothing external."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from invoiced_docs import resources
from invoiced_docs._overview import INTRODUCTION, overview_markdown
from invoiced_spec import SPEC_PATH, limits, load_spec, operations

ROOT = Path(__file__).resolve().parents[2]
# The tests here read the site that `mkdocs build --strict` makes, some 10 s of work.
pytestmark = pytest.mark.slow


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fetched: list[str] = []  # URLs the browser loads by itself (not links a reader clicks)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag in ("script", "img", "iframe") and values.get("src"):
            self.fetched.append(str(values["src"]))
        if tag == "link" and values.get("href") and values.get("rel") not in ("canonical",):
            self.fetched.append(str(values["href"]))


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_every_operation_has_its_operation_id_as_anchor(built_site: Path) -> None:
    spec = load_spec()
    anchors: dict[str, set[str]] = {}
    for resource in resources(spec):
        anchors[resource.tag] = _parse(built_site / resource.page.replace(".md", ".html")).ids
    for operation in operations(spec):
        assert operation.operation_id in anchors[operation.tag], operation.operation_id


def test_overview_renders_every_top_level_section_of_the_description(built_site: Path) -> None:
    spec = load_spec()
    info = spec["info"]
    titles = re.findall(r"^# (.+)$", overview_markdown(info, limits(spec)), flags=re.MULTILINE)
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert INTRODUCTION in titles and "Authentication" in titles
    for title in titles:
        assert re.search(rf"<h2[^>]*>{re.escape(title)}", html), title
    # The description and the x-overview it continues both reach the page.
    first_words = " ".join(info["description"].split()[:6])
    assert first_words in " ".join(html.split())
    # The maintainers' notes on the published reference (spec/DECISIONS.md) are not for the site.
    assert "Notes on the reference" not in html
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8").lower()
        assert "the reference's" not in text and "the reference marks" not in text, page


def _overview_row(html: str, title: str) -> tuple[str, str]:
    """The prose and the dark column of the overview section titled `title`."""
    start = html.index(f">{title}<")
    end = html.find('<div class="api-row', start)
    section = html[start : end if end != -1 else len(html)]
    prose_at, code_at = section.index('class="api-prose"'), section.find('class="api-code"')
    if code_at == -1:
        return section[prose_at:], ""
    return section[prose_at:code_at], section[code_at:]


def test_overview_code_sits_in_the_dark_column(built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    wiring = load_spec()["info"]["x-overviewSamples"]
    assert wiring, "the spec wires no samples to the overview"
    # Authentication: an operation's samples in every language, with the key.
    prose, code = _overview_row(html, "Authentication")
    assert all(label in code for label in ("Shell", "Ruby", "PHP", "Python")) and "{API_KEY}" in code
    # Errors: the example error response, beside the status table.
    prose, code = _overview_row(html, "Errors")
    assert "Response: 400 Bad Request" in code and "invalid_request" in code
    # Pagination: the description's own Link example moved out of the prose.
    prose, code = _overview_row(html, "Pagination")
    assert "rel=" in code and "rel=" not in prose


def test_the_spec_is_published_unchanged(built_site: Path) -> None:
    assert (built_site / "openapi.yaml").read_bytes() == SPEC_PATH.read_bytes()
    assert 'href="openapi.yaml"' in (built_site / "index.html").read_text(encoding="utf-8")


def test_pages_load_nothing_from_other_hosts(built_site: Path) -> None:
    for page in built_site.glob("*.html"):
        for url in _parse(page).fetched:
            assert not re.match(r"^(https?:)?//", url), f"{page.name} loads {url}"


def test_search_index_has_an_entry_per_attribute_and_operation(built_site: Path) -> None:
    entries = json.loads((built_site / "search.json").read_text(encoding="utf-8"))["entries"]
    spec = load_spec()
    operations_found = {entry["u"].split("#")[1] for entry in entries if entry["k"] == "operation"}
    assert operations_found == {op.operation_id for op in operations(spec)}
    attributes = {(entry["t"], entry["u"]) for entry in entries if entry["k"] == "attribute"}
    for field in ("payment_terms", "collection_mode", "parent_transaction", "renews_next"):
        assert any(title == field for title, _ in attributes), field
    # Each attribute entry links to its row, and no snippet carries code-sample tab labels.
    for entry in entries:
        page, _, anchor = entry["u"].partition("#")
        if anchor:
            assert anchor in _parse(built_site / page).ids, entry["u"]
        assert "ShellRuby" not in entry["x"]


def test_llms_txt_and_a_markdown_twin_of_every_page(built_site: Path) -> None:
    llms = (built_site / "llms.txt").read_text(encoding="utf-8")
    assert llms.startswith("# Invoiced API")
    for page in built_site.glob("*.html"):
        if page.name == "404.html":
            continue
        twin = page.with_suffix(".md")
        assert twin.exists(), twin
        assert f"]({twin.name})" in llms
        text = twin.read_text(encoding="utf-8")
        assert text.startswith("# ") and '<div class="api-' not in text and "=== " not in text


def test_team_decisions_stay_off_reader_pages(built_site: Path) -> None:
    for page in built_site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "Notes on the reference" not in html and "the reference's" not in html.lower(), page.name


def test_no_generated_markdown_is_committed_to_docs() -> None:
    assert not list((ROOT / "docs").rglob("*.md"))


def test_sandbox_only_behaviour_is_labelled(built_site: Path) -> None:
    customers = (built_site / "customers.html").read_text(encoding="utf-8")
    subscriptions = (built_site / "subscriptions.html").read_text(encoding="utf-8")
    badge = "Sandbox only</span>"
    for page, text in (
        (customers, "tok_visa_debit"),
        (subscriptions, "<code>support-hours</code>"),
        (customers, "An extension of"),
    ):
        at = page.index(text)
        assert badge in page[max(0, at - 400) : at], text
