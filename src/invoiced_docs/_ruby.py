"""Ruby samples in the idiom of the official invoiced-ruby gem."""

from __future__ import annotations

from typing import Any

from ._calls import Call
from ._literals import RUBY, arguments, literal

__all__ = ["ruby_sample"]


def _call(receiver: str, method: str, values: dict[str, Any], assign: str = "") -> str:
    head = f"{assign}{receiver}.{method}("
    args = arguments(RUBY, values, len(head))
    return f"{head}{args})" if args else f"{assign}{receiver}.{method}"


def ruby_sample(call: Call) -> str:
    lines = ['invoiced = Invoiced::Client.new("{API_KEY}")', ""]
    klass = f"invoiced.{call.resource.name}"
    me = call.instance
    if call.kind == "create":
        lines.append(_call(klass, "create", call.body or {}, f"{me} = "))
        return "\n".join(lines)
    if call.kind == "list":
        lines.append(_call(klass, "list", call.query, f"{call.result}, metadata = "))
        return "\n".join(lines)
    lines.append(f"{me} = {klass}.retrieve({literal(RUBY, call.instance_id)})")
    if call.kind == "update":
        lines.extend(f"{me}.{key} = {literal(RUBY, value)}" for key, value in (call.body or {}).items())
        lines.append(f"{me}.save")
    elif call.kind != "retrieve":
        assign = ""
        if call.result and call.paged:
            assign = f"{call.result}, metadata = "
        elif call.result:
            assign = f"{call.result} = "
        lines.append(_call(me, call.method, {**call.query, **(call.body or {})}, assign))
    return "\n".join(lines)
