"""Plain-text rendering of ingest reports and search hits for the terminal."""

from __future__ import annotations

import textwrap

from bot.knowledge.ingest import IngestReport
from bot.models import SearchHit, Verdict


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


_DECISION_MARK = {
    "allowed": "✅ ALLOWED",
    "not_allowed": "⛔ NOT ALLOWED",
    "needs_approval": "✋ NEEDS APPROVAL",
    "unclear": "❓ UNCLEAR",
}


def verdict_lines(verdict: Verdict, *, width: int = 100) -> list[str]:
    lines = [f"{_DECISION_MARK[verdict.decision.value]}  {verdict.answer}"]
    for condition in verdict.conditions:
        lines.append(f"   condition: {condition}")
    for finding in verdict.findings:
        lines.append(
            f"   • “{finding.span.text}” {finding.problem} → {finding.suggestion} "
            f"[{finding.clause_id.split(':')[-1]}]"
        )
    for citation in verdict.citations:
        lines.append(f"   {citation.label} — {citation.document} ({citation.source})")
        quote = textwrap.shorten(citation.quote, width=400, placeholder=" …")
        lines.extend(
            textwrap.wrap(
                f"“{quote}”", width=width, initial_indent="     ", subsequent_indent="     "
            )
        )
    facts = [
        f"owner {verdict.owner_name}" if verdict.owner_name else None,
        "escalated to a person" if verdict.escalate else None,
        f"{verdict.engine}, {verdict.latency_ms:.0f} ms",
    ]
    lines.append("   " + " · ".join(f for f in facts if f))
    return lines
