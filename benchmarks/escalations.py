"""Escalation creation latency on SQLite and on a real PostgreSQL server (p50 / p95).

.venv/bin/python -m benchmarks.escalations [--count 300]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bot.escalation.store import EscalationStore, NewEscalation
from bot.evaluation.retrieval import percentile
from tests import postgres


def _measure(url: str, count: int) -> dict[str, float]:
    store = EscalationStore(url)
    verdict = {
        "decision": "unclear",
        "answer": "Die Leitlinien entscheiden das nicht eindeutig.",
        "citations": [{"clause_id": "social-media-leitlinie:5.2", "quote": "…"}] * 3,
    }
    latencies = []
    for n in range(count):
        started = time.perf_counter()
        store.create(
            NewEscalation(
                requester="U0123ABCD",
                kind="question",
                text=f"Darf ich über Projekt {n} posten?",
                owner="comms",
                verdict=verdict,
                clauses=[{"clause_id": "social-media-leitlinie:5.2", "content_hash": "abc"}] * 3,
                channel="D0123ABCD",
                thread_ts=f"{time.time():.6f}",
            )
        )
        latencies.append((time.perf_counter() - started) * 1000)
    return {
        "p50_ms": round(percentile(latencies, 0.5), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {"sqlite": _measure(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", args.count)}
    with postgres.postgres_server(durable=True) as url:  # fsync on, as in production
        results["postgresql"] = _measure(url, args.count)
    print(json.dumps({"escalations_created": args.count, **results}, indent=2))


if __name__ == "__main__":
    main()
