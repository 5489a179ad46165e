"""Choosing the exact words of a clause that answer a question."""

from __future__ import annotations

import re

from bot.retrieval.lexical import tokenize

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_ABBREVIATIONS = re.compile(
    r"\b(?:z\.|B\.|u\.|a\.|bzw\.|ggf\.|etc\.|e\.g\.|i\.e\.|Nr\.|Art\.|Abs\.)$"
)


def sentences(text: str) -> list[str]:
    """Sentences as they stand in the text (verbatim, so they can be quoted)."""
    found: list[str] = []
    for line in text.splitlines():
        pending = ""
        for match in _SENTENCE.finditer(line):
            piece = match.group(0)
            pending += piece
            if _ABBREVIATIONS.search(pending.rstrip()):
                continue  # "z. B." does not end a sentence
            if pending.strip():
                found.append(pending.strip())
            pending = ""
        if pending.strip():
            found.append(pending.strip())
    return found or [text.strip()]


def ranked_sentences(text: str, query: str) -> list[tuple[str, float]]:
    """Sentences by the share of query terms they contain, best first (ties: earliest)."""
    wanted = set(tokenize(query))
    scored = []
    for position, sentence in enumerate(sentences(text)):
        terms = set(tokenize(sentence))
        overlap = len(wanted & terms) / (len(wanted) or 1)
        scored.append((sentence, overlap, position))
    scored.sort(key=lambda item: (-item[1], item[2]))
    return [(sentence, score) for sentence, score, _ in scored]
