"""Billing invariants: the arithmetic the spec states in prose, checked on every response that carries it.

From the spec (the Invoices and Transactions tags, the Balance schema):
- a line's amount is `quantity * unit_cost`, the subtotal the sum of the
  lines, and the total the subtotal less every discount plus every tax (per
  line and for the whole invoice), each as Money rounds it;
- the balance is the total less succeeded payments and charges, plus
  succeeded refunds of them; the invoice is `paid` once the balance reaches
  zero, and its `status` agrees (`draft`, `overpaid`, `paid`, or another);
- a customer's `total_outstanding` is the sum of the balances of their
  outstanding invoices;
- refunds together never exceed their original.

An object is recognised by its shape (it has every property the spec's
schema requires), so an invoice expanded inside a transaction is checked
too. Checks that need the object's transactions ask the server, then read
the object again: if it changed meanwhile (another worker paid it), the
check has nothing to compare and passes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from invoiced_spec import decimal, round_money

from ._model import resource_by_collection
from ._probe import Probe
from ._spec import find_operation, get_operation, spec

__all__ = [
    "customer_balance_is_its_open_invoices",
    "invoice_balance_follows_its_transactions",
    "invoice_problems",
    "invoice_totals_add_up",
    "refunds_never_exceed_their_original",
]

_ZERO = Decimal(0)
_SETTLED_STATUSES = ("paid", "overpaid")


@functools.cache
def _required(schema_name: str) -> frozenset[str]:
    return frozenset(spec()["components"]["schemas"][schema_name].get("required", []))


def _schema_name(collection: str) -> str:
    return resource_by_collection(collection).schema_ref.rsplit("/", 1)[-1]


def objects_of(value: Any, collection: str) -> Iterator[dict[str, Any]]:
    """Every object in a JSON value that has the shape of `collection`'s schema, nested ones included."""
    required = _required(_schema_name(collection))
    if isinstance(value, dict):
        if required <= value.keys():
            yield value
        for item in value.values():
            yield from objects_of(item, collection)
    elif isinstance(value, list):
        for item in value:
            yield from objects_of(item, collection)


