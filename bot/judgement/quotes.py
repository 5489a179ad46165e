"""Choosing the exact words of a clause that answer a question."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from bot.retrieval.lexical import PLATFORMS, tokenize

# "press@gsa.gov", "1.5 %": a stop right before a letter or digit ends no sentence.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\w))+(?:[.!?]+|$)")
_ABBREVIATIONS = re.compile(
    r"\b(?:z\.|B\.|u\.|a\.|bzw\.|ggf\.|etc\.|e\.g\.|i\.e\.|Nr\.|Art\.|Abs\.|"
    r"D\.C\.|U\.S\.|U\.S\.C\.|C\.F\.R\.|M\.S\.P\.R\.|Mr\.|Ms\.|Mrs\.|Dr\.|vs?\.)$"
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


def lead_ins(text: str) -> dict[str, str]:
    """List items and the sentence that introduces them ("Never share …, including:"), which
    carries their rule; a lead-in inside a list points to the one before it."""
    leads: dict[str, str] = {}
    current: str | None = None
    for line in text.splitlines():
        found = sentences(line) if line.strip() else []
        if current is not None:
            for sentence in found:
                leads.setdefault(sentence, current)
        if found and line.rstrip().endswith(":"):
            current = found[-1]
    return leads


TermWeight = Callable[[str], float]


BRIDGED_SHARE = 0.5  # a glossary term stands in for the asker's word, so it counts half


def ranked_sentences(
    text: str, query: str, weight: TermWeight | None = None, bridged: str = ""
) -> list[tuple[str, float]]:
    """Sentences by the (weighted) share of query terms they contain, best first (ties:
    earliest). With weights, a rare term the sentence shares counts more than a common one."""
    # A platform's name is where the question is asked, not what it is about: a sentence that
    # lists "Facebook, LinkedIn, Twitter" says nothing of whether one may reply on Twitter.
    own = set(tokenize(query))
    own = (own - PLATFORMS) or own
    wanted = own | (set(tokenize(bridged)) - PLATFORMS)
    weights = {
        term: (weight(term) if weight else 1.0) * (1.0 if term in own else BRIDGED_SHARE)
        for term in wanted
    }
    # fsum: a sum over a set depends on its (hash-seeded) order in the last bits, enough to
    # tip a comparison at a threshold from one run to the next
    total = math.fsum(weights.values()) or 1.0
    scored = []
    for position, sentence in enumerate(sentences(text)):
        # "co-worker(s)" in the clause is the asker's "coworkers"
        terms = set(tokenize(sentence)) | set(tokenize(sentence.replace("-", "")))
        overlap = math.fsum(weights[t] for t in wanted & terms) / total
        scored.append((sentence, overlap, position))
    scored.sort(key=lambda item: (-item[1], item[2]))
    return [(sentence, score) for sentence, score, _ in scored]
