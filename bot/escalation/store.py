"""The escalation store: create, claim, decide, remind, expire, export, erase. Audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, create_engine, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from bot.errors import LeitplankeError, StoreError
from bot.escalation.tables import (
    DECIDED,
    PENDING,
    AuditEvent,
    Check,
    Escalation,
    Feedback,
    Status,
    utcnow,
)

MIGRATIONS = Path(__file__).with_name("migrations")


class EscalationError(LeitplankeError):
    """A change the state rules don't allow."""


class AlreadyDecided(EscalationError):
    pass


class NotFound(EscalationError):
    pass


@dataclass(frozen=True)
class NewEscalation:
    requester: str
    kind: str
    text: str
    owner: str
    verdict: dict[str, Any]
    clauses: list[dict[str, str]]
    channel: str | None = None
    thread_ts: str | None = None
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Erased:
    """What an erasure touched: escalations (audited one by one) and the Slack app's answers."""

    escalations: int
    checks: int


def _changed(session: Session, statement: Any) -> int:
    """Rows an UPDATE changed."""
    result = cast(CursorResult[Any], session.execute(statement))
    return int(result.rowcount)


def database_url(url: str) -> str:
    """Platforms hand out postgres://…; SQLAlchemy wants a driver named."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class EscalationStore:
    def __init__(self, url: str) -> None:
        self._url = database_url(url)
        try:
            self._engine = create_engine(self._url, pool_pre_ping=True)
            migrate(self._engine)
        except OperationalError as exc:
            where = self._engine.url.render_as_string(hide_password=True)
            raise StoreError(
                f"Cannot open the escalation database {where} "
                f"({exc.orig.__class__.__name__}); check DATABASE_URL."
            ) from None
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        """The database, for the Slack app's memory, which lives beside the escalations."""
        return self._engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    @staticmethod
    def _audit(
        session: Session, escalation_id: int, actor: str, action: str, **detail: Any
    ) -> None:
        session.add(
            AuditEvent(escalation_id=escalation_id, actor=actor, action=action, detail=detail)
        )

    # -- changes ----------------------------------------------------------------------------
    def create(self, new: NewEscalation) -> int:
        with self._session() as session:
            row = Escalation(
                requester=new.requester,
                channel=new.channel,
                thread_ts=new.thread_ts,
                kind=new.kind,
                text=new.text,
                context=new.context,
                verdict=new.verdict,
                clauses=new.clauses,
                owner=new.owner,
                status=Status.OPEN.value,
            )
            session.add(row)
            session.flush()
            self._audit(
                session,
                row.id,
                new.requester,
                "created",
                owner=new.owner,
                decision=new.verdict.get("decision"),
            )
            return row.id

    def claim(self, escalation_id: int, reviewer: str) -> Escalation:
        with self._session() as session:
            done = _changed(
                session,
                update(Escalation)
                .where(Escalation.id == escalation_id, Escalation.status == Status.OPEN.value)
                .values(status=Status.CLAIMED.value, assignee=reviewer, updated_at=utcnow()),
            )
            if done != 1:
                self._refuse(session, escalation_id, "claim")
            self._audit(session, escalation_id, reviewer, "claimed")
        return self.get(escalation_id)

    def decide(
        self, escalation_id: int, reviewer: str, outcome: Status, reason: str | None = None
    ) -> Escalation:
        """One decision per escalation, even when two reviewers click at once: the update only
        applies to a pending row, and the database serialises the two updates."""
        if outcome not in DECIDED:
            raise EscalationError(f"'{outcome}' is not a decision.")
        now = utcnow()
        with self._session() as session:
            done = _changed(
                session,
                update(Escalation)
                .where(
                    Escalation.id == escalation_id,
                    Escalation.status.in_([s.value for s in PENDING]),
                )
                .values(
                    status=outcome.value,
                    decision=outcome.value,
                    reason=reason,
                    decided_by=reviewer,
                    decided_at=now,
                    updated_at=now,
                ),
            )
            if done != 1:
                self._refuse(session, escalation_id, "decide")
            self._audit(
                session, escalation_id, reviewer, "decided", outcome=outcome.value, reason=reason
            )
        return self.get(escalation_id)

    def _refuse(self, session: Session, escalation_id: int, what: str) -> None:
        row = session.get(Escalation, escalation_id)
        if row is None:
            raise NotFound(f"Escalation {escalation_id} does not exist.")
        if row.status in [s.value for s in DECIDED]:
            raise AlreadyDecided(
                f"Escalation {escalation_id} was already decided "
                f"({row.status} by {row.decided_by})."
            )
        raise EscalationError(f"Escalation {escalation_id} is {row.status}; cannot {what} it.")

    def note(self, escalation_id: int, actor: str, action: str, **detail: Any) -> None:
        """An audit event without a change of state (e.g. a published ruling)."""
        with self._session() as session:
            self._audit(session, escalation_id, actor, action, **detail)

    def set_card(self, escalation_id: int, channel: str, ts: str) -> None:
        with self._session() as session:
            _changed(
                session,
                update(Escalation)
                .where(Escalation.id == escalation_id)
                .values(card_channel=channel, card_ts=ts),
            )

    def remind_due(self, older_than: dt.timedelta, *, actor: str = "system") -> list[int]:
        """Pending escalations older than `older_than` that were never reminded, marked as
        reminded in the same step, so a restart or a second process reminds once."""
        cutoff = utcnow() - older_than
        with self._session() as session:
            ids = session.scalars(
                select(Escalation.id).where(
                    Escalation.status.in_([s.value for s in PENDING]),
                    Escalation.created_at <= cutoff,
                    Escalation.reminded_at.is_(None),
                )
            ).all()
            claimed: list[int] = []
            for escalation_id in ids:
                done = _changed(
                    session,
                    update(Escalation)
                    .where(Escalation.id == escalation_id, Escalation.reminded_at.is_(None))
                    .values(reminded_at=utcnow()),
                )
                if done == 1:
                    self._audit(session, escalation_id, actor, "reminded")
                    claimed.append(escalation_id)
            return claimed

    def expire(self, older_than: dt.timedelta, *, actor: str = "system") -> list[int]:
        cutoff = utcnow() - older_than
        with self._session() as session:
            ids = session.scalars(
                select(Escalation.id).where(
                    Escalation.status == Status.OPEN.value, Escalation.created_at <= cutoff
                )
            ).all()
            for escalation_id in ids:
                _changed(
                    session,
                    update(Escalation)
                    .where(Escalation.id == escalation_id)
                    .values(status=Status.EXPIRED.value, updated_at=utcnow()),
                )
                self._audit(session, escalation_id, actor, "expired")
            return list(ids)

    def forget_user(self, user: str, *, actor: str = "operator") -> Erased:
        """Erase one person's texts, in escalations and in the Slack app's answers and feedback;
        the audit trail keeps that, and what, was decided."""
        with self._session() as session:
            rows = session.scalars(
                select(Escalation).where(
                    Escalation.requester == user, Escalation.erased_at.is_(None)
                )
            ).all()
            for row in rows:
                self._erase(session, row, actor, "forget")
            checks = self._erase_checks(session, Check.user_id == user)
            _changed(session, update(Feedback).where(Feedback.user_id == user).values(reason=None))
            return Erased(len(rows), checks)

    def apply_retention(self, days: int, *, actor: str = "system") -> Erased:
        cutoff = utcnow() - dt.timedelta(days=days)
        with self._session() as session:
            rows = session.scalars(
                select(Escalation).where(
                    Escalation.created_at <= cutoff, Escalation.erased_at.is_(None)
                )
            ).all()
            for row in rows:
                self._erase(session, row, actor, f"retention {days} days")
            checks = self._erase_checks(session, Check.created_at <= cutoff)
            _changed(
                session,
                update(Feedback).where(Feedback.created_at <= cutoff).values(reason=None),
            )
            return Erased(len(rows), checks)

    @staticmethod
    def _erase_checks(session: Session, which: Any) -> int:
        """The answers' texts and verdicts go; that an answer was given, and its decision, stay."""
        return _changed(
            session,
            update(Check)
            .where(which, Check.erased_at.is_(None))
            .values(text=None, verdict=None, erased_at=utcnow()),
        )

    def _erase(self, session: Session, row: Escalation, actor: str, why: str) -> None:
        row.text = None
        row.reason = None
        row.verdict = {k: v for k, v in row.verdict.items() if k in ("decision", "engine")}
        row.erased_at = utcnow()
        self._audit(session, row.id, actor, "erased", why=why)

    # -- reading ----------------------------------------------------------------------------
    def get(self, escalation_id: int) -> Escalation:
        with self._session() as session:
            row = session.scalars(
                select(Escalation)
                .options(selectinload(Escalation.events))
                .where(Escalation.id == escalation_id)
            ).first()
            if row is None:
                raise NotFound(f"Escalation {escalation_id} does not exist.")
            return row

    def list(
        self,
        *,
        status: str | None = None,
        owner: str | None = None,
        requester: str | None = None,
        since: dt.datetime | None = None,
    ) -> list[Escalation]:
        """Oldest first: the review queue's order."""
        query = select(Escalation).order_by(Escalation.created_at, Escalation.id)
        if status:
            query = query.where(Escalation.status == status)
        if owner:
            query = query.where(Escalation.owner == owner)
        if requester:
            query = query.where(Escalation.requester == requester)
        if since:
            query = query.where(Escalation.created_at >= since)
        with self._session() as session:
            return list(session.scalars(query.options(selectinload(Escalation.events))).all())

    def export(self, fmt: str, *, since: dt.datetime | None = None) -> str:
        rows = [_as_record(row) for row in self.list(since=since)]
        if fmt == "jsonl":
            return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=list(_RECORD_FIELDS))
            writer.writeheader()
            for record in rows:
                writer.writerow(
                    {
                        k: json.dumps(v, ensure_ascii=False, default=str)
                        if isinstance(v, list | dict)
                        else v
                        for k, v in record.items()
                    }
                )
            return out.getvalue()
        raise EscalationError(f"Unknown export format '{fmt}'; use csv or jsonl.")


_RECORD_FIELDS = (
    "id",
    "created_at",
    "requester",
    "channel",
    "thread_ts",
    "kind",
    "text",
    "owner",
    "status",
    "assignee",
    "decision",
    "reason",
    "decided_by",
    "decided_at",
    "verdict_decision",
    "clauses",
    "erased_at",
    "events",
)


def _as_record(row: Escalation) -> dict[str, Any]:
    return {
        "id": row.id,
        "created_at": row.created_at,
        "requester": row.requester,
        "channel": row.channel,
        "thread_ts": row.thread_ts,
        "kind": row.kind,
        "text": row.text,
        "owner": row.owner,
        "status": row.status,
        "assignee": row.assignee,
        "decision": row.decision,
        "reason": row.reason,
        "decided_by": row.decided_by,
        "decided_at": row.decided_at,
        "verdict_decision": row.verdict.get("decision"),
        "clauses": row.clauses,
        "erased_at": row.erased_at,
        "events": [
            {"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
            for e in row.events
        ],
    }
