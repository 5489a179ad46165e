"""The local console: ask in the terminal what employees will ask in Slack."""

from __future__ import annotations

from collections.abc import Callable

from bot.delivery.render import verdict_lines
from bot.services import Services

PROMPT = "Frage / question> "
GREETING = (
    "Leitplanke console – ask about the social media guidelines, e.g. "
    "“Darf ich Fotos aus der Werkshalle posten?”, or check a draft with “check: <text>”. "
    "Empty line or Ctrl-D quits."
)
_CHECK = ("check:", "/check ", "/guideline-check ")


def run_console(
    services: Services,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
) -> None:
    write(GREETING)
    while True:
        try:
            question = read(PROMPT).strip()
        except (EOFError, KeyboardInterrupt):
            write("")
            return
        if not question:
            return
        draft = next((question[len(p) :] for p in _CHECK if question.lower().startswith(p)), None)
        verdict = (
            services.pipeline.check(draft) if draft is not None else services.pipeline.ask(question)
        )
        for line in verdict_lines(verdict):
            write(line)
