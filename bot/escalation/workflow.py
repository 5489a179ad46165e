"""From a verdict to an escalation: who owns it, what the employee saw. Knows nothing of Slack."""

from __future__ import annotations

from typing import Any

from bot.escalation.store import EscalationStore, NewEscalation
from bot.knowledge.owners import Owners
from bot.models import Clause, Verdict


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
