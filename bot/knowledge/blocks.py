"""The format-neutral shape every parser produces: a document as a flat list of blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"


@dataclass(frozen=True)
class Block:
    """A heading (level 1–6), a paragraph, or a list item (level = nesting depth, from 1)."""

    kind: BlockKind
    text: str
    level: int = 0


@dataclass
class ParsedDocument:
    """What a parser recovered: blocks, a title if the file names one, and front matter."""

    blocks: list[Block]
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def plain_text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)
