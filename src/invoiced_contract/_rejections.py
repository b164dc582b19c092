"""Rejections of schema-valid requests that the spec documents, confirmed by asking the server.

`positive_data_acceptance` expects every schema-valid request to succeed,
but the spec documents `400`s that depend on stored state, which no schema
can express: a body naming a customer or invoice that does not exist, a
statement for a customer without an email, a draft invoice that cannot be
sent or paid, a refund larger than what is left of its original, a payment
that would default to a settled invoice's balance of nothing. A
`filter_failure` hook (in _failures) drops such a failure only after a
follow-up request shows the documented condition really holds; any other
rejection of valid data stays a failure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import requests
from schemathesis import Case, Response

from ._model import reference_of_body_field, resource_by_collection
from ._probe import Probe
from ._spec import find_operation, get_operation, least_amount_by_type

__all__ = ["documented_rejection"]

_SEND_OPERATIONS = ("sendCustomerStatement", "sendInvoice", "sendTransactionReceipt")
_CENT = 0.005


def _object_path(operation_id: str, object_id: Any) -> str:
    op = get_operation(operation_id)
    name = next(p.name for p in op.parameters if p.location == "path")
    # JSON Schema counts 292.0 as an integer, and generators send it; the URL spells the ID 292.
    if isinstance(object_id, float) and object_id.is_integer():
        object_id = int(object_id)
    return op.path.format(**{name: object_id})


def _fetch(probe: Probe, operation_id: str, object_id: Any) -> dict[str, Any] | None:
    answer: requests.Response = probe.get(_object_path(operation_id, object_id))
    if answer.status_code != 200:
        return None
    body = answer.json()
    return body if isinstance(body, dict) else None


def _missing(probe: Probe, operation_id: str, object_id: Any) -> bool:
    return probe.get(_object_path(operation_id, object_id)).status_code == 404


class _Rejection:
    def __init__(self, case: Case[Any], response: Response, error: dict[str, Any]) -> None:
        self.case = case
        self.probe = Probe(case, response)
        self.param = error.get("param")
        self.body: dict[str, Any] = case.body if isinstance(case.body, dict) else {}
        self.path = case.path_parameters or {}

    def references_missing_object(self) -> str | None:
        # "A `plan` or addon `catalog_item` that does not exist is answered with `400` naming it."
        # The API has no catalog endpoint to confirm against, so the naming is what is checked.
        if self.param == "plan" or (isinstance(self.param, str) and self.param.endswith("[catalog_item]")):
            return "names a catalog entry the server does not have"
        # Body fields holding another object's ID, as the spec's ID-or-object relations say.
        collection = reference_of_body_field(self.case.method, self.case.path, self.param or "")
        if collection is None or self.param not in self.body:
            return None
        retrieve = resource_by_collection(collection).retrieve.operation_id
        if _missing(self.probe, retrieve, self.body[self.param]):
            return f"{self.param} {self.body[self.param]} does not exist"
        return None

    def customer_of_path_object(self, operation_id: str) -> dict[str, Any] | None:
        if operation_id == "sendCustomerStatement":
            return _fetch(self.probe, "retrieveCustomer", self.path.get("customer_id"))
        owner = (
            _fetch(self.probe, "retrieveInvoice", self.path.get("invoice_id"))
            if operation_id == "sendInvoice"
            else _fetch(self.probe, "retrieveTransaction", self.path.get("transaction_id"))
        )
        return _fetch(self.probe, "retrieveCustomer", owner["customer"]) if owner else None

    def send(self, operation_id: str) -> str | None:
        # "Without `to`, it goes to the customer's own email address, and a customer without one
        # gets a `400` naming `to`."
        if self.param == "to" and not self.body.get("to"):
            customer = self.customer_of_path_object(operation_id)
            if customer is not None and not customer.get("email"):
                return "the customer has no email address and the request gave no `to`"
        # "Drafts cannot be sent."
        if operation_id == "sendInvoice":
            invoice = _fetch(self.probe, "retrieveInvoice", self.path.get("invoice_id"))
            if invoice is not None and invoice.get("draft"):
                return "the invoice is a draft"
        return None

    def pay(self) -> str | None:
        # "Only invoices in `auto` collection can be charged, and only when the customer has a payment
        # source; a draft, closed or already paid invoice cannot be charged either."
        invoice = _fetch(self.probe, "retrieveInvoice", self.path.get("invoice_id"))
        if invoice is None:
            return None
        for flag in ("draft", "closed", "paid"):
            if invoice.get(flag):
                return f"the invoice is {flag}"
        if invoice.get("collection_mode") != "auto":
            return "the invoice is not in auto collection"
        customer = _fetch(self.probe, "retrieveCustomer", invoice.get("customer"))
        if customer is not None and customer.get("payment_source") is None:
            return "the customer has no payment source"
        return None

    def invoice_ledger(self, invoice_id: Any, change: dict[str, Any] | None = None) -> tuple[float, float] | None:
        """What was paid on an invoice and refunded against it, succeeded only; `change` replaces one transaction."""
        transactions = self.probe.list_all(get_operation("listTransactions").path, {"filter[invoice]": str(invoice_id)})
        if transactions is None:
            return None
        if change is not None:
            transactions = [change if t.get("id") == change.get("id") else t for t in transactions]
            if all(t.get("id") != change.get("id") for t in transactions):
                transactions.append(change)
        paid = refunded = 0.0
        for transaction in transactions:
            amount = transaction.get("amount")
            if transaction.get("status") != "succeeded" or not isinstance(amount, (int, float)):
                continue
            if transaction.get("type") in ("charge", "payment"):
                paid += amount
            elif transaction.get("type") == "refund":
                refunded += amount
        return paid, refunded

    def refunds_exceed_what_was_paid(self, invoice_id: Any, change: dict[str, Any]) -> str | None:
        # "Refunds against an invoice never exceed what was paid on it."
        ledger = self.invoice_ledger(invoice_id, change)
        if ledger is not None and ledger[1] > ledger[0] + _CENT:
            return f"refunds of {ledger[1]:.2f} would exceed the {ledger[0]:.2f} paid on the invoice"
        return None

    def create_transaction(self) -> str | None:
        if "invoice" in self.body:
            invoice = _fetch(self.probe, "retrieveInvoice", self.body["invoice"])
            # "A closed invoice accepts no transactions."
            if invoice is not None and invoice.get("closed"):
                return "the invoice is closed"
            # "A transaction against an invoice is in the invoice's currency."
            if (
                invoice is not None
                and self.param == "currency"
                and "currency" in self.body
                and self.body["currency"] != invoice.get("currency")
            ):
                return f"currency {self.body['currency']} is not the invoice's, {invoice.get('currency')}"
            # "With an invoice, the customer is the invoice's, and naming another customer is answered
            # with `400` naming `customer`."
            if (
                invoice is not None
                and self.param == "customer"
                and "customer" in self.body
                and self.body["customer"] != invoice.get("customer")
            ):
                return f"customer {self.body['customer']} is not the invoice's, {invoice.get('customer')}"
            if invoice is not None and self.param == "amount" and self.body.get("type") == "refund":
                amount = self.body.get("amount", invoice.get("balance"))
                change = {
                    "id": None,
                    "type": "refund",
                    "status": self.body.get("status", "succeeded"),
                    "amount": amount,
                }
                reason = self.refunds_exceed_what_was_paid(invoice["id"], change)
                if reason is not None:
                    return reason
            # "A charge, payment or refund that would take a balance of zero or less is answered
            # with `400` naming `amount`."
            least = least_amount_by_type().get(str(self.body.get("type")))
            if (
                invoice is not None
                and least is not None
                and self.param == "amount"
                and "amount" not in self.body
                and isinstance(invoice.get("balance"), (int, float))
                and invoice["balance"] < least - _CENT
            ):
                return f"the invoice's balance, {invoice['balance']}, is nothing to take"
        return None

    def refund(self, original_id: Any, amount: Any, exclude: Any = None) -> str | None:
        # "Refunds all or part of a succeeded `charge` or `payment` ... together they can never exceed
        # the original amount; a refund that would is answered with `400` naming `amount`."
        original = _fetch(self.probe, "retrieveTransaction", original_id)
        if original is None:
            return None
        if original.get("type") not in ("charge", "payment") or original.get("status") != "succeeded":
            return f"the original is a {original.get('status')} {original.get('type')}"
        if self.param != "amount" or not isinstance(amount, (int, float)):
            return None
        refunded = self.refunded(original_id, exclude)
        if refunded is None:
            return None
        if amount > original["amount"] - refunded + _CENT:
            return f"{amount} is more than the {original['amount'] - refunded:.2f} left of the original"
        return None

    def refund_path_transaction(self) -> str | None:
        return self.refund(self.path.get("transaction_id"), self.body.get("amount"))

    def refunded(self, original_id: Any, exclude: Any = None) -> float | None:
        """What the refunds of a transaction add up to, failed ones aside."""
        refunds = self.probe.list_all(
            get_operation("listTransactions").path, {"filter[parent_transaction]": str(original_id)}
        )
        if refunds is None:
            return None
        return float(sum(t["amount"] for t in refunds if t.get("id") != exclude and t.get("status") != "failed"))

    def update_invoice(self) -> str | None:
        # "Once transactions are recorded against an invoice its currency stays."
        invoice_id = self.path.get("invoice_id")
        invoice = _fetch(self.probe, "retrieveInvoice", invoice_id)
        if invoice is None or self.param != "currency" or self.body.get("currency") == invoice.get("currency"):
            return None
        ledger = self.probe.list_all(get_operation("listTransactions").path, {"filter[invoice]": str(invoice_id)})
        if ledger:
            return f"the invoice has {len(ledger)} transactions in {invoice.get('currency')}"
        return None

    def update_transaction(self) -> str | None:
        transaction = _fetch(self.probe, "retrieveTransaction", self.path.get("transaction_id"))
        if transaction is not None and self.param == "currency" and "currency" in self.body:
            # "A transaction against an invoice stays in the invoice's currency, and a refund in its original's."
            owner = (
                _fetch(self.probe, "retrieveInvoice", transaction["invoice"])
                if isinstance(transaction.get("invoice"), int)
                else _fetch(self.probe, "retrieveTransaction", transaction.get("parent_transaction"))
                if isinstance(transaction.get("parent_transaction"), int)
                else None
            )
            if owner is not None and owner.get("currency") != self.body["currency"]:
                return f"currency {self.body['currency']} is not that of its invoice or original, {owner['currency']}"
        if transaction is not None and self.param == "status" and "status" in self.body:
            status = self.body["status"]
            # "A refund of a transaction that did not succeed can only be failed."
            parent = transaction.get("parent_transaction")
            if transaction.get("type") == "refund" and isinstance(parent, int) and status != "failed":
                original = _fetch(self.probe, "retrieveTransaction", parent)
                if original is not None and original.get("status") != "succeeded":
                    return f"the refund's original is {original.get('status')}, so it can only be failed"
            # "A charge or payment with refunds stays succeeded."
            if transaction.get("type") in ("charge", "payment") and status != "succeeded":
                refunded = self.refunded(transaction["id"])
                if refunded:
                    return f"the {transaction['type']} has {refunded:.2f} refunded, so it stays succeeded"
        reason = self.amount_rules(transaction)
        if reason is not None or transaction is None:
            return reason
        if self.param in ("amount", "status") and isinstance(transaction.get("invoice"), int):
            changed: dict[str, Any] = {**transaction}
            changed.update({k: self.body[k] for k in ("amount", "status") if k in self.body})
            return self.refunds_exceed_what_was_paid(transaction["invoice"], changed)
        return None

    def amount_rules(self, transaction: dict[str, Any] | None) -> str | None:
        amount = self.body.get("amount")
        if transaction is None or self.param != "amount" or not isinstance(amount, (int, float)):
            return None
        # "The `amount` of a charge, payment or refund must stay at least 0.01."
        least = least_amount_by_type().get(str(transaction.get("type")))
        if least is not None and amount < least - _CENT:
            return f"{amount} is less than {least}, and the transaction is a {transaction['type']}"
        # "A refund may not be raised above what is left of its original."
        if transaction.get("type") == "refund" and transaction.get("parent_transaction") is not None:
            return self.refund(transaction["parent_transaction"], amount, exclude=transaction["id"])
        # "An original may not be lowered below what was refunded of it."
        if transaction.get("type") in ("charge", "payment"):
            refunded = self.refunded(transaction["id"])
            if refunded is not None and amount < refunded - _CENT:
                return f"{amount} is less than the {refunded:.2f} already refunded"
        return None


def documented_rejection(case: Case[Any], response: Response) -> str | None:
    """Why the spec lets the server refuse this schema-valid request, if a follow-up confirms it."""
    if response.status_code != 400:
        return None
    try:
        error = response.json()
    except ValueError:
        return None
    op = find_operation(case.method, case.path)
    if op is None or not isinstance(error, dict):
        return None
    rejection = _Rejection(case, response, error)
    reason = rejection.references_missing_object()
    if reason is not None:
        return reason
    handlers: dict[str, Callable[[], str | None]] = {
        "updateInvoice": rejection.update_invoice,
        "payInvoice": rejection.pay,
        "createTransaction": rejection.create_transaction,
        "refundTransaction": rejection.refund_path_transaction,
        "updateTransaction": rejection.update_transaction,
        **{name: functools.partial(rejection.send, name) for name in _SEND_OPERATIONS},
    }
    handler = handlers.get(op.operation_id)
    return handler() if handler is not None else None
