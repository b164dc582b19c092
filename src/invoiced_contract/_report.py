"""What a run covered, per operation, written as JSON and Markdown beside the JUnit report.

schemathesis' summary says how many cases passed, not what they reached. A
CLI event handler reads every finished scenario and records, per
operation: each documented status and whether it was seen; the parameters
the run exercised out of those the spec declares; the links followed to and
from it in the stateful phase; how many positive cases the server accepted
and rejected; and each `filter_failure` excuse with the number of failures
it dropped. At the end of the run the fixtures are deleted, the report is
written and its headline figures join schemathesis' summary.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis.cli
from schemathesis import GenerationMode
from schemathesis.cli import EventHandler
from schemathesis.config import ReportFormat
from schemathesis.engine import events

from invoiced_spec import Operation

from ._fixtures import active_fixtures
from ._spec import all_operations, body_schema

__all__ = ["CoverageReport", "record_excuse", "report_directory"]

REPORT_NAME = "coverage"
_DEFAULT_DIRECTORY = Path("test-results/contract")
# Statuses the server answers whatever the data: they say nothing about whether a case was acceptable.
_NOT_ABOUT_THE_DATA = {401, 403, 429}

_excuses: Counter[tuple[str, str, str, str]] = Counter()
_excuses_lock = threading.Lock()
# Statuses the suite's own follow-up requests saw (say, the 413 to an oversized body), by operation.
_probe_statuses: dict[str, Counter[int]] = defaultdict(Counter)


def record_probe_status(label: str, status: int) -> None:
    with _excuses_lock:
        _probe_statuses[label][status] += 1


def record_excuse(label: str, phase: str, code: str, reason: str) -> None:
    """Count a failure `filter_failure` dropped; IDs and amounts are blanked so that like reasons add up."""
    kind = re.sub(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?", "N", reason)
    with _excuses_lock:
        _excuses[(label, phase, code, kind)] += 1


def _label(op: Operation) -> str:
    return f"{op.method.upper()} {op.path}"


def _declared_parameters(op: Operation) -> list[str]:
    names = [f"{p.location}:{p.name}" for p in op.parameters]
    schema = body_schema(op)
    if schema is not None:
        names += [f"body:{name}" for name in schema.get("properties", {})]
    return names


@dataclass
class _OperationTally:
    statuses: Counter[int] = field(default_factory=Counter)
    exercised: set[str] = field(default_factory=set)
    # Phase -> [accepted, rejected] of its positive cases, to tell where rejections come from.
    by_phase: dict[str, list[int]] = field(default_factory=dict)
    links_in: set[str] = field(default_factory=set)
    links_out: set[str] = field(default_factory=set)

    @property
    def accepted(self) -> int:
        return sum(counts[0] for counts in self.by_phase.values())

    @property
    def rejected(self) -> int:
        return sum(counts[1] for counts in self.by_phase.values())


def _sent_parameters(case: Any) -> set[str]:
    sent = {f"path:{name}" for name in case.path_parameters or {}}
    sent |= {f"query:{name}" for name in case.query or {}}
    sent |= {f"header:{name}" for name in case.headers or {}}
    if isinstance(case.body, dict):
        sent |= {f"body:{name}" for name in case.body}
    return sent


def report_directory(config: Any) -> Path:
    """Beside the JUnit report when there is one, else test-results/contract."""
    try:
        if config.reports.junit.enabled:
            return Path(config.reports.get_path(ReportFormat.JUNIT)).parent
    except AttributeError:
        pass
    return _DEFAULT_DIRECTORY


class CoverageReport(EventHandler):  # type: ignore[type-arg]
    """Tallies every scenario; at the end cleans up the fixtures and writes coverage.json and coverage.md."""

    def __init__(self, *args: Any, **params: Any) -> None:
        self.tallies: dict[str, _OperationTally] = defaultdict(_OperationTally)
        self.links_total = 0
        self.links_selected = 0
        self.links_covered: set[str] = set()
        # Cases sent per phase, positive and negative alike: where a run's budget goes.
        self.cases_by_phase: Counter[str] = Counter()
        self.all_links: list[tuple[str, str, str]] = []
        self.schema: Any = None

    def shutdown(self, ctx: Any) -> None:
        runnable_reproductions(ctx.config)

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        if isinstance(event, events.PhaseStarted) and isinstance(event.payload, events.StatefulPhasePayload):
            self.links_total = event.payload.transitions_total
            self.links_selected = event.payload.transitions_selected
        elif isinstance(event, events.ScenarioFinished) and not event.is_final:
            self._scenario(event)
        elif isinstance(event, events.EngineFinished):
            self._finish(ctx)

    def _scenario(self, event: events.ScenarioFinished) -> None:
        recorder = event.recorder
        for case_id, node in recorder.cases.items():
            case = node.value
            if self.schema is None:
                self.schema = case.operation.schema
            tally = self.tallies[case.operation.label]
            tally.exercised |= _sent_parameters(case)
            if node.transition is not None and node.is_transition_applied:
                self.links_covered.add(node.transition.id)
                tally.links_in.add(node.transition.id)
                parent = recorder.cases.get(node.parent_id or "")
                if parent is not None:
                    self.tallies[parent.value.operation.label].links_out.add(node.transition.id)
            interaction = recorder.interactions.get(case_id)
            if interaction is None or interaction.response is None:
                continue
            status = interaction.response.status_code
            tally.statuses[status] += 1
            if case.meta is not None:
                self.cases_by_phase[str(case.meta.phase.name.value)] += 1
            if case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE:
                phase = tally.by_phase.setdefault(str(case.meta.phase.name.value), [0, 0])
                if 200 <= status < 300:
                    phase[0] += 1
                elif 400 <= status < 500 and status not in _NOT_ABOUT_THE_DATA:
                    phase[1] += 1

    def _link_names(self) -> list[str]:
        """Every link the stateful phase could follow, read from the loaded schema (spec links and inferred)."""
        if self.schema is None:
            return []
        try:
            from schemathesis.specs.openapi.stateful import collect_transitions

            operations = [result.ok() for result in self.schema.get_all_operations()]
            transitions = collect_transitions(operations)
            return sorted(link.full_name for links in transitions.operations.values() for link in links.outgoing)
        except Exception:
            return []

    def build(self) -> dict[str, Any]:
        operations: list[dict[str, Any]] = []
        for op in all_operations():
            tally = self.tallies.get(_label(op), _OperationTally())
            with _excuses_lock:
                probed = Counter(_probe_statuses.get(_label(op), {}))
            declared = _declared_parameters(op)
            positive = tally.accepted + tally.rejected
            operations.append(
                {
                    "operation": _label(op),
                    "operationId": op.operation_id,
                    # By generated cases and by the suite's own follow-ups together; the latter also on their own.
                    "statuses": {
                        code: tally.statuses.get(int(code), 0) + probed.get(int(code), 0) for code in op.responses
                    },
                    "statuses_from_follow_ups": {str(code): count for code, count in sorted(probed.items())},
                    "undocumented_statuses": {
                        str(code): count for code, count in tally.statuses.items() if str(code) not in op.responses
                    },
                    "parameters": {name: name in tally.exercised for name in declared},
                    "links_in": sorted(tally.links_in),
                    "links_out": sorted(tally.links_out),
                    "positive": {
                        "accepted": tally.accepted,
                        "rejected": tally.rejected,
                        "accepted_share": round(tally.accepted / positive, 3) if positive else None,
                        "by_phase": {
                            phase: {"accepted": counts[0], "rejected": counts[1]}
                            for phase, counts in sorted(tally.by_phase.items())
                        },
                    },
                }
            )
        with _excuses_lock:
            excuses = [
                {"operation": label, "phase": phase, "code": code, "reason": reason, "dropped": count}
                for (label, phase, code, reason), count in sorted(_excuses.items(), key=lambda item: -item[1])
            ]
        names = self._link_names()
        total = len(names) or self.links_selected
        covered = len(self.links_covered & set(names)) if names else len(self.links_covered)
        statuses: list[dict[str, int]] = [entry["statuses"] for entry in operations]
        return {
            "operations": operations,
            "links": {
                "total": self.links_total,
                "selected": total,
                "covered": covered,
                "share": round(covered / total, 3) if total else None,
                "not_covered": sorted(set(names) - self.links_covered),
            },
            "cases_by_phase": dict(sorted(self.cases_by_phase.items())),
            "excuses": excuses,
            "statuses_never_seen": sorted(
                {code for seen in statuses for code, count in seen.items() if not count}
                - {code for seen in statuses for code, count in seen.items() if count}
            ),
        }

    def _finish(self, ctx: Any) -> None:
        for fixtures in active_fixtures():
            fixtures.clean_up()
        report = self.build()
        directory = report_directory(ctx.config)
        directory.mkdir(parents=True, exist_ok=True)
        json_path = directory / f"{REPORT_NAME}.json"
        markdown_path = directory / f"{REPORT_NAME}.md"
        json_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        markdown_path.write_text(render_markdown(report), encoding="utf-8")
        ctx.add_report("Coverage (JSON)", json_path)
        ctx.add_report("Coverage (Markdown)", markdown_path)
        links = report["links"]
        share = f"{links['share']:.0%}" if links["share"] is not None else "n/a"
        ctx.add_summary_line(f"Links covered: {links['covered']} of {links['selected']} ({share})")
        low = [
            entry["operation"]
            for entry in report["operations"]
            if entry["positive"]["accepted_share"] is not None and entry["positive"]["accepted_share"] < 0.5
        ]
        shares = [e["positive"]["accepted_share"] for e in report["operations"] if e["positive"]["accepted_share"]]
        lowest = f"{min(shares):.0%}" if shares else "n/a"
        ctx.add_summary_line(
            f"Positive cases accepted: lowest share {lowest}; below half: {', '.join(low) if low else 'none'}"
        )
        never = report["statuses_never_seen"]
        ctx.add_summary_line(f"Documented statuses never seen: {', '.join(never) if never else 'none'}")


# schemathesis hides credentials in reports; the reproduction then reads the key from the environment instead.
_HIDDEN_AUTHORIZATION = "-H 'Authorization: [Filtered]'"
_KEY_FROM_ENVIRONMENT = '-u "$API_KEY:"'


def runnable_reproductions(config: Any) -> None:
    """Make each curl command in the JUnit report runnable as it stands, with the key taken from `$API_KEY`.

    The JUnit report is written before this handler shuts down (report handlers come first).
    """
    try:
        if not config.reports.junit.enabled:
            return
        path = Path(config.reports.get_path(ReportFormat.JUNIT))
    except AttributeError:
        return
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if _HIDDEN_AUTHORIZATION in text:
            path.write_text(text.replace(_HIDDEN_AUTHORIZATION, _KEY_FROM_ENVIRONMENT), encoding="utf-8")


def render_markdown(report: dict[str, Any]) -> str:
    lines = ["# Contract suite coverage", ""]
    links = report["links"]
    share = f"{links['share']:.0%}" if links["share"] is not None else "n/a"
    lines += [f"Links covered in the stateful phase: {links['covered']} of {links['selected']} ({share}).", ""]
    phases = report.get("cases_by_phase") or {}
    if phases:
        lines += ["Cases per phase: " + ", ".join(f"{name} {count}" for name, count in phases.items()) + ".", ""]
    lines += [
        "| operation | statuses seen (count) | never seen | positive accepted / rejected "
        "| parameters exercised | links in / out |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for entry in report["operations"]:
        seen = ", ".join(f"{code} ({count})" for code, count in entry["statuses"].items() if count)
        extra = ", ".join(f"{code}! ({count})" for code, count in entry["undocumented_statuses"].items())
        never = ", ".join(code for code, count in entry["statuses"].items() if not count) or "-"
        positive = entry["positive"]
        share = f" ({positive['accepted_share']:.0%})" if positive["accepted_share"] is not None else ""
        parameters = entry["parameters"]
        exercised = sum(parameters.values())
        missing = [name for name, flag in parameters.items() if not flag]
        parameter_cell = f"{exercised}/{len(parameters)}" + (f" (not: {', '.join(missing)})" if missing else "")
        lines.append(
            f"| `{entry['operation']}` | {seen}{', ' + extra if extra else ''} | {never} "
            f"| {positive['accepted']} / {positive['rejected']}{share} | {parameter_cell} "
            f"| {len(entry['links_in'])} / {len(entry['links_out'])} |"
        )
    lines += ["", "## Excused failures (`filter_failure`)", ""]
    if report["excuses"]:
        lines += ["| operation | phase | code | reason | failures dropped |", "| --- | --- | --- | --- | --- |"]
        lines += [
            f"| `{e['operation']}` | {e['phase']} | {e['code']} | {e['reason']} | {e['dropped']} |"
            for e in report["excuses"]
        ]
    else:
        lines.append("None.")
    if links["not_covered"]:
        lines += ["", "## Links not followed", ""]
        lines += [f"- {name}" for name in links["not_covered"]]
    never = report["statuses_never_seen"]
    lines += ["", f"Documented statuses never seen in this run: {', '.join(never) if never else 'none'}.", ""]
    return "\n".join(lines)


schemathesis.cli.handler()(CoverageReport)
