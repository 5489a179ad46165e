"""Recognising clause numbers: '3.2', '3.', '§ 4', 'Art. 5', and sub-items '(a)', 'b)', '(2)'."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAIN = re.compile(
    r"^(?P<num>§\s*\d{1,3}[a-z]?|\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=[.)]\s))[.)]?\s+(?P<rest>\S.*)$",
    re.S,
)
_ARTICLE = re.compile(
    r"^(?:Art\.|Artikel|Section|Sec\.|Abschnitt|Ziffer)\s*(?P<num>\d{1,3}[a-z]?)[.:]?\s+(?P<rest>\S.*)$",
    re.S | re.I,
)
_SUB = re.compile(
    r"^(?:\((?P<a>[a-z]|\d{1,2}|[ivx]{1,4})\)|(?P<b>[a-z])\))\s+(?P<rest>\S.*)$", re.S
)


@dataclass(frozen=True)
class Numbered:
    number: str
    rest: str


def main_number(text: str) -> Numbered | None:
    """The clause number a paragraph or heading opens with, normalised ('§ 4' → '§4')."""
    match = _MAIN.match(text) or _ARTICLE.match(text)
    if not match:
        return None
    number = re.sub(r"\s+", "", match.group("num"))
    if _ARTICLE.match(text) and not _MAIN.match(text):
        number = f"Art{number}"
    return Numbered(number, match.group("rest"))


def sub_number(text: str) -> Numbered | None:
    """A sub-item marker such as '(a)' or 'b)'."""
    match = _SUB.match(text)
    if not match:
        return None
    return Numbered(f"({match.group('a') or match.group('b')})", match.group("rest"))


def ancestors(number: str) -> list[str]:
    """'3.2.1' → ['3.2.1', '3.2', '3']; '§4(1)' → ['§4(1)', '§4']."""
    chain = [number]
    base = number.split("(", 1)[0]
    if base != number:
        chain.append(base)
    parts = base.split(".")
    chain.extend(".".join(parts[:i]) for i in range(len(parts) - 1, 0, -1))
    return chain
