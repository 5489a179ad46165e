"""Evaluation cases (YAML, see docs): what an employee asks or drafts, and what should come back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError

from bot.errors import EvalError
from bot.models import Decision


class Expected(BaseModel):
    decision: Decision | None = None
    clauses: list[str] = Field(default_factory=list)  # snippets of heading or text


class Case(BaseModel):
    id: str
    kind: Literal["question", "draft"] = "question"
    text: str
    expected: Expected = Field(default_factory=Expected)
    file: str = Field(default="", exclude=True)  # the case file it came from, for per-file figures


def load_cases(path: Path) -> list[Case]:
    """Read and validate a case file, or every *.yaml file of a folder and its subfolders in
    path order; a bad case names its file, position and field."""
    files = sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    if not files:
        raise EvalError(f"The folder {path} holds no *.yaml case files; pass --cases FILE.")
    root = path if path.is_dir() else path.parent
    cases = [case for file in files for case in _load_file(file, file.relative_to(root))]
    counts = Counter(case.id for case in cases)
    duplicates = [case_id for case_id, n in counts.items() if n > 1]
    if duplicates:
        raise EvalError(
            f"{path}: case ids must be unique; repeated: {', '.join(sorted(duplicates))}."
        )
    return cases


def _load_file(path: Path, name: Path) -> list[Case]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalError(f"The case file {path} does not exist; pass --cases FILE.") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path} is not valid YAML ({exc.__class__.__name__}); fix it.") from None
    if not isinstance(data, list) or not data:
        raise EvalError(f"{path} must be a non-empty YAML list of cases.")
    cases: list[Case] = []
    for index, item in enumerate(data, start=1):
        try:
            cases.append(Case.model_validate(item).model_copy(update={"file": name.as_posix()}))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise EvalError(f"{path}: case {index}: '{where}' {first['msg'].lower()}.") from None
    return cases


def clause_matches(snippets: list[str], heading: str, text: str) -> bool:
    """A citation matches when its heading or text contains one snippet (case-insensitive)."""
    haystack = f"{heading}\n{text}".casefold()
    return any(snippet.casefold() in haystack for snippet in snippets)
