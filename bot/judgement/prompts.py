"""Prompt files from prompts/: front matter (name, version) and '## system' / '## human'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from langchain_core.prompts import ChatPromptTemplate

from bot.config import PROJECT_ROOT
from bot.errors import ConfigError

PROMPTS_DIR = PROJECT_ROOT / "prompts"
_SECTION = re.compile(r"^## (system|human)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    template: ChatPromptTemplate

    @property
    def tag(self) -> str:
        return f"{self.name}@v{self.version}"


def load_prompt(name: str, folder: Path = PROMPTS_DIR) -> Prompt:
    path = folder / f"{name}.md"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raise ConfigError(f"The prompt file {path} is missing; restore it from the repository.")
    match = re.match(r"\A---\n(.*?)\n---\n", raw, re.DOTALL)
    if not match:
        raise ConfigError(f"{path} needs front matter with name and version.")
    meta = yaml.safe_load(match.group(1)) or {}
    parts = _SECTION.split(raw[match.end() :])
    sections = dict(zip(parts[1::2], (p.strip() for p in parts[2::2]), strict=True))
    if set(sections) != {"system", "human"}:
        raise ConfigError(f"{path} needs exactly a '## system' and a '## human' section.")
    template = ChatPromptTemplate.from_messages(
        [("system", sections["system"]), ("human", sections["human"])]
    )
    return Prompt(
        name=str(meta.get("name", name)), version=int(meta.get("version", 0)), template=template
    )
