"""Repairs for text that lost characters on its way into a guideline file.

Copying an FAQ out of a web page can drop its dashes: "May a federal employee—while on duty or in
the workplace—forward …" arrives as "employeewhile … workplaceforward". Retrieval and the judge
then see neither "workplace" nor "forward" in that heading. Only headings are repaired: that is
where the glued words were found, and a body word the same document never uses apart is far more
likely a real compound.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.knowledge.blocks import Block, BlockKind

_WORD = re.compile(r"[^\W\d_]+")
_MIN_GLUED = 9  # "workplacesend": two words of at least four letters each
_MIN_PART = 4
_MIN_USES = 3  # each part a word the document uses on its own, more than by chance


def unglue_headings(blocks: list[Block], language: str) -> list[Block]:
    """Headings with words split where a dropped dash glued two of the document's own words.

    English only: a German heading word made of two others ("Kundennamen") is a compound.
    A heading word the body also uses ("workplace") is a word, however it splits."""
    if language != "en":
        return blocks
    body = Counter(
        word.casefold()
        for block in blocks
        if block.kind is not BlockKind.HEADING
        for word in _WORD.findall(block.text)
    )

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < _MIN_GLUED or body[word.casefold()]:
            return word
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            left, right = word[:cut], word[cut:]
            if body[left.casefold()] >= _MIN_USES and body[right.casefold()] >= _MIN_USES:
                return f"{left} {right}"
        return word

    return [
        Block(block.kind, _WORD.sub(split, block.text), block.level)
        if block.kind is BlockKind.HEADING
        else block
        for block in blocks
    ]
