"""datamodel-code-generator's pydantic models of the spec take every example in and give it back unchanged."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pydantic import BaseModel, RootModel

from invoiced_spec import SPEC_PATH, cross_field_rules, load_spec
from tests.portability.examples import Example, examples
from tests.portability.tools import cached, python_tool, run

EXAMPLES = examples()


def _generate(target: Path) -> None:
    target.mkdir(parents=True)
    command = [
        python_tool("datamodel-codegen"),
        *("--input", str(SPEC_PATH), "--input-file-type", "openapi"),
        *("--output", str(target / "models.py")),
        *("--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11"),
        *("--field-constraints", "--use-schema-description", "--formatters", "builtin"),
    ]
    done = run(command)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def models() -> ModuleType:
    path = cached("datamodel-codegen", _generate) / "models.py"
    spec = importlib.util.spec_from_file_location("invoiced_pydantic_models", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_named_schema_becomes_a_model_of_its_own_name(models: ModuleType) -> None:
    # Named enums and ErrorObject keep their names; nothing is invented (`Status2`, `Type`).
    for name in ("InvoiceStatus", "SubscriptionStatus", "TransactionType", "TransactionStatus", "ErrorObject"):
        assert isinstance(getattr(models, name, None), type), name
    assert not [name for name in vars(models) if name in ("Status", "Status1", "Status2", "Type", "Error")]


def test_cross_field_rules_reach_the_models_docs(models: ModuleType) -> None:
    # The models cannot enforce them, so their docstrings must say how the server answers a breach.
    ruled = [name for name, schema in load_spec()["components"]["schemas"].items() if cross_field_rules(schema)]
    assert ruled
    for name in ruled:
        assert "answered `400`" in (getattr(models, name).__doc__ or ""), name


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_every_example_round_trips(models: ModuleType, example: Example) -> None:
    model: type[BaseModel] = getattr(models, example.schema)
    parsed = model.model_validate(example.value)
    if isinstance(parsed, RootModel):
        assert parsed.model_dump(mode="json") == example.value
    else:
        assert parsed.model_dump(mode="json", exclude_unset=True, by_alias=True) == example.value
