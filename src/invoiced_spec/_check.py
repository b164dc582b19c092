"""`python -m invoiced_spec [--summary] [SPEC]`: validate and lint the spec.

Exits non-zero when the document is not valid OpenAPI 3.1 or breaks a house rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from ._lint import lint
from ._loader import SPEC_PATH, load_spec
from ._operations import operations


def _summary(path: Path) -> str:
    spec = load_spec(path)
    ops = operations(spec)
    by_tag = Counter(op.tag for op in ops)
    tags = ", ".join(f"{tag} {count}" for tag, count in by_tag.items())
    schemas = len(spec.get("components", {}).get("schemas", {}))
    return f"spec      {path}: OpenAPI {spec['openapi']}, {len(ops)} operations ({tags}), {schemas} schemas"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m invoiced_spec", description=__doc__)
    parser.add_argument("spec", nargs="?", type=Path, default=SPEC_PATH)
    parser.add_argument("--summary", action="store_true", help="print a one-line summary and exit")
    args = parser.parse_args(argv)
    if args.summary:
        print(_summary(args.spec))
        return 0
    spec = load_spec(args.spec)
    try:
        validate(spec)
    except OpenAPIValidationError as exc:
        print(f"{args.spec}: not valid OpenAPI: {exc}", file=sys.stderr)
        return 1
    print(f"{args.spec}: valid OpenAPI {spec['openapi']}")
    failed = False
    for rule, problems in lint(spec).items():
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"  lint {rule}: {status}")
        for problem in problems:
            print(f"    - {problem}", file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
