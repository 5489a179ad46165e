"""Decision metrics over evaluation cases: the figures the product is judged by."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.evaluation.cases import Case, clause_matches
from bot.evaluation.retrieval import percentile
from bot.models import Decision, Verdict
from bot.pipeline import Pipeline

_RESTRICTED = (Decision.NOT_ALLOWED, Decision.NEEDS_APPROVAL)


@dataclass
class CaseOutcome:
    case: Case
    verdict: Verdict

    @property
    def correct(self) -> bool:
        return self.verdict.decision == self.case.expected.decision

    @property
    def false_permit(self) -> bool:
        return (
            self.verdict.decision is Decision.ALLOWED and self.case.expected.decision in _RESTRICTED
        )

    @property
    def citation_hit(self) -> bool | None:
        if not self.case.expected.clauses:
            return None
        return any(
            clause_matches(self.case.expected.clauses, c.heading, c.text)
            for c in self.verdict.citations
        )


@dataclass
class DecisionReport:
    engine: str
    outcomes: list[CaseOutcome]

    def metrics(self, outcomes: list[CaseOutcome] | None = None) -> dict[str, Any]:
        outcomes = self.outcomes if outcomes is None else outcomes
        decided = [o for o in outcomes if o.case.expected.decision is not None]
        cited = [o for o in outcomes if o.citation_hit is not None]
        unclear = [o for o in decided if o.case.expected.decision is Decision.UNCLEAR]
        latencies = [o.verdict.latency_ms for o in outcomes]
        return {
            "engine": self.engine,
            "cases": len(outcomes),
            "decision_accuracy": _share(sum(o.correct for o in decided), len(decided)),
            "false_permits": sum(o.false_permit for o in decided),
            "citation_hit_rate": _share(sum(bool(o.citation_hit) for o in cited), len(cited)),
            "unclear_recall": _share(sum(o.verdict.escalate for o in unclear), len(unclear)),
            "latency_p50_ms": round(percentile(latencies, 0.5), 2),
            "latency_p95_ms": round(percentile(latencies, 0.95), 2),
        }

    def by_file(self) -> dict[str, dict[str, Any]]:
        """The metrics of each case file, when the cases came from a folder of several."""
        files = list(dict.fromkeys(o.case.file for o in self.outcomes))
        if len(files) < 2:
            return {}
        return {f: self.metrics([o for o in self.outcomes if o.case.file == f]) for f in files}

    def as_json(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics(),
            "by_file": self.by_file(),
            "cases": [
                {
                    "id": o.case.id,
                    "kind": o.case.kind,
                    "text": o.case.text,
                    "expected": o.case.expected.model_dump(mode="json"),
                    "correct": o.correct,
                    "citation_hit": o.citation_hit,
                    "verdict": o.verdict.model_dump(mode="json"),
                }
                for o in self.outcomes
            ],
        }

    def lines(self) -> list[str]:
        m = self.metrics()
        out = [
            f"engine {m['engine']}, {m['cases']} cases",
            f"  decision accuracy {m['decision_accuracy']:.3f}   false permits {m['false_permits']}"
            f"   citation hit rate {m['citation_hit_rate']:.3f}   unclear recall "
            f"{m['unclear_recall']:.3f}",
            f"  latency p50 {m['latency_p50_ms']:.1f} ms   p95 {m['latency_p95_ms']:.1f} ms",
        ]
        for name, f in self.by_file().items():
            out.append(
                f"  {name}: {f['cases']} cases, decision accuracy {f['decision_accuracy']:.3f}, "
                f"false permits {f['false_permits']}"
            )
        for o in self.outcomes:
            if not o.correct or o.citation_hit is False:
                cited = ", ".join(c.clause_id.split(":")[-1] for c in o.verdict.citations[:3])
                flag = " FALSE PERMIT" if o.false_permit else ""
                out.append(
                    f"  ✗ {o.case.id}: expected {o.case.expected.decision}, got "
                    f"{o.verdict.decision} [{cited}]{flag}"
                )
        return out


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def run_decision_eval(pipeline: Pipeline, cases: list[Case]) -> DecisionReport:
    outcomes = [
        CaseOutcome(
            case, pipeline.ask(case.text) if case.kind == "question" else pipeline.check(case.text)
        )
        for case in cases
    ]
    return DecisionReport(engine=pipeline.judge.name, outcomes=outcomes)
