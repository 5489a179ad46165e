"""Cross-lingual query expansion: a bilingual glossary adds the other language's terms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.errors import KnowledgeError

BUILTIN_GLOSSARY = Path(__file__).with_name("data") / "glossary.yaml"


@dataclass(frozen=True)
class _Entry:
    pattern: re.Pattern[str]  # any term of one side, as whole words
    other_side: tuple[str, ...]


def _phrase_pattern(terms: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(t.lower()) for t in terms), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


class QueryExpander:
    """Questions in English find German clauses (and back) once their key terms are bridged."""

    def __init__(self, pairs: list[tuple[list[str], list[str]]]) -> None:
        entries: list[_Entry] = []
        for english, german in pairs:
            entries.append(_Entry(_phrase_pattern(english), tuple(german)))
            # A word both languages share ("Partner", "Logo") is read as the asker's own
            # language: bridging it back would add same-language synonyms ("supplier") instead.
            shared = {t.lower() for t in english}
            own = [t for t in german if t.lower() not in shared]
            if own:
                entries.append(_Entry(_phrase_pattern(own), tuple(english)))
        self._entries = entries

    @classmethod
    def load(cls, *extra: Path) -> QueryExpander:
        """The built-in glossary plus any company glossary files that exist."""
        pairs = _read(BUILTIN_GLOSSARY)  # part of the package: missing means a broken install
        for path in extra:
            if path.exists():
                pairs.extend(_read(path))
        return cls(pairs)

    def bridges(self, query: str) -> list[tuple[str, ...]]:
        """The other language's terms of each glossary entry the query matches, entry by entry
        (one concept each, however many synonyms it lists)."""
        lowered = query.lower()
        return [entry.other_side for entry in self._entries if entry.pattern.search(lowered)]

    def expand(self, query: str, *, per_entry: int | None = None) -> str:
        """The query plus bridged terms (the first `per_entry` of each matched entry, or all);
        the query itself when nothing matched."""
        lowered = query.lower()
        added: list[str] = []
        for entry in self._entries:
            if entry.pattern.search(lowered):
                added.extend(t for t in entry.other_side[:per_entry] if t not in added)
        return f"{query} {' '.join(added)}" if added else query


def _read(path: Path) -> list[tuple[list[str], list[str]]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path} is not valid YAML ({exc.__class__.__name__}); fix it.")
    pairs: list[tuple[list[str], list[str]]] = []
    for index, item in enumerate(data, start=1):
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(isinstance(side, list) and side for side in item)
        ):
            raise KnowledgeError(
                f"{path}: entry {index} must be [[english terms], [german terms]]; fix it."
            )
        pairs.append(([str(t) for t in item[0]], [str(t) for t in item[1]]))
    return pairs
