"""One parser per file format; `parse_file` picks by extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.errors import DocumentError
from bot.knowledge.blocks import ParsedDocument
from bot.knowledge.formats import docx, html, markdown, pdf, text

Parser = Callable[[Path], ParsedDocument]

PARSERS: dict[str, Parser] = {
    ".md": markdown.parse,
    ".markdown": markdown.parse,
    ".txt": text.parse,
    ".text": text.parse,
    ".html": html.parse,
    ".htm": html.parse,
    ".pdf": pdf.parse,
    ".docx": docx.parse,
}


def parse_file(path: Path) -> ParsedDocument:
    """Parse one guideline file; raise DocumentError with a one-line reason when it can't be."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        known = ", ".join(sorted(PARSERS))
        raise DocumentError(f"unknown file type '{path.suffix or path.name}' (supported: {known})")
    if path.stat().st_size == 0:
        raise DocumentError("the file is empty")
    parsed = parser(path)
    if not any(block.text.strip() for block in parsed.blocks):
        raise DocumentError("no text found in the file")
    return parsed
