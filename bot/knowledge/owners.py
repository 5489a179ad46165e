"""The owners file: which team owns which answers, and where in Slack that team is reached."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from bot.errors import KnowledgeError


class Team(BaseModel):
    name: str
    channel: str | None = None  # Slack channel id or name for review cards
    usergroup: str | None = None  # Slack user group whose members may decide
    reviewers: list[str] = Field(default_factory=list)  # Slack user ids who may decide


class Owners(BaseModel):
    default: str
    teams: dict[str, Team]
    # Who decides a kind of draft finding whatever clause it cites ("legal_matter: legal"): the
    # clause that speaks to a lawsuit may be a general contacts clause owned by someone else.
    findings: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _default_is_a_team(self) -> Owners:
        if self.default not in self.teams:
            raise ValueError(f"default owner '{self.default}' is not one of the teams")
        unknown = sorted(team for team in self.findings.values() if team not in self.teams)
        if unknown:
            raise ValueError(f"findings name '{unknown[0]}', which is not one of the teams")
        return self

    def resolve(self, owner: str | None) -> str:
        """The team that answers: the named one if known, else the default."""
        return owner if owner in self.teams else self.default


def load_owners(path: Path) -> Owners:
    """Read owners.yaml; without one, everything goes to a single 'comms' team."""
    if not path.exists():
        return Owners(default="comms", teams={"comms": Team(name="Communications")})
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Owners.model_validate(data)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path} is not valid YAML ({exc.__class__.__name__}); fix it.")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        raise KnowledgeError(f"{path}: '{where}' is invalid ({first['msg']}); fix it.")
