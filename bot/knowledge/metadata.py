"""Who owns a clause and what it does: from front matter, a sidecar file, or nowhere."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from bot.errors import DocumentError
from bot.knowledge.numbering import ancestors
from bot.models import Effect


class ClauseMeta(BaseModel):
    owner: str | None = None
    effect: Effect | None = None


class DocumentMeta(BaseModel):
    """The metadata schema, the same in front matter and in `<file>.meta.yaml`."""

    title: str | None = None
    version: str | None = None
    date: str | None = None
    language: str | None = None
    owner: str | None = None  # owner of every clause not mapped below
    clauses: dict[str, ClauseMeta] = Field(default_factory=dict)  # keys: numbers or headings

    def for_clause(self, number: str | None, heading_path: list[str]) -> ClauseMeta:
        """Most specific match wins: the clause number, its parents, its headings, the document."""
        keys = [_key(n) for n in ancestors(number)] if number else []
        keys += [_key(h) for h in reversed(heading_path)]
        found = ClauseMeta(owner=None, effect=None)
        for key in keys:
            entry = self._by_key().get(key)
            if entry is None:
                continue
            found = ClauseMeta(
                owner=found.owner or entry.owner, effect=found.effect or entry.effect
            )
        return ClauseMeta(owner=found.owner or self.owner, effect=found.effect)

    def _by_key(self) -> dict[str, ClauseMeta]:
        return {_key(k): v for k, v in self.clauses.items()}


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.yaml")


def is_sidecar(path: Path) -> bool:
    return path.name.endswith((".meta.yaml", ".meta.yml"))


def load_meta(path: Path, front_matter: dict[str, Any]) -> DocumentMeta:
    """Front matter, overridden key by key by a sidecar file beside the document."""
    data = dict(front_matter)
    sidecar = sidecar_path(path)
    if sidecar.exists():
        try:
            extra = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise DocumentError(f"{sidecar.name} is not valid YAML ({exc.__class__.__name__})")
        if not isinstance(extra, dict):
            raise DocumentError(f"{sidecar.name} must be a YAML mapping")
        data.update(extra)
    for key in ("date", "version"):
        if isinstance(data.get(key), dt.date | int | float):
            data[key] = str(data[key])
    clauses = data.get("clauses") or {}
    if isinstance(clauses, dict):
        data["clauses"] = {str(k): v for k, v in clauses.items()}
    try:
        return DocumentMeta.model_validate(
            {k: v for k, v in data.items() if k in DocumentMeta.model_fields}
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise DocumentError(f"metadata field '{where}' is invalid: {first['msg']}")
