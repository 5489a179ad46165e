"""The nouns the pipeline passes along: clauses and search hits."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

HEADING_SEPARATOR = " › "


class Effect(StrEnum):
    """What a clause does to the question at hand, where its author said so."""

    PROHIBITS = "prohibits"
    REQUIRES_APPROVAL = "requires_approval"
    PERMITS = "permits"
    INFORMS = "informs"


class Decision(StrEnum):
    """The verdict an employee acts on."""

    ALLOWED = "allowed"
    NOT_ALLOWED = "not_allowed"
    NEEDS_APPROVAL = "needs_approval"
    UNCLEAR = "unclear"


class Clause(BaseModel):
    """One citable unit of a guideline: a numbered clause or a heading's section."""

    clause_id: str
    number: str | None = None
    heading: str
    heading_path: list[str] = Field(default_factory=list)
    text: str
    document: str
    doc_id: str
    source: str
    version: str | None = None
    date: str | None = None
    language: str = "und"
    owner: str | None = None
    effect: Effect | None = None
    content_hash: str = ""
    position: int = 0

    @property
    def label(self) -> str:
        """How a person refers to it: '3.2 Kundennamen' or the section heading."""
        if self.number and not self.heading.startswith(self.number):
            return f"{self.number} {self.heading}"
        return self.heading

    def embedding_text(self) -> str:
        """What gets embedded and lexically indexed: where the clause stands, then what it says."""
        path = HEADING_SEPARATOR.join(self.heading_path[1:] or self.heading_path)
        return f"{path}\n{self.text}" if path else self.text

    def to_metadata(self) -> dict[str, Any]:
        """Chroma metadata holds scalars only."""
        return {
            "clause_id": self.clause_id,
            "number": self.number or "",
            "heading": self.heading,
            "heading_path": HEADING_SEPARATOR.join(self.heading_path),
            "document": self.document,
            "doc_id": self.doc_id,
            "source": self.source,
            "version": self.version or "",
            "date": self.date or "",
            "language": self.language,
            "owner": self.owner or "",
            "effect": self.effect.value if self.effect else "",
            "content_hash": self.content_hash,
            "position": self.position,
        }

    @classmethod
    def from_record(cls, text: str, metadata: dict[str, Any]) -> Clause:
        """Rebuild a clause from a stored Chroma record."""
        path = str(metadata.get("heading_path") or "")
        return cls(
            clause_id=str(metadata["clause_id"]),
            number=str(metadata.get("number") or "") or None,
            heading=str(metadata.get("heading") or ""),
            heading_path=path.split(HEADING_SEPARATOR) if path else [],
            text=text,
            document=str(metadata.get("document") or ""),
            doc_id=str(metadata.get("doc_id") or ""),
            source=str(metadata.get("source") or ""),
            version=str(metadata.get("version") or "") or None,
            date=str(metadata.get("date") or "") or None,
            language=str(metadata.get("language") or "und"),
            owner=str(metadata.get("owner") or "") or None,
            effect=Effect(metadata["effect"]) if metadata.get("effect") else None,
            content_hash=str(metadata.get("content_hash") or ""),
            position=int(metadata.get("position") or 0),
        )


class SearchHit(BaseModel):
    """A clause found for a query, with the fused score and where each retriever ranked it."""

    clause: Clause
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None  # cosine similarity to the query
    lexical_score: float | None = None  # BM25 score

    def to_json(self) -> dict[str, Any]:
        c = self.clause
        return {
            "clause_id": c.clause_id,
            "number": c.number,
            "heading": c.heading,
            "heading_path": c.heading_path,
            "text": c.text,
            "document": c.document,
            "source": c.source,
            "owner": c.owner,
            "effect": c.effect.value if c.effect else None,
            "language": c.language,
            "score": round(self.score, 6),
            "dense_rank": self.dense_rank,
            "lexical_rank": self.lexical_rank,
        }


class Citation(BaseModel):
    """A clause a verdict relies on, with the exact words it relies on."""

    clause_id: str
    heading: str
    text: str
    quote: str  # verbatim from `text`
    source: str
    label: str = ""
    document: str = ""


class Span(BaseModel):
    start: int
    end: int
    text: str


class Finding(BaseModel):
    """Something in a draft that a clause speaks against, and what to change."""

    kind: str
    span: Span
    problem: str
    clause_id: str
    suggestion: str
    decision: Decision


class Verdict(BaseModel):
    """What an employee acts on: the engine's answer, in the language they asked in."""

    decision: Decision
    answer: str
    language: str
    citations: list[Citation] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    owner: str | None = None  # team key from the owners file
    owner_name: str | None = None
    escalate: bool = False
    findings: list[Finding] = Field(default_factory=list)
    engine: str = "offline"
    latency_ms: float = 0.0
