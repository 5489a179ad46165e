"""Runs the retrieval eval for a configured store and formats what it found."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.evaluation.cases import Case, load_cases
from bot.evaluation.retrieval import Found, RetrievalMetrics, evaluate_retrieval, metrics_of
from bot.retrieval.baseline import NaiveBaseline
from bot.services import Services


@dataclass
class RetrievalOutcome:
    embeddings: str
    hybrid: RetrievalMetrics
    dense_only: RetrievalMetrics
    baseline: RetrievalMetrics | None

    @classmethod
    def pooled(cls, outcomes: list[RetrievalOutcome]) -> RetrievalOutcome:
        """One figure over several stores' runs: each case counted once, in its own store."""

        def pool(runs: list[RetrievalMetrics | None]) -> RetrievalMetrics | None:
            found = [run for run in runs if run is not None]
            if not found:
                return None
            return metrics_of(found[0].name, [r for run in found for r in run.results])

        hybrid = pool([o.hybrid for o in outcomes])
        dense = pool([o.dense_only for o in outcomes])
        assert hybrid is not None and dense is not None  # every outcome has both
        return cls(
            embeddings=outcomes[0].embeddings,
            hybrid=hybrid,
            dense_only=dense,
            baseline=pool([o.baseline for o in outcomes]),
        )

    def runs(self) -> list[RetrievalMetrics]:
        return [m for m in (self.hybrid, self.dense_only, self.baseline) if m is not None]

    def as_json(self) -> dict[str, Any]:
        return {
            "embeddings": self.embeddings,
            "metrics": [m.summary() for m in self.runs()],
            "cases": [asdict(r) for r in self.hybrid.results],
        }

    def lines(self) -> list[str]:
        out = [f"embeddings: {self.embeddings}, cases with expected clauses: {self.hybrid.cases}"]
        out.append(f"{'run':<22}{'hit@1':>8}{'hit@5':>8}{'MRR':>8}{'p50 ms':>9}{'p95 ms':>9}")
        for m in self.runs():
            out.append(
                f"{m.name:<22}{m.hit_at_1:>8.3f}{m.hit_at_5:>8.3f}{m.mrr:>8.3f}"
                f"{m.latency_p50_ms:>9.1f}{m.latency_p95_ms:>9.1f}"
            )
        misses = [r for r in self.hybrid.results if r.rank != 1]
        for r in misses:
            where = f"rank {r.rank}" if r.rank else "not in top 10"
            out.append(f"  miss@1 {r.id} ({where}): {r.query[:70]} → {', '.join(r.top[:3])}")
        return out


def run_retrieval_eval(
    services: Services, cases: Path | list[Case], *, with_baseline: bool
) -> RetrievalOutcome:
    if isinstance(cases, Path):
        cases = load_cases(cases)
    services.ingest()
    retriever = services.retriever
    store = services.store

    def hybrid(query: str, k: int) -> list[Found]:
        return [
            Found(h.clause.clause_id, h.clause.heading, h.clause.text)
            for h in retriever.search(query, k=k)
        ]

    def dense(query: str, k: int) -> list[Found]:
        vector = services.embeddings.embed_query(query)
        clauses = retriever.clauses
        return [
            Found(cid, clauses[cid].heading, clauses[cid].text)
            for cid, _ in store.nearest(vector, k)
            if cid in clauses
        ]

    baseline = None
    if with_baseline:
        naive = NaiveBaseline(services.settings.knowledge_dir, services.embeddings)
        baseline = evaluate_retrieval("naive langchain", naive.search, cases)
    return RetrievalOutcome(
        embeddings=services.settings.embeddings,
        hybrid=evaluate_retrieval("hybrid (leitplanke)", hybrid, cases),
        dense_only=evaluate_retrieval("dense only (clauses)", dense, cases),
        baseline=baseline,
    )
