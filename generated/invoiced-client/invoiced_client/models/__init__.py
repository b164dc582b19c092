"""The data models of the inputs and answers; each is imported on first use, not with the package."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance import Balance
    from .card import Card
    from .card_funding import CardFunding
    from .collection_mode import CollectionMode
    from .customer import Customer
    from .customer_create import CustomerCreate
    from .customer_filter import CustomerFilter
    from .customer_type import CustomerType
    from .customer_update import CustomerUpdate
    from .discount import Discount
    from .discount_input import DiscountInput
    from .discount_rate_type_0 import DiscountRateType0
    from .email import Email
    from .email_clicks_detail_item import EmailClicksDetailItem
    from .email_opens_detail_item import EmailOpensDetailItem
    from .email_recipient import EmailRecipient
    from .email_request import EmailRequest
    from .email_state import EmailState
    from .email_template import EmailTemplate
    from .error_object import ErrorObject
    from .error_type import ErrorType
    from .invoice import Invoice
    from .invoice_create import InvoiceCreate
    from .invoice_filter import InvoiceFilter
    from .invoice_status import InvoiceStatus
    from .invoice_update import InvoiceUpdate
    from .line_item import LineItem
    from .line_item_input import LineItemInput
    from .line_item_type import LineItemType
    from .payment_method import PaymentMethod
    from .refund_create import RefundCreate
    from .subscription import Subscription
    from .subscription_addon import SubscriptionAddon
    from .subscription_addon_input import SubscriptionAddonInput
    from .subscription_create import SubscriptionCreate
    from .subscription_filter import SubscriptionFilter
    from .subscription_status import SubscriptionStatus
    from .subscription_update import SubscriptionUpdate
    from .tax import Tax
    from .tax_input import TaxInput
    from .tax_rate_type_0 import TaxRateType0
    from .transaction import Transaction
    from .transaction_create import TransactionCreate
    from .transaction_filter import TransactionFilter
    from .transaction_status import TransactionStatus
    from .transaction_type import TransactionType
    from .transaction_update import TransactionUpdate

__all__ = (
    "Balance",
    "Card",
    "CardFunding",
    "CollectionMode",
    "Customer",
    "CustomerCreate",
    "CustomerFilter",
    "CustomerType",
    "CustomerUpdate",
    "Discount",
    "DiscountInput",
    "DiscountRateType0",
    "Email",
    "EmailClicksDetailItem",
    "EmailOpensDetailItem",
    "EmailRecipient",
    "EmailRequest",
    "EmailState",
    "EmailTemplate",
    "ErrorObject",
    "ErrorType",
    "Invoice",
    "InvoiceCreate",
    "InvoiceFilter",
    "InvoiceStatus",
    "InvoiceUpdate",
    "LineItem",
    "LineItemInput",
    "LineItemType",
    "PaymentMethod",
    "RefundCreate",
    "Subscription",
    "SubscriptionAddon",
    "SubscriptionAddonInput",
    "SubscriptionCreate",
    "SubscriptionFilter",
    "SubscriptionStatus",
    "SubscriptionUpdate",
    "Tax",
    "TaxInput",
    "TaxRateType0",
    "Transaction",
    "TransactionCreate",
    "TransactionFilter",
    "TransactionStatus",
    "TransactionType",
    "TransactionUpdate",
)

# Exported name -> the module that defines it.
_MODULES = {
    "Balance": ".balance",
    "Card": ".card",
    "CardFunding": ".card_funding",
    "CollectionMode": ".collection_mode",
    "Customer": ".customer",
    "CustomerCreate": ".customer_create",
    "CustomerFilter": ".customer_filter",
    "CustomerType": ".customer_type",
    "CustomerUpdate": ".customer_update",
    "Discount": ".discount",
    "DiscountInput": ".discount_input",
    "DiscountRateType0": ".discount_rate_type_0",
    "Email": ".email",
    "EmailClicksDetailItem": ".email_clicks_detail_item",
    "EmailOpensDetailItem": ".email_opens_detail_item",
    "EmailRecipient": ".email_recipient",
    "EmailRequest": ".email_request",
    "EmailState": ".email_state",
    "EmailTemplate": ".email_template",
    "ErrorObject": ".error_object",
    "ErrorType": ".error_type",
    "Invoice": ".invoice",
    "InvoiceCreate": ".invoice_create",
    "InvoiceFilter": ".invoice_filter",
    "InvoiceStatus": ".invoice_status",
    "InvoiceUpdate": ".invoice_update",
    "LineItem": ".line_item",
    "LineItemInput": ".line_item_input",
    "LineItemType": ".line_item_type",
    "PaymentMethod": ".payment_method",
    "RefundCreate": ".refund_create",
    "Subscription": ".subscription",
    "SubscriptionAddon": ".subscription_addon",
    "SubscriptionAddonInput": ".subscription_addon_input",
    "SubscriptionCreate": ".subscription_create",
    "SubscriptionFilter": ".subscription_filter",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionUpdate": ".subscription_update",
    "Tax": ".tax",
    "TaxInput": ".tax_input",
    "TaxRateType0": ".tax_rate_type_0",
    "Transaction": ".transaction",
    "TransactionCreate": ".transaction_create",
    "TransactionFilter": ".transaction_filter",
    "TransactionStatus": ".transaction_status",
    "TransactionType": ".transaction_type",
    "TransactionUpdate": ".transaction_update",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)
