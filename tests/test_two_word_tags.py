"""The client and the contract hooks built from a copy of the spec whose tags have two words.

A tag names a resource (`client.recurring_plans`, the docs page `recurring-plans.html`), so a
tag of two words must work wherever one of one word does. The docs' half of this is in
tests/docs/test_spec_variants.py; both use the same altered copy (tests/fixtures/spec_variants).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from invoiced_contract import build_resources
from invoiced_spec import load_spec, operations, sdk_method
from tests.fixtures.codegen import ROOT, generate_client
from tests.fixtures.sandbox import RunningSandbox
from tests.fixtures.spec_variants import TWO_WORD_TAGS, with_tags_renamed, write_spec

SPEC = with_tags_renamed(load_spec(), TWO_WORD_TAGS)
NEW_TAGS = sorted(TWO_WORD_TAGS.values())


@pytest.fixture(scope="module")
def spec_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_spec(SPEC, tmp_path_factory.mktemp("spec") / "openapi.yaml")


def _expected_methods() -> dict[str, dict[str, str]]:
    """Per client attribute, method name -> operationId, by the naming rule the generator follows."""
    expected: dict[str, dict[str, str]] = {}
    for operation in operations(SPEC):
        resource, method = sdk_method(operation)
        expected.setdefault(resource, {})[method] = operation.operation_id
    return expected


# Run in a process of its own so that `invoiced_client` is the freshly generated package, not
# the one installed from generated/. It uses every resource through its two-word attribute.
_CLIENT_PROBE = textwrap.dedent(
    """
    import importlib, json, sys
    from pathlib import Path
    import invoiced_client
    from invoiced_client import InvoicedClient
    from tests.fixtures.recipes import run_recipes

    base_url, api_key, out_dir, names = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    assert invoiced_client.__file__.startswith(out_dir), invoiced_client.__file__
    client = InvoicedClient(api_key, base_url=base_url)
    customer = client.customers.create(name="Acme", email="billing@acme.test", stripe_token="tok_visa")
    plan = client.recurring_plans.create_subscription(customer=customer.id, plan="starter")
    payment = client.money_movements.create_transaction(type="payment", customer=customer.id, amount=25)
    refund = client.money_movements.refund_transaction(payment.id, amount=5)
    print(json.dumps({
        "methods": {
            name: importlib.import_module(f"invoiced_client.resources.{name}").OPERATIONS for name in names
        },
        "plan": client.recurring_plans.retrieve_subscription(plan.id).plan,
        "plans": [each.id == plan.id for each in client.recurring_plans.list_subscriptions()],
        "movements": sorted(each.id for each in client.money_movements.list_transactions()),
        "created": sorted([payment.id, refund.id]),
        "old_names": [hasattr(client, old) for old in ("subscriptions", "transactions")],
        "recipes": sorted(run_recipes(Path(out_dir) / "README.md", base_url, api_key)),
    }))
    """
)


@pytest.mark.slow
def test_the_client_has_a_resource_per_two_word_tag(tmp_path: Path, spec_file: Path, sandbox: RunningSandbox) -> None:
    out = tmp_path / "client"
    generate_client(spec_file, out)
    expected = _expected_methods()
    assert {"recurring_plans", "money_movements"} <= set(expected)
    assert (out / "invoiced_client" / "resources" / "recurring_plans.py").exists()
    arguments = [sandbox.base_url, sandbox.api_key, str(out), json.dumps(sorted(expected))]
    done = subprocess.run(
        [sys.executable, "-c", _CLIENT_PROBE, *arguments],
        # The fresh package first; the repository for tests.fixtures.
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(ROOT)])},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # The recipes print as they go; the probe's answer is the last line.
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["methods"] == expected
    assert seen["plan"] == "starter" and seen["plans"] == [True]
    assert seen["movements"] == seen["created"]
    assert seen["old_names"] == [False, False]
    # The README's recipes name the renamed resources, and run.
    readme = (out / "README.md").read_text()
    assert "client.money_movements.refund_transaction(" in readme and "client.transactions." not in readme
    # Its table links each method to the docs page the same tag gets (tests/docs/test_spec_variants.py).
    assert "/recurring-plans.html#createSubscription)" in readme
    assert "/money-movements.html#refundTransaction)" in readme
    assert {"refund", "subscription", "again"} <= set(seen["recipes"])


def test_the_contract_model_is_the_same_under_two_word_tags() -> None:
    """The derived maps (resources, ID-or-object references, cascades) read paths and schemas, not tags."""
    renamed, committed = build_resources(SPEC), build_resources(load_spec())
    collections = {op.path.strip("/").split("/")[0] for op in operations(SPEC)}
    assert set(renamed) == collections
    for name, resource in renamed.items():
        before = committed[name]
        assert (resource.references, resource.owners) == (before.references, before.owners), name
        assert resource.retrieve.operation_id == before.retrieve.operation_id
    assert renamed["subscriptions"].retrieve.tag == "Recurring Plans"


@pytest.mark.slow
def test_the_contract_suite_runs_on_two_word_tags(tmp_path: Path, spec_file: Path) -> None:
    """`make contract` with INVOICED_SPEC pointing at the copy, narrowed to the two renamed tags."""
    junit = tmp_path / "junit.xml"
    command = [
        *(sys.executable, "-m", "invoiced_contract", "--max-examples", "2", "--junit", str(junit), "--"),
        *(part for tag in NEW_TAGS for part in ("--include-tag", tag)),
        # The examples phase loads every hook and maps every case onto fixtures; the random phases
        # test the server, not the tags (and tests/contract runs them all).
        *("--phases", "examples"),
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("BASE_URL", "API_KEY")}
    env["INVOICED_SPEC"] = str(spec_file)
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, (done.stdout + done.stderr)[-6000:]
    tested = {case.get("name") for case in ET.parse(junit).getroot().iter("testcase")}
    assert tested == {f"{op.method.upper()} {op.path}" for op in operations(SPEC) if op.tag in NEW_TAGS}
