"""Write the generated site sources into directories, for an engine that runs no mkdocs hooks.

    python -m invoiced_docs DOCS_DIR TWINS_DIR

DOCS_DIR gets the pages, the spec, the hand-written assets of docs/, the search index and
llms.txt: point the engine's `docs_dir` at it. TWINS_DIR gets the Markdown twins of the pages,
to be copied beside the built HTML (an engine would otherwise render them as pages). Zensical,
for one, has no plugin API and ignores `hooks:`, so this is how it would build the site.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from invoiced_spec import SANDBOX_SPEC_PATH, SPEC_PATH, load_spec

from ._sandbox import SANDBOX_SPEC_FILE
from ._site import SPEC_FILE, site

ROOT = Path(__file__).resolve().parents[2]


def write_sources(docs_dir: Path, twins_dir: Path) -> None:
    built = site(load_spec(), load_spec(SANDBOX_SPEC_PATH))
    shutil.copytree(ROOT / "docs" / "assets", docs_dir / "assets", dirs_exist_ok=True)
    for path, content in built.pages.items():
        (docs_dir / path).write_text(content, encoding="utf-8")
    (docs_dir / SPEC_FILE).write_bytes(SPEC_PATH.read_bytes())
    (docs_dir / SANDBOX_SPEC_FILE).write_bytes(SANDBOX_SPEC_PATH.read_bytes())
    twins_dir.mkdir(parents=True, exist_ok=True)
    for path, content in built.extras.items():
        (twins_dir if path.endswith(".md") else docs_dir).joinpath(path).write_text(content, encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    write_sources(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
