"""An object gone with its deleted owner is excused from "created resource not found", and only then."""

from __future__ import annotations

import httpx

from invoiced_contract import explained
from tests.contract.cases import send_case
from tests.fixtures.sandbox import RunningSandbox


def _invoice_of_new_customer(sandbox: RunningSandbox) -> tuple[int, int]:
    """A customer and an invoice of theirs, the invoice created the way the suite creates it."""
    with sandbox.client() as client:
        customer = client.post("/customers", json={"name": "Owner"}).json()["id"]
    _, created = send_case(sandbox, "POST", "/invoices", body={"customer": customer})
    assert created.status_code == 201
    return customer, created.json()["id"]


def test_an_invoice_gone_with_its_deleted_customer_is_excused(sandbox: RunningSandbox) -> None:
    customer, invoice = _invoice_of_new_customer(sandbox)
    _, deleted = send_case(sandbox, "DELETE", "/customers/{customer_id}", path_parameters={"customer_id": customer})
    assert deleted.status_code == 204
    case, response = send_case(
        sandbox, "PATCH", "/invoices/{invoice_id}", path_parameters={"invoice_id": invoice}, body={"notes": "x"}
    )
    assert response.status_code == 404
    assert f"customers {customer}" in (explained("ST302", case, response) or "")
    # The same explanation does not excuse other kinds of failure.
    assert explained("ST201", case, response) is None


def test_an_invoice_gone_while_its_customer_stays_is_not_excused(sandbox: RunningSandbox) -> None:
    customer, invoice = _invoice_of_new_customer(sandbox)
    with httpx.Client(base_url=sandbox.base_url, auth=(sandbox.api_key, "")) as http:
        # Removed on its own: whatever removed it, its owner does not explain it.
        assert http.delete(f"/invoices/{invoice}").status_code == 204
        assert http.get(f"/customers/{customer}").status_code == 200
    case, response = send_case(
        sandbox, "PATCH", "/invoices/{invoice_id}", path_parameters={"invoice_id": invoice}, body={"notes": "x"}
    )
    assert response.status_code == 404
    assert explained("ST302", case, response) is None


def test_an_owner_missing_without_a_delete_in_the_run_excuses_nothing(sandbox: RunningSandbox) -> None:
    # A server that loses objects may lose the owner too; only a DELETE the suite made explains a cascade.
    customer, invoice = _invoice_of_new_customer(sandbox)
    with httpx.Client(base_url=sandbox.base_url, auth=(sandbox.api_key, "")) as http:
        assert http.delete(f"/customers/{customer}").status_code == 204
    case, response = send_case(
        sandbox, "PATCH", "/invoices/{invoice_id}", path_parameters={"invoice_id": invoice}, body={"notes": "x"}
    )
    assert response.status_code == 404
    assert explained("ST302", case, response) is None
