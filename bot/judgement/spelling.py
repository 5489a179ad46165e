"""German typed without umlauts ("fuer", "veroeffentlicht"), read as written with them.

People on English keyboards and phones type "ue" for "ü" and "ss" for "ß". The stemmer folds
both for retrieval, but the detectors, the glossary's phrases and the reading of a question look
for "Büro", "öffentlich", "außerhalb der Dienstzeit". A word is respelled only when a German word
list (pyspellchecker's, bundled in its wheel) knows the spelling with umlauts and uses it more
often than the spelling as typed: "neue", "dass" and "Steuer" stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language import detect_language

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUT = re.compile(r"[äöüß]")
_DIGRAPH = re.compile(r"ae|oe|ue|ss", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


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


def respell(text: str) -> Respelled:
    """The text with German words typed without umlauts spelled with them (German text only)."""
    if not _DIGRAPH.search(text) or detect_language(text) != "de":
        return Respelled(text, text)
    known = _with_umlauts()
    parts: list[str] = []
    words: list[tuple[int, int, int, int]] = []
    length = last = 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        spelled = known.get(word.lower()) if _DIGRAPH.search(word) else None
        if spelled is None:
            continue
        if word.isupper() and len(word) > 1:
            spelled = spelled.upper()
        elif word[0].isupper():
            spelled = spelled[0].upper() + spelled[1:]
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
