"""PDF: text per page with pypdf, then the plain-text structure rules for wrapped lines."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from bot.errors import DocumentError
from bot.knowledge.blocks import ParsedDocument
from bot.knowledge.formats.text import blocks_from_lines

_PAGE_FURNITURE = re.compile(r"^\s*(?:(?:Seite|Page)\s+)?\d+(?:\s*(?:/|von|of)\s*\d+)?\s*$", re.I)


def parse(path: Path) -> ParsedDocument:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise DocumentError(f"the PDF cannot be read ({exc.__class__.__name__}); re-export it")
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        if "encrypt" in str(exc).lower() or "crypt" in exc.__class__.__name__.lower():
            raise DocumentError("the PDF is encrypted; save an unprotected copy") from exc
        raise DocumentError(f"the PDF cannot be read ({exc.__class__.__name__}); re-export it")
    lines = [
        line for page in pages for line in page.splitlines() if not _PAGE_FURNITURE.match(line)
    ]
    if not any(line.strip() for line in lines):
        raise DocumentError("the PDF has no text layer (a scan?); run OCR on it first")
    title = (reader.metadata.title if reader.metadata else None) or None
    return ParsedDocument(blocks=blocks_from_lines(lines, wrapped=True), title=title)
