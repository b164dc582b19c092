"""Billing invariants: right figures pass, each kind of wrong figure is named."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from invoiced_contract import invoice_problems
from invoiced_spec import load_spec


def _invoice(**changes: Any) -> dict[str, Any]:
    """The spec's own invoice example, with `changes` applied."""
    example: dict[str, Any] = copy.deepcopy(load_spec()["components"]["schemas"]["Invoice"]["examples"][0])
    example.update(changes)
    return example


def test_the_spec_example_adds_up() -> None:
    assert invoice_problems(_invoice()) == []


def test_rounding_is_money_rounding() -> None:
    # 3 x 0.335 = 1.005, which half up is 1.01 (a float round would give 1.0).
    items = [{"name": "x", "quantity": 3, "unit_cost": 0.335, "amount": 1.01, "discounts": [], "taxes": []}]
    invoice = _invoice(items=items, subtotal=1.01, discounts=[], taxes=[], total=1.01, balance=1.01)
    invoice.update(paid=False, draft=False, status="not_sent")
    assert invoice_problems(invoice) == []


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"total": 60}, "total 60 is not subtotal"),
        ({"subtotal": 54}, "subtotal 54 is not the sum"),
        ({"balance": 0, "paid": False, "status": "sent"}, "paid is False with a balance of 0"),
        ({"balance": -5, "paid": True, "status": "paid"}, "should be 'overpaid'"),
        ({"paid": True, "status": "paid"}, "paid is True with a balance of 58.85"),
        ({"status": "paid"}, "status is 'paid' for an unpaid invoice"),
        ({"draft": True, "status": "sent"}, "should be 'draft'"),
    ],
)
def test_each_wrong_figure_is_named(changes: dict[str, Any], named: str) -> None:
    invoice = _invoice(**changes)
    problems = invoice_problems(invoice)
    assert any(named in problem for problem in problems), problems


def test_line_amounts_are_quantity_times_unit_cost() -> None:
    invoice = _invoice()
    invoice["items"][0]["amount"] += 1
    assert any("items[0]: amount" in problem for problem in invoice_problems(invoice))
