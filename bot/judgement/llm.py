"""The LLM judge: any LangChain chat model, structured output, guarded, offline as fallback."""

from __future__ import annotations

import concurrent.futures
import logging
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, Field

from bot.judgement import texts
from bot.judgement.guard import floor, verified_citations, verified_findings
from bot.judgement.offline import OfflineJudge
from bot.judgement.prompts import Prompt
from bot.knowledge.owners import Owners
from bot.language import detect_language
from bot.models import Clause, Decision, Effect, Verdict
from bot.retrieval.hybrid import HybridRetriever

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"de": "German", "en": "English"}
CONTEXT_CLAUSES = 6


class CitedClause(BaseModel):
    clause_id: str = Field(description="id of a clause from the list")
    quote: str = Field(description="words copied exactly from that clause")


class DraftProblem(BaseModel):
    passage: str = Field(description="words copied exactly from the draft")
    problem: str
    clause_id: str
    suggestion: str


class LLMVerdict(BaseModel):
    """The shape the model must answer in."""

    decision: Literal["allowed", "not_allowed", "needs_approval", "unclear"]
    answer: str
    citations: list[CitedClause] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    findings: list[DraftProblem] = Field(default_factory=list)


class LLMJudge:
    """Asks the model within a deadline; whatever goes wrong, the offline verdict answers."""

    def __init__(
        self,
        *,
        model: BaseChatModel,
        model_name: str,
        offline: OfflineJudge,
        retriever: HybridRetriever,
        owners: Owners,
        prompts: dict[str, Prompt],
        timeout_s: float = 20.0,
    ) -> None:
        self._structured: Any = model.with_structured_output(LLMVerdict)
        self.name = f"llm:{model_name}"
        self._offline = offline
        self._retriever = retriever
        self._owners = owners
        self._prompts = prompts
        self._timeout = timeout_s
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm")

    def ask(self, question: str) -> Verdict:
        baseline = self._offline.ask(question)
        if not baseline.citations:  # empty input or nothing in the guidelines: no model needed
            return baseline
        clauses = self._context(question, baseline)
        return self._judge("judge_question", {"question": question}, question, clauses, baseline)

    def check(self, draft: str) -> Verdict:
        baseline = self._offline.check(draft)
        if not baseline.citations and not baseline.findings:
            return baseline
        clauses = self._context(draft, baseline)
        findings = (
            "\n".join(
                f"- “{f.span.text}”: {f.problem} [{f.clause_id}] → {f.decision.value}"
                for f in baseline.findings
            )
            or "- none"
        )
        return self._judge(
            "judge_draft", {"draft": draft, "findings": findings}, draft, clauses, baseline
        )

    def _context(self, text: str, baseline: Verdict) -> dict[str, Clause]:
        """The clauses the model may cite: retrieved ones plus those the checks found."""
        known = self._retriever.clauses
        found = {
            h.clause.clause_id: h.clause
            for h in self._retriever.search(text[:2000], k=CONTEXT_CLAUSES)
        }
        for citation in baseline.citations:
            if citation.clause_id in known:
                found.setdefault(citation.clause_id, known[citation.clause_id])
        return found

    def _judge(
        self,
        prompt_name: str,
        values: dict[str, str],
        text: str,
        clauses: dict[str, Clause],
        baseline: Verdict,
    ) -> Verdict:
        prompt = self._prompts[prompt_name]
        language = "de" if detect_language(text) == "de" else "en"
        messages = prompt.template.format_messages(
            **values,
            language=LANGUAGE_NAMES[language],
            clauses="\n\n".join(
                f'<clause id="{cid}">\n{c.label}\n{c.text}\n</clause>' for cid, c in clauses.items()
            ),
        )
        try:
            raw = self._pool.submit(self._structured.invoke, messages).result(self._timeout)
            result = raw if isinstance(raw, LLMVerdict) else LLMVerdict.model_validate(raw)
        except concurrent.futures.TimeoutError:
            return self._fallback(baseline, "timeout")
        except Exception as exc:  # provider errors and malformed output alike
            log.warning("LLM judge failed (%s): %s", exc.__class__.__name__, exc)
            # The provider's own HTTP timeout may fire before ours (both are the setting): a
            # timeout either way.
            timed_out = isinstance(exc, TimeoutError) or "Timeout" in exc.__class__.__name__
            return self._fallback(baseline, "timeout" if timed_out else exc.__class__.__name__)
        return self._guarded(result, text, clauses, baseline, language)

    def _guarded(
        self,
        result: LLMVerdict,
        text: str,
        clauses: dict[str, Clause],
        baseline: Verdict,
        language: str,
    ) -> Verdict:
        citations = verified_citations([(c.clause_id, c.quote) for c in result.citations], clauses)
        decision = Decision(result.decision)
        if not citations:
            decision = Decision.UNCLEAR  # an answer resting on nothing retrieved is no answer
        decision = floor(decision, baseline.findings)
        if decision is Decision.ALLOWED and self._declared_restriction(baseline):
            decision = Decision.UNCLEAR  # conflicting evidence goes to a person
        extra = verified_findings(
            [(f.passage, f.problem, f.clause_id, f.suggestion) for f in result.findings],
            text,
            clauses,
            Decision.NEEDS_APPROVAL,
        )
        owner_key = self._owners.resolve(
            clauses[citations[0].clause_id].owner if citations else baseline.owner
        )
        owner_name = self._owners.teams[owner_key].name
        if decision is Decision(result.decision) and result.answer.strip():
            answer = result.answer.strip()
        elif decision is baseline.decision:
            answer = baseline.answer
        else:  # the guard overruled the model: say what stands
            label = (
                citations[0].label
                if citations
                else (baseline.citations[0].label if baseline.citations else "")
            )
            answer = texts.answer(decision, language, label=label, owner=owner_name, conditions=[])
        return Verdict(
            decision=decision,
            answer=answer,
            language=language,
            citations=citations or baseline.citations,
            conditions=result.conditions if decision is Decision.ALLOWED else [],
            owner=owner_key,
            owner_name=owner_name,
            escalate=decision is Decision.UNCLEAR,
            findings=baseline.findings + extra,
            engine=self.name,
        )

    def _declared_restriction(self, baseline: Verdict) -> bool:
        """The offline verdict rests on a clause whose metadata the company wrote: "prohibits"
        or "requires approval". A model's "yes" against it is a conflict, not an answer."""
        if baseline.decision not in (Decision.NOT_ALLOWED, Decision.NEEDS_APPROVAL):
            return False
        if not baseline.citations:
            return False
        clause = self._retriever.clauses.get(baseline.citations[0].clause_id)
        return clause is not None and clause.effect in (
            Effect.PROHIBITS,
            Effect.REQUIRES_APPROVAL,
        )

    def _fallback(self, baseline: Verdict, reason: str) -> Verdict:
        return baseline.model_copy(
            update={"engine": f"offline (fallback from {self.name}: {reason})"}
        )
