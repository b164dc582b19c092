"""English and identifier spelling shared by every part of the renderer."""

from __future__ import annotations

import re

__all__ = ["article", "camel", "count_noun", "plural", "singular", "snake"]


def plural(word: str) -> str:
    """`object` → `objects`; a word that already ends in s is left alone."""
    return word if word.endswith("s") else word + "s"


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def snake(words: str) -> str:
    """`LineItem` → `line_item`, `Recurring Plan` → `recurring_plan`."""
    joined = re.sub(r"[\s\-]+", "_", words.strip())
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", joined).lower()


def camel(snake_name: str) -> str:
    """`send_statement` → `sendStatement`."""
    first, *rest = snake_name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def article(noun: str) -> str:
    """`a` or `an` before a noun, by its first letter's sound in the common case."""
    return "an" if noun[:1].lower() in "aeio" else "a"


def count_noun(count: int, noun: str) -> str:
    """`1 child attribute`, `3 child attributes`."""
    return f"{count} {noun if count == 1 else plural(noun)}"
