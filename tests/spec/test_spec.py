"""The spec is valid OpenAPI 3.1, obeys the house rules, and covers the documented API."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_spec_validator import validate

from invoiced_spec import SPEC_PATH, load_spec, operations, resolve, schema_validator
from invoiced_spec._lint import LINT_RULES

SPEC = load_spec()

# The 27 operations of the reference, by their HTTP request lines.
DOCUMENTED_OPERATIONS = {
    ("post", "/customers"),
    ("get", "/customers/{customer_id}"),
    ("patch", "/customers/{customer_id}"),
    ("get", "/customers/{customer_id}/subscriptions"),
    ("get", "/customers/{customer_id}/balance"),
    ("post", "/customers/{customer_id}/emails"),
    ("delete", "/customers/{customer_id}"),
    ("get", "/customers"),
    ("post", "/invoices"),
    ("get", "/invoices/{invoice_id}"),
    ("patch", "/invoices/{invoice_id}"),
    ("post", "/invoices/{invoice_id}/emails"),
    ("post", "/invoices/{invoice_id}/pay"),
    ("delete", "/invoices/{invoice_id}"),
    ("get", "/invoices"),
    ("post", "/transactions"),
    ("get", "/transactions/{transaction_id}"),
    ("patch", "/transactions/{transaction_id}"),
    ("post", "/transactions/{transaction_id}/emails"),
    ("post", "/transactions/{transaction_id}/refunds"),
    ("delete", "/transactions/{transaction_id}"),
    ("get", "/transactions"),
    ("post", "/subscriptions"),
    ("get", "/subscriptions/{subscription_id}"),
    ("patch", "/subscriptions/{subscription_id}"),
    ("delete", "/subscriptions/{subscription_id}"),
    ("get", "/subscriptions"),
}


def schema(name: str) -> dict[str, Any]:
    found: dict[str, Any] = SPEC["components"]["schemas"][name]
    return found


def test_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)


def test_covers_exactly_the_documented_operations() -> None:
    assert {(op.method, op.path) for op in operations(SPEC)} == DOCUMENTED_OPERATIONS


@pytest.mark.parametrize("rule", sorted(LINT_RULES))
def test_house_rule_holds(rule: str) -> None:
    assert LINT_RULES[rule](SPEC) == []


def if_then(spec: dict[str, Any]) -> dict[str, Any]:
    rules = spec["components"]["schemas"]["TransactionCreate"]["x-crossFieldRules"]
    return next({"if": rule["if"], "then": rule["then"]} for rule in rules if "if" in rule)


def _break(mutate: Any) -> dict[str, Any]:
    broken = copy.deepcopy(SPEC)
    mutate(broken)
    return broken


@pytest.mark.parametrize(
    ("rule", "mutate", "expected"),
    [
        ("operation metadata", lambda s: s["paths"]["/customers"]["get"].pop("operationId"), "no operationId"),
        ("operation metadata", lambda s: s["paths"]["/invoices"]["get"].pop("summary"), "no summary"),
        ("operation metadata", lambda s: s["paths"]["/invoices"]["get"].pop("tags"), "no tag"),
        ("error responses", lambda s: s["paths"]["/invoices"]["get"]["responses"].pop("401"), "no 401"),
        (
            "error responses",
            lambda s: s["paths"]["/invoices"]["get"]["responses"].update(default={"description": "x"}),
            "default response",
        ),
        ("list operations", lambda s: s["paths"]["/customers"]["get"]["parameters"].pop(0), "page parameter"),
        (
            "list operations",
            lambda s: s["components"]["responses"]["InvoiceList"]["headers"].pop("Link"),
            "Link header",
        ),
        ("references", lambda s: s["paths"]["/customers"]["get"]["parameters"].append({"$ref": "#/nope"}), "nope"),
        ("examples", lambda s: s["components"]["schemas"]["Card"]["examples"][0].update(last4=4242), "last4"),
        ("unused components", lambda s: s["components"]["schemas"].update(Orphan={"type": "string"}), "Orphan"),
        ("numeric formats", lambda s: s["components"]["schemas"]["Id"].pop("format"), "Id: integer without"),
        ("numeric formats", lambda s: s["components"]["schemas"]["Money"].update(format="float"), "Money: number"),
        (
            "named enums",
            lambda s: s["components"]["schemas"]["Invoice"]["properties"].update(status={"enum": ["x"]}),
            "Invoice/properties/status: inline enum",
        ),
        (
            "cross-field keywords",
            lambda s: s["components"]["schemas"]["LineItemInput"].update(
                allOf=s["components"]["schemas"]["LineItemInput"]["x-crossFieldRules"]
            ),
            "LineItemInput/allOf/0: anyOf of required",
        ),
        (
            "cross-field keywords",
            lambda s: s["components"]["schemas"]["TransactionCreate"].update(if_then(s)),
            "TransactionCreate: if, then",
        ),
        (
            "link bodies",
            lambda s: s["components"]["links"]["CreateInvoiceForCustomer"].update(requestBody={"customer": 1}),
            "CreateInvoiceForCustomer",
        ),
        (
            "nested form fields",
            lambda s: s["components"]["requestBodies"]["SendEmail"]["content"]["application/x-www-form-urlencoded"][
                "encoding"
            ].update(to={"style": "deepObject", "explode": True}),
            "form field to is deepObject",
        ),
    ],
)
def test_house_rules_catch_a_broken_spec(rule: str, mutate: Any, expected: str) -> None:
    problems = LINT_RULES[rule](_break(mutate))
    assert any(expected in problem for problem in problems), problems


def test_every_operation_is_authenticated_with_http_basic() -> None:
    scheme = SPEC["components"]["securitySchemes"]["basicAuth"]
    assert scheme == {**scheme, "type": "http", "scheme": "basic"}
    for op in operations(SPEC):
        assert op.raw.get("security", SPEC["security"]) == [{"basicAuth": []}], op.operation_id


def test_error_object_has_the_documented_shape() -> None:
    error = schema("ErrorObject")
    assert set(error["properties"]) == {"type", "message", "param"}
    assert resolve(SPEC, error["properties"]["type"])["enum"] == ["invalid_request", "api"]
    validator = schema_validator(SPEC, {"$ref": "#/components/schemas/ErrorObject"})
    assert validator.is_valid({"type": "api", "message": "x", "param": None})
    assert not validator.is_valid({"type": "other", "message": "x", "param": None})


def test_list_headers_are_required_and_link_pattern_matches_the_reference_format() -> None:
    link = SPEC["components"]["headers"]["Link"]
    validator = schema_validator(SPEC, link["schema"])
    reference_example = (
        '<https://api.invoiced.com/customers?page=3&per_page=10>; rel="self", '
        '<https://api.invoiced.com/customers?page=1&per_page=10>; rel="first", '
        '<https://api.invoiced.com/customers?page=2&per_page=10>; rel="previous", '
        '<https://api.invoiced.com/customers?page=4&per_page=10>; rel="next", '
        '<https://api.invoiced.com/customers?page=5&per_page=10>; rel="last"'
    )
    assert validator.is_valid(reference_example)
    assert not validator.is_valid('<https://x/customers>; rel="up"')
    assert SPEC["components"]["headers"]["XTotalCount"]["required"] is True


def test_creations_answer_201_with_location_and_deletes_204() -> None:
    for op in operations(SPEC):
        if op.operation_id.startswith("create") or op.operation_id == "refundTransaction":
            assert "Location" in op.responses["201"]["headers"], op.operation_id
        if op.method == "delete":
            assert set(op.responses) & {"200", "201", "204"} == {"204"}, op.operation_id


def _body_schema(operation_id: str, media_type: str = "application/json") -> dict[str, Any]:
    op = next(o for o in operations(SPEC) if o.operation_id == operation_id)
    assert op.request_body is not None
    found: dict[str, Any] = op.request_body["content"][media_type]["schema"]
    return found


@pytest.mark.parametrize(
    ("operation_id", "required"),
    [
        ("createCustomer", ["name"]),
        ("createInvoice", ["customer"]),
        ("createTransaction", ["type"]),
        ("refundTransaction", ["amount"]),
        ("createSubscription", ["customer", "plan"]),
        ("updateSubscription", ["plan"]),
        ("updateCustomer", []),
        ("updateInvoice", []),
        ("updateTransaction", []),
    ],
)
def test_request_bodies_require_what_the_reference_requires(operation_id: str, required: list[str]) -> None:
    body = resolve(SPEC, _body_schema(operation_id))
    assert sorted(body.get("required", [])) == sorted(required)
    for media_type in ("application/json", "application/x-www-form-urlencoded"):
        assert _body_schema(operation_id, media_type) == _body_schema(operation_id)


def test_transaction_needs_a_customer_unless_it_has_an_invoice() -> None:
    validator = schema_validator(SPEC, _body_schema("createTransaction"))
    assert validator.is_valid({"type": "payment", "invoice": 44648})
    assert validator.is_valid({"type": "adjustment", "customer": 15444, "amount": -20})
    assert not validator.is_valid({"type": "payment", "amount": 800})


def test_request_bodies_reject_unknown_fields_and_bad_values() -> None:
    validator = schema_validator(SPEC, _body_schema("createCustomer"))
    assert validator.is_valid({"name": "Acme", "stripe_token": "tok_visa", "country": "US"})
    assert not validator.is_valid({"name": "Acme", "colour": "red"})
    assert not validator.is_valid({"name": ""})
    assert not validator.is_valid({"name": "Acme", "collection_mode": "sometimes"})
    assert not validator.is_valid({"name": "Acme", "country": "usa"})


@pytest.mark.parametrize(
    ("schema_name", "relation", "target"),
    [
        ("Invoice", "customer", "Customer"),
        ("Invoice", "subscription", "Subscription"),
        ("Transaction", "customer", "Customer"),
        ("Transaction", "invoice", "Invoice"),
        ("Subscription", "customer", "Customer"),
    ],
)
def test_expandable_relations_are_id_or_object(schema_name: str, relation: str, target: str) -> None:
    options = schema(schema_name)["properties"][relation]["oneOf"]
    refs = {option.get("$ref") for option in options}
    assert {"#/components/schemas/Id", f"#/components/schemas/{target}"} <= refs


def test_retrieve_and_list_operations_accept_expand_where_there_are_relations() -> None:
    for op in operations(SPEC):
        if op.method != "get" or (op.tag == "Customers" and op.operation_id != "listCustomerSubscriptions"):
            continue
        if op.operation_id == "retrieveCustomerBalance":
            continue
        assert op.parameter("expand") is not None, op.operation_id


def test_documented_enums() -> None:
    assert resolve(SPEC, schema("Card")["properties"]["funding"])["enum"] == ["credit", "debit", "prepaid", "unknown"]
    assert resolve(SPEC, schema("Invoice")["properties"]["status"])["enum"] == [
        "draft",
        "not_sent",
        "sent",
        "viewed",
        "past_due",
        "pending",
        "paid",
        "overpaid",
    ]
    assert schema("LineItemType")["enum"] == ["product", "service", "hours", "days", "month", "year", "expense", "plan"]
    assert schema("TransactionType")["enum"] == ["charge", "payment", "refund", "adjustment"]
    assert schema("TransactionStatus")["enum"] == ["succeeded", "pending", "failed"]
    assert schema("PaymentMethod")["enum"] == [
        "credit_card",
        "ach",
        "bitcoin",
        "paypal",
        "wire_transfer",
        "check",
        "cash",
        "other",
    ]
    assert resolve(SPEC, schema("Subscription")["properties"]["status"])["enum"] == [
        "not_started",
        "active",
        "past_due",
        "finished",
    ]


def test_every_enum_is_a_named_schema() -> None:
    # Generators name an inline enum after its place (`Status`, `Status2`); a component is named once.
    inline = []

    def walk(node: Any, where: str, top: bool) -> None:
        if isinstance(node, dict):
            if "enum" in node and not top:
                inline.append(where)
            for key, value in node.items():
                # Extensions are read by our own tools only; generators never make types of them.
                if not key.startswith("x-"):
                    walk(value, f"{where}/{key}", False)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}", False)

    for name, component in SPEC["components"]["schemas"].items():
        walk(component, name, True)
    for op in operations(SPEC):
        for parameter in op.parameters:
            walk(parameter.schema, f"{op.operation_id}/{parameter.name}", False)
    assert inline == []


@pytest.mark.parametrize(
    ("schema_name", "attributes"),
    [
        (
            "Customer",
            "id name number type email collection_mode payment_terms payment_source attention_to address1 address2 "
            "city state postal_code country tax_id phone other_phone notes statement_pdf_url created_at",
        ),
        ("Card", "id object brand last4 exp_month exp_year funding"),
        (
            "Invoice",
            "id customer name number collection_mode currency draft sent closed paid status chase next_chase_on "
            "attempt_count next_payment_attempt theme subscription date due_date payment_terms items terms notes "
            "subtotal discounts taxes total balance url pdf_url created_at",
        ),
        ("LineItem", "id catalog_item type name description quantity unit_cost amount discounts taxes plan"),
        ("Discount", "id amount rate"),
        ("Tax", "id amount rate"),
        (
            "Subscription",
            "id customer plan start_date quantity cycles renews_next renewed_last status addons discounts taxes url "
            "created_at",
        ),
        ("SubscriptionAddon", "id catalog_item quantity created_at"),
        (
            "Transaction",
            "id customer invoice theme date type method status gateway gateway_id currency amount fee notes sent "
            "failure_reason parent_transaction pdf_url created_at",
        ),
        (
            "Email",
            "id state reject_reason email template subject message opens opens_detail clicks clicks_detail created_at",
        ),
        ("Balance", "available_credits past_due total_outstanding"),
    ],
)
def test_objects_have_every_documented_attribute(schema_name: str, attributes: str) -> None:
    assert set(schema(schema_name)["properties"]) == set(attributes.split())


def test_reference_contradictions_are_resolved_and_noted() -> None:
    card = schema("Card")
    assert card["properties"]["last4"]["type"] == "string"
    assert "last4" in card["description"]
    invoice_example = schema("Invoice")["examples"][0]
    discounts = sum(d["amount"] for d in invoice_example["discounts"])
    taxes = sum(t["amount"] for t in invoice_example["taxes"])
    assert invoice_example["total"] == pytest.approx(invoice_example["subtotal"] - discounts + taxes)
    assert "/customers/{customer_id}/balance" in SPEC["paths"]
    # The notes on each contradiction are the maintainers', kept beside the spec and out of its prose.
    decisions = (SPEC_PATH.parent / "DECISIONS.md").read_text(encoding="utf-8")
    assert "/customers/balance" in decisions
    assert "/customers/balance" not in SPEC["info"]["description"] + SPEC["info"]["x-overview"]


def test_info_description_is_a_short_introduction() -> None:
    # Generators copy it into every file's header; the overview's sections live in x-overview.
    description = SPEC["info"]["description"]
    assert len(description) < 1000 and "\n#" not in description
    assert "# Authentication" in SPEC["info"]["x-overview"]
