"""Every operation of the spec through the generated client, on the real sandbox."""

from __future__ import annotations

import asyncio
import re

import pytest
from invoiced_client import InvalidRequestError, InvoicedClient
from invoiced_client.api.customers import (
    create_customer,
    delete_customer,
    list_customer_subscriptions,
    list_customers,
    retrieve_customer,
    retrieve_customer_balance,
    send_customer_statement,
    update_customer,
)
from invoiced_client.api.invoices import (
    create_invoice,
    delete_invoice,
    list_invoices,
    pay_invoice,
    retrieve_invoice,
    send_invoice,
    update_invoice,
)
from invoiced_client.api.subscriptions import (
    cancel_subscription,
    create_subscription,
    list_subscriptions,
    retrieve_subscription,
    update_subscription,
)
from invoiced_client.api.transactions import (
    create_transaction,
    delete_transaction,
    list_transactions,
    refund_transaction,
    retrieve_transaction,
    send_transaction_receipt,
    update_transaction,
)
from invoiced_client.models import (
    Balance,
    CollectionMode,
    Customer,
    CustomerCreate,
    CustomerFilter,
    CustomerType,
    CustomerUpdate,
    EmailRecipient,
    EmailRequest,
    Invoice,
    InvoiceCreate,
    InvoiceFilter,
    InvoiceUpdate,
    LineItemInput,
    RefundCreate,
    Subscription,
    SubscriptionAddonInput,
    SubscriptionCreate,
    SubscriptionFilter,
    SubscriptionUpdate,
    Transaction,
    TransactionCreate,
    TransactionFilter,
    TransactionType,
    TransactionUpdate,
)
from invoiced_client.types import UNSET

from invoiced_spec import load_spec, operations
from tests.client import usage_example
from tests.client.recorder import Recorder
from tests.fixtures.sandbox import RunningSandbox

SPEC_OPERATIONS = {
    (operation.method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[0-9]+", operation.path) + "$")): (
        operation.operation_id
    )
    for operation in operations(load_spec())
}


def _operations_reached(recorder: Recorder) -> set[str]:
    return {
        operation_id
        for method, path, status in recorder.calls
        for (spec_method, pattern), operation_id in SPEC_OPERATIONS.items()
        if 200 <= status < 300 and method == spec_method and pattern.match(path)
    }


def _invoice(
    client: InvoicedClient, customer: Customer, *, draft: bool = False, mode: CollectionMode = CollectionMode.MANUAL
) -> Invoice:
    lines = [LineItemInput(name="Copy paper", quantity=2, unit_cost=45), LineItemInput(catalog_item="delivery")]
    body = InvoiceCreate(customer=customer.id, items=lines, draft=draft, collection_mode=mode)
    return create_invoice.sync(client=client, body=body)


def _customers(client: InvoicedClient) -> None:
    acme = create_customer.sync(
        client=client,
        body=CustomerCreate(name="Acme", email="billing@acme.test", type_=CustomerType.COMPANY),
        idempotency_key="acme-1",
    )
    assert isinstance(acme, Customer) and acme.name == "Acme" and acme.type_ is CustomerType.COMPANY
    assert retrieve_customer.sync(acme.id, client=client).number == acme.number
    updated = update_customer.sync(acme.id, client=client, body=CustomerUpdate(notes="Key account", email=None))
    assert updated.notes == "Key account" and updated.email is None
    assert [c.id for c in list_customers.sync(client=client)] == [acme.id]
    balance = retrieve_customer_balance.sync(acme.id, client=client)
    assert isinstance(balance, Balance)
    emails = send_customer_statement.sync(
        acme.id, client=client, body=EmailRequest(to=[EmailRecipient(email="ap@acme.test", name="Accounts")])
    )
    assert [email.email for email in emails] == ["ap@acme.test"]
    assert list_customer_subscriptions.sync(acme.id, client=client) == []
    delete_customer.sync(acme.id, client=client)
    with pytest.raises(InvalidRequestError):
        retrieve_customer.sync(acme.id, client=client)


def _invoices(client: InvoicedClient) -> None:
    customer = create_customer.sync(
        client=client, body=CustomerCreate(name="Payer", email="pay@payer.test", stripe_token="tok_visa")
    )
    invoice = _invoice(client, customer, mode=CollectionMode.AUTO)
    assert isinstance(invoice, Invoice) and invoice.customer == customer.id
    assert retrieve_invoice.sync(invoice.id, client=client).total == invoice.total
    updated = update_invoice.sync(invoice.id, client=client, body=InvoiceUpdate(notes="Thanks"))
    assert updated.notes == "Thanks"
    assert [i.id for i in list_invoices.sync(client=client)] == [invoice.id]
    assert len(send_invoice.sync(invoice.id, client=client)) == 1
    paid = pay_invoice.sync(invoice.id, client=client, idempotency_key=f"pay-{invoice.id}")
    assert paid.paid is True and paid.balance == 0
    delete_invoice.sync(invoice.id, client=client)
    with pytest.raises(InvalidRequestError):
        retrieve_invoice.sync(invoice.id, client=client)


