"""HTML: h1–h6, paragraphs and list items in document order; navigation and scripts dropped."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from bot.knowledge.blocks import Block, BlockKind, ParsedDocument
from bot.knowledge.formats.encoding import read_text

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_TEXT_BLOCKS = {"p", "li", "dt", "dd", "blockquote", "pre", "tr", "figcaption"}
_DROP = ["script", "style", "nav", "header", "footer", "noscript", "template", "form", "aside"]


def _text(element: Tag, *, skip_lists: bool = False) -> str:
    parts: list[str] = []
    for piece in element.descendants:
        if isinstance(piece, str):
            parents = {p.name for p in piece.parents if isinstance(p, Tag)}
            if skip_lists and _nested_list_between(piece, element):
                continue
            if "script" in parents or "style" in parents:
                continue
            parts.append(piece)
        elif isinstance(piece, Tag) and piece.name in ("td", "th", "br"):
            parts.append(" | " if piece.name in ("td", "th") else " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip(" |")


def _nested_list_between(piece: object, top: Tag) -> bool:
    for parent in getattr(piece, "parents", []):
        if parent is top:
            return False
        if parent.name in ("ul", "ol"):
            return True
    return False


def _list_depth(element: Tag) -> int:
    return sum(1 for parent in element.parents if parent.name in ("ul", "ol"))


def parse_html(source: str) -> ParsedDocument:
    soup = BeautifulSoup(source, "lxml")
    for name in _DROP:
        for element in soup.find_all(name):
            element.decompose()
    body = soup.body or soup
    blocks: list[Block] = []
    for element in body.find_all([*_HEADINGS, *_TEXT_BLOCKS]):
        # A block inside another text block (p in li, li in a table cell) is read by its parent.
        nested = any(
            parent.name in _TEXT_BLOCKS or parent.name in _HEADINGS
            for parent in element.parents
            if parent is not body
        )
        if nested and element.name != "li":
            continue
        if element.name in _HEADINGS:
            text = _text(element)
            if text:
                blocks.append(Block(BlockKind.HEADING, text, _HEADINGS[element.name]))
        elif element.name == "li":
            text = _text(element, skip_lists=True)
            if text:
                blocks.append(Block(BlockKind.LIST_ITEM, text, _list_depth(element)))
        else:
            text = _text(element)
            if text:
                blocks.append(Block(BlockKind.PARAGRAPH, text))
    title_tag = soup.find("title")
    title = title_tag.get_text(strip=True) if title_tag else None
    if not title:
        h1 = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        title = h1.text if h1 else None
    return ParsedDocument(blocks=blocks, title=title or None)


def parse(path: Path) -> ParsedDocument:
    return parse_html(read_text(path))
