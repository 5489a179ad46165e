"""Chat shorthand and German typed without umlauts, read as if spelled out ("abt", "buero").

People on English keyboards and phones type "ue" for "ü" and "ss" for "ß". The stemmer folds
both for retrieval, but the detectors, the glossary's phrases and the reading of a question look
for "Büro", "öffentlich", "außerhalb der Dienstzeit". A word is respelled only when a German word
list (pyspellchecker's, bundled in its wheel) knows the spelling with umlauts and uses it more
often than the spelling as typed: "neue", "dass" and "Steuer" stay as they are. Chat shorthand
("abt", "b4", "w/") is spelled out the same way, so findings still point into the text as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language import detect_language

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUT = re.compile(r"[äöüß]")
_DIGRAPH = re.compile(r"ae|oe|ue|ss", re.IGNORECASE)


@lru_cache(maxsize=1)
def _with_umlauts() -> dict[str, str]:
    """Each German word with umlauts or ß, keyed by how it is typed without them."""
    from spellchecker import SpellChecker  # loaded on first use: about half a second

    counts = SpellChecker(language="de", distance=1).word_frequency.dictionary
    best: dict[str, tuple[str, int]] = {}
    for word, count in counts.items():
        if not _UMLAUT.search(word):
            continue
        typed = word.translate(_FOLD)
        if count <= counts.get(typed, 0):
            continue
        if count > best.get(typed, ("", 0))[1]:
            best[typed] = (word, count)
    return {typed: word for typed, (word, _count) in best.items()}


@dataclass(frozen=True)
class Respelled:
    """A text with its words respelled, and where each respelled word came from."""

    original: str
    text: str
    # (start, end) in `text` and (start, end) in `original` of each respelled word
    words: tuple[tuple[int, int, int, int], ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """A span of `text` as a span of `original`, widened to whole respelled words."""
        return self._position(start, is_end=False), self._position(end, is_end=True)

    def _position(self, at: int, *, is_end: bool) -> int:
        shift = 0
        for new_start, new_end, old_start, old_end in self.words:
            if at <= new_start:
                break
            if at < new_end or (is_end and at == new_end):
                return old_end if is_end else old_start
            shift = old_end - new_end
        return at + shift


# Chat shorthand, spelled out: "ok to post abt our Q3 numbers b4 the earnings call?", "from my
# gov laptop". Only what reads one way; "u" only in lower case, "RT" only in capitals.
_SHORTHAND = {
    "abt": "about",
    "b4": "before",
    "w/": "with",
    "u": "you",
    "ur": "your",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "rn": "right now",
    "tmrw": "tomorrow",
    "bc": "because",
    "cuz": "because",
    "fwd": "forward",
    "gov": "government",
    "govt": "government",
    "bff": "best friend",
    "RT": "retweet",
    "msg": "message",
    "convo": "conversation",
}
_GERMAN_SHORTHAND = {"nen": "einen", "nem": "einem", "nix": "nichts"}
_CASED = {"u", "RT", "gov"}  # these only as written: "U.S.", "rt", "GOV" mean something else
# A token: "w/" and "b4" by themselves, or a word (not part of "login.gov" or an address).
_TOKEN = re.compile(r"(?<![\w./@-])(?:w/|b4)(?![\w/])|(?<![.@/])\b[^\W\d_]+\b(?![./@]\w)")


def respell(text: str, language: str | None = None) -> Respelled:
    """The text with chat shorthand spelled out ("abt" → "about") and, in German text, words
    typed without umlauts spelled with them. `language`: the text's, when already detected."""
    german = (language or detect_language(text)) == "de"
    known = _with_umlauts() if german and _DIGRAPH.search(text) else {}
    parts: list[str] = []
    words: list[tuple[int, int, int, int]] = []
    length = last = 0
    for match in _TOKEN.finditer(text):
        spelled = _spelled(match.group(0), german, known)
        if spelled is None:
            continue
        before = text[last : match.start()]
        parts += [before, spelled]
        start = length + len(before)
        words.append((start, start + len(spelled), match.start(), match.end()))
        length = start + len(spelled)
        last = match.end()
    if not words:
        return Respelled(text, text)
    parts.append(text[last:])
    return Respelled(text, "".join(parts), tuple(words))


def _spelled(word: str, german: bool, known: dict[str, str]) -> str | None:
    lower = word.lower()
    if german and lower in _GERMAN_SHORTHAND:
        return _GERMAN_SHORTHAND[lower]
    if not german:
        cased = word if word in _CASED else lower
        if cased in _SHORTHAND and (lower not in _CASED or word in _CASED):
            return _SHORTHAND[cased]
        return None
    spelled = known.get(lower) if _DIGRAPH.search(word) else None
    if spelled is None:
        return None
    if word.isupper() and len(word) > 1:
        return spelled.upper()
    if word[0].isupper():
        return spelled[0].upper() + spelled[1:]
    return spelled
