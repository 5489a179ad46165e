"""The company's register: customer, project, unreleased product and competitor names."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from bot.errors import KnowledgeError


class Register(BaseModel):
    customers: list[str] = Field(default_factory=list)
    projects: list[str] = Field(default_factory=list)
    unreleased: list[str] = Field(default_factory=list)
    competitors: list[str] = Field(default_factory=list)


def load_register(path: Path) -> Register:
    """register.yaml in the knowledge folder; without one, the patterns still work."""
    if not path.exists():
        return Register()
    try:
        return Register.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path} is not valid YAML ({exc.__class__.__name__}); fix it.")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise KnowledgeError(f"{path}: '{where}' is invalid ({first['msg']}); fix it.")
