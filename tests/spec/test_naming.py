"""The SDK naming rule with tags of more than one word."""

from __future__ import annotations

import dataclasses

import pytest

from invoiced_spec import load_spec, operations, sdk_method

_ANY_OPERATION = operations(load_spec())[0]


@pytest.mark.parametrize(
    ("tag", "operation_id", "expected"),
    [
        ("Recurring Plans", "listRecurringPlans", ("recurring_plans", "list")),
        ("Recurring Plans", "retrieveRecurringPlanUsage", ("recurring_plans", "retrieve_usage")),
        ("Money Movements", "refundMoneyMovement", ("money_movements", "refund")),
        # Only the whole noun goes: its words apart, or another noun, stay.
        ("Recurring Plans", "listRecurringInvoicePlans", ("recurring_plans", "list_recurring_invoice_plans")),
        ("Recurring Plans", "listSubscriptions", ("recurring_plans", "list_subscriptions")),
        ("Customers", "retrieveCustomerBalance", ("customers", "retrieve_balance")),
    ],
)
def test_the_resource_noun_is_dropped_whole(tag: str, operation_id: str, expected: tuple[str, str]) -> None:
    operation = dataclasses.replace(_ANY_OPERATION, tag=tag, operation_id=operation_id, raw={})
    assert sdk_method(operation) == expected
