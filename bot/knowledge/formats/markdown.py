"""Markdown: headings, paragraphs and nested list items via markdown-it; YAML front matter."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.errors import DocumentError
from bot.knowledge.blocks import Block, BlockKind, ParsedDocument
from bot.knowledge.formats.encoding import read_text

_FRONT_MATTER = re.compile(r"\A(?:<!--.*?-->\s*)*---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


def split_front_matter(source: str) -> tuple[dict[str, Any], str]:
    """Return (front matter, body). Leading HTML comments (source notes) may precede it."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"the front matter is not valid YAML ({exc.__class__.__name__})")
    if not isinstance(meta, dict):
        raise DocumentError("the front matter must be a YAML mapping")
    return meta, source[match.end() :]


# A file's front matter further down: documents concatenated from several files, each still
# opening with its own ("<!-- FILE: outreach.md -->", "---", "title: TTS Outreach", "---").
_EMBEDDED_FRONT_MATTER = re.compile(
    r"(?:(?<=\n\n)|(?<=-->\n))---[ \t]*\n((?:[A-Za-z_][\w-]*:[^\n]*\n(?:[ \t]+[^\n]*\n)*)+)"
    r"---[ \t]*\n"
)


def _embedded_front_matter(body: str) -> str:
    """Each embedded file's front matter becomes a top heading of its title (the sections that
    follow belong to it, not to the file before), or nothing when it names no title."""

    def heading(match: re.Match[str]) -> str:
        try:
            meta = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            return match.group(0)  # not front matter after all: leave the text as it is
        if not isinstance(meta, dict):
            return match.group(0)
        title = meta.get("title")
        return f"# {title}\n\n" if title else "\n"

    return _EMBEDDED_FRONT_MATTER.sub(heading, body)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


def parse_markdown(source: str) -> ParsedDocument:
    meta, body = split_front_matter(source)
    tokens = MarkdownIt("commonmark").enable("table").parse(_embedded_front_matter(body))
    blocks: list[Block] = []
    list_depth = 0
    item_open = False  # the first paragraph of a list item is the item; later ones continue it
    heading_level = 0
    in_cell = False
    last_heading = 1
    row: list[str] = []
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open":
            item_open = True
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "tr_open":
            row = []
        elif kind in ("td_open", "th_open"):
            in_cell = True
        elif kind in ("td_close", "th_close"):
            in_cell = False
        elif kind == "tr_close" and any(row):
            blocks.append(Block(BlockKind.PARAGRAPH, " | ".join(cell for cell in row if cell)))
        elif kind in ("fence", "code_block") and token.content.strip():
            blocks.append(Block(BlockKind.PARAGRAPH, token.content.strip()))
        elif kind == "inline":
            text = _inline_text(token)
            if in_cell:
                row.append(text)
            elif not text:
                continue
            elif heading_level:
                blocks.append(Block(BlockKind.HEADING, text, heading_level))
                last_heading = heading_level
            elif not list_depth and _is_bold_only(token) and len(text) <= 150:
                # "**DON'T bash competitors**" on its own line is a heading in all but markup.
                blocks.append(Block(BlockKind.HEADING, text, min(last_heading + 1, 6)))
            elif list_depth and item_open:
                blocks.append(Block(BlockKind.LIST_ITEM, text, list_depth))
                item_open = False
            else:
                blocks.append(Block(BlockKind.PARAGRAPH, text))
    title = meta.get("title")
    if not title:
        first = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        title = first.text if first else None
    return ParsedDocument(blocks=blocks, title=str(title) if title else None, meta=meta)


def _is_bold_only(token: Token) -> bool:
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and not any(c.type == "strong_open" for c in children[1:-1])
    )


def parse(path: Path) -> ParsedDocument:
    return parse_markdown(read_text(path))
