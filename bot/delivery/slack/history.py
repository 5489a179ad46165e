"""What the Slack app remembers: checks for App Home, feedback, requests for a human (SQLite)."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path

_SCHEMA = """
create table if not exists checks (
    id text primary key, user_id text not null, channel text, kind text not null,
    text text not null, decision text not null, owner text, created real not null,
    thread_ts text, verdict text);
create table if not exists feedback (
    check_id text not null, user_id text not null, helpful integer not null, reason text,
    created real not null, primary key (check_id, user_id));
create table if not exists human_requests (
    check_id text not null, user_id text not null, created real not null,
    primary key (check_id, user_id));
"""


class History:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._path, timeout=10)

    def record_check(
        self,
        *,
        user: str,
        channel: str | None,
        kind: str,
        text: str,
        decision: str,
        owner: str | None,
        thread_ts: str | None = None,
        verdict: str | None = None,
    ) -> str:
        check_id = uuid.uuid4().hex[:12]
        with self._lock, closing(self._connect()) as db, db:
            db.execute(
                "insert into checks values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    check_id,
                    user,
                    channel,
                    kind,
                    text[:4000],
                    decision,
                    owner,
                    time.time(),
                    thread_ts,
                    verdict,
                ),
            )
        return check_id

    def check(self, check_id: str) -> dict[str, str | None] | None:
        """What was asked where, and the verdict given (JSON), for a later escalation."""
        with closing(self._connect()) as db:
            row = db.execute(
                "select user_id, channel, thread_ts, kind, text, verdict from checks where id = ?",
                (check_id,),
            ).fetchone()
        if row is None:
            return None
        keys = ("user", "channel", "thread_ts", "kind", "text", "verdict")
        return dict(zip(keys, row, strict=True))

    def recent(self, user: str, limit: int = 10) -> list[tuple[str, str, str]]:
        with closing(self._connect()) as db:
            rows = db.execute(
                "select text, decision, created from checks where user_id = ? "
                "order by created desc limit ?",
                (user, limit),
            ).fetchall()
        return [
            (text, decision, time.strftime("%Y-%m-%d %H:%M", time.localtime(created)))
            for text, decision, created in rows
        ]

    def feedback(
        self, *, check_id: str, user: str, helpful: bool, reason: str | None = None
    ) -> None:
        with self._lock, closing(self._connect()) as db, db:
            db.execute(
                "insert into feedback values (?, ?, ?, ?, ?) on conflict (check_id, user_id) "
                "do update set helpful = excluded.helpful, "
                "reason = coalesce(excluded.reason, feedback.reason), created = excluded.created",
                (check_id, user, int(helpful), reason, time.time()),
            )

    def request_human(self, *, check_id: str, user: str) -> bool:
        """True when this is the user's first request for this check."""
        with self._lock, closing(self._connect()) as db, db:
            cursor = db.execute(
                "insert or ignore into human_requests values (?, ?, ?)",
                (check_id, user, time.time()),
            )
            return cursor.rowcount == 1
