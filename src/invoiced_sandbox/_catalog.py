"""Plans, catalog items and test cards, read from the fixtures file `catalog.yaml`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ._money import decimal

__all__ = ["Card", "Catalog", "Item", "Plan", "load_catalog"]

INTERVALS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    amount: Decimal
    interval: str
    interval_count: int


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    type: str
    unit_cost: Decimal


DECLINES = ("always", "after_first")


@dataclass(frozen=True)
class Card:
    brand: str
    last4: str
    funding: str
    # How its charges fail in the lifecycle: never (None), `always`, or
    # `after_first` (the first charge succeeds); and the reason recorded.
    declines: str | None = None
    failure_reason: str | None = None


@dataclass(frozen=True)
class Catalog:
    plans: dict[str, Plan]
    items: dict[str, Item]
    cards: dict[str, Card]

    def card_for(self, token: str) -> Card:
        return self.cards.get(token, self.cards["default"])

    def attached(self, brand: str, last4: str) -> Card | None:
        """The test card a stored payment source came from (brand and last four digits tell them apart)."""
        for card in self.cards.values():
            if card.brand == brand and card.last4 == last4:
                return card
        return None


def _parse(document: dict[str, Any]) -> Catalog:
    plans = {
        key: Plan(key, str(p["name"]), decimal(p["amount"]), str(p["interval"]), int(p.get("interval_count", 1)))
        for key, p in document["plans"].items()
    }
    for plan in plans.values():
        if plan.interval not in INTERVALS or plan.interval_count < 1:
            raise ValueError(f"plan {plan.id}: interval must be one of {INTERVALS} with a positive count")
    items = {
        key: Item(key, str(i["name"]), str(i.get("type", "product")), decimal(i.get("unit_cost", 0)))
        for key, i in document["items"].items()
    }
    cards = {
        key: Card(
            str(c["brand"]),
            str(c["last4"]),
            str(c["funding"]),
            c.get("declines"),
            c.get("failure_reason"),
        )
        for key, c in document["cards"].items()
    }
    for key, card in cards.items():
        if card.declines is not None and (card.declines not in DECLINES or not card.failure_reason):
            raise ValueError(f"card {key}: declines must be one of {DECLINES}, with a failure_reason")
    if "default" not in cards:
        raise ValueError("the catalog's cards need a `default` entry")
    return Catalog(plans, items, cards)


def load_catalog(path: str | Path | None = None) -> Catalog:
    chosen = path or os.environ.get("INVOICED_SANDBOX_CATALOG")
    if chosen:
        text = Path(chosen).read_text(encoding="utf-8")
    else:
        text = resources.files(__package__).joinpath("catalog.yaml").read_text(encoding="utf-8")
    return _parse(yaml.safe_load(text))
