"""Contains all the data models used in inputs/outputs"""

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
