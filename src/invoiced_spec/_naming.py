"""How SDKs name an operation: the resource it belongs to, and its method there.

The rule, shared by the generated Python client and the docs' Python samples: the resource is
the operation's tag in snake_case (`customers`), and the method is the operationId's words in
snake_case with the resource's own noun dropped, singular or plural (`retrieveCustomerBalance` is
`customers.retrieve_balance`, `listCustomers` is `customers.list`). An operation's
`x-sdk-method-name` names the method instead, where the rule reads badly.
"""

from __future__ import annotations

import re

from ._operations import Operation

__all__ = ["METHOD_NAME_EXTENSION", "resource_name", "sdk_method", "snake_case"]

METHOD_NAME_EXTENSION = "x-sdk-method-name"


def snake_case(words: str) -> str:
    """`listCustomerSubscriptions` and `List Customer Subscriptions` both give `list_customer_subscriptions`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", words)
    return "_".join(part.lower() for part in re.split(r"[^A-Za-z0-9]+", spaced) if part)


def resource_name(tag: str) -> str:
    """The SDK attribute of a tag's resource: `Customers` is `client.customers`."""
    return snake_case(tag)


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun.removesuffix("s")


def sdk_method(operation: Operation) -> tuple[str, str]:
    """(resource attribute, method name) of an operation, such as ("customers", "retrieve_balance")."""
    resource = resource_name(operation.tag)
    override = operation.raw.get(METHOD_NAME_EXTENSION)
    if override:
        return resource, str(override)
    words = snake_case(operation.operation_id).split("_")
    # A tag of several words is a noun of several words: `listRecurringPlans` under "Recurring Plans" is `list`.
    for noun in (resource.split("_"), _singular(resource).split("_")):
        words = _without(words, noun)
    return resource, "_".join(words)


def _without(words: list[str], noun: list[str]) -> list[str]:
    """`words` with every run of them that spells `noun` taken out."""
    kept: list[str] = []
    index = 0
    while index < len(words):
        if words[index : index + len(noun)] == noun:
            index += len(noun)
        else:
            kept.append(words[index])
            index += 1
    return kept
