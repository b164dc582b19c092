"""Code samples: all four languages for every operation, valid Ruby and PHP, faithful encodings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from invoiced_docs import LANGUAGES, Resource, resources, samples
from invoiced_docs._curl import _shell_quote, form_pairs
from invoiced_docs._literals import PHP, RUBY, literal
from invoiced_spec import Operation, load_spec

SPEC = load_spec()
CASES = [(resource, operation) for resource in resources(SPEC) for operation in resource.operations]
IDS = [operation.operation_id for _, operation in CASES]


def _all(language: str) -> dict[str, str]:
    return {operation.operation_id: samples(SPEC, operation, resource)[language] for resource, operation in CASES}


def test_every_operation_of_the_spec_is_documented() -> None:
    from invoiced_spec import operations

    assert sorted(IDS) == sorted(op.operation_id for op in operations(SPEC))


@pytest.mark.parametrize(("resource", "operation"), CASES, ids=IDS)
def test_every_operation_has_all_four_samples(resource: Resource, operation: Operation) -> None:
    found = samples(SPEC, operation, resource)
    assert list(found) == list(LANGUAGES)
    assert all(source.strip() for source in found.values())
    assert "{API_KEY}" in found["Shell"]


def _syntax_check(tool: str, args: list[str], sources: dict[str, str], suffix: str, tmp_path: Path) -> None:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is missing: run `make system-deps`")
    failures = []
    for name, source in sources.items():
        path = tmp_path / f"{name}.{suffix}"
        path.write_text(source + "\n", encoding="utf-8")
        result = subprocess.run([tool, *args, str(path)], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            failures.append(f"{name}: {result.stdout}{result.stderr}\n{source}")
    assert not failures, "\n\n".join(failures)


def test_ruby_samples_are_valid_ruby(tmp_path: Path) -> None:
    _syntax_check("ruby", ["-c"], _all("Ruby"), "rb", tmp_path)


def test_php_samples_are_valid_php(tmp_path: Path) -> None:
    _syntax_check("php", ["-l"], _all("PHP"), "php", tmp_path)


def test_python_samples_compile() -> None:
    for name, source in _all("Python").items():
        compile(source, name, "exec")


def test_samples_follow_the_official_library_idioms() -> None:
    ruby, php, shell = _all("Ruby"), _all("PHP"), _all("Shell")
    assert ruby["listCustomers"].endswith("customers, metadata = invoiced.Customer.list(:per_page => 10)")
    assert "invoice.pay" in ruby["payInvoice"].splitlines()
    assert "refund = transaction.refund(:amount => 400)" in ruby["refundTransaction"]
    assert ruby["updateCustomer"].splitlines()[-1] == "customer.save"
    assert php["listCustomers"].endswith("list($customers, $metadata) = $invoiced->Customer->all(['per_page' => 10]);")
    assert '$invoiced = new Invoiced\\Client("{API_KEY}");' in php["createCustomer"]
    assert '-d items[0][name]="Copy paper, Case"' in shell["createInvoice"]
    assert "-X DELETE" in shell["cancelSubscription"]


def test_form_pairs_use_bracket_notation() -> None:
    body = {"items": [{"name": "Paper", "taxes": [{"amount": 1.5}]}], "sent": True}
    assert list(form_pairs(body)) == [("items[0][name]", "Paper"), ("items[0][taxes][0][amount]", 1.5), ("sent", True)]


@pytest.mark.parametrize("text", ['say "hi"', "cost $5 `now`", "back\\slash", "a & b + 100%", "it's"])
def test_shell_quoting_survives_bash(text: str) -> None:
    result = subprocess.run(
        ["bash", "-c", f"printf %s {_shell_quote(text)}"], capture_output=True, text=True, check=True
    )
    assert result.stdout == text


@pytest.mark.parametrize("text", ['say "hi"', "#{system('x')}", "cost $5", "back\\slash", "tab\there"])
def test_ruby_and_php_strings_are_literal(text: str, tmp_path: Path) -> None:
    if shutil.which("ruby") is None or shutil.which("php") is None:
        pytest.fail("ruby and php are missing: run `make system-deps`")
    ruby = subprocess.run(["ruby", "-e", f"print {literal(RUBY, text)}"], capture_output=True, text=True, check=True)
    assert ruby.stdout == text
    script = tmp_path / "print.php"
    script.write_text(f"<?php\necho {literal(PHP, text)};\n", encoding="utf-8")
    php = subprocess.run(["php", str(script)], capture_output=True, text=True, check=True)
    assert php.stdout == text


def test_hand_written_overrides_in_the_spec_replace_generated_samples() -> None:
    resource, operation = CASES[0]
    raw = {**operation.raw, "x-codeSamples": [{"lang": "Ruby", "source": "puts 1\n"}]}
    overridden = type(operation)(**{**operation.__dict__, "raw": raw})
    found = samples(SPEC, overridden, resource)
    assert found["Ruby"] == "puts 1"
    assert found["Shell"] == samples(SPEC, operation, resource)["Shell"]


def test_ruby_and_php_samples_call_only_what_the_libraries_have() -> None:
    """Every method a sample calls exists in invoiced-ruby / invoiced-php 1.3.0 (`_official.CLASSES`)."""
    import re

    from invoiced_docs._official import CLASSES
    from invoiced_docs._words import camel

    standard = {"create", "list", "all", "retrieve", "save", "delete"}
    for resource, operation in CASES:
        allowed = standard | CLASSES[resource.name]
        ruby = samples(SPEC, operation, resource)["Ruby"]
        php = samples(SPEC, operation, resource)["PHP"]
        me = resource.variable
        called_ruby = set(re.findall(rf"\b(?:{me}|invoiced\.{resource.name})\.(\w+)\b(?! =)", ruby))
        called_php = set(re.findall(rf"\$(?:{me}|invoiced->{resource.name})->(\w+)\(", php))
        assert called_ruby <= allowed, (operation.operation_id, called_ruby - allowed)
        assert called_php <= {camel(name) for name in allowed}, (operation.operation_id, called_php)
    # A customer's subscriptions have no method in either library: the generic request fetches them.
    resource, operation = next(case for case in CASES if case[1].operation_id == "listCustomerSubscriptions")
    assert 'invoiced.request(:get, "/customers/' in samples(SPEC, operation, resource)["Ruby"]
