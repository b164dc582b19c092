"""PHP samples in the idiom of the official invoiced-php library."""

from __future__ import annotations

from typing import Any

from ._calls import Call
from ._literals import PHP, arguments, literal

__all__ = ["php_sample"]


def _camel(snake_name: str) -> str:
    first, *rest = snake_name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def _call(receiver: str, method: str, values: dict[str, Any], assign: str = "") -> str:
    head = f"{assign}{receiver}->{method}(["
    args = arguments(PHP, values, len(head))
    return f"{head}{args}]);" if args else f"{assign}{receiver}->{method}();"


def php_sample(call: Call) -> str:
    lines = ["<?php", "", '$invoiced = new Invoiced\\Client("{API_KEY}");', ""]
    klass = f"$invoiced->{call.resource.name}"
    me = f"${call.instance}"
    if call.kind == "create":
        lines.append(_call(klass, "create", call.body or {}, f"{me} = "))
        return "\n".join(lines)
    if call.kind == "list":
        lines.append(_call(klass, "all", call.query, f"list(${call.result}, $metadata) = "))
        return "\n".join(lines)
    lines.append(f"{me} = {klass}->retrieve({literal(PHP, call.instance_id)});")
    if call.kind == "update":
        lines.extend(f"{me}->{key} = {literal(PHP, value)};" for key, value in (call.body or {}).items())
        lines.append(f"{me}->save();")
    elif call.kind != "retrieve":
        assign = ""
        if call.result and call.paged:
            assign = f"list(${call.result}, $metadata) = "
        elif call.result:
            assign = f"${call.result} = "
        lines.append(_call(me, _camel(call.method), {**call.query, **(call.body or {})}, assign))
    return "\n".join(lines)
