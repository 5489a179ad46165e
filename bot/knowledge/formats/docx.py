"""Word (.docx): heading styles give the structure, list styles the items, tables their rows."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from bot.errors import DocumentError
from bot.knowledge.blocks import Block, BlockKind, ParsedDocument

_HEADING_STYLE = re.compile(r"^(?:heading|überschrift)\s*(\d)$", re.I)


def _kind(style: str, has_numbering: bool) -> tuple[BlockKind, int]:
    match = _HEADING_STYLE.match(style)
    if match:
        return BlockKind.HEADING, int(match.group(1))
    if style.lower() in ("title", "titel"):
        return BlockKind.HEADING, 1
    if "list" in style.lower() or "liste" in style.lower() or has_numbering:
        return BlockKind.LIST_ITEM, 1
    return BlockKind.PARAGRAPH, 0


def parse(path: Path) -> ParsedDocument:
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"the Word file cannot be read ({exc.__class__.__name__}); re-save it")
    blocks: list[Block] = []
    for item in document.iter_inner_content():  # paragraphs and tables in reading order
        if isinstance(item, Table):
            for row in item.rows:
                cells = [re.sub(r"\s+", " ", cell.text).strip() for cell in row.cells]
                if any(cells):
                    blocks.append(Block(BlockKind.PARAGRAPH, " | ".join(c for c in cells if c)))
            continue
        text = re.sub(r"\s+", " ", item.text).strip()
        if not text:
            continue
        style = item.style.name if item.style is not None else ""
        numbered = item._p.pPr is not None and item._p.pPr.numPr is not None
        kind, level = _kind(style or "", numbered)
        blocks.append(Block(kind, text, level))
    title = document.core_properties.title or None
    if not title:
        first = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        title = first.text if first else None
    return ParsedDocument(blocks=blocks, title=title)
