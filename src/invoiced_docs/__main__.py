"""Write the generated pages into a directory, for an engine that runs no mkdocs hooks.

    python -m invoiced_docs build/docs    # then point the engine's docs_dir at build/docs

The pages, the spec, the hand-written assets of docs/ and the extra files (search index,
llms.txt, Markdown twins under _machines/ to keep them apart from the page sources) are copied
there; the mkdocs hook does the same inside a mkdocs build.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from invoiced_spec import SPEC_PATH, load_spec

from ._site import SPEC_FILE, site

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    built = site(load_spec())
    shutil.copytree(ROOT / "docs" / "assets", out / "assets", dirs_exist_ok=True)
    for path, content in built.pages.items():
        (out / path).write_text(content, encoding="utf-8")
    (out / SPEC_FILE).write_bytes(SPEC_PATH.read_bytes())
    for path, content in built.extras.items():
        target = out / ("_machines/" + path if path.endswith(".md") else path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    print(f"wrote {len(built.pages)} pages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
