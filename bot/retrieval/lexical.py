"""BM25 over clause texts, with German and English stemming so 'Kunden' finds 'Kundennamen'."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import bm25s
import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

_WORD = re.compile(r"[\w§]+(?:[-'][\w]+)*", re.UNICODE)
_STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(STOPWORDS_GERMAN)
_GERMAN = Stemmer.Stemmer("german")
_ENGLISH = Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    # The text's language is not known per word, so a word is indexed under both stems.
    return tuple(dict.fromkeys((_GERMAN.stemWord(word), _ENGLISH.stemWord(word))))


# Where something is posted is rarely what a rule turns on, yet platform names are rare words
# that a clause merely listing them ("LinkedIn, X, Facebook and Instagram") would win on.
PLATFORM_NAMES = (
    "linkedin",
    "twitter",
    "instagram",
    "facebook",
    "tiktok",
    "xing",
    "youtube",
    "mastodon",
    "threads",
    "reddit",
)
PLATFORMS = frozenset(stem for name in PLATFORM_NAMES for stem in _stems(name))


def tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS or len(word) < 2:
            continue
        tokens.extend(_stems(word))
        if "-" in word:  # 'Social-Media-Konten' also counts as its parts
            for part in word.split("-"):
                if part and part not in _STOPWORDS:
                    tokens.extend(_stems(part))
    return tokens


class LexicalIndex:
    """An in-memory BM25 index over (id, text) pairs; rebuilt whenever the store changes."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        self._ids = ids
        self._bm25 = bm25s.BM25()
        corpus = [tokenize(text) or ["∅"] for text in texts]
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict) if corpus else set()
        self._df = Counter(term for tokens in corpus for term in set(tokens))

    def weight(self, term: str) -> float:
        """How telling a stem is in these guidelines (BM25's idf): 'conference' says more than
        'post' in a social media policy; a stem no clause has weighs nothing."""
        df = self._df.get(term, 0)
        if not df:
            return 0.0
        n = len(self._ids)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _terms(self, query: str) -> list[str]:
        """Query stems in the index; an unknown German compound counts as its known parts
        ('Quartalsumsatz' → 'quartal' + 'umsatz')."""
        terms: list[str] = []
        for word in _WORD.findall(query.lower()):
            if word in _STOPWORDS or len(word) < 2:
                continue
            stems = [s for s in _stems(word) if s in self._vocab]
            if not stems and len(word) >= 8:
                stems = self._split_compound(word)
            terms.extend(stems)
        topical = [t for t in terms if t not in PLATFORMS]
        return topical or terms  # "Is Mastodon covered?" is about the platform itself

    def _split_compound(self, word: str) -> list[str]:
        """The longest known tail (German compounds end in their head noun), plus the rest if
        that is known too, with or without a linking 's'."""
        for cut in range(3, len(word) - 3):
            head, tail = word[:cut], word[cut:]
            tail_stems = [s for s in _stems(tail) if s in self._vocab]
            if not tail_stems:
                continue
            for candidate in (head, head[:-1] if head.endswith("s") else ""):
                head_stems = [s for s in _stems(candidate) if s in self._vocab] if candidate else []
                if head_stems:
                    return head_stems + tail_stems
            return tail_stems
        return []

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """(id, BM25 score) for clauses sharing at least one term with the query."""
        terms = self._terms(query)
        if not terms or not self._ids:
            return []
        documents, scores = self._bm25.retrieve(
            [terms], k=min(k, len(self._ids)), show_progress=False, n_threads=1
        )
        return [
            (self._ids[int(doc)], float(score))
            for doc, score in zip(documents[0], scores[0], strict=True)
            if score > 0
        ]
