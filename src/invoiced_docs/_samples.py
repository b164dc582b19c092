"""Code samples for every operation in the four documented languages."""

from __future__ import annotations

from typing import Any

from invoiced_spec import Operation

from ._calls import call_for
from ._curl import curl_sample
from ._php import php_sample
from ._python import python_sample
from ._resources import Resource
from ._ruby import ruby_sample

__all__ = ["LANGUAGES", "samples"]

# Tab label → the language name Pygments highlights it with. The labels are
# what links tab sets site-wide, so they must be the same on every page.
LANGUAGES: dict[str, str] = {"Shell": "shell", "Ruby": "ruby", "PHP": "php", "Python": "python"}


def _overrides(operation: Operation) -> dict[str, str]:
    # Hand-written samples live in the spec (`x-codeSamples`, Redocly's
    # convention), so the spec stays the one place a sample can come from.
    found: dict[str, str] = {}
    for sample in operation.raw.get("x-codeSamples", []):
        label = sample.get("label") or sample.get("lang")
        if label in LANGUAGES:
            found[label] = str(sample["source"]).rstrip("\n")
    return found


def samples(spec: dict[str, Any], operation: Operation, resource: Resource) -> dict[str, str]:
    """Tab label → sample source, for every language in LANGUAGES."""
    call = call_for(spec, operation, resource)
    server = spec["servers"][0]["url"]
    generated = {
        "Shell": curl_sample(call, server),
        "Ruby": ruby_sample(call),
        "PHP": php_sample(call),
        "Python": python_sample(spec, call),
    }
    return {**generated, **_overrides(operation)}
