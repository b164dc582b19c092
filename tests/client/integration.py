"""The integration of issue #13, written as a user of the client would; test_integration runs it on the sandbox.

Customers with cards, an invoice with items, a discount and a tax, a filtered and sorted list with
expand, paging through 250 customers, a partial payment, `pay`, a refund, a subscription created
and cancelled, and the three kinds of error. test_typing runs mypy --strict over this file, and
test_integration counts its lines and imported names for the closing note of the issue.
"""

from __future__ import annotations

from invoiced_client import AsyncInvoicedClient, AuthenticationError, BadRequestError, InvoicedClient, NotFoundError


# --- sync: begin
def integrate(api_key: str, base_url: str) -> list[str]:
    log = []
    client = InvoicedClient(api_key, base_url=base_url)
    acme = client.customers.create(name="Acme", stripe_token="tok_visa", collection_mode="auto")
    client.customers.create(name="Globex", email="ap@globex.test", stripe_token="tok_mastercard")
    invoice = client.invoices.create(
        customer=acme.id,
        items=[{"name": "Copy paper", "quantity": 2, "unit_cost": 45}, {"catalog_item": "delivery"}],
        discounts=[{"amount": 5}],
        taxes=[{"amount": 3.85}],
    )
    for each in client.invoices.list(filter={"paid": False}, sort="total desc", expand=["customer"]):
        log.append(f"{each.number} {each.expanded_customer.name} {each.total}")

    for n in range(248):
        client.customers.create(name=f"Customer {n:03}")
    customers = client.customers.list(per_page=100)
    log.append(f"{customers.total_count} customers, {len(list(customers))} paged")

    payment = client.transactions.create(type="payment", invoice=invoice.id, method="check", amount=20)
    paid = client.invoices.pay(invoice.id)
    charge = client.transactions.list(filter={"invoice": invoice.id, "type": "charge"}).data[0]
    refund = client.transactions.refund(charge.id, amount=10)
    log.append(f"paid {payment.amount} + {charge.amount}: {paid.status}; refunded {refund.amount}")

    subscription = client.subscriptions.create(
        customer=acme.id, plan="starter", addons=[{"catalog_item": "ipad-license"}]
    )
    client.subscriptions.cancel(subscription.id)
    log.append(f"subscription {subscription.plan} {subscription.status}, cancelled")

    try:
        client.customers.retrieve(987654321)
    except NotFoundError as error:
        log.append(f"{error.status} {error.message}")
    try:
        client.invoices.create(customer=acme.id, currency="dollars")
    except BadRequestError as error:
        log.append(f"{error.status} {error.param}")
    try:
        with InvoicedClient("not-a-key", base_url=base_url) as stranger:
            stranger.customers.list()
    except AuthenticationError as error:
        log.append(f"{error.status} {error.type}")
    client.close()
    return log


# --- sync: end


async def integrate_async(api_key: str, base_url: str) -> list[str]:
    log = []
    async with AsyncInvoicedClient(api_key, base_url=base_url) as client:
        acme = await client.customers.create(name="Acme", stripe_token="tok_visa", collection_mode="auto")
        await client.customers.create(name="Globex", email="ap@globex.test", stripe_token="tok_mastercard")
        invoice = await client.invoices.create(
            customer=acme.id,
            items=[{"name": "Copy paper", "quantity": 2, "unit_cost": 45}, {"catalog_item": "delivery"}],
            discounts=[{"amount": 5}],
            taxes=[{"amount": 3.85}],
        )
        async for each in client.invoices.list(filter={"paid": False}, sort="total desc", expand=["customer"]):
            log.append(f"{each.number} {each.expanded_customer.name} {each.total}")

        for n in range(248):
            await client.customers.create(name=f"Customer {n:03}")
        first = await client.customers.list(per_page=100)
        log.append(f"{first.total_count} customers, {len([c async for c in first])} paged")

        payment = await client.transactions.create(type="payment", invoice=invoice.id, method="check", amount=20)
        paid = await client.invoices.pay(invoice.id)
        charge = (await client.transactions.list(filter={"invoice": invoice.id, "type": "charge"})).data[0]
        refund = await client.transactions.refund(charge.id, amount=10)
        log.append(f"paid {payment.amount} + {charge.amount}: {paid.status}; refunded {refund.amount}")

        subscription = await client.subscriptions.create(
            customer=acme.id, plan="starter", addons=[{"catalog_item": "ipad-license"}]
        )
        await client.subscriptions.cancel(subscription.id)
        log.append(f"subscription {subscription.plan} {subscription.status}, cancelled")

        try:
            await client.customers.retrieve(987654321)
        except NotFoundError as error:
            log.append(f"{error.status} {error.message}")
        try:
            await client.invoices.create(customer=acme.id, currency="dollars")
        except BadRequestError as error:
            log.append(f"{error.status} {error.param}")
        try:
            async with AsyncInvoicedClient("not-a-key", base_url=base_url) as stranger:
                await stranger.customers.list()
        except AuthenticationError as error:
            log.append(f"{error.status} {error.type}")
    return log
