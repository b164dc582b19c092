"""The "Testing with the sandbox" page is rendered from spec/sandbox.yaml, beside the API's pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from invoiced_docs._sandbox import SANDBOX_TITLE
from invoiced_spec import SANDBOX_SPEC_PATH, load_spec, operations
from tests.fixtures.sandbox import serve_sandbox

SPEC = load_spec(SANDBOX_SPEC_PATH)


def _page(built_site: Path) -> str:
    return (built_site / "sandbox.html").read_text(encoding="utf-8")


def test_every_control_has_its_section_and_a_curl_sample(built_site: Path) -> None:
    page = _page(built_site)
    for operation in operations(SPEC):
        assert f'id="{operation.operation_id}"' in page, operation.operation_id
        assert operation.path.split("{")[0] in page
    assert len(_samples(page)) == len(operations(SPEC))


def _samples(page: str) -> list[str]:
    found = []
    for sample in re.findall(r"<code>(curl.*?)</code>", page, flags=re.DOTALL):
        text = re.sub(r"<[^>]+>", "", sample)
        for entity, char in (("&quot;", '"'), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")):
            text = text.replace(entity, char)
        found.append(text)
    return found


def test_the_curl_samples_run_against_a_sandbox(built_site: Path, tmp_path: Path) -> None:
    """Each sample, as the page shows it, gets an answer its control declares (examples may name absent objects)."""
    server = SPEC["servers"][0]["url"]
    with serve_sandbox(tmp_path / "docs.db", ("docs_key",)) as sandbox:
        for operation, sample in zip(operations(SPEC), _samples(_page(built_site)), strict=True):
            command = sample.replace(server, sandbox.base_url).replace("{API_KEY}", "docs_key")
            command = command.replace("curl ", "curl -s -o /dev/null -w '%{http_code}' ", 1)
            ran = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
            assert ran.returncode == 0, (command, ran.stderr)
            assert ran.stdout in operation.responses and not ran.stdout.startswith("5"), (command, ran.stdout)
            if operation.tag in ("Clock", "Faults"):  # their examples need no object to exist first
                assert ran.stdout.startswith("2"), (command, ran.stdout)


def test_the_description_sections_and_the_document_are_published(built_site: Path) -> None:
    page = _page(built_site)
    titles = re.findall(r"^# (.+)$", SPEC["info"]["description"], flags=re.MULTILINE)
    assert titles[0] == SANDBOX_TITLE
    for title in titles:
        assert re.search(rf"<h[12][^>]*>{re.escape(title)}", page), title
    assert (built_site / "sandbox.yaml").read_bytes() == SANDBOX_SPEC_PATH.read_bytes()
    assert 'href="sandbox.yaml"' in page
    assert "sandbox.html" in (built_site / "index.html").read_text(encoding="utf-8")  # in the navigation