def _json(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return decimal(value)


def _sum(entries: Any) -> Decimal:
    total = _ZERO
    for entry in entries if isinstance(entries, list) else []:
        amount = _number(entry.get("amount")) if isinstance(entry, dict) else None
        total += amount if amount is not None else _ZERO
    return total


def invoice_problems(invoice: dict[str, Any]) -> list[str]:
    """What is wrong with an invoice's own figures and flags, read from it alone."""
    problems = []
    listed = invoice.get("items")
    items: list[dict[str, Any]] = [i for i in listed if isinstance(i, dict)] if isinstance(listed, list) else []
    for index, item in enumerate(items):
        quantity, unit_cost, amount = (_number(item.get(k)) for k in ("quantity", "unit_cost", "amount"))
        if quantity is not None and unit_cost is not None and round_money(quantity * unit_cost) != amount:
            problems.append(f"items[{index}]: amount {amount} is not quantity {quantity} * unit_cost {unit_cost}")
    subtotal, total, balance = (_number(invoice.get(k)) for k in ("subtotal", "total", "balance"))
    if subtotal is not None and round_money(_sum(items)) != subtotal:
        problems.append(f"subtotal {subtotal} is not the sum of the line amounts, {round_money(_sum(items))}")
    if subtotal is not None and total is not None:
        discounts = _sum(invoice.get("discounts")) + sum((_sum(i.get("discounts")) for i in items), _ZERO)
        taxes = _sum(invoice.get("taxes")) + sum((_sum(i.get("taxes")) for i in items), _ZERO)
        expected = round_money(subtotal - discounts + taxes)
        if total != expected:
            problems.append(
                f"total {total} is not subtotal {subtotal} - discounts {discounts} + taxes {taxes} = {expected}"
            )
    if balance is not None and isinstance(invoice.get("paid"), bool) and invoice["paid"] != (balance <= 0):
        problems.append(f"paid is {invoice['paid']} with a balance of {balance}")
    status = invoice.get("status")
    if balance is not None and isinstance(status, str):
        expected_status = None
        if invoice.get("draft") is True:
            expected_status = "draft"
        elif balance < 0:
            expected_status = "overpaid"
        elif invoice.get("paid") is True:
            expected_status = "paid"
        if expected_status is not None and status != expected_status:
            problems.append(f"status is {status!r}, but the invoice should be {expected_status!r} (balance {balance})")
        if expected_status is None and status in ("draft", *_SETTLED_STATUSES):
            problems.append(f"status is {status!r} for an unpaid invoice that is not a draft (balance {balance})")
    return problems


def _ok(response: Response) -> bool:
    return 200 <= response.status_code < 300


@schemathesis.check
def invoice_totals_add_up(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every invoice in a response: lines, subtotal and total add up; `paid` and `status` agree with the balance."""
    if not _ok(response):
        return None
    for invoice in objects_of(_json(response), "invoices"):
        problems = invoice_problems(invoice)
        assert not problems, f"invoice {invoice.get('id')}: " + "; ".join(problems)
    return None


def _list_path(operation_id: str) -> str:
    return get_operation(operation_id).path


def _settled_amount(transactions: list[dict[str, Any]]) -> Decimal:
    """What an invoice's transactions take off its balance: payments and charges less refunds, succeeded only."""
    taken = _ZERO
    for transaction in transactions:
        amount = _number(transaction.get("amount"))
        if transaction.get("status") != "succeeded" or amount is None:
            continue
        if transaction.get("type") in ("charge", "payment"):
            taken += amount
        elif transaction.get("type") == "refund":
            taken -= amount
    return taken


def _check_invoice_balance(probe: Probe, invoice: dict[str, Any]) -> None:
    total, balance = _number(invoice.get("total")), _number(invoice.get("balance"))
    if total is None or balance is None:
        return
    transactions = probe.list_all(_list_path("listTransactions"), {"filter[invoice]": str(invoice["id"])})
    if transactions is None:
        return
    expected = round_money(total - _settled_amount(transactions))
    if balance == expected:
        return
    # Only a mismatch is worth a second look: if the invoice moved since the response, there is nothing to compare.
    again = probe.get(resource_by_collection("invoices").path_of(invoice["id"]))
    if again.status_code != 200 or (again.json().get("total"), again.json().get("balance")) != (
        invoice.get("total"),
        invoice.get("balance"),
    ):
        return
    raise AssertionError(
        f"invoice {invoice['id']}: balance {balance} is not total {total} less succeeded payments and charges "
        f"plus succeeded refunds = {expected} ({len(transactions)} transactions)"
    )


def _single_object(case: Case[Any]) -> bool:
    op = find_operation(case.method, case.path)
    return op is not None and not op.is_list


@schemathesis.check
def invoice_balance_follows_its_transactions(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An invoice in a response, or the invoice of a transaction in one: balance = total - payments + refunds."""
    if not _ok(response) or not _single_object(case):
        return None
    body = _json(response)
    probe = Probe(case, response)
    seen: set[Any] = set()
    for invoice in objects_of(body, "invoices"):
        seen.add(invoice.get("id"))
        _check_invoice_balance(probe, invoice)
    for transaction in objects_of(body, "transactions"):
        invoice_id = transaction.get("invoice")
        if isinstance(invoice_id, int) and invoice_id not in seen:
            seen.add(invoice_id)
            answer = probe.get(resource_by_collection("invoices").path_of(invoice_id))
            if answer.status_code == 200:
                _check_invoice_balance(probe, answer.json())
    return None


@schemathesis.check
def customer_balance_is_its_open_invoices(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A customer's `total_outstanding` is the sum of the balances of their invoices not draft, closed or paid."""
    op = find_operation(case.method, case.path)
    if op is None or op.operation_id != "retrieveCustomerBalance" or response.status_code != 200:
        return None
    body = _json(response)
    customer = (case.path_parameters or {}).get(resource_by_collection("customers").id_param)
    outstanding = _number(body.get("total_outstanding")) if isinstance(body, dict) else None
    if customer is None or outstanding is None:
        return None
    probe = Probe(case, response)
    invoices = probe.list_all(_list_path("listInvoices"), {"filter[customer]": str(customer)})
    if invoices is None:
        return None
    open_invoices = [i for i in invoices if not (i.get("draft") or i.get("closed") or i.get("paid"))]
    expected = round_money(sum((_number(i.get("balance")) or _ZERO for i in open_invoices), _ZERO))
    if outstanding == expected:
        return None
    again = probe.get(response.request.url or "")
    if again.status_code != 200 or again.json() != body:
        return None  # the balance moved since the response: nothing to compare
    assert outstanding == expected, (
        f"customer {customer}: total_outstanding {outstanding} is not the sum of the balances of their "
        f"{len(open_invoices)} open invoices, {expected}"
    )
    return None


@schemathesis.check
def refunds_never_exceed_their_original(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """For a refund, or a charge or payment, in a response: its refunds add up to no more than the original."""
    if not _ok(response) or not _single_object(case):
        return None
    probe = Probe(case, response)
    transactions = resource_by_collection("transactions")
    for transaction in objects_of(_json(response), "transactions"):
        original = transaction
        if transaction.get("type") == "refund" and isinstance(transaction.get("parent_transaction"), int):
            answer = probe.get(transactions.path_of(transaction["parent_transaction"]))
            if answer.status_code != 200:
                continue
            original = answer.json()
        if original.get("type") not in ("charge", "payment"):
            continue
        refunds = probe.list_all(_list_path("listTransactions"), {"filter[parent_transaction]": str(original["id"])})
        amount = _number(original.get("amount"))
        if refunds is None or amount is None:
            continue
        refunded = sum((_number(r.get("amount")) or _ZERO for r in refunds if r.get("status") != "failed"), _ZERO)
        assert round_money(refunded) <= amount, (
            f"transaction {original['id']} of {amount} has {len(refunds)} refunds adding up to {refunded}"
        )
    return None
