"""Test data made through the API under test, so that generated requests reach its core logic.

A random ID names nothing, so without help most valid requests to
`/invoices/{invoice_id}/pay` or `POST /transactions` end in a 404 or a
documented 400 ("no such customer"), and the logic that moves money is the
least tested. Before the first generated request is sent, the suite creates
through the server's own API: customers (one with a card on file and auto
collection), an open invoice, a succeeded payment and a subscription, each
from the spec's example of its create body. `before_call` then maps the IDs
of every positive case of the examples, coverage and fuzzing phases onto
them: reads use the shared fixtures; a write gets an object of its own,
made for that case, so one case's PATCH or DELETE never spoils the next
case's data; those objects hang off a customer kept for writes, so that the
shared customer's lists stay short for the checks that read them whole.
Negative cases are sent as generated; a stateful step keeps the IDs its
links chose, maps only IDs the server never returned in the run (generated
where schemathesis did not follow the link), and makes its catalog names
and an invoice's customer and currency agree. Everything made here hangs
off customers made here (marked with the run's own name), and is deleted
when the run ends.
"""

from __future__ import annotations

import copy
import functools
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import requests
import schemathesis
from schemathesis import Case, CheckContext, GenerationMode, HookContext, Response

from invoiced_spec import resolve

from ._model import Resource, reference_of_body_field, resource_by_collection, resource_of_path_param, resources
from ._probe import Probe, send_politely
from ._spec import body_schema, find_operation, get_operation, least_amount_by_type, spec

__all__ = [
    "FIXTURE_NAME",
    "Fixtures",
    "active_fixtures",
    "credentials_for",
    "fixtures_for_the_case_were_made",
    "maps_onto_fixtures",
]

_MAPPED_PHASES = ("examples", "coverage", "fuzzing")
# Names the suite gives what it makes, so a person looking at the test account knows where it came from.
FIXTURE_NAME = "Contract suite fixture"
# This run's own mark, so that cleaning up finds every customer it made and none of another run's.
_RUN_MARK = secrets.token_hex(4)


class FixtureError(RuntimeError):
    """The server refused to create a fixture from the spec's own example."""


def _example(schema_name: str) -> dict[str, Any]:
    schema = spec()["components"]["schemas"][schema_name]
    examples = schema.get("examples") or [{}]
    return copy.deepcopy(examples[0])


def _create_example(resource: Resource) -> dict[str, Any]:
    """The spec's example body for creating `resource`, without the IDs it names (fixtures fill those in)."""
    if resource.create is None:
        raise FixtureError(f"the spec has no `POST /{resource.collection}` to make a {resource.collection} fixture")
    schema = body_schema(resource.create) or {}
    examples = schema.get("examples") or [{}]
    body = copy.deepcopy(examples[0])
    for attribute, _ in resource.references:
        body.pop(attribute, None)
    return body if isinstance(body, dict) else {}


def _largest(schema_name: str, prop: str) -> float:
    value = resolve(spec(), spec()["components"]["schemas"][schema_name]["properties"][prop]).get("maximum")
    if not isinstance(value, (int, float)):
        raise FixtureError(f"{schema_name}.{prop} has no maximum")
    return value


def _id_of(answer: requests.Response) -> Any:
    try:
        body = answer.json()
    except ValueError:
        return None
    return body.get("id") if isinstance(body, dict) else None


def credentials_for(case: Case[Any]) -> tuple[str, str] | None:
    """Username and password the run authenticates with, from schemathesis' config for the spec's Basic scheme."""
    schemes = spec().get("components", {}).get("securitySchemes", {})
    config = case.operation.schema.config.auth.openapi.schemes
    for name, scheme in schemes.items():
        if scheme.get("type") == "http" and scheme.get("scheme") == "basic" and name in config:
            basic = config[name]
            return str(getattr(basic, "username", "")), str(getattr(basic, "password", ""))
    return None


