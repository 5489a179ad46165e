"""What the Slack app remembers: answers for App Home, feedback, requests for a human. It lives in
the escalation database (DATABASE_URL), so it survives restarts and `forget` erases it too."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.escalation.tables import Check, Feedback, HumanRequest, utcnow

log = logging.getLogger(__name__)


class History:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

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
        with self._session() as session:
            session.add(
                Check(
                    id=check_id,
                    user_id=user,
                    channel=channel,
                    thread_ts=thread_ts,
                    kind=kind,
                    text=text[:4000],
                    decision=decision,
                    owner=owner,
                    verdict=verdict,
                )
            )
        return check_id

    def check(self, check_id: str) -> dict[str, str | None] | None:
        """What was asked where, and the verdict given (JSON), for a later escalation."""
        with self._session() as session:
            row = session.get(Check, check_id)
            if row is None:
                return None
            return {
                "user": row.user_id,
                "channel": row.channel,
                "thread_ts": row.thread_ts,
                "kind": row.kind,
                "text": row.text,
                "verdict": row.verdict,
            }

    def recent(self, user: str, limit: int = 10) -> list[tuple[str, str, str]]:
        """The person's latest answers whose text is still kept, newest first."""
        with self._session() as session:
            rows = session.scalars(
                select(Check)
                .where(Check.user_id == user, Check.text.is_not(None))
                .order_by(Check.created_at.desc())
                .limit(limit)
            ).all()
            return [(row.text or "", row.decision, _local(row.created_at)) for row in rows]

    def feedback(
        self, *, check_id: str, user: str, helpful: bool, reason: str | None = None
    ) -> None:
        """The latest click counts; a reason given earlier stays unless a new one replaces it."""
        for attempt in range(2):  # two first clicks at once: the loser updates the winner's row
            try:
                with self._session() as session:
                    row = session.get(Feedback, (check_id, user))
                    if row is None:
                        session.add(
                            Feedback(
                                check_id=check_id, user_id=user, helpful=helpful, reason=reason
                            )
                        )
                    else:
                        row.helpful = helpful
                        row.reason = reason if reason is not None else row.reason
                        row.created_at = utcnow()
                return
            except IntegrityError:
                if attempt:
                    raise

    def request_human(self, *, check_id: str, user: str) -> bool:
        """True when this is the user's first request for this check."""
        try:
            with self._session() as session:
                if session.get(HumanRequest, (check_id, user)) is not None:
                    return False
                session.add(HumanRequest(check_id=check_id, user_id=user))
            return True
        except IntegrityError:  # the same click arrived twice at once
            return False

    def import_legacy(self, path: Path) -> int:
        """Move what an earlier version kept in its own SQLite file into this database, once;
        the file is renamed so it is not read again."""
        if not path.exists():
            return 0
        try:
            with closing(sqlite3.connect(path)) as db:
                checks = db.execute(
                    "select id, user_id, channel, kind, text, decision, owner, created, thread_ts, "
                    "verdict from checks"
                ).fetchall()
                feedback = db.execute(
                    "select check_id, user_id, helpful, reason, created from feedback"
                ).fetchall()
                requests = db.execute(
                    "select check_id, user_id, created from human_requests"
                ).fetchall()
        except sqlite3.DatabaseError as exc:  # damaged or foreign file: keep it, say so, go on
            log.warning("Could not read %s (%s); left it as it is.", path, exc)
            return 0
        with self._session() as session:
            for cid, user, channel, kind, text, decision, owner, created, ts, verdict in checks:
                if session.get(Check, cid) is None:
                    session.add(
                        Check(
                            id=cid,
                            user_id=user,
                            channel=channel,
                            kind=kind,
                            text=text,
                            decision=decision,
                            owner=owner,
                            created_at=_utc(created),
                            thread_ts=ts,
                            verdict=verdict,
                        )
                    )
            for cid, user, helpful, reason, created in feedback:
                if session.get(Feedback, (cid, user)) is None:
                    session.add(
                        Feedback(
                            check_id=cid,
                            user_id=user,
                            helpful=bool(helpful),
                            reason=reason,
                            created_at=_utc(created),
                        )
                    )
            for cid, user, created in requests:
                if session.get(HumanRequest, (cid, user)) is None:
                    session.add(HumanRequest(check_id=cid, user_id=user, created_at=_utc(created)))
        path.rename(path.with_name(path.name + ".imported"))
        log.info("Moved %d answers from %s into the database.", len(checks), path)
        return len(checks)


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _local(at: dt.datetime) -> str:
    if at.tzinfo is None:  # SQLite hands back naive datetimes; they were stored in UTC
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
