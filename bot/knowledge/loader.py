"""A knowledge folder → documents → clauses, one result per file, bad files reported not fatal."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import DocumentError, KnowledgeError
from bot.knowledge.clauses import DocumentInfo, build_clauses, slug
from bot.knowledge.formats import parse_file
from bot.knowledge.metadata import is_sidecar, load_meta
from bot.knowledge.repair import unglue_headings
from bot.language import detect_language
from bot.models import Clause

_SUPPORT_SUFFIXES = {".yaml", ".yml"}  # owners file and metadata sidecars, not guidelines


@dataclass
class DocumentResult:
    path: Path
    doc_id: str
    title: str = ""
    clauses: list[Clause] = field(default_factory=list)
    error: str | None = None


def require_folder(folder: Path) -> None:
    """Fails before anything is opened, so a mistyped folder leaves no empty store behind."""
    if not folder.is_dir():
        raise KnowledgeError(f"The knowledge folder {folder} does not exist; pass --knowledge DIR.")


def guideline_files(folder: Path) -> Iterator[Path]:
    """Every file a person would call a guideline: hidden files, READMEs and YAML left out."""
    require_folder(folder)
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in _SUPPORT_SUFFIXES or is_sidecar(path):
            continue
        if path.stem.lower() in ("readme", "license", "licence"):
            continue
        yield path


def doc_id_for(folder: Path, path: Path) -> str:
    relative = path.relative_to(folder).with_suffix("")
    return "/".join(slug(part, limit=60) for part in relative.parts)


def load_document(folder: Path, path: Path) -> DocumentResult:
    result = DocumentResult(path=path, doc_id=doc_id_for(folder, path))
    try:
        parsed = parse_file(path)
        meta = load_meta(path, parsed.meta)
    except DocumentError as exc:
        result.error = str(exc)
        return result
    except OSError as exc:
        result.error = f"the file cannot be opened ({exc.strerror or exc.__class__.__name__})"
        return result
    title = meta.title or parsed.title or path.stem.replace("-", " ").replace("_", " ")
    language = meta.language or detect_language(parsed.plain_text())
    info = DocumentInfo(
        doc_id=result.doc_id,
        title=title,
        source=str(path.relative_to(folder)),
        language=language,
        meta=meta,
    )
    result.title = title
    result.clauses = build_clauses(unglue_headings(parsed.blocks, language), info)
    if not result.clauses:
        result.error = "no clauses found (only headings?)"
    return result


def load_folder(folder: Path) -> list[DocumentResult]:
    return [load_document(folder, path) for path in guideline_files(folder)]
