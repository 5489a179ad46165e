"""Benchmark: ingest speed and warm search latency on a synthetic store of N clauses."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.config import PROJECT_ROOT, Settings
from bot.errors import LeitplankeError
from bot.evaluation.cases import load_cases
from bot.evaluation.retrieval import percentile
from bot.knowledge.loader import load_folder
from bot.knowledge.numbering import main_number
from bot.services import Services

FALLBACK_QUERIES = [
    "Darf ich Fotos aus der Werkshalle posten?",
    "May I name our customer on LinkedIn?",
    "Wer darf einen Instagram-Account für das Unternehmen anlegen?",
    "Can I share our quarterly revenue?",
]


def _synthetic_knowledge(folder: Path, source: Path, clauses: int) -> int:
    """Copies of the sample clauses until `clauses` is reached; each copy numbers its clauses
    anew, so every clause is distinct (and embedded) at the length of a real one."""
    templates = [c for result in load_folder(source) for c in result.clauses]
    written, copy = 0, 0
    while written < clauses:
        copy += 1
        lines = [f"# Standortrichtlinie {copy}", ""]
        for n, clause in enumerate(templates, start=1):
            if written >= clauses:
                break
            # The whole heading path in one heading, so the embedded text is as long as the
            # real clause's; a leading clause number in the text would start a clause of its own.
            path = " › ".join(_title(h) for h in clause.heading_path[1:]) or clause.heading
            numbered = main_number(clause.text)
            body = numbered.rest if numbered else clause.text
            lines += [f"## {copy}.{n} {path}", "", body, ""]
            written += 1
        (folder / f"standort-{copy:03d}.md").write_text("\n".join(lines), encoding="utf-8")
    return written


def _title(heading: str) -> str:
    """The heading without its own number: the copy gives it a new one."""
    numbered = main_number(heading)
    return numbered.rest if numbered else heading


def _mean_chars(folder: Path) -> float:
    texts = [c.embedding_text() for result in load_folder(folder) for c in result.clauses]
    return round(sum(map(len, texts)) / max(len(texts), 1), 1)


def run_bench(
    base: Settings, *, clauses: int, queries: int, store: Path | None = None
) -> dict[str, Any]:
    """Build N clauses from the knowledge folder's own, ingest them, time warm searches."""
    if store is not None and store.exists() and any(store.iterdir()):
        raise LeitplankeError(f"The bench store {store} must be empty; pass a new folder.")
    cases_file = PROJECT_ROOT / "evals" / "sample.yaml"
    texts = [c.text for c in load_cases(cases_file)] if cases_file.exists() else FALLBACK_QUERIES
    with tempfile.TemporaryDirectory(prefix="leitplanke-bench-") as tmp:
        knowledge = Path(tmp) / "knowledge"
        knowledge.mkdir()
        store = store or Path(tmp) / "store"
        _synthetic_knowledge(knowledge, base.knowledge_dir, clauses)
        mean_chars = _mean_chars(knowledge)
        services = Services(
            base.model_copy(update={"knowledge_dir": knowledge, "store_dir": store})
        )
        services.embeddings.embed_query("warm-up")  # model load is not ingest speed
        first = services.ingest()
        again = services.ingest()
        retriever = services.retriever
        for text in texts[:10]:
            retriever.search(text, k=5)
        latencies = _timed(lambda text: retriever.search(text, k=5), texts, queries)
        pipeline = services.pipeline
        for text in texts[:10]:
            pipeline.ask(text)
        ask_latencies = _timed(pipeline.ask, texts, queries)
        check_latencies = _timed(pipeline.check, texts, queries)
    return {
        "embeddings": base.embeddings,
        "clauses": first.clauses,
        "mean_clause_chars": mean_chars,
        "sample_mean_clause_chars": _mean_chars(base.knowledge_dir),
        "ingest_seconds": round(first.seconds, 2),
        "ingest_clauses_per_second": round(first.clauses / first.seconds, 1),
        "reingest_unchanged_seconds": round(again.seconds, 2),
        "search_queries": queries,
        "search_p50_ms": round(percentile(latencies, 0.5), 2),
        "search_p95_ms": round(percentile(latencies, 0.95), 2),
        "search_max_ms": round(max(latencies), 2),
        "ask_engine": pipeline.judge.name,
        "ask_p50_ms": round(percentile(ask_latencies, 0.5), 2),
        "ask_p95_ms": round(percentile(ask_latencies, 0.95), 2),
        "check_p95_ms": round(percentile(check_latencies, 0.95), 2),
    }


def _timed(step: Callable[[str], object], texts: list[str], count: int) -> list[float]:
    latencies: list[float] = []
    for i in range(count):
        started = time.perf_counter()
        step(texts[i % len(texts)])
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies
