"""The escalation store on SQLite and on a real PostgreSQL server: state rules, audit, erasure."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.delivery.slack.history import History
from bot.errors import StoreError
from bot.escalation.store import (
    AlreadyDecided,
    EscalationError,
    EscalationStore,
    NewEscalation,
    NotFound,
)
from bot.escalation.tables import Status
from tests import postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with postgres.postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'escalations.sqlite3'}"
        return
    base = request.getfixturevalue("pg_url")
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"t_{tmp_path.name.lower().replace('-', '_')[:40]}"
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    yield base.rsplit("/", 1)[0] + "/" + name


def new(
    requester: str = "U0123ABCD", text_: str = "Darf ich über Projekt Falke posten?"
) -> NewEscalation:
    return NewEscalation(
        requester=requester,
        kind="question",
        text=text_,
        owner="comms",
        verdict={"decision": "unclear", "answer": "Unklar.", "engine": "offline"},
        clauses=[{"clause_id": "social-media-leitlinie:5.2", "content_hash": "abc123"}],
        channel="D0123ABCD",
        thread_ts="1795939000.000100",
        context={"platform": "LinkedIn", "audience": "public", "deadline": "2026-12-01"},
    )


def test_created_escalation_keeps_everything_and_is_audited(url: str) -> None:
    store = EscalationStore(url)
    escalation = store.get(store.create(new()))
    assert escalation.status == "open" and escalation.owner == "comms"
    assert escalation.clauses[0]["content_hash"] == "abc123"
    assert escalation.context["platform"] == "LinkedIn"
    assert [(e.actor, e.action) for e in escalation.events] == [("U0123ABCD", "created")]


def test_claim_then_decide_then_no_second_decision(url: str) -> None:
    store = EscalationStore(url)
    escalation_id = store.create(new())
    assert store.claim(escalation_id, "U0REVIEW1").assignee == "U0REVIEW1"
    with pytest.raises(EscalationError, match="is claimed; cannot claim"):
        store.claim(escalation_id, "U0REVIEW2")
    decided = store.decide(
        escalation_id, "U0REVIEW1", Status.APPROVED_WITH_CHANGES, "Ohne Kundennamen."
    )
    assert (decided.status, decided.decided_by, decided.reason) == (
        "approved_with_changes",
        "U0REVIEW1",
        "Ohne Kundennamen.",
    )
    with pytest.raises(AlreadyDecided, match="already decided"):
        store.decide(escalation_id, "U0REVIEW2", Status.REJECTED)
    assert [e.action for e in store.get(escalation_id).events] == ["created", "claimed", "decided"]


def test_two_reviewers_at_once_make_one_decision(url: str) -> None:
    store = EscalationStore(url)
    escalation_id = store.create(new())
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def click(reviewer: str, outcome: Status) -> None:
        start.wait()
        try:
            store.decide(escalation_id, reviewer, outcome)
            outcomes.append("decided")
        except AlreadyDecided:
            outcomes.append("refused")

    threads = [
        threading.Thread(target=click, args=("U0REVIEW1", Status.APPROVED)),
        threading.Thread(target=click, args=("U0REVIEW2", Status.REJECTED)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["decided", "refused"]
    assert [e.action for e in store.get(escalation_id).events].count("decided") == 1


def test_reminder_fires_once_even_after_a_restart(url: str) -> None:
    store = EscalationStore(url)
    escalation_id = store.create(new())
    assert store.remind_due(dt.timedelta(hours=1)) == []  # not old enough
    assert store.remind_due(dt.timedelta(0)) == [escalation_id]
    restarted = EscalationStore(url)
    assert restarted.remind_due(dt.timedelta(0)) == []


def test_open_items_expire_decided_ones_do_not(url: str) -> None:
    store = EscalationStore(url)
    stale, decided = store.create(new()), store.create(new())
    store.decide(decided, "U0REVIEW1", Status.ANSWERED, "Ja, mit Quellenangabe.")
    assert store.expire(dt.timedelta(0)) == [stale]
    assert store.get(stale).status == "expired" and store.get(decided).status == "answered"


def test_forget_erases_texts_but_keeps_the_fact_of_the_decision(url: str) -> None:
    store = EscalationStore(url)
    mine, other = store.create(new("U0FORGET1")), store.create(new("U0KEEP001"))
    store.decide(mine, "U0REVIEW1", Status.REJECTED, "Nein, vertraulich.")
    assert store.forget_user("U0FORGET1").escalations == 1
    erased = store.get(mine)
    assert erased.text is None and erased.reason is None and erased.erased_at is not None
    assert erased.status == "rejected" and erased.decided_by == "U0REVIEW1"
    assert erased.events[-1].action == "erased"
    assert store.get(other).text is not None


def test_retention_erases_old_texts_only(url: str) -> None:
    store = EscalationStore(url)
    old, fresh = store.create(new()), store.create(new())
    engine = create_engine(store._url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE escalations SET created_at = :at WHERE id = :id"),
            {"at": dt.datetime.now(dt.UTC) - dt.timedelta(days=120), "id": old},
        )
    engine.dispose()
    assert store.apply_retention(90).escalations == 1
    assert store.get(old).text is None and store.get(fresh).text is not None


def test_queue_is_oldest_first_and_export_round_trips(url: str) -> None:
    store = EscalationStore(url)
    ids = [store.create(new(text_=f"Frage {n}")) for n in range(3)]
    assert [e.id for e in store.list(owner="comms", status="open")] == ids
    lines = store.export("jsonl").splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["Frage 0", "Frage 1", "Frage 2"]
    rows = list(csv.DictReader(io.StringIO(store.export("csv"))))
    assert [r["id"] for r in rows] == [str(i) for i in ids]
    assert json.loads(rows[0]["events"])[0]["action"] == "created"
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert store.export("jsonl", since=future) == ""
    with pytest.raises(EscalationError, match="use csv or jsonl"):
        store.export("xml")


def test_missing_escalation_and_unreachable_database_are_one_line(url: str) -> None:
    with pytest.raises(NotFound, match=r"Escalation 999 does not exist\."):
        EscalationStore(url).get(999)
    with pytest.raises(
        StoreError, match=r"Cannot open the escalation database .* check DATABASE_URL"
    ):
        EscalationStore("postgresql+psycopg://nobody@127.0.0.1:1/none")


def draft_answer(history: History, user: str, draft: str) -> str:
    return history.record_check(
        user=user, channel="D01", kind="draft", text=draft, decision="allowed", owner=None
    )


def test_the_slack_apps_memory_lives_in_the_same_database(url: str) -> None:
    store = EscalationStore(url)
    history = History(store.engine)
    first = history.record_check(
        user="U0MEMORY1",
        channel="D01",
        kind="question",
        text="Darf ich posten?",
        decision="unclear",
        owner="comms",
        thread_ts="1.2",
        verdict='{"decision": "unclear"}',
    )
    second = draft_answer(history, "U0MEMORY1", "Entwurf")
    assert history.check(first) == {
        "user": "U0MEMORY1",
        "channel": "D01",
        "thread_ts": "1.2",
        "kind": "question",
        "text": "Darf ich posten?",
        "verdict": '{"decision": "unclear"}',
    }
    assert [text_ for text_, _, _ in history.recent("U0MEMORY1")] == ["Entwurf", "Darf ich posten?"]
    history.feedback(check_id=first, user="U0MEMORY1", helpful=False, reason="zu lang")
    history.feedback(check_id=first, user="U0MEMORY1", helpful=False)  # the reason stays
    assert history.request_human(check_id=first, user="U0MEMORY1") is True
    assert history.request_human(check_id=first, user="U0MEMORY1") is False
    # A new process on the same database sees all of it.
    again = History(EscalationStore(url).engine)
    assert again.check(second) is not None
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT helpful, reason FROM feedback")).one() == (
            False,
            "zu lang",
        )


def test_forget_and_retention_erase_the_apps_answers_too(url: str) -> None:
    store = EscalationStore(url)
    history = History(store.engine)
    mine = draft_answer(history, "U0FORGET2", "Mein Entwurf")
    other = draft_answer(history, "U0KEEP002", "Anderer")
    history.feedback(check_id=mine, user="U0FORGET2", helpful=False, reason="persönlich")
    assert store.forget_user("U0FORGET2").checks == 1
    assert history.check(mine)["text"] is None  # type: ignore[index]
    assert history.recent("U0FORGET2") == []
    assert history.check(other)["text"] == "Anderer"  # type: ignore[index]
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT reason FROM feedback")).scalar_one() is None
        connection.execute(
            text("UPDATE checks SET created_at = :at WHERE id = :id"),
            {"at": dt.datetime.now(dt.UTC) - dt.timedelta(days=120), "id": other},
        )
        connection.commit()
    assert store.apply_retention(90).checks == 1
    assert history.check(other)["text"] is None  # type: ignore[index]


def test_an_earlier_versions_memory_file_is_moved_in_once(tmp_path: Path) -> None:
    legacy = tmp_path / "slack.sqlite3"
    with sqlite3.connect(legacy) as db:
        db.executescript(
            """
            create table checks (id text primary key, user_id text, channel text, kind text,
                text text, decision text, owner text, created real, thread_ts text, verdict text);
            create table feedback (check_id text, user_id text, helpful integer, reason text,
                created real, primary key (check_id, user_id));
            create table human_requests (check_id text, user_id text, created real,
                primary key (check_id, user_id));
            insert into checks values ('abc123', 'U0OLD0001', 'D01', 'question', 'Alt?',
                'unclear', 'comms', 1795939000.0, '1.2', null);
            insert into feedback values ('abc123', 'U0OLD0001', 1, null, 1795939001.0);
            insert into human_requests values ('abc123', 'U0OLD0001', 1795939002.0);
            """
        )
    history = History(EscalationStore(f"sqlite:///{tmp_path / 'db.sqlite3'}").engine)
    assert history.import_legacy(legacy) == 1
    assert history.check("abc123")["text"] == "Alt?"  # type: ignore[index]
    assert history.request_human(check_id="abc123", user="U0OLD0001") is False
    assert not legacy.exists() and (tmp_path / "slack.sqlite3.imported").exists()
    assert history.import_legacy(legacy) == 0
