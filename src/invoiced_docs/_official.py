"""Ruby and PHP samples in the idiom of Invoiced's official libraries, invoiced-ruby and invoiced-php.

Both libraries wrap the API the same way (a class per object with `create`, `list`/`all` and
`retrieve`; `save` and `delete` on an instance; one instance method per action), so one writer
serves both, told apart by a `Library`. The samples target the last release of each that still
has a `Transaction` class (1.3.0; 2.0.0 dropped it); `CLASSES` lists what those releases offer,
read from their source. An operation without a method there is called through the client's
generic `request`, which both libraries expose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._calls import Call
from ._literals import PHP, RUBY, Dialect, arguments, literal
from ._words import camel

__all__ = ["CLASSES", "PHP_LIBRARY", "RUBY_LIBRARY", "Library", "UnknownResource", "php_sample", "ruby_sample"]

# Class → the instance methods (snake_case) it has beyond create/list/retrieve/save/delete, in
# invoiced-ruby 1.3.0 and invoiced-php 1.3.0 alike.
CLASSES: dict[str, frozenset[str]] = {
    "Customer": frozenset({"send_statement", "balance"}),
    "Invoice": frozenset({"send", "pay"}),
    "Transaction": frozenset({"send", "refund"}),
    "Subscription": frozenset({"cancel"}),
}
_STANDARD = frozenset({"create", "list", "retrieve", "save", "delete"})


class UnknownResource(ValueError):
    """The spec documents an object the libraries have no class for; the samples cannot be written."""


@dataclass(frozen=True)
class Library:
    name: str  # as the tab caption names it
    version: str
    install: str
    dialect: Dialect
    preamble: tuple[str, ...]
    arrow: str  # between receiver and method
    end: str  # statement terminator
    list_method: str
    method_name: Callable[[str], str]
    variable: Callable[[str], str]
    pair: Callable[[str], str]  # the `objects, metadata` destructuring of a list result
    request: Callable[[str, str, str], str]  # a generic request: method, path, arguments

    def call(self, receiver: str, method: str, values: dict[str, Any], assign: str = "") -> str:
        name = self.method_name(method)
        if self is PHP_LIBRARY:
            head = f"{assign}{receiver}->{name}(["
            args = arguments(self.dialect, values, len(head))
            return f"{head}{args}]);" if args else f"{assign}{receiver}->{name}();"
        head = f"{assign}{receiver}.{name}("
        args = arguments(self.dialect, values, len(head))
        return f"{head}{args})" if args else f"{assign}{receiver}.{name}"


RUBY_LIBRARY = Library(
    name="invoiced-ruby",
    version="1.3.0",
    install="gem install invoiced -v 1.3.0",
    dialect=RUBY,
    preamble=('require "invoiced"', "", 'invoiced = Invoiced::Client.new("{API_KEY}")', ""),
    arrow=".",
    end="",
    list_method="list",
    method_name=lambda method: method,
    variable=lambda name: name,
    pair=lambda result: f"{result}, metadata = ",
    request=lambda verb, path, args: f"response = invoiced.request(:{verb}, {RUBY.string(path)}{args})",
)

PHP_LIBRARY = Library(
    name="invoiced-php",
    version="1.3.0",
    install="composer require invoiced/invoiced:1.3.0",
    dialect=PHP,
    preamble=("<?php", "", "require 'vendor/autoload.php';", "", '$invoiced = new Invoiced\\Client("{API_KEY}");', ""),
    arrow="->",
    end=";",
    list_method="all",
    method_name=camel,
    variable=lambda name: f"${name}",
    pair=lambda result: f"list(${result}, $metadata) = ",
    request=lambda verb, path, args: f"$response = $invoiced->request('{verb}', {PHP.string(path)}{args});",
)


def _path(call: Call) -> str:
    path = call.operation.path
    for name, value in call.path_values.items():
        path = path.replace("{" + name + "}", str(value))
    return path


def _generic(library: Library, call: Call) -> str:
    values = {**call.query, **(call.body or {})}
    args = f", {literal(library.dialect, values)}" if values else ""
    return library.request(call.operation.method, _path(call), args)


def _literal_of(library: Library, value: Any) -> str:
    return literal(library.dialect, value)


def official_sample(library: Library, call: Call) -> str:
    klass_name = call.resource.name
    if klass_name not in CLASSES:
        raise UnknownResource(
            f"{library.name} {library.version} has no class for the spec's {call.resource.tag!r} objects "
            f"({klass_name}); add what the library offers for it to invoiced_docs._official.CLASSES"
        )
    lines = list(library.preamble)
    klass = f"{library.variable('invoiced')}{library.arrow}{klass_name}"
    me = library.variable(call.instance)
    if call.kind == "create":
        lines.append(library.call(klass, "create", call.body or {}, f"{me} = "))
        return "\n".join(lines)
    if call.kind == "list":
        lines.append(library.call(klass, library.list_method, call.query, library.pair(str(call.result))))
        return "\n".join(lines)
    if call.kind not in ("retrieve", "update", "delete") and call.method not in CLASSES[klass_name] | _STANDARD:
        lines.append(_generic(library, call))
        return "\n".join(lines)
    lines.append(f"{me} = {klass}{library.arrow}retrieve({literal(library.dialect, call.instance_id)}){library.end}")
    if call.kind == "update":
        lines.extend(
            f"{me}{library.arrow}{key} = {literal(library.dialect, value)}{library.end}"
            for key, value in (call.body or {}).items()
        )
        lines.append(library.call(me, "save", {}))
    elif call.kind != "retrieve":
        assign = ""
        if call.result and call.paged:
            assign = library.pair(call.result)
        elif call.result:
            assign = f"{library.variable(call.result)} = "
        lines.append(library.call(me, call.method, {**call.query, **(call.body or {})}, assign))
    return "\n".join(lines)


def ruby_sample(call: Call) -> str:
    return official_sample(RUBY_LIBRARY, call)


def php_sample(call: Call) -> str:
    return official_sample(PHP_LIBRARY, call)
