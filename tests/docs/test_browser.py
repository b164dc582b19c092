"""The site in a real browser: Debian's chromium, headless, driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, FloatRect, Page, ViewportSize

from invoiced_docs import LANGUAGES, resources
from invoiced_spec import load_spec

pytestmark = pytest.mark.slow

WIDE: ViewportSize = {"width": 1600, "height": 1000}


class Watch:
    """Everything a page did that a self-contained site must not: errors and requests elsewhere."""

    def __init__(self, site_url: str) -> None:
        self.site_url = site_url
        self.problems: list[str] = []

    def attach(self, page: Page) -> Page:
        page.on("console", lambda message: self._console(message.type, message.text))
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("request", lambda request: self._request(request.url))
        page.on("requestfailed", lambda request: self.problems.append(f"failed: {request.url} {request.failure}"))
        page.on("response", lambda response: self._response(response.url, response.status))
        return page

    def _console(self, kind: str, text: str) -> None:
        if kind == "error":
            self.problems.append(f"console error: {text}")

    def _request(self, url: str) -> None:
        if not url.startswith((self.site_url, "data:", "blob:")):
            self.problems.append(f"external request: {url}")

    def _response(self, url: str, status: int) -> None:
        if status >= 400:
            self.problems.append(f"HTTP {status}: {url}")


@pytest.fixture
def watch(site_url: str) -> Watch:
    return Watch(site_url)


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport=WIDE)
    context.set_default_timeout(15_000)
    try:
        yield context
    finally:
        context.close()


def _open(context: BrowserContext, watch: Watch, url: str) -> Page:
    page = watch.attach(context.new_page())
    page.goto(url, wait_until="networkidle")
    return page


def _selected_tabs(page: Page) -> list[str]:
    """The label of the checked tab of every tab set on the page."""
    result: Any = page.evaluate(
        """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
            const input = set.querySelector(':scope > input:checked');
            return set.querySelector(`label[for="${input.id}"]`).innerText.trim();
        })"""
    )
    return list(result)


def _box(page: Page, selector: str) -> FloatRect:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not displayed"
    return box


def test_python_tab_switches_every_sample_and_is_remembered(
    context: BrowserContext, watch: Watch, site_url: str
) -> None:
    pages = [resource.page.replace(".md", ".html") for resource in resources(load_spec())]
    first = _open(context, watch, site_url + pages[0])
    assert set(_selected_tabs(first)) == {next(iter(LANGUAGES))}

    first.locator(".tabbed-labels label", has_text="Python").first.click()
    selected = _selected_tabs(first)
    assert len(selected) > 1 and set(selected) == {"Python"}

    # The next page, reached through the navigation...
    first.locator(".md-nav__link", has_text=pages[1].removesuffix(".html").capitalize()).first.click()
    first.wait_for_load_state("networkidle")
    assert first.url.startswith(site_url + pages[1])
    assert set(_selected_tabs(first)) == {"Python"}

    # ...and a later visit in a new tab still show Python.
    later = _open(context, watch, site_url + pages[2])
    assert set(_selected_tabs(later)) == {"Python"}
    assert not watch.problems, watch.problems


def test_code_column_sits_right_of_the_prose_on_wide_screens(
    context: BrowserContext, watch: Watch, site_url: str, results_dir: Path
) -> None:
    page = _open(context, watch, site_url + "customers.html")
    operation = ".api-row--operation"
    prose = _box(page, f"{operation} .api-prose")
    code = _box(page, f"{operation} .api-code")
    assert code["x"] >= prose["x"] + prose["width"] - 1
    assert abs(code["y"] - _box(page, f"{operation} > h2")["y"]) < 40
    # The dark column is the page's right third or so, reaching the window's edge.
    assert 0.3 * WIDE["width"] <= code["width"] + 40 <= 0.5 * WIDE["width"]
    assert code["x"] + code["width"] >= WIDE["width"] - 40
    for anchor, name in (("customer-object", "customers-1600.png"), ("createCustomer", "customers-1600-operation.png")):
        page.evaluate(f"() => window.scrollBy(0, document.getElementById('{anchor}').getBoundingClientRect().top - 80)")
        page.wait_for_timeout(300)  # let chromium paint what scrolled into view
        page.screenshot(path=str(results_dir / name))

    page.set_viewport_size({"width": 800, "height": 1000})
    prose = _box(page, f"{operation} .api-prose")
    code = _box(page, f"{operation} .api-code")
    assert code["y"] >= prose["y"] + prose["height"] - 1, "the code stacks below the prose on narrow screens"
    page.screenshot(path=str(results_dir / "customers-800.png"))
    assert not watch.problems, watch.problems


def test_every_operation_id_is_an_anchor(context: BrowserContext, watch: Watch, site_url: str) -> None:
    page = watch.attach(context.new_page())
    for resource in resources(load_spec()):
        page.goto(site_url + resource.page.replace(".md", ".html"), wait_until="networkidle")
        for operation in resource.operations:
            heading = page.locator(f"h2#{operation.operation_id}")
            assert heading.count() == 1, operation.operation_id
            assert heading.locator("a.headerlink").get_attribute("href") == f"#{operation.operation_id}"
    assert not watch.problems, watch.problems
