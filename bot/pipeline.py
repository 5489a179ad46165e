"""ask(question) / check(draft) → Verdict: the one use case the CLI and Slack share."""

from __future__ import annotations

import time
from typing import Protocol

from bot.models import Decision, Verdict

MAX_INPUT_CHARS = 50_000  # beyond this a draft is not a social media post; say so


class Judge(Protocol):
    name: str

    def ask(self, question: str) -> Verdict: ...

    def check(self, draft: str) -> Verdict: ...


class Pipeline:
    """Times every answer and applies what holds whichever judge decides."""

    def __init__(self, judge: Judge) -> None:
        self.judge = judge

    def ask(self, question: str, *, escalate: bool = False) -> Verdict:
        return self._run(self.judge.ask, question, escalate=escalate)

    def check(self, draft: str, *, escalate: bool = False) -> Verdict:
        return self._run(self.judge.check, draft, escalate=escalate)

    def _run(self, step: object, text: str, *, escalate: bool) -> Verdict:
        started = time.perf_counter()
        cleaned = text.replace("\x00", "").strip()[:MAX_INPUT_CHARS]
        verdict: Verdict = step(cleaned)  # type: ignore[operator]
        if escalate or verdict.decision is Decision.UNCLEAR:
            verdict = verdict.model_copy(update={"escalate": True})
        latency = round((time.perf_counter() - started) * 1000, 2)
        return verdict.model_copy(update={"latency_ms": latency})