@dataclass
class Fixtures:
    """The objects made for one run against one server with one key."""

    base_url: str
    auth: tuple[str, str]
    shared: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Catalog entries (a plan, an item) the server is known to have: the ones the subscription fixture used.
    catalog: dict[str, str] = field(default_factory=dict)
    made: list[tuple[str, int]] = field(default_factory=list)
    # Collection -> IDs of its objects the server returned in this run (the IDs a stateful link can carry).
    _returned: dict[str, set[int]] = field(default_factory=dict)
    _local: threading.local = field(default_factory=threading.local)
    _ready: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.auth = self.auth
            self._local.session = session
        return session

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return send_politely(self._session(), method, self.base_url + path, **kwargs)

    def create(self, collection: str, body: dict[str, Any]) -> dict[str, Any]:
        resource = resource_by_collection(collection)
        assert resource.create is not None
        answer = self.request("POST", resource.create.path, json=body)
        # Any success that returns the object will do: whether the status is the documented 201 is for the
        # checks to report on the generated cases, not a reason to stop the run.
        if not 200 <= answer.status_code < 300 or not isinstance(_id_of(answer), int):
            raise FixtureError(
                f"POST {resource.create.path} answered {answer.status_code} to the fixture {body}: {answer.text[:300]}"
            )
        made: dict[str, Any] = answer.json()
        with self._lock:
            self.made.append((collection, int(made["id"])))
            self._returned.setdefault(collection, set()).add(int(made["id"]))
        return made

    # --- what the fixtures are made of -------------------------------------------------------

    def customer(self, *, card: bool = False) -> dict[str, Any]:
        body = {**_create_example(resource_by_collection("customers")), "name": f"{FIXTURE_NAME} {_RUN_MARK}"}
        if card:
            # The spec's test card, and auto collection: the customer whose invoices can be charged.
            body |= {"collection_mode": "auto", "stripe_token": _example("StripeToken")}
        return self.create("customers", body)

    def invoice(self, customer: dict[str, Any]) -> dict[str, Any]:
        body = {**_create_example(resource_by_collection("invoices")), "customer": customer["id"], "draft": False}
        body["collection_mode"] = customer["collection_mode"]
        return self.create("invoices", body)

    def payment(
        self,
        customer: dict[str, Any],
        amount: float | None = None,
        kind: str = "payment",
        invoice: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        body = {**_create_example(resource_by_collection("transactions")), "customer": customer["id"], "type": kind}
        if amount is not None:
            body["amount"] = amount
        if invoice is not None:
            # "With an invoice, the customer is the invoice's", and so is the currency.
            body |= {"invoice": invoice["id"], "customer": invoice["customer"], "currency": invoice["currency"]}
        return self.create("transactions", body)

    def subscription(self, customer: dict[str, Any]) -> dict[str, Any]:
        body = {**_create_example(resource_by_collection("subscriptions")), "customer": customer["id"]}
        return self.create("subscriptions", body)

    def _owner(self) -> dict[str, Any]:
        """The customer what writes use hangs off: the writes customer once there is one, else the shared one.

        Reads keep to the shared customer, whose lists stay a page long, so a check that reads all of its
        invoices (a customer's balance) costs one request; the thousands of objects made for writes go here.
        """
        if not self._ready:
            return self.shared["customers"]
        with self._lock:
            owner = self.shared.get(_WRITES_CUSTOMER)
        if owner is None:
            # Made at the first write rather than in set_up: a server failing it fails that case's checks.
            owner = self.customer()
            with self._lock:
                owner = self.shared.setdefault(_WRITES_CUSTOMER, owner)
        return owner

    def _makers(self) -> dict[str, Callable[[], dict[str, Any]]]:
        """How to make an object of each resource the suite knows, hanging off the owner customer."""
        return {
            "customers": self.customer,
            "invoices": lambda: self.invoice(self._owner()),
            "transactions": lambda: self.payment(self._owner()),
            "subscriptions": lambda: self.subscription(self._owner()),
        }

    def set_up(self) -> None:
        # Before anything is made: a resource of the spec without a maker would go untested unnoticed.
        missing = sorted(set(resources()) - set(self._makers()))
        if missing:
            raise FixtureError(
                f"the spec has resources the contract suite cannot make fixtures of: {missing};"
                " add a maker to Fixtures._makers in src/invoiced_contract/_fixtures.py"
            )
        self.shared = {"customers": self.customer(), "card customer": self.customer(card=True)}
        for collection, make in self._makers().items():
            if collection not in self.shared:
                self.shared[collection] = make()
        self._ready = True
        subscription = self.shared["subscriptions"]
        if isinstance(subscription.get("plan"), str):
            self.catalog["plan"] = subscription["plan"]
        for addon in subscription.get("addons") or []:
            if isinstance(addon, dict) and isinstance(addon.get("catalog_item"), str):
                self.catalog["catalog_item"] = addon["catalog_item"]

    # --- an object of its own for one write ------------------------------------------------

    def fresh(self, resource: Resource, case: Case[Any]) -> int:
        op = find_operation(case.method, case.path)
        operation_id = op.operation_id if op is not None else ""
        body = case.body if isinstance(case.body, dict) else {}
        if operation_id == "payInvoice":
            # Only an auto-collection invoice of a customer with a payment source can be charged.
            return int(self.invoice(self.shared["card customer"])["id"])
        if operation_id == "refundTransaction":
            # Refunds together never exceed the original: an original as large as any refund may be. It pays an
            # invoice of its own, so that every refund the phases send also moves a balance the checks follow.
            customer = self._owner()
            original = self.payment(customer, _largest("RefundCreate", "amount"), invoice=self.invoice(customer))
            return int(original["id"])
        if operation_id == "updateTransaction":
            amount = body.get("amount")
            # Only an adjustment may be zero or negative; a payment must stay at least its least amount.
            least = least_amount_by_type().get("payment", 0.0)
            if isinstance(amount, (int, float)) and not isinstance(amount, bool) and amount < least:
                return int(self.payment(self._owner(), kind="adjustment")["id"])
        maker = self._makers().get(resource.collection)
        if maker is None:
            raise FixtureError(f"no maker for a fresh {resource.collection}")
        return int(maker()["id"])

    # --- mapping a case -------------------------------------------------------------------

    def _map_path_parameter(self, case: Case[Any], name: str, resource: Resource) -> None:
        assert case.path_parameters is not None
        if case.method.upper() == "GET":
            case.path_parameters[name] = self.shared[resource.collection]["id"]
        else:
            case.path_parameters[name] = self.fresh(resource, case)

    def map_case(self, case: Case[Any]) -> None:
        for name in list(case.path_parameters or {}):
            resource = resource_of_path_param(name)
            if resource is not None:
                self._map_path_parameter(case, name, resource)
        if not isinstance(case.body, dict):
            return
        self._name_catalog_entries(case.body)
        for name in list(case.body):
            collection = reference_of_body_field(case.method, case.path, name)
            if collection is not None:
                self._map_body_reference(case.body, name, collection)

    def _map_body_reference(self, body: dict[str, Any], name: str, collection: str) -> None:
        if collection == "invoices":
            # Payments change an invoice's balance: each case pays an invoice of its own.
            invoice = self.invoice(self._owner())
            body[name] = invoice["id"]
            # "With an invoice, the customer is the invoice's", and so is the currency.
            for attribute in ("customer", "currency"):
                if attribute in body:
                    body[attribute] = invoice[attribute]
        elif collection == "customers":
            if "invoice" not in body:
                body[name] = self._owner()["id"]
        else:
            body[name] = self.shared[collection]["id"]

    def align(self, case: Case[Any]) -> None:
        """For a stateful step: keep the IDs its links chose, map those generated at random, make the rest agree.

        A link fills a path parameter or body field with an ID the server returned; schemathesis leaves some
        parameters of a linked step (and every one of a step without a link) to be generated instead, and a
        random ID names nothing, so such a valid step only ever met a 404 or "no such customer" (most of the
        refunds' rejected valid cases). An ID the server never returned in this run is mapped as in the other
        phases; one it did return is kept, even when that object has since been deleted or spent, since that
        is what the chain is testing.
        """
        for name in list(case.path_parameters or {}):
            resource = resource_of_path_param(name)
            value = (case.path_parameters or {}).get(name)
            if resource is not None and not self.returned(resource.collection, value):
                self._map_path_parameter(case, name, resource)
        if not isinstance(case.body, dict):
            return
        self._name_catalog_entries(case.body)
        for name in list(case.body):
            collection = reference_of_body_field(case.method, case.path, name)
            value = case.body.get(name)
            if collection is not None and isinstance(value, int) and not self.returned(collection, value):
                self._map_body_reference(case.body, name, collection)
        invoice_field = next(
            (n for n in case.body if reference_of_body_field(case.method, case.path, n) == "invoices"), None
        )
        invoice_id = case.body.get(invoice_field) if invoice_field is not None else None
        if not isinstance(invoice_id, int) or not ({"customer", "currency"} & case.body.keys()):
            return
        answer = self.request("GET", resource_by_collection("invoices").path_of(invoice_id))
        if answer.status_code == 200:
            invoice = answer.json()
            for attribute in ("customer", "currency"):
                if attribute in case.body and attribute in invoice:
                    case.body[attribute] = invoice[attribute]

    def remember_returned(self, collection: str, body: Any) -> None:
        """Note the IDs of the `collection` objects a response returned (an object, or a page of them)."""
        items = body if isinstance(body, list) else [body]
        ids = {item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), int)}
        if ids:
            with self._lock:
                self._returned.setdefault(collection, set()).update(ids)

    def returned(self, collection: str, value: Any) -> bool:
        with self._lock:
            return value in self._returned.get(collection, set())

    def _name_catalog_entries(self, value: Any) -> None:
        """Plans and catalog items are named by the server's catalog, which the API cannot list: use known ones."""
        if isinstance(value, list):
            for item in value:
                self._name_catalog_entries(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key in self.catalog and isinstance(item, str):
                    value[key] = self.catalog[key]
                else:
                    self._name_catalog_entries(item)

    def clean_up(self) -> None:
        """Delete what was made: customers first (their deletes cascade), then whatever a server left behind."""
        with self._lock:
            made, self.made = list(self.made), []
        customers = resource_by_collection("customers")
        doomed = [object_id for collection, object_id in reversed(made) if collection == customers.collection]
        # Customers made here that the bookkeeping missed (say, a request that failed half way) carry the mark too.
        listed = Probe.for_base(self.base_url, self.auth).list_all(
            get_operation("listCustomers").path, {"filter[name]": f"{FIXTURE_NAME} {_RUN_MARK}"}
        )
        doomed += [c["id"] for c in listed or [] if isinstance(c.get("id"), int) and c["id"] not in doomed]
        for object_id in doomed:
            if customers.delete is not None:
                self.request("DELETE", customers.path_of(object_id))
        others = [(c, i) for c, i in reversed(made) if c != customers.collection]
        if not others:
            return
        first_collection, first_id = others[-1]
        if self.request("GET", resource_by_collection(first_collection).path_of(first_id)).status_code == 404:
            return
        for collection, object_id in others:
            resource = resource_by_collection(collection)
            if resource.delete is not None:
                self.request("DELETE", resource.path_of(object_id))


_WRITES_CUSTOMER = "writes customer"

_runs: dict[tuple[str, str], Fixtures] = {}
# Case ID -> why an object made for it could not be made, until the case's checks report it.
_unmade: dict[str, str] = {}
_runs_lock = threading.Lock()


def active_fixtures() -> Iterator[Fixtures]:
    with _runs_lock:
        yield from list(_runs.values())


def _positive(case: Case[Any]) -> bool:
    return case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE


def maps_onto_fixtures(case: Case[Any]) -> bool:
    """Only generated positive cases outside the stateful phase: the others test what they were generated for."""
    return _positive(case) and case.meta is not None and str(case.meta.phase.name) in _MAPPED_PHASES


@functools.cache
def _disabled() -> bool:
    # CONTRACT_FIXTURES=off sends every case as generated, to measure what the fixtures add.
    return os.environ.get("CONTRACT_FIXTURES", "on").lower() in ("off", "0", "false", "no")


def fixtures_for(case: Case[Any]) -> Fixtures | None:
    credentials = credentials_for(case)
    if credentials is None or not credentials[0]:
        return None
    base = case.operation.schema.get_base_url()
    key = (base, credentials[0])
    with _runs_lock:
        fixtures = _runs.get(key)
        if fixtures is None:
            fixtures = Fixtures(base, credentials)
            try:
                fixtures.set_up()
            except Exception:
                fixtures.clean_up()
                raise
            _runs[key] = fixtures
    return fixtures


@schemathesis.hook("before_call")
def map_ids_onto_fixtures(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    if _disabled() or not _positive(case):
        return
    fixtures = fixtures_for(case)
    if fixtures is None:
        return
    try:
        if maps_onto_fixtures(case):
            fixtures.map_case(case)
        else:
            fixtures.align(case)
    except FixtureError as error:
        # The server refused an object made for this case from the spec's own example: a failure of the server
        # that this case's checks report (with the case's curl), not an error of the suite's hook.
        with _runs_lock:
            _unmade[case.id] = str(error)


@schemathesis.check
def fixtures_for_the_case_were_made(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An object made through the API for this case (a fresh invoice to pay, ...) was made; else the server failed."""
    with _runs_lock:
        reason = _unmade.pop(case.id, None)
    assert reason is None, f"the server refused an object this case needed, made from the spec's example: {reason}"
    return None


@schemathesis.hook("after_call")
def remember_returned_ids(context: HookContext, case: Case[Any], response: Response) -> None:
    if _disabled() or not 200 <= response.status_code < 300:
        return
    collection = case.path.strip("/").split("/")[0]
    if collection not in resources():
        return
    fixtures = fixtures_for(case)
    if fixtures is None:
        return
    try:
        body = response.json()
    except ValueError:
        return
    # A refund is made under /transactions/{id}/refunds and is a transaction all the same.
    fixtures.remember_returned(collection, body)