def _transactions(client: InvoicedClient) -> None:
    customer = create_customer.sync(client=client, body=CustomerCreate(name="Cash Co", email="cash@co.test"))
    invoice = _invoice(client, customer)
    payment = create_transaction.sync(
        client=client, body=TransactionCreate(type_=TransactionType.PAYMENT, invoice=invoice.id)
    )
    assert isinstance(payment, Transaction) and payment.amount == invoice.balance
    assert retrieve_transaction.sync(payment.id, client=client).invoice == invoice.id
    assert update_transaction.sync(payment.id, client=client, body=TransactionUpdate(notes="check")).notes == "check"
    assert [t.id for t in list_transactions.sync(client=client)] == [payment.id]
    assert len(send_transaction_receipt.sync(payment.id, client=client)) == 1
    refund = refund_transaction.sync(payment.id, client=client, body=RefundCreate(amount=10))
    assert refund.type_ is TransactionType.REFUND and refund.parent_transaction == payment.id
    delete_transaction.sync(payment.id, client=client)
    with pytest.raises(InvalidRequestError):
        retrieve_transaction.sync(payment.id, client=client)


def _subscriptions(client: InvoicedClient) -> None:
    customer = create_customer.sync(client=client, body=CustomerCreate(name="Subscriber"))
    addons = [SubscriptionAddonInput(catalog_item="ipad-license", quantity=2)]
    subscription = create_subscription.sync(
        client=client, body=SubscriptionCreate(customer=customer.id, plan="starter", addons=addons)
    )
    assert isinstance(subscription, Subscription) and subscription.plan == "starter"
    assert retrieve_subscription.sync(subscription.id, client=client).customer == customer.id
    assert update_subscription.sync(subscription.id, client=client, body=SubscriptionUpdate(plan="pro")).plan == "pro"
    assert [s.id for s in list_subscriptions.sync(client=client)] == [subscription.id]
    assert [s.id for s in list_customer_subscriptions.sync(customer.id, client=client)] == [subscription.id]
    cancel_subscription.sync(subscription.id, client=client)
    with pytest.raises(InvalidRequestError):
        retrieve_subscription.sync(subscription.id, client=client)


def test_every_operation_goes_through_the_client(client: InvoicedClient, recorder: Recorder) -> None:
    _customers(client)
    _invoices(client)
    _transactions(client)
    _subscriptions(client)
    assert _operations_reached(recorder) == set(SPEC_OPERATIONS.values())


def test_filters_reach_the_server_in_bracket_notation(client: InvoicedClient, recorder: Recorder) -> None:
    person = create_customer.sync(client=client, body=CustomerCreate(name="Pat", type_=CustomerType.PERSON))
    company = create_customer.sync(client=client, body=CustomerCreate(name="Big Co", type_=CustomerType.COMPANY))
    people = list_customers.sync(client=client, filter_=CustomerFilter(type_=CustomerType.PERSON))
    assert [c.id for c in people] == [person.id]
    by_number = list_customers.sync(client=client, filter_=CustomerFilter(number=company.number, name="Big Co"))
    assert [c.id for c in by_number] == [company.id]
    assert list_customers.sync(client=client, filter_=CustomerFilter(number=company.number, name="Pat")) == []

    draft = _invoice(client, person, draft=True)
    issued = _invoice(client, company)
    unpaid_of_company = InvoiceFilter(paid=False, customer=company.id)
    assert [i.id for i in list_invoices.sync(client=client, filter_=unpaid_of_company)] == [issued.id]
    assert [i.id for i in list_invoices.sync(client=client, filter_=InvoiceFilter(draft=True))] == [draft.id]
    payment = create_transaction.sync(
        client=client, body=TransactionCreate(type_=TransactionType.PAYMENT, invoice=issued.id)
    )
    found = list_transactions.sync(client=client, filter_=TransactionFilter(type_=TransactionType.PAYMENT))
    assert [t.id for t in found] == [payment.id]
    subscription = create_subscription.sync(client=client, body=SubscriptionCreate(customer=person.id, plan="pro"))
    found_subscriptions = list_subscriptions.sync(client=client, filter_=SubscriptionFilter(plan="pro"))
    assert [s.id for s in found_subscriptions] == [subscription.id]

    sent = [path for method, path, _ in recorder.calls if method == "GET" and path == "/invoices"]
    assert sent, "no list request was recorded"


