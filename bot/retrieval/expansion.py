"""Cross-lingual query expansion: a bilingual glossary adds the other language's terms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.errors import KnowledgeError
from bot.language import detect_language

BUILTIN_GLOSSARY = Path(__file__).with_name("data") / "glossary.yaml"
BUILTIN_SYNONYMS = Path(__file__).with_name("data") / "synonyms.yaml"
LANGUAGES = ("en", "de")


@dataclass(frozen=True)
class _Entry:
    pattern: re.Pattern[str]  # any term of one side, as whole words
    other_side: tuple[str, ...]
    source: str  # the language of the matched side: "en" or "de"
    synonym: bool = False  # same language ("retweet" → "share"): for the words, not the embedding


# German declines what the glossary lists in one form: "öffentliches", "des Projekts".
_GERMAN_ENDING = r"(?:e|em|en|er|es|n|s)?"


# "a colleague who doesn't report to me" is no subordinate: a synonym names what the words
# say, so a negated one says the opposite. (A glossary term only translates; it stays.)
_NEGATED = re.compile(r"(?:\bnot|n't|n’t|\bnever|\bnicht|\bkein\w*|\bnie)\s+$")


DECLINED_MIN = 7  # shorter stems decline into other words: "Stelle" + "n" is "stellen"


# "ask … for money": "…" in a term stands for up to four words of the same clause between its
# parts ("ask my neighbor for money"), which a fixed phrase cannot list.
_GAP = "…"
_GAP_WORDS = r"(?:\s+[^\s.,;:?!]+){0,4}?\s+"


def _phrase_pattern(terms: list[str], *, declined: bool = False) -> re.Pattern[str]:
    def alternative(term: str) -> str:
        long_enough = declined and len(term) >= DECLINED_MIN and term[-1].isalpha()
        parts = [re.escape(part.strip()) for part in term.lower().split(_GAP)]
        return _GAP_WORDS.join(parts) + (_GERMAN_ENDING if long_enough else "")

    alternatives = sorted((alternative(t) for t in terms), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


class QueryExpander:
    """Questions in English find German clauses (and back) once their key terms are bridged."""

    def __init__(
        self,
        pairs: list[tuple[list[str], list[str]]],
        synonyms: dict[str, list[tuple[list[str], list[str]]]] | None = None,
    ) -> None:
        entries: list[_Entry] = []
        for english, german in pairs:
            # Which side is read depends on the query's language, so a word both languages share
            # ("Partner", "Logo") bridges only into the other language, never into synonyms of
            # its own ("supplier").
            entries.append(_Entry(_phrase_pattern(english), tuple(german), "en"))
            entries.append(_Entry(_phrase_pattern(german, declined=True), tuple(english), "de"))
        # Synonyms point one way, from the words people use to the words guidelines use
        # ("my daughter" → "child"), so a common word never drags in every rarer one.
        for language, found in (synonyms or {}).items():
            for used, written in found:
                pattern = _phrase_pattern(used, declined=language == "de")
                entries.append(_Entry(pattern, tuple(written), language, True))
        self._entries = entries
        # Every word of the glossary and the synonyms: vocabulary of the domain ("retweet",
        # "Glassdoor") that a general word list lacks and no typo mending may touch.
        terms = [term for english, german in pairs for term in (*english, *german)] + [
            term
            for found in (synonyms or {}).values()
            for used, written in found
            for term in (*used, *written)
        ]
        self.words = frozenset(
            word.lower() for term in terms for word in re.findall(r"[^\W\d_]+", term)
        )
        # One search reads a question three times (dense, lexical, the judge's bridges); the
        # language check and the pattern scan are done once.
        self._matching = lru_cache(maxsize=256)(self._match)

    @classmethod
    def load(cls, *extra: Path, synonyms: tuple[Path, ...] = ()) -> QueryExpander:
        """The built-in glossary and synonyms plus any company files of each that exist."""
        pairs = _read(BUILTIN_GLOSSARY)  # part of the package: missing means a broken install
        for path in extra:
            if path.exists():
                pairs.extend(_read(path))
        same_language = _read_synonyms(BUILTIN_SYNONYMS)
        for path in synonyms:
            if path.exists():
                for language, found in _read_synonyms(path).items():
                    same_language.setdefault(language, []).extend(found)
        return cls(pairs, same_language)

    def _match(self, query: str) -> tuple[_Entry, ...]:
        """The entries whose side in the query's own language it names: a German question's
        "Post" or "private" is German here, not English words to translate."""
        language = detect_language(query)
        lowered = query.lower()
        return tuple(
            entry
            for entry in self._entries
            if (entry.source == language or language not in ("en", "de"))
            and any(
                not (entry.synonym and _NEGATED.search(lowered, 0, found.start()))
                for found in entry.pattern.finditer(lowered)
            )
        )

    def bridges(self, query: str) -> list[tuple[str, ...]]:
        """The other language's terms of each glossary entry the query matches, and the
        guideline words of each synonym entry, entry by entry (one concept each, however many
        terms it lists)."""
        return [entry.other_side for entry in self._matching(query)]

    def expand(self, query: str, *, per_entry: int | None = None, synonyms: bool = True) -> str:
        """The query plus bridged terms (the first `per_entry` of each matched entry, or all);
        the query itself when nothing matched. `synonyms=False` leaves out same-language
        synonyms: the embedding already knows that a daughter is a child."""
        added: list[str] = []
        for entry in self._matching(query):
            if synonyms or not entry.synonym:
                added.extend(t for t in entry.other_side[:per_entry] if t not in added)
        return f"{query} {' '.join(added)}" if added else query


def _load_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path} is not valid YAML ({exc.__class__.__name__}); fix it.")


def _pairs(data: object, path: Path, shape: str) -> list[tuple[list[str], list[str]]]:
    pairs: list[tuple[list[str], list[str]]] = []
    for index, item in enumerate(data if isinstance(data, list) else [data], start=1):
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(isinstance(side, list) and side for side in item)
        ):
            raise KnowledgeError(f"{path}: entry {index} must be {shape}; fix it.")
        pairs.append(([str(t) for t in item[0]], [str(t) for t in item[1]]))
    return pairs


def _read(path: Path) -> list[tuple[list[str], list[str]]]:
    data = _load_yaml(path) or []
    return _pairs(data, path, "[[english terms], [german terms]]")


def _read_synonyms(path: Path) -> dict[str, list[tuple[list[str], list[str]]]]:
    """`en:` and `de:`, each a list of [[words people use], [words guidelines use]]."""
    data = _load_yaml(path) or {}
    if not isinstance(data, dict) or not set(data) <= set(LANGUAGES):
        raise KnowledgeError(f"{path} must map en: and de: to lists of synonyms; fix it.")
    shape = "[[words people use], [words guidelines use]]"
    return {str(lang): _pairs(found or [], path, shape) for lang, found in data.items()}
