"""Blocks → clauses: one citable unit per numbered clause or heading section, with stable ids."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from bot.knowledge.blocks import Block, BlockKind
from bot.knowledge.metadata import DocumentMeta
from bot.knowledge.numbering import main_number, sub_number
from bot.models import Clause

MAX_CLAUSE_CHARS = 1200  # longer unnumbered sections are split into parts ("~2", "~3")
_UMLAUTS = {ord("ä"): "ae", ord("ö"): "oe", ord("ü"): "ue", ord("ß"): "ss"}


@dataclass
class _Heading:
    level: int
    text: str
    number: str | None


@dataclass
class _Draft:
    number: str | None
    heading: str
    path: list[str]
    lines: list[str] = field(default_factory=list)
    opened_by_number: bool = False  # a numbered paragraph, not a heading's body
    opened_by_sub: bool = False  # a '(1)' paragraph directly under a numbered heading
    part: int = 1

    @property
    def size(self) -> int:
        return sum(len(line) + 1 for line in self.lines)


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    source: str
    language: str
    meta: DocumentMeta


def slug(text: str, limit: int = 80) -> str:
    text = text.lower().translate(_UMLAUTS)
    return re.sub(r"[^a-z0-9§]+", "-", text).strip("-")[:limit].rstrip("-") or "section"


def build_clauses(blocks: list[Block], info: DocumentInfo) -> list[Clause]:
    """Walk the blocks once, keeping the heading stack and the clause being written."""
    stack: list[_Heading] = []
    drafts: list[_Draft] = []
    current: _Draft | None = None

    def path() -> list[str]:
        return [info.title, *(h.text for h in stack if h.text != info.title)]

    def heading_text() -> str:
        return stack[-1].text if stack else info.title

    def context_number() -> str | None:
        return next((h.number for h in reversed(stack) if h.number), None)

    def start(number: str | None, *, by_number: bool = False, by_sub: bool = False) -> _Draft:
        draft = _Draft(
            number=number,
            heading=heading_text(),
            path=path(),
            opened_by_number=by_number,
            opened_by_sub=by_sub,
        )
        drafts.append(draft)
        return draft

    for block in blocks:
        if block.kind is BlockKind.HEADING:
            current = None
            while stack and stack[-1].level >= block.level:
                stack.pop()
            numbered = main_number(block.text)
            stack.append(_Heading(block.level, block.text, numbered.number if numbered else None))
            continue
        numbered = main_number(block.text) if block.kind is BlockKind.PARAGRAPH else None
        sub = sub_number(block.text)
        if numbered:
            current = start(numbered.number, by_number=True)
        elif sub and (current is None or current.opened_by_sub or not current.opened_by_number):
            base = context_number()
            if current is not None and not current.opened_by_sub and current.lines:
                # '(a)' items continue a heading's own text rather than replacing it.
                current.lines.append(block.text)
                continue
            current = start(f"{base}{sub.number}" if base else None, by_sub=True)
        elif current is None:
            current = start(context_number() if stack and stack[-1].number else None)
        elif current.size + len(block.text) > MAX_CLAUSE_CHARS and not current.opened_by_number:
            current = _Draft(current.number, current.heading, current.path, part=current.part + 1)
            drafts.append(current)
        current.lines.append(block.text)

    return _finish(drafts, info)


def _finish(drafts: list[_Draft], info: DocumentInfo) -> list[Clause]:
    clauses: list[Clause] = []
    seen: set[str] = set()
    for position, draft in enumerate(d for d in drafts if d.lines):
        local = draft.number or slug(" ".join(draft.path[1:]) or "preamble")
        clause_id = f"{info.doc_id}:{local}"
        if draft.part > 1:
            clause_id += f"~{draft.part}"
        base, n = clause_id, 2
        while clause_id in seen:  # the same heading twice in one document
            clause_id, n = f"{base}~{n}", n + 1
        seen.add(clause_id)
        text = "\n".join(draft.lines)
        meta = info.meta.for_clause(draft.number, draft.path)
        clause = Clause(
            clause_id=clause_id,
            number=draft.number,
            heading=draft.heading,
            heading_path=draft.path,
            text=text,
            document=info.title,
            doc_id=info.doc_id,
            source=info.source,
            version=info.meta.version,
            date=info.meta.date,
            language=info.language,
            owner=meta.owner,
            effect=meta.effect,
            position=position,
        )
        clauses.append(clause.model_copy(update={"content_hash": content_hash(clause)}))
    return clauses


def content_hash(clause: Clause) -> str:
    """Changes when anything stored about the clause changes (text, place or metadata)."""
    payload = clause.model_dump_json(exclude={"content_hash", "position"})
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def embedding_hash(clause: Clause) -> str:
    """Changes only when what gets embedded changes: then, and only then, re-embed."""
    return hashlib.sha256(clause.embedding_text().encode()).hexdigest()[:16]
