"""Plain text (and text extracted from PDFs): blank-line paragraphs, bullets, heading-like lines."""

from __future__ import annotations

import re
from pathlib import Path

from bot.knowledge.blocks import Block, BlockKind, ParsedDocument
from bot.knowledge.formats.encoding import read_text

_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣]|\([a-z0-9]{1,3}\)|[a-z]\))\s+")
# A line that opens a new numbered unit: "3.2 …", "3. …", "§ 4 …", "Art. 5 …".
_NUMBERED = re.compile(
    r"^\s*(?:§\s*\d+[a-z]?|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|"
    r"(?:Art\.|Artikel|Section|Abschnitt|Ziffer)\s*\d+[a-z]?)\s+\S"
)
_SENTENCE_END = re.compile(r"[.:;,!?)\"“”»]$")


def _is_heading(line: str) -> bool:
    """Short, no closing punctuation, starts upper-case or numbered: how headings look in text."""
    stripped = line.strip()
    if not stripped or len(stripped) > 80 or _SENTENCE_END.search(stripped):
        return False
    if _BULLET.match(stripped):
        return False
    first = stripped.lstrip("§0123456789. ")[:1]
    return first.isupper() or stripped.isupper()


def _heading_level(line: str) -> int:
    match = re.match(r"^\s*(\d{1,3}(?:\.\d{1,3})*)", line)
    if match:
        return min(match.group(1).count(".") + 2, 6)
    return 2


def blocks_from_lines(lines: list[str], *, wrapped: bool) -> list[Block]:
    """Group lines into blocks. `wrapped` text (PDF) has no blank lines between paragraphs."""
    blocks: list[Block] = []
    current: list[str] = []
    current_kind = BlockKind.PARAGRAPH

    def flush() -> None:
        nonlocal current
        text = re.sub(r"\s+", " ", " ".join(current)).strip()
        if text:
            blocks.append(
                Block(current_kind, text, 1 if current_kind is BlockKind.LIST_ITEM else 0)
            )
        current = []

    previous_blank = True
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            flush()
            previous_blank = True
            continue
        standalone = previous_blank or wrapped
        if standalone and _is_heading(line) and (wrapped or not current):
            flush()
            blocks.append(Block(BlockKind.HEADING, line.strip(), _heading_level(line)))
        elif _BULLET.match(line):
            flush()
            current_kind = BlockKind.LIST_ITEM
            current.append(_BULLET.sub("", line) if line.lstrip()[:1] in "-*•▪◦‣" else line)
        elif _NUMBERED.match(line) or (
            wrapped and current and _SENTENCE_END.search(current[-1]) and len(current[-1]) < 60
        ):
            flush()
            current_kind = BlockKind.PARAGRAPH
            current.append(line)
        else:
            if not current:
                current_kind = BlockKind.PARAGRAPH
            current.append(line)
        previous_blank = False
    flush()
    return blocks


def parse_text(source: str) -> ParsedDocument:
    blocks = blocks_from_lines(source.splitlines(), wrapped=False)
    first = blocks[0] if blocks else None
    title = first.text if first is not None and first.kind is BlockKind.HEADING else None
    if first is not None and title:
        blocks[0] = Block(BlockKind.HEADING, title, 1)
    return ParsedDocument(blocks=blocks, title=title)


def parse(path: Path) -> ParsedDocument:
    return parse_text(read_text(path))
