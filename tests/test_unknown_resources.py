"""A resource the code has no per-resource part for fails loudly, naming what to add; what is derived just works.

The copy of the spec used has Widgets (`GET /widgets/{widget_id}`) added, which no part knows.
The docs' half (the official libraries' class of an object) is in tests/docs/test_spec_variants.py.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from invoiced_sandbox import HANDLERS, Router
from invoiced_spec import load_spec, with_cross_field_rules
from tests.fixtures.codegen import generate_client
from tests.fixtures.spec_variants import with_a_new_resource, write_spec

WIDGETS = with_a_new_resource(load_spec())


def test_the_sandbox_names_the_operations_it_has_no_handler_for() -> None:
    with pytest.raises(LookupError, match=re.escape("no sandbox handler for the spec's operations ['retrieveWidget']")):
        Router(with_cross_field_rules(WIDGETS), HANDLERS)


def test_the_contract_suite_names_the_resource_it_cannot_make_fixtures_of(tmp_path: Path) -> None:
    # Against a port nothing answers on: the check comes before the first request.
    probe = "from invoiced_contract import Fixtures\nFixtures('http://127.0.0.1:9', ('key', '')).set_up()\n"
    env = {**os.environ, "INVOICED_SPEC": str(write_spec(WIDGETS, tmp_path / "openapi.yaml"))}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stderr.splitlines()[-1] == (
        "invoiced_contract._fixtures.FixtureError: the spec has resources the contract suite cannot make fixtures of:"
        " ['widgets']; add a maker to Fixtures._makers in src/invoiced_contract/_fixtures.py"
    )


@pytest.mark.slow
def test_the_client_gets_the_new_resource_without_a_hand_edit(tmp_path: Path) -> None:
    out = tmp_path / "client"
    generate_client(write_spec(WIDGETS, tmp_path / "openapi.yaml"), out)
    module = (out / "invoiced_client" / "resources" / "widgets.py").read_text()
    assert '"retrieve": "retrieveWidget"' in module
    assert "    def retrieve(\n        self,\n        widget_id: int," in module
    assert "def widgets(self) -> Widgets:" in (out / "invoiced_client" / "client.py").read_text()


@pytest.mark.slow
def test_a_client_readme_recipe_whose_operation_left_the_spec_fails_the_generation(tmp_path: Path) -> None:
    spec = copy.deepcopy(load_spec())
    del spec["paths"]["/transactions/{transaction_id}/refunds"]
    missing = re.escape("README.md.jinja uses refundTransaction, which the spec has no more")
    with pytest.raises(AssertionError, match=missing):
        generate_client(write_spec(spec, tmp_path / "openapi.yaml"), tmp_path / "client")
