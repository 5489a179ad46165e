"""Escalations through Slack, end to end: card, reviewers, decision, the employee hears back."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from tests.conftest import SAMPLE_KNOWLEDGE
from tests.slack_fake import FakeSlack, SlackSender, ts_now
from tests.slack_process import SECRET, AppProcess, start_app

USER, DM, COMMS, HR = "U0ASKER01", "D0ASKER01", "C0COMMS01", "C0HRTEAM1"
OWNERS = f"""\
default: comms
teams:
  comms: {{name: Unternehmenskommunikation, channel: {COMMS}, reviewers: [U0REVIEW1, U0REVIEW2]}}
  legal: {{name: Recht, channel: C0LEGAL01}}
  hr: {{name: Personalabteilung, channel: {HR}, usergroup: S0HRGROUP}}
  marketing: {{name: Marketing, channel: C0MARKET1}}
  it-security: {{name: IT-Sicherheit, channel: C0ITSEC01}}
"""


def knowledge(tmp: Path) -> Path:
    folder = tmp / "knowledge"
    shutil.copytree(SAMPLE_KNOWLEDGE, folder)
    (folder / "owners.yaml").write_text(OWNERS, encoding="utf-8")
    return folder


def launch(fake: FakeSlack, tmp: Path, **env: str) -> AppProcess:
    return start_app(
        fake,
        tmp,
        knowledge(tmp) if not (tmp / "knowledge").exists() else tmp / "knowledge",
        tmp / "store",
        extra_env=env,
    )


def wait(predicate: Any, timeout: float = 20, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def cards(fake: FakeSlack, channel: str) -> list[Any]:
    return [c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == channel]


def ask_unclear(
    fake: FakeSlack, sender: SlackSender, text: str = "Wo kann ich mein Fahrrad parken?"
) -> tuple[str, int]:
    event = {
        "type": "message",
        "channel": DM,
        "channel_type": "im",
        "user": USER,
        "text": text,
        "ts": ts_now(),
    }
    before = len(cards(fake, COMMS))
    sender.event(event)
    card = wait(lambda: cards(fake, COMMS)[before:], what="a review card")[0]
    value = card.args["blocks"][-1]["elements"][0]["value"]
    return event["ts"], int(value)


def click(
    sender: SlackSender, user: str, action: str, escalation_id: int, channel: str = COMMS
) -> None:
    sender.interaction(
        {
            "type": "block_actions",
            "team": {"id": "T0789IJKL"},
            "user": {"id": user},
            "trigger_id": f"1.{user}.{action}",
            "channel": {"id": channel},
            "container": {"type": "message"},
            "response_url": "http://127.0.0.1:9/x",
            "actions": [
                {
                    "action_id": action,
                    "value": str(escalation_id),
                    "block_id": f"escalation:{escalation_id}",
                    "type": "button",
                    "action_ts": ts_now(),
                }
            ],
        }
    )


def decide(sender: SlackSender, user: str, escalation_id: int, outcome: str, reason: str) -> None:
    sender.interaction(
        {
            "type": "view_submission",
            "team": {"id": "T0789IJKL"},
            "user": {"id": user},
            "view": {
                "id": "V0DECIDE1",
                "type": "modal",
                "callback_id": "escalation_decision",
                "private_metadata": f"{escalation_id}|{outcome}",
                "state": {
                    "values": {"reason": {"value": {"type": "plain_text_input", "value": reason}}}
                },
            },
        }
    )


def status(tmp: Path, escalation_id: int) -> str:
    with sqlite3.connect(tmp / "leitplanke.sqlite3") as db:
        return str(
            db.execute("select status from escalations where id = ?", (escalation_id,)).fetchone()[
                0
            ]
        )


def test_unclear_question_reaches_the_owner_who_decides_and_the_employee_hears_back(
    tmp_path: Path,
) -> None:
    fake = FakeSlack().start()
    app = launch(fake, tmp_path)
    try:
        sender = SlackSender(app.events_url, SECRET)
        thread, escalation_id = ask_unclear(fake, sender)
        card = cards(fake, COMMS)[-1]
        assert "Fahrrad" in json.dumps(card.args["blocks"], ensure_ascii=False)
        assert {e["action_id"] for e in card.args["blocks"][-1]["elements"]} == {
            "esc_claim",
            "esc_approved",
            "esc_approved_with_changes",
            "esc_rejected",
            "esc_answered",
        }

        click(sender, "U0INTRUDER", "esc_approved", escalation_id)
        refusal = wait(
            lambda: [
                c for c in fake.calls_to("chat.postEphemeral") if c.args.get("user") == "U0INTRUDER"
            ],
            what="a refusal",
        )[0]
        assert refusal.args["text"].startswith("Only reviewers of Unternehmenskommunikation")
        assert status(tmp_path, escalation_id) == "open"

        click(sender, "U0REVIEW1", "esc_answered", escalation_id)
        modal = wait(
            lambda: [
                c
                for c in fake.calls_to("views.open")
                if c.args["view"].get("callback_id") == "escalation_decision"
            ],
            what="the decision modal",
        )[0]
        assert modal.args["view"]["private_metadata"] == f"{escalation_id}|answered"
        decide(sender, "U0REVIEW1", escalation_id, "answered", "Am Werkstor stehen Fahrradständer.")
        notice = wait(
            lambda: [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args.get("channel") == DM
                and c.args.get("thread_ts") == thread
                and "Answered" in c.args.get("text", "")
            ],
            what="the notice",
        )[0]
        body = json.dumps(notice.args["blocks"], ensure_ascii=False)
        assert "Am Werkstor stehen Fahrradständer." in body and "U0REVIEW1" in body
        update = wait(lambda: fake.calls_to("chat.update"), what="the card update")[-1]
        assert update.args["channel"] == COMMS and "Answered" in json.dumps(update.args["blocks"])
        assert status(tmp_path, escalation_id) == "answered"
        homes = wait(
            lambda: (
                {c.args["user_id"]: c.args["view"] for c in fake.calls_to("views.publish")}
                if len(fake.calls_to("views.publish")) >= 2
                else None
            ),
            what="both homes",
        )
        assert "answered" in json.dumps(homes[USER]["blocks"])  # the employee's escalations
        assert "Your team's open escalations" in json.dumps(homes["U0REVIEW1"]["blocks"])

        decide(sender, "U0REVIEW2", escalation_id, "rejected", "Nein.")
        late = wait(
            lambda: [
                c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == "U0REVIEW2"
            ],
            what="the late note",
        )[0]
        assert late.args["text"] == (
            f"Escalation #{escalation_id} was already decided; nothing was changed."
        )
        assert status(tmp_path, escalation_id) == "answered"
    finally:
        app.stop()
        fake.stop()


def test_decision_after_a_restart_loses_nothing_and_reminders_fire_once(tmp_path: Path) -> None:
    fake = FakeSlack().start()
    env = {"LEITPLANKE_REMINDER_HOURS": "0.0004", "LEITPLANKE_REMINDER_CHECK_S": "0.3"}
    app = launch(fake, tmp_path, **env)
    try:
        sender = SlackSender(app.events_url, SECRET)
        thread, escalation_id = ask_unclear(fake, sender, "Darf ich im Homeoffice Musik hören?")
        wait(lambda: len(cards(fake, COMMS)) >= 2, timeout=10, what="one reminder")
    finally:
        app.process.kill()  # no goodbye: state must be in the store
        app.process.wait()
    app = launch(fake, tmp_path, **env)
    try:
        time.sleep(2.0)  # the new process's reminder loop runs, but the reminder was sent
        assert len(cards(fake, COMMS)) == 2
        sender = SlackSender(app.events_url, SECRET)
        decide(sender, "U0REVIEW2", escalation_id, "rejected", "Keine Leitlinienfrage.")
        wait(
            lambda: [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args.get("thread_ts") == thread and "Rejected" in c.args.get("text", "")
            ],
            what="the notice after the restart",
        )
        assert status(tmp_path, escalation_id) == "rejected"
    finally:
        app.stop()
        fake.stop()


def test_user_group_members_may_act_and_ask_a_human_opens_a_case(tmp_path: Path) -> None:
    fake = FakeSlack(usergroups={"S0HRGROUP": ["U0HRREV01"]}).start()
    app = launch(fake, tmp_path)
    try:
        sender = SlackSender(app.events_url, SECRET)
        event = {
            "type": "message",
            "channel": DM,
            "channel_type": "im",
            "user": USER,
            "ts": ts_now(),
            "text": "Darf ich unsere Stellenanzeige für Mechatroniker teilen?",
        }
        sender.event(event)
        answer = wait(
            lambda: [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args.get("thread_ts") == event["ts"]
            ],
            what="the answer",
        )[0]
        check_id = answer.args["blocks"][-1]["elements"][0]["value"]
        sender.interaction(
            {
                "type": "block_actions",
                "team": {"id": "T0789IJKL"},
                "user": {"id": USER},
                "trigger_id": "1.2.3",
                "channel": {"id": DM},
                "response_url": fake.response_url("human"),
                "actions": [
                    {
                        "action_id": "ask_human",
                        "value": check_id,
                        "block_id": f"verdict:{check_id}",
                        "type": "button",
                        "action_ts": ts_now(),
                    }
                ],
            }
        )
        assert "Personalabteilung" in fake.wait_for_response("human")["text"]
        card = wait(lambda: cards(fake, HR), what="the HR card")[0]
        escalation_id = int(card.args["blocks"][-1]["elements"][0]["value"])
        click(sender, "U0HRREV01", "esc_claim", escalation_id, channel=HR)
        update = wait(lambda: fake.calls_to("chat.update"), what="the claimed card")[-1]
        assert "Claimed by" in json.dumps(update.args["blocks"])
        assert status(tmp_path, escalation_id) == "claimed"
        assert fake.calls_to("usergroups.users.list")[-1].args["usergroup"] == "S0HRGROUP"
    finally:
        app.stop()
        fake.stop()


def test_ruling_is_cited_next_time_and_request_approval_carries_context(tmp_path: Path) -> None:
    fake = FakeSlack().start()
    app = launch(fake, tmp_path)
    try:
        sender = SlackSender(app.events_url, SECRET)
        question = "Wo kann ich mein Lastenrad über Nacht abstellen?"
        _thread, escalation_id = ask_unclear(fake, sender, question)
        sender.interaction(
            {
                "type": "view_submission",
                "team": {"id": "T0789IJKL"},
                "user": {"id": "U0REVIEW1"},
                "view": {
                    "id": "V0DECIDE2",
                    "type": "modal",
                    "callback_id": "escalation_decision",
                    "private_metadata": f"{escalation_id}|answered",
                    "state": {
                        "values": {
                            "reason": {
                                "value": {
                                    "type": "plain_text_input",
                                    "value": "Im Fahrradkeller von Halle 2.",
                                }
                            },
                            "ruling": {
                                "value": {
                                    "type": "checkboxes",
                                    "selected_options": [{"value": "ruling"}],
                                }
                            },
                        }
                    },
                },
            }
        )
        wait(lambda: fake.calls_to("chat.update"), what="the decided card")
        again = {
            "type": "message",
            "channel": DM,
            "channel_type": "im",
            "user": "U0OTHER01",
            "text": question,
            "ts": ts_now(),
        }
        sender.event(again)
        answer = wait(
            lambda: [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args.get("thread_ts") == again["ts"]
            ],
            what="the answer",
        )[0]
        assert f"Ruling {escalation_id}, comms" in json.dumps(
            answer.args["blocks"], ensure_ascii=False
        )

        event = {
            "type": "message",
            "channel": DM,
            "channel_type": "im",
            "user": USER,
            "text": "Darf ich Fotos aus der Werkshalle posten?",
            "ts": ts_now(),
        }
        sender.event(event)
        verdict = wait(
            lambda: [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args.get("thread_ts") == event["ts"]
            ],
            what="the verdict",
        )[0]
        buttons = {e["action_id"]: e["value"] for e in verdict.args["blocks"][-1]["elements"]}
        assert "request_approval" in buttons
        sender.interaction(
            {
                "type": "block_actions",
                "team": {"id": "T0789IJKL"},
                "user": {"id": USER},
                "trigger_id": "1.2.9",
                "channel": {"id": DM},
                "actions": [
                    {
                        "action_id": "request_approval",
                        "type": "button",
                        "value": buttons["request_approval"],
                        "block_id": "x",
                        "action_ts": ts_now(),
                    }
                ],
            }
        )
        modal = wait(
            lambda: [
                c
                for c in fake.calls_to("views.open")
                if c.args["view"].get("callback_id") == "approval_request"
            ],
            what="the context modal",
        )[0]
        before = len(cards(fake, COMMS))
        sender.interaction(
            {
                "type": "view_submission",
                "team": {"id": "T0789IJKL"},
                "user": {"id": USER},
                "view": {
                    "id": "V0CONTEXT",
                    "type": "modal",
                    "callback_id": "approval_request",
                    "private_metadata": modal.args["view"]["private_metadata"],
                    "state": {
                        "values": {
                            "platform": {
                                "value": {
                                    "type": "static_select",
                                    "selected_option": {"value": "LinkedIn"},
                                }
                            },
                            "audience": {
                                "value": {
                                    "type": "plain_text_input",
                                    "value": "Kunden und Bewerber",
                                }
                            },
                            "deadline": {
                                "value": {"type": "datepicker", "selected_date": "2026-12-04"}
                            },
                        }
                    },
                },
            }
        )
        card = wait(lambda: cards(fake, COMMS)[before:], what="the approval card")[0]
        text = json.dumps(card.args["blocks"], ensure_ascii=False)
        assert "LinkedIn" in text and "Kunden und Bewerber" in text and "2026-12-04" in text
        assert "Werkshalle" in text
    finally:
        app.stop()
        fake.stop()


def test_unanswered_escalation_expires_and_the_employee_hears_it(tmp_path: Path) -> None:
    fake = FakeSlack().start()
    app = launch(
        fake, tmp_path, LEITPLANKE_EXPIRE_HOURS="0.0003", LEITPLANKE_REMINDER_CHECK_S="0.3"
    )
    try:
        sender = SlackSender(app.events_url, SECRET)
        thread, escalation_id = ask_unclear(fake, sender, "Darf ich im Homeoffice Kaffee trinken?")
        notice = wait(
            lambda: [
                c
                for c in fake.calls_to("chat.postMessage")
                if c.args.get("thread_ts") == thread and "abgelaufen" in c.args.get("text", "")
            ],
            what="expiry",
        )[0]
        assert f"#{escalation_id}" in notice.args["text"]
        update = wait(lambda: fake.calls_to("chat.update"), what="the expired card")[-1]
        assert "Expired" in json.dumps(update.args["blocks"])
        assert status(tmp_path, escalation_id) == "expired"
    finally:
        app.stop()
        fake.stop()


def test_retention_erases_old_texts_in_the_background(tmp_path: Path) -> None:
    fake = FakeSlack().start()
    app = launch(fake, tmp_path, LEITPLANKE_RETENTION_DAYS="0", LEITPLANKE_REMINDER_CHECK_S="0.3")
    try:
        sender = SlackSender(app.events_url, SECRET)
        _thread, escalation_id = ask_unclear(fake, sender, "Wo finde ich den Betriebsarzt?")

        def erased() -> bool:
            with sqlite3.connect(tmp_path / "leitplanke.sqlite3") as db:
                row = db.execute(
                    "select text, erased_at from escalations where id = ?", (escalation_id,)
                ).fetchone()
            return row[0] is None and row[1] is not None

        wait(erased, what="the retention run")
    finally:
        app.stop()
        fake.stop()
