"""From a verdict to an escalation: who owns it, what the employee saw. Knows nothing of Slack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from bot.escalation.store import EscalationStore, NewEscalation
from bot.escalation.tables import Escalation
from bot.knowledge.clauses import content_hash, embedding_hash
from bot.knowledge.owners import Owners
from bot.language import detect_language
from bot.models import Clause, Effect, Verdict
from bot.retrieval.store import ClauseStore

if TYPE_CHECKING:
    from bot.services import Services


def escalate(
    store: EscalationStore,
    *,
    verdict: Verdict,
    owners: Owners,
    clauses: dict[str, Clause],
    requester: str,
    kind: str,
    text: str,
    channel: str | None,
    thread_ts: str | None,
    context: dict[str, Any] | None = None,
) -> int:
    """The owner comes from the cited clauses (the verdict's owner); unknown owners go to the
    default team. The snapshot keeps the cited clauses' ids and content hashes."""
    cited = [
        {
            "clause_id": c.clause_id,
            "content_hash": clauses[c.clause_id].content_hash if c.clause_id in clauses else "",
        }
        for c in verdict.citations
    ]
    return store.create(
        NewEscalation(
            requester=requester,
            kind=kind,
            text=text,
            owner=owners.resolve(verdict.owner),
            verdict=verdict.model_dump(mode="json", exclude={"latency_ms"}),
            clauses=cited,
            channel=channel,
            thread_ts=thread_ts,
            context=context or {},
        )
    )


RULING_EFFECTS = {
    "approved": Effect.PERMITS,
    "approved_with_changes": Effect.REQUIRES_APPROVAL,  # the same again needs the same check
    "rejected": Effect.PROHIBITS,
    "answered": Effect.INFORMS,
}
OUTCOME_WORDS = {
    "approved": "approved",
    "approved_with_changes": "approved with changes",
    "rejected": "rejected",
    "answered": "answered",
}


def ruling_clause(row: Escalation) -> Clause:
    """A decided escalation as a citable clause: 'Ruling 12, comms, 2026-11-30'."""
    decided = (row.decided_at or row.created_at).date().isoformat()
    heading = f"Ruling {row.id}, {row.owner}, {decided}"
    outcome = row.decision or ""
    text = f"{row.text or ''}\n→ {OUTCOME_WORDS.get(outcome, outcome)}"
    if row.reason:
        text += f": {row.reason}"
    clause = Clause(
        clause_id=f"ruling:{row.id}",
        heading=heading,
        heading_path=["Rulings", heading],
        text=text,
        document="Rulings",
        doc_id="rulings",
        source=f"escalation #{row.id}",
        date=decided,
        language=detect_language(text),
        owner=row.owner,
        effect=RULING_EFFECTS.get(outcome),
    )
    return clause.model_copy(update={"content_hash": content_hash(clause)})


def publish_ruling(services: Services, escalation_id: int, *, actor: str) -> Clause:
    """Store the ruling in its collection and refresh retrieval: searchable at once."""
    row = services.escalations.get(escalation_id)
    clause = ruling_clause(row)
    vectors = services.embeddings.embed_documents([clause.embedding_text()])
    services.rulings.upsert([clause], vectors, [embedding_hash(clause)])
    services.retriever.refresh()
    services.escalations.note(escalation_id, actor, "ruling_published", clause_id=clause.clause_id)
    return clause


def reembed(store: ClauseStore, embeddings: Embeddings) -> None:
    """Rulings have no source files to ingest again: after a change of embedder, their stored
    texts are embedded anew."""
    records = list(store.records().values())
    store.reset()
    clauses = [r.clause for r in records]
    if clauses:
        store.upsert(
            clauses,
            embeddings.embed_documents([c.embedding_text() for c in clauses]),
            [embedding_hash(c) for c in clauses],
        )
