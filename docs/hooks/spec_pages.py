"""mkdocs hook: generate every page from spec/openapi.yaml at build time.

Nothing generated is written to docs/, so the site cannot drift from the spec.
The work is done by `invoiced_docs`, which knows nothing of mkdocs; this file only
plugs its pages into the build and copies its other files into the output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from invoiced_docs import SANDBOX_SPEC_FILE, SPEC_FILE, site
from invoiced_spec import SANDBOX_SPEC_PATH, SPEC_PATH, load_spec


def _site() -> Any:
    # The sandbox's controls (spec/sandbox.yaml) get their page, "Testing with the sandbox".
    return site(load_spec(), load_spec(SANDBOX_SPEC_PATH))


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    config.nav = _site().nav
    return config


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    for path, content in _site().pages.items():
        files.append(File.generated(config, path, content=content))
    # The spec itself is published next to the pages, for download.
    files.append(File.generated(config, SPEC_FILE, content=SPEC_PATH.read_bytes()))
    files.append(File.generated(config, SANDBOX_SPEC_FILE, content=SANDBOX_SPEC_PATH.read_bytes()))
    return files


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    for path, content in _site().extras.items():
        (Path(config.site_dir) / path).write_text(content, encoding="utf-8")
