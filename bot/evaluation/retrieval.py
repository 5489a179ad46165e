"""Retrieval metrics (hit@1, hit@5, MRR, latency) for any search function over the same cases."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.evaluation.cases import Case, clause_matches


@dataclass(frozen=True)
class Found:
    """One ranked result, reduced to what matching needs."""

    ref: str
    heading: str
    text: str


SearchFn = Callable[[str, int], Sequence[Found]]


@dataclass
class CaseResult:
    id: str
    query: str
    rank: int | None  # rank of the first matching result, None if not in the top k
    top: list[str] = field(default_factory=list)
    latency_ms: float = 0.0


@dataclass
class RetrievalMetrics:
    name: str
    cases: int
    hit_at_1: float
    hit_at_5: float
    mrr: float
    latency_p50_ms: float
    latency_p95_ms: float
    results: list[CaseResult]

    def summary(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("results")
        return data


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def evaluate_retrieval(
    name: str, search: SearchFn, cases: list[Case], k: int = 10
) -> RetrievalMetrics:
    """Questions with expected clauses count; drafts are judged by detectors, not by search,
    and off-topic questions have no clause to find."""
    scored = [case for case in cases if case.expected.clauses and case.kind == "question"]
    results: list[CaseResult] = []
    for case in scored:
        started = time.perf_counter()
        found = search(case.text, k)
        latency = (time.perf_counter() - started) * 1000
        rank = next(
            (
                i
                for i, item in enumerate(found, start=1)
                if clause_matches(case.expected.clauses, item.heading, item.text)
            ),
            None,
        )
        top = [item.ref for item in found[:5]]
        results.append(CaseResult(case.id, case.text, rank, top, round(latency, 2)))
    return metrics_of(name, results)


def metrics_of(name: str, results: list[CaseResult]) -> RetrievalMetrics:
    """The figures of one run, or of several runs pooled (one per organisation)."""
    n = len(results) or 1
    latencies = [r.latency_ms for r in results]
    return RetrievalMetrics(
        name=name,
        cases=len(results),
        hit_at_1=sum(1 for r in results if r.rank == 1) / n,
        hit_at_5=sum(1 for r in results if r.rank is not None and r.rank <= 5) / n,
        mrr=sum(1 / r.rank for r in results if r.rank) / n,
        latency_p50_ms=statistics.median(latencies) if latencies else 0.0,
        latency_p95_ms=percentile(latencies, 0.95),
        results=results,
    )
