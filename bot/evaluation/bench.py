"""Benchmark: ingest speed and warm search latency on a synthetic store of N clauses."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from bot.config import PROJECT_ROOT, Settings
from bot.evaluation.cases import load_cases
from bot.evaluation.retrieval import percentile
from bot.knowledge.loader import load_folder
from bot.services import Services

FALLBACK_QUERIES = [
    "Darf ich Fotos aus der Werkshalle posten?",
    "May I name our customer on LinkedIn?",
    "Wer darf einen Instagram-Account für das Unternehmen anlegen?",
    "Can I share our quarterly revenue?",
]


def _synthetic_knowledge(folder: Path, source: Path, clauses: int) -> int:
    """Copies of the sample guideline, each clause made distinct, until `clauses` is reached."""
    templates = [c for result in load_folder(source) for c in result.clauses]
    written, copy = 0, 0
    while written < clauses:
        copy += 1
        lines = [f"# Standortrichtlinie {copy}", ""]
        for n, clause in enumerate(templates, start=1):
            if written >= clauses:
                break
            lines += [
                f"## {copy}.{n} {clause.heading} (Standort {copy})",
                "",
                f"{clause.text} Dies gilt am Standort {copy}.",
                "",
            ]
            written += 1
        (folder / f"standort-{copy:03d}.md").write_text("\n".join(lines), encoding="utf-8")
    return written


def run_bench(base: Settings, *, clauses: int, queries: int) -> dict[str, Any]:
    cases_file = PROJECT_ROOT / "evals" / "sample.yaml"
    texts = [c.text for c in load_cases(cases_file)] if cases_file.exists() else FALLBACK_QUERIES
    with tempfile.TemporaryDirectory(prefix="leitplanke-bench-") as tmp:
        knowledge, store = Path(tmp) / "knowledge", Path(tmp) / "store"
        knowledge.mkdir()
        total = _synthetic_knowledge(knowledge, base.knowledge_dir, clauses)
        services = Services(
            base.model_copy(update={"knowledge_dir": knowledge, "store_dir": store})
        )
        services.embeddings.embed_query("warm-up")  # model load is not ingest speed
        first = services.ingest()
        again = services.ingest()
        retriever = services.retriever
        for text in texts[:10]:
            retriever.search(text, k=5)
        latencies: list[float] = []
        for i in range(queries):
            started = time.perf_counter()
            retriever.search(texts[i % len(texts)], k=5)
            latencies.append((time.perf_counter() - started) * 1000)
    return {
        "embeddings": base.embeddings,
        "clauses": total,
        "ingest_seconds": round(first.seconds, 2),
        "ingest_clauses_per_second": round(total / first.seconds, 1),
        "reingest_unchanged_seconds": round(again.seconds, 2),
        "search_queries": queries,
        "search_p50_ms": round(percentile(latencies, 0.5), 2),
        "search_p95_ms": round(percentile(latencies, 0.95), 2),
        "search_max_ms": round(max(latencies), 2),
    }
