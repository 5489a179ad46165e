"""Chat shorthand, German typed without umlauts and typos, read as if spelled out ("abt",
"buero", "revnue").

People on English keyboards and phones type "ue" for "ü" and "ss" for "ß". The stemmer folds
both for retrieval, but the detectors, the glossary's phrases and the reading of a question look
for "Büro", "öffentlich", "außerhalb der Dienstzeit". A word is respelled only when a German word
list (pyspellchecker's, bundled in its wheel) knows the spelling with umlauts and uses it more
often than the spelling as typed: "neue", "dass" and "Steuer" stay as they are. Chat shorthand
("abt", "b4", "w/") is spelled out the same way, so findings still point into the text as typed.

A typo ("jounralist", "acount", "glasdoor") is a lower-case word that neither word list nor the
guidelines know, and that is no known word with an ending or a beginning added ("reposted",
"gepostet"). It is read as the word one edit away that the guidelines use most, else (in
English only: German compounds outrun any list) the most common one in the English word list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.language import detect_language

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUT = re.compile(r"[äöüß]")
_DIGRAPH = re.compile(r"ae|oe|ue|ss", re.IGNORECASE)


@lru_cache(maxsize=2)
def _dictionary(language: str) -> dict[str, int]:
    """pyspellchecker's word list for a language, lower case, with how common each word is."""
    from spellchecker import SpellChecker  # loaded on first use: about half a second

    counts: dict[str, int] = SpellChecker(language=language, distance=1).word_frequency.dictionary
    return counts


@lru_cache(maxsize=1)
def _with_umlauts() -> dict[str, str]:
    """Each German word with umlauts or ß, keyed by how it is typed without them."""
    counts = _dictionary("de")
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


_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
        | {a + c + b for a, b in splits for c in _LETTERS}
    )


# Words of chat and of the trade that the general word lists lack: never typos.
CHAT_WORDS = Path(__file__).with_name("data") / "chat-words.txt"


@lru_cache(maxsize=1)
def _chat() -> frozenset[str]:
    lines = CHAT_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# How a known word is inflected or derived ("reposted", "unpatched", "twittern", "gepostet"):
# a word that is one of these around a common word is no typo ("alowed" is no "alow" + "ed").
_ENDINGS = ("s", "es", "ed", "ing", "er", "ers", "n", "en", "et", "e", "t", "st")
_BEGINNINGS = ("re", "un", "ge")
COMMON = 1000  # how often a word list's word must occur to count as the stem of another


def _is_known(lower: str, known: tuple[Mapping[str, int], ...]) -> bool:
    return any(lower in words for words in known)


def _derived(lower: str, lists: tuple[Mapping[str, int], ...], own: Mapping[str, int]) -> bool:
    """Whether the word is one of the guidelines' words or a common word with an ending or a
    beginning added ("diffs", "reposted", "gepostet", "anzeigenamen")."""
    stems = {lower[: -len(end)] for end in _ENDINGS if lower.endswith(end)}
    stems |= {lower[len(begin) :] for begin in _BEGINNINGS if lower.startswith(begin)}
    stems |= {s[len(b) :] for s in set(stems) for b in _BEGINNINGS if s.startswith(b)}
    stems |= {lower.replace("ise", "ize"), lower.replace("our", "or")}  # British spelling
    return any(
        len(stem) >= 3 and (stem in own or any(words.get(stem, 0) >= COMMON for words in lists))
        for stem in stems
    )


def _typo_fixed(lower: str, german: bool, vocabulary: Mapping[str, int]) -> str | None:
    """The word meant by a word no word list knows ("revnue", "jounralist", "acount"): the one
    edit away that the guidelines themselves use most, else the most common one in the word
    list of the text's language. Short words only for swapped letters ("cna")."""
    if len(lower) < 3 or lower in vocabulary or lower in _chat() or re.search(r"(.)\1\1", lower):
        return None
    own, other = (_dictionary("de"), _dictionary("en"))
    if not german:
        own, other = other, own
    if _is_known(lower, (own, other)) or _derived(lower, (own, other), vocabulary):
        return None
    edits = _one_edit(lower)
    if len(lower) == 3:
        edits = {e for e in edits if len(e) == 3 and sorted(e) == sorted(lower)}
    used = [(vocabulary[e], e) for e in edits if e in vocabulary]
    if used:
        return max(used)[1]
    if german:
        # German compounds and inflections outrun any word list ("Anstecker", "gepostet"):
        # only the guidelines' own words are meant.
        return None
    common = [(own[e], e) for e in edits if e in own]
    return max(common)[1] if common else None


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
    "acct": "account",
    "bff": "best friend",
    "RT": "retweet",
    "msg": "message",
    "convo": "conversation",
}
_GERMAN_SHORTHAND = {"nen": "einen", "nem": "einem", "nix": "nichts"}
_CASED = {"u", "RT", "gov"}  # these only as written: "U.S.", "rt", "GOV" mean something else
# A token: "w/" and "b4" by themselves, or a word (not part of "login.gov" or an address).
_TOKEN = re.compile(r"(?<![\w./@-])(?:w/|b4)(?![\w/])|(?<![.@/])\b[^\W\d_]+\b(?![./@]\w)")


def respell(
    text: str, language: str | None = None, vocabulary: Mapping[str, int] | None = None
) -> Respelled:
    """The text with chat shorthand spelled out ("abt" → "about"), in German text words typed
    without umlauts spelled with them, and typos mended ("revnue" → "revenue"). `language`: the
    text's, when already detected; `vocabulary`: the guidelines' own words (lower case, with
    their counts), which a typo is read as first and which are never mended."""
    german = (language or detect_language(text)) == "de"
    known = _with_umlauts() if german and _DIGRAPH.search(text) else {}
    parts: list[str] = []
    words: list[tuple[int, int, int, int]] = []
    length = last = 0
    for match in _TOKEN.finditer(text):
        spelled = _spelled(match.group(0), german, known)
        if spelled is None and vocabulary is not None and _typed_word(text, match):
            spelled = _typo_fixed(match.group(0), german, vocabulary)
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


def _typed_word(text: str, match: re.Match[str]) -> bool:
    """A word in lower case that stands alone: not a name, nor part of "doesn't", an address
    ("https://…") or "re:publica"."""
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end() : match.end() + 2]
    chunk = text[text.rfind(" ", 0, match.start()) + 1 :].split(maxsplit=1)[0]
    return (
        match.group(0).islower()
        and before not in ":'’"
        and not re.match(r"['’]\w|:/", after)
        and "/" not in chunk
        and not re.search(r"\w\.\w", chunk)
    )


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
