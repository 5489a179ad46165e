"""Plain-text rendering of ingest reports and search hits for the terminal."""

from __future__ import annotations

import textwrap

from bot.knowledge.ingest import IngestReport
from bot.models import SearchHit


def ingest_lines(report: IngestReport) -> list[str]:
    lines: list[str] = []
    for doc in report.documents:
        if doc.error:
            lines.append(f"✗ {doc.source}: skipped, {doc.error}")
            continue
        lines.append(
            f"✓ {doc.source}: {doc.clauses} clauses "
            f"({doc.added} new, {doc.changed} changed, {doc.unchanged} unchanged) – {doc.title}"
        )
        lines.extend(f"  ! {warning}" for warning in doc.warnings)
    rate = report.embedded / report.seconds if report.seconds and report.embedded else 0.0
    lines.append(
        f"{report.clauses} clauses in {sum(1 for d in report.documents if d.ok)} documents; "
        f"{report.embedded} embedded, {report.removed} removed in {report.seconds:.1f} s"
        + (f" ({rate:.0f} clauses/s)" if rate else "")
        + (" – the embedder changed, so the store was rebuilt" if report.rebuilt else "")
    )
    return lines


def hit_lines(hits: list[SearchHit], *, width: int = 100) -> list[str]:
    if not hits:
        return ["No matching clause found."]
    lines: list[str] = []
    for position, hit in enumerate(hits, start=1):
        clause = hit.clause
        lines.append(f"{position}. {clause.label}  [{clause.clause_id}]  score {hit.score:.4f}")
        body = textwrap.shorten(" ".join(clause.text.split()), width=320, placeholder=" …")
        lines.extend(
            textwrap.wrap(body, width=width, initial_indent="   ", subsequent_indent="   ")
        )
        facts = [
            clause.source,
            f"owner {clause.owner}" if clause.owner else None,
            clause.effect.value if clause.effect else None,
        ]
        lines.append("   " + " · ".join(f for f in facts if f))
    return lines
