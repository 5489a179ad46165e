"""The local console: ask in the terminal what employees will ask in Slack."""

from __future__ import annotations

from collections.abc import Callable

from bot.delivery.render import hit_lines
from bot.services import Services

PROMPT = "Frage / question> "
GREETING = (
    "Leitplanke console – ask about the social media guidelines, e.g. "
    "“Darf ich Fotos aus der Werkshalle posten?”. Empty line or Ctrl-D quits."
)


def run_console(
    services: Services,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
    k: int = 3,
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
        for line in hit_lines(services.retriever.search(question, k=k)):
            write(line)
