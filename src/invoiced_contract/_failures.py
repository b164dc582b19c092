"""Which failures stand: all of them, but those the spec explains and a follow-up request confirms."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, HookContext, Response

from ._cascades import deleted_with_its_owner
from ._rejections import documented_rejection
from ._report import record_excuse

__all__ = ["explained"]

# A failure code, and what may explain it: each returns the reason, or None.
_EXPLANATIONS = {
    # Schema-valid request rejected: a 400 the spec documents for the server's state.
    "ST202": documented_rejection,
    # Created resource not found: it went with its owner, as the spec's deletes document.
    "ST302": deleted_with_its_owner,
}


def explained(code: str | None, case: Case[Any], response: Response) -> str | None:
    explain = _EXPLANATIONS.get(code or "")
    return explain(case, response) if explain is not None else None


@schemathesis.hook
def filter_failure(context: HookContext, failure: Any, case: Case[Any], response: Response) -> bool:
    """Keep a failure unless the spec explains it and the server's state bears the explanation out."""
    code = getattr(failure, "code", None)
    reason = explained(code, case, response)
    if reason is None:
        return True
    phase = str(case.meta.phase.name) if case.meta is not None else "follow-up"
    record_excuse(case.operation.label, phase, str(code), reason)
    return False
