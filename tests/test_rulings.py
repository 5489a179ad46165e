"""Rulings: a decided escalation becomes a citable clause, searchable at once, kept by ingest."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.escalation.tables import Status
from bot.escalation.workflow import escalate, publish_ruling
from bot.models import Decision
from bot.services import Services
from tests.conftest import SAMPLE_KNOWLEDGE

QUESTION = "Darf ich im Homeoffice Musik beim Arbeiten streamen und darüber posten?"


def services_for(tmp: Path) -> Services:
    return Services(Settings(knowledge_dir=SAMPLE_KNOWLEDGE, data_dir=tmp, store_dir=tmp / "store"))


def test_published_ruling_is_cited_at_once_and_survives_restart_and_ingest(tmp_path: Path) -> None:
    services = services_for(tmp_path)
    services.ingest()
    before = services.pipeline.ask(QUESTION)
    escalation_id = escalate(
        services.escalations,
        verdict=before,
        owners=services.owners,
        clauses=services.retriever.clauses,
        requester="U0123ABCD",
        kind="question",
        text=QUESTION,
        channel="D0123ABCD",
        thread_ts="1795939000.000100",
    )
    services.escalations.decide(
        escalation_id,
        "U0REVIEW1",
        Status.APPROVED,
        "Private Musik-Posts sind erlaubt, ohne Firmenbezug.",
    )
    clause = publish_ruling(services, escalation_id, actor="U0REVIEW1")
    assert clause.clause_id == f"ruling:{escalation_id}"
    owner = services.escalations.get(escalation_id).owner
    assert clause.label.startswith(f"Ruling {escalation_id}, {owner}, 2")

    after = services.pipeline.ask(QUESTION)
    assert after.citations[0].clause_id == clause.clause_id
    assert after.decision is Decision.ALLOWED
    assert after.citations[0].quote in after.citations[0].text
    assert services.escalations.get(escalation_id).events[-1].action == "ruling_published"

    restarted = services_for(tmp_path)
    assert restarted.ingest().removed == 0  # ingest leaves rulings alone
    assert restarted.retriever.search(QUESTION, k=1)[0].clause.clause_id == clause.clause_id
