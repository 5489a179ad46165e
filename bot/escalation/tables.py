"""The escalation tables (SQLAlchemy 2). Schema changes go through Alembic migrations."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Status(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    REJECTED = "rejected"
    ANSWERED = "answered"
    EXPIRED = "expired"


DECIDED = (Status.APPROVED, Status.APPROVED_WITH_CHANGES, Status.REJECTED, Status.ANSWERED)
PENDING = (Status.OPEN, Status.CLAIMED)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Escalation(Base):
    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    requester: Mapped[str] = mapped_column(String(64))  # Slack user id
    channel: Mapped[str | None] = mapped_column(String(64))
    thread_ts: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # question | draft
    text: Mapped[str | None] = mapped_column(Text)  # erased by retention or on request
    context: Mapped[dict[str, Any]] = mapped_column(default=dict)  # platform, audience, deadline
    verdict: Mapped[dict[str, Any]] = mapped_column(default=dict)  # snapshot the employee saw
    clauses: Mapped[list[Any]] = mapped_column(default=list)  # [{clause_id, content_hash}]
    owner: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32), default=Status.OPEN.value)
    assignee: Mapped[str | None] = mapped_column(String(64))
    decision: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    reminded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    card_channel: Mapped[str | None] = mapped_column(String(64))  # the review card in Slack
    card_ts: Mapped[str | None] = mapped_column(String(32))

    events: Mapped[list[AuditEvent]] = relationship(
        back_populates="escalation", order_by="AuditEvent.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_escalations_owner_status", "owner", "status"),
        Index("ix_escalations_requester", "requester"),
    )


class AuditEvent(Base):
    """Append-only: who did what to which escalation, when."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)

    escalation: Mapped[Escalation] = relationship(back_populates="events")


class Check(Base):
    """An answer the Slack app gave: for App Home, feedback and a later request for a human.
    Its text is erased with the person's other texts (forget, retention)."""

    __tablename__ = "checks"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str | None] = mapped_column(String(64))
    thread_ts: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(32))
    owner: Mapped[str | None] = mapped_column(String(64))
    verdict: Mapped[str | None] = mapped_column(Text)  # the verdict as JSON, as it was shown
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_checks_user_created", "user_id", "created_at"),)


class Feedback(Base):
    """Helpful or not, per person and answer; the latest click counts."""

    __tablename__ = "feedback"

    check_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    helpful: Mapped[bool] = mapped_column()
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class HumanRequest(Base):
    """ "Ask a human" on an answer: one per person and answer, so a double click opens one case."""

    __tablename__ = "human_requests"

    check_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
