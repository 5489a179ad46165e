"""Reading text files whose encoding nobody wrote down."""

from __future__ import annotations

from pathlib import Path

from bot.errors import DocumentError


def read_text(path: Path) -> str:
    """UTF-8 (with or without BOM), then Windows-1252, which German offices still produce."""
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise DocumentError("the file is binary, not text; save it as UTF-8 text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError("the text encoding is broken; save the file as UTF-8")
