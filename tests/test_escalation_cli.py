"""Operators: list, show, export, purge and forget escalations from the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from bot.escalation.store import EscalationStore, NewEscalation
from bot.escalation.tables import Status
from tests.conftest import run_cli


def seed(data: Path) -> tuple[int, int]:
    data.mkdir(parents=True, exist_ok=True)
    store = EscalationStore(f"sqlite:///{data / 'leitplanke.sqlite3'}")

    def make(user: str, text: str) -> int:
        return store.create(
            NewEscalation(
                requester=user,
                kind="question",
                text=text,
                owner="comms",
                verdict={"decision": "unclear"},
                clauses=[{"clause_id": "social-media-leitlinie:5.2", "content_hash": "h1"}],
            )
        )

    first, second = (
        make("U0AAAAAA1", "Darf ich über Projekt Falke posten?"),
        make("U0BBBBBB2", "Q2"),
    )
    store.decide(first, "U0REVIEW1", Status.ANSWERED, "Nach der Pressemitteilung: ja.")
    return first, second


def test_operator_commands(tmp_path: Path) -> None:
    first, _second = seed(tmp_path / "data")
    env = {"LEITPLANKE_DATA_DIR": str(tmp_path / "data")}
    listed = run_cli("escalations", "list", "--status", "open", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert "open" in listed.stdout and "Q2" in listed.stdout and "Falke" not in listed.stdout
    shown = run_cli("escalations", "show", str(first), cwd=tmp_path, env=env)
    assert "decided: answered by U0REVIEW1 – Nach der Pressemitteilung: ja." in shown.stdout
    assert "U0REVIEW1    decided" in shown.stdout
    exported = run_cli("escalations", "export", "--format", "csv", cwd=tmp_path, env=env)
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [r["status"] for r in rows] == ["answered", "open"]
    forgot = run_cli("forget", "--user", "U0AAAAAA1", cwd=tmp_path, env=env)
    assert (
        forgot.stdout.strip() == "Erased the texts of 1 escalation(s) and 0 answer(s) by U0AAAAAA1."
    )
    after = run_cli("escalations", "export", "--format", "jsonl", cwd=tmp_path, env=env)
    record = json.loads(after.stdout.splitlines()[0])
    assert record["text"] is None and record["decision"] == "answered"
    assert record["events"][-1]["action"] == "erased"
    purged = run_cli("escalations", "purge", "--days", "0", cwd=tmp_path, env=env)
    assert purged.stdout.strip() == "Erased the texts of 1 escalation(s) and 0 answer(s)."


def test_operator_errors_are_one_line(tmp_path: Path) -> None:
    seed(tmp_path / "data")
    env = {"LEITPLANKE_DATA_DIR": str(tmp_path / "data")}
    missing = run_cli("escalations", "show", "999", cwd=tmp_path, env=env)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "leitplanke: Escalation 999 does not exist."
    bad = run_cli("escalations", "export", "--since", "yesterday", cwd=tmp_path, env=env)
    assert bad.stderr.strip() == "leitplanke: --since 'yesterday' is not a date; use YYYY-MM-DD."
    unreachable = run_cli(
        "escalations",
        "list",
        cwd=tmp_path,
        env={**env, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"},
    )
    assert unreachable.returncode == 1 and "check DATABASE_URL" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr
