"""What an LLM's answer must survive before an employee sees it."""

from __future__ import annotations

import re

from bot.judgement.modality import most_restrictive
from bot.models import Citation, Clause, Decision, Finding, Span

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("“", '"').replace("”", '"').replace("„", '"')).strip()


def verified_citations(
    claimed: list[tuple[str, str]], retrieved: dict[str, Clause]
) -> list[Citation]:
    """Keep a citation only if its clause was retrieved and its quote stands in that clause;
    the quote is then taken from the clause itself, so it is verbatim."""
    kept: list[Citation] = []
    for clause_id, quote in claimed:
        clause = retrieved.get(clause_id)
        wanted = _norm(quote.strip(' "“”„'))
        if clause is None or len(wanted) < 8:
            continue
        position = _norm(clause.text).find(wanted)
        if position < 0 or any(c.clause_id == clause_id and c.quote == wanted for c in kept):
            continue
        exact = _verbatim(clause.text, wanted) or wanted
        kept.append(
            Citation(
                clause_id=clause.clause_id,
                heading=clause.heading,
                text=clause.text,
                quote=exact,
                source=clause.source,
                label=clause.label,
                document=clause.document,
            )
        )
    return kept


def _verbatim(text: str, normalised: str) -> str | None:
    """The original characters of `text` whose whitespace-normalised form is `normalised`."""
    pattern = r"\s+".join(re.escape(word) for word in normalised.split(" "))
    match = re.search(pattern, text.replace("“", '"').replace("”", '"').replace("„", '"'))
    return text[match.start() : match.end()] if match else None


def verified_findings(
    claimed: list[tuple[str, str, str, str]],
    draft: str,
    retrieved: dict[str, Clause],
    decision: Decision,
) -> list[Finding]:
    """LLM findings need a passage that stands in the draft and a retrieved clause."""
    kept: list[Finding] = []
    for passage, problem, clause_id, suggestion in claimed:
        start = draft.find(passage) if passage else -1
        if start < 0 or clause_id not in retrieved:
            continue
        kept.append(
            Finding(
                kind="llm",
                span=Span(start=start, end=start + len(passage), text=passage),
                problem=problem,
                clause_id=clause_id,
                suggestion=suggestion,
                decision=decision,
            )
        )
    return kept


def floor(decision: Decision, deterministic: list[Finding]) -> Decision:
    """A model may add caution, never remove it: blocking findings bound the decision."""
    blocking = [f.decision for f in deterministic if f.decision is not Decision.ALLOWED]
    return most_restrictive([decision, *blocking]) if blocking else decision
