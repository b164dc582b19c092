"""Code samples for every operation in the four documented languages."""

from __future__ import annotations

from typing import Any

from invoiced_spec import Operation

from ._calls import call_for
from ._curl import curl_sample
from ._official import PHP_LIBRARY, RUBY_LIBRARY, php_sample, ruby_sample
from ._python import python_sample
from ._resources import Resource

__all__ = ["LANGUAGES", "library_caption", "samples"]

# Tab label → the language name Pygments highlights it with. The labels are
# what links tab sets site-wide, so they must be the same on every page.
LANGUAGES: dict[str, str] = {"Shell": "shell", "Ruby": "ruby", "PHP": "php", "Python": "python"}


def library_caption(spec: dict[str, Any], label: str) -> str:
    """Which library a tab's sample targets, at which version, and the line that installs it (Markdown)."""
    if label == "Shell":
        return "curl, with the API key as the Basic auth user name"
    # Neither official library takes a base URL, so with the local sandbox chosen the caption says so.
    local = '<span class="api-lib__local"> · reaches only Invoiced\'s own servers: try Shell or Python here</span>'
    if label == "Ruby":
        return f"{RUBY_LIBRARY.name} {RUBY_LIBRARY.version} · `{RUBY_LIBRARY.install}`{local}"
    if label == "PHP":
        return f"{PHP_LIBRARY.name} {PHP_LIBRARY.version} · `{PHP_LIBRARY.install}`{local}"
    if label == "Python":
        # The client is generated from this spec, so it carries the spec's version.
        version = spec["info"]["version"]
        return f"invoiced-client {version}, generated from this spec · `pip install ./generated/invoiced-client`"
    raise ValueError(f"no library is known for the {label!r} samples")


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
