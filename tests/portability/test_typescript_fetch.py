"""openapi-generator's `typescript-fetch` client compiles under `tsc --strict`; no model is renamed to dodge a clash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from invoiced_spec import SPEC_PATH
from tests.portability.tools import cached, node_tool, python_tool, run

_TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "noEmit": True,
        "skipLibCheck": False,
        "target": "ES2022",
        "module": "ES2022",
        "moduleResolution": "Bundler",
        "lib": ["ES2022", "DOM"],
    },
    "include": ["**/*.ts"],
}


def _generate(target: Path) -> None:
    command = [python_tool("openapi-generator-cli"), "generate", "-g", "typescript-fetch", "-i", str(SPEC_PATH)]
    done = run([*command, "-o", str(target)])
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    (target / "tsconfig.json").write_text(json.dumps(_TSCONFIG, indent=2), encoding="utf-8")


@pytest.mark.slow
def test_typescript_fetch_client_compiles_strictly_and_keeps_the_spec_s_names() -> None:
    client = cached("openapi-generator-typescript-fetch", _generate)
    models = {path.stem for path in (client / "models").glob("*.ts")}
    # A schema named `Error` became `ModelError` here.
    assert {"ErrorObject", "InvoiceStatus", "SubscriptionStatus", "TransactionType"} <= models
    assert "ModelError" not in models
    done = run([node_tool("tsc"), "-p", str(client)])
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