def test_sort_is_sent(client: InvoicedClient) -> None:
    names = ["Bravo", "Alpha", "Charlie"]
    for name in names:
        create_customer.sync(client=client, body=CustomerCreate(name=name))
    assert [c.name for c in list_customers.sync(client=client, sort="name desc")] == sorted(names, reverse=True)
    assert [c.name for c in list_customers.sync(client=client, sort="name")] == sorted(names)


def test_expanded_relations_come_back_as_typed_objects(client: InvoicedClient) -> None:
    customer = create_customer.sync(client=client, body=CustomerCreate(name="Expanded"))
    invoice = _invoice(client, customer)
    payment = create_transaction.sync(
        client=client, body=TransactionCreate(type_=TransactionType.PAYMENT, invoice=invoice.id, amount=5)
    )
    subscription = create_subscription.sync(
        client=client, body=SubscriptionCreate(customer=customer.id, plan="starter")
    )

    assert retrieve_invoice.sync(invoice.id, client=client).customer == customer.id
    expanded_invoice = retrieve_invoice.sync(invoice.id, client=client, expand="customer")
    assert isinstance(expanded_invoice.customer, Customer) and expanded_invoice.customer.name == "Expanded"

    expanded_payment = retrieve_transaction.sync(payment.id, client=client, expand="customer,invoice")
    assert isinstance(expanded_payment.customer, Customer) and expanded_payment.customer.id == customer.id
    assert isinstance(expanded_payment.invoice, Invoice) and expanded_payment.invoice.id == invoice.id

    listed = list_transactions.sync(client=client, expand="invoice")
    assert [type(t.invoice) for t in listed] == [Invoice]
    assert isinstance(retrieve_subscription.sync(subscription.id, client=client, expand="customer").customer, Customer)
    listed_subscriptions = list_customer_subscriptions.sync(customer.id, client=client, expand="customer")
    assert [type(s.customer) for s in listed_subscriptions] == [Customer]


def test_the_detailed_functions_return_the_untyped_union(client: InvoicedClient) -> None:
    created = create_customer.sync_detailed(client=client, body=CustomerCreate(name="Detail"))
    assert created.status_code == 201 and isinstance(created.parsed, Customer)
    assert created.headers["Location"].endswith(f"/customers/{created.parsed.id}")
    missing = retrieve_customer.sync_detailed(created.parsed.id + 1000, client=client)
    assert missing.status_code == 404
    assert missing.parsed is not None and not isinstance(missing.parsed, Customer)
    assert missing.parsed.message and missing.parsed.param is None


def test_async_paths(async_client: InvoicedClient, recorder: Recorder) -> None:
    async def run() -> tuple[Customer, list[Customer], Invoice, Transaction]:
        async with async_client as client:
            customer = await create_customer.asyncio(client=client, body=CustomerCreate(name="Async Co"))
            listed = await list_customers.asyncio(client=client, filter_=CustomerFilter(name="Async Co"))
            invoice = await create_invoice.asyncio(
                client=client, body=InvoiceCreate(customer=customer.id, items=[LineItemInput(name="X", unit_cost=3)])
            )
            payment = await create_transaction.asyncio(
                client=client, body=TransactionCreate(type_=TransactionType.PAYMENT, invoice=invoice.id)
            )
            expanded = await retrieve_transaction.asyncio(payment.id, client=client, expand="invoice")
            detailed = await retrieve_customer.asyncio_detailed(customer.id, client=client)
            assert detailed.status_code == 200
            await delete_customer.asyncio(customer.id, client=client)
            return customer, listed, invoice, expanded

    customer, listed, invoice, expanded = asyncio.run(run())
    assert [c.id for c in listed] == [customer.id]
    assert isinstance(expanded.invoice, Invoice) and expanded.invoice.id == invoice.id
    assert ("DELETE", f"/customers/{customer.id}", 204) in recorder.calls


def test_unset_and_none_are_different(client: InvoicedClient) -> None:
    customer = create_customer.sync(client=client, body=CustomerCreate(name="Nulls", phone="555-0100", notes="keep"))
    cleared = update_customer.sync(customer.id, client=client, body=CustomerUpdate(phone=None))
    assert cleared.phone is None and cleared.notes == "keep"
    assert CustomerUpdate().to_dict() == {} and CustomerUpdate(phone=UNSET).to_dict() == {}


def test_the_usage_example_runs(sandbox: RunningSandbox) -> None:
    outcome = usage_example.run(sandbox.base_url, sandbox.api_key)
    assert outcome["names"] == ["Acme"]
    assert str(outcome["missing"]).startswith("404 invalid_request: ")
    assert outcome["status"] == 404
    assert outcome["counted"] == 1
