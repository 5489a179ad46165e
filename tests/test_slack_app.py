"""The Slack app end to end: its production server in its own process, a fake Slack, real HTTP."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from tests.conftest import SAMPLE_KNOWLEDGE
from tests.slack_fake import BOT_USER, FakeSlack, SlackSender, ts_now
from tests.slack_process import SECRET, AppProcess, start_app

USER, DM, CHANNEL, QUIET = "U0123ABCD", "D0123ABCD", "C0456EFGH", "C0QUIET01"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack().start()
    yield slack
    slack.stop()


@pytest.fixture(scope="module")
def app(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    tmp = tmp_path_factory.mktemp("slack-app")
    process = start_app(
        fake,
        tmp,
        SAMPLE_KNOWLEDGE,
        tmp / "store",
        extra_env={"LEITPLANKE_EPHEMERAL_CHANNELS": f'["{QUIET}"]'},
    )
    yield process
    process.stop()


@pytest.fixture
def sender(app: AppProcess) -> SlackSender:
    return SlackSender(app.events_url, SECRET)


def dm(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": DM,
        "channel_type": "im",
        "user": USER,
        "text": text,
        "ts": ts_now(),
        **extra,
    }


def posted_to(
    fake: FakeSlack, method: str, channel: str, thread: str, timeout: float = 20
) -> list[Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [
            c
            for c in fake.calls_to(method)
            if c.args.get("channel") == channel and c.args.get("thread_ts") == thread
        ]
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError(f"nothing posted with {method} to {channel}/{thread}")


def assert_valid_message(args: dict[str, Any]) -> None:
    assert args["text"] and len(args["text"]) < 4000
    blocks = args["blocks"]
    assert 0 < len(blocks) <= 50
    for block in blocks:
        Block.parse(block).validate_json()  # type: ignore[union-attr]


def test_url_verification_echoes_the_challenge(sender: SlackSender) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "3eZbrw1aBm2rZgRNFdxV"}).encode()
    status, response, _ = sender.post(body, "application/json")
    assert status == 200 and b"3eZbrw1aBm2rZgRNFdxV" in response


def test_dm_gets_one_verdict_in_its_thread(fake: FakeSlack, sender: SlackSender) -> None:
    event = dm("Darf ich Fotos aus der Werkshalle posten?")
    status, _, seconds = sender.event(event)
    assert status == 200 and seconds < 1.0
    (call,) = posted_to(fake, "chat.postMessage", DM, event["ts"])
    assert call.token and call.token.startswith("xoxb-")
    assert_valid_message(call.args)
    text = json.dumps(call.args["blocks"], ensure_ascii=False)
    assert "✋ Nur mit Freigabe" in text and "6.2 Aufnahmen auf dem Werksgelände" in text
    assert {e["action_id"] for e in call.args["blocks"][-1]["elements"]} == {
        "feedback_helpful",
        "feedback_not_helpful",
        "request_approval",  # a needs_approval answer can go straight to the approvers
        "ask_human",
    }


def test_retried_event_gets_one_answer(fake: FakeSlack, sender: SlackSender) -> None:
    event = dm("Can I share our job ads?")
    sender.event(event, event_id="Ev0RETRY001")
    sender.event(event, event_id="Ev0RETRY001", retry=1)
    sender.event(event, event_id="Ev0RETRY001", retry=2)
    posted_to(fake, "chat.postMessage", DM, event["ts"])
    time.sleep(1.0)
    assert len(posted_to(fake, "chat.postMessage", DM, event["ts"])) == 1


def test_mention_in_dm_delivered_twice_gets_one_answer(
    fake: FakeSlack, sender: SlackSender
) -> None:
    event = dm(f"<@{BOT_USER}> Darf ich unsere Stellenanzeige teilen?")
    sender.event(event)
    sender.event({**event, "type": "app_mention"})
    posted_to(fake, "chat.postMessage", DM, event["ts"])
    time.sleep(1.0)
    assert len(posted_to(fake, "chat.postMessage", DM, event["ts"])) == 1


def test_mention_in_a_channel_is_answered_in_a_thread(fake: FakeSlack, sender: SlackSender) -> None:
    event = {
        "type": "app_mention",
        "channel": CHANNEL,
        "user": USER,
        "ts": ts_now(),
        "text": f"<@{BOT_USER}> may I post our quarterly revenue?",
    }
    sender.event(event)
    (call,) = posted_to(fake, "chat.postMessage", CHANNEL, event["ts"])
    assert "Not allowed" in json.dumps(call.args["blocks"])


def test_mention_in_an_ephemeral_channel_is_shown_only_to_the_asker(
    fake: FakeSlack, sender: SlackSender
) -> None:
    event = {
        "type": "app_mention",
        "channel": QUIET,
        "user": USER,
        "ts": ts_now(),
        "text": f"<@{BOT_USER}> darf ich die Stellenanzeige teilen?",
    }
    sender.event(event)
    (call,) = posted_to(fake, "chat.postEphemeral", QUIET, event["ts"])
    assert call.args["user"] == USER
    assert_valid_message(call.args)
    assert not [c for c in fake.calls_to("chat.postMessage") if c.args.get("channel") == QUIET]


def test_own_messages_edits_and_other_bots_are_ignored(
    fake: FakeSlack, sender: SlackSender
) -> None:
    before = len(fake.calls_to("chat.postMessage"))
    sender.event(dm("my own answer", user=BOT_USER, bot_id="B0BOT0001"))
    sender.event(dm("another bot", user="U0OTHERBOT", bot_id="B0OTHER01"))
    sender.event(dm("edited", subtype="message_changed"))
    sender.event(dm("deleted", subtype="message_deleted"))
    time.sleep(1.5)
    assert len(fake.calls_to("chat.postMessage")) == before


def test_forged_and_expired_signatures_are_refused(sender: SlackSender) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "x"}).encode()
    assert sender.post(body, "application/json", signature="v0=" + "0" * 64)[0] == 401
    assert sender.post(body, "application/json", timestamp=int(time.time()) - 600)[0] == 401
    assert sender.post(body, "application/json", timestamp=int(time.time()) + 600)[0] == 401


def test_follow_up_in_a_thread_sees_the_earlier_turns(fake: FakeSlack, sender: SlackSender) -> None:
    first = dm("Darf ich Fotos aus der Produktionshalle posten?")
    fake.replies[first["ts"]] = [{"user": USER, "text": first["text"], "ts": first["ts"]}]
    follow_up = dm("Und auf Instagram?", thread_ts=first["ts"])
    sender.event(follow_up)
    (call,) = posted_to(fake, "chat.postMessage", DM, first["ts"])
    assert fake.calls_to("conversations.replies")
    assert "Werksgelände" in json.dumps(call.args["blocks"], ensure_ascii=False)


def test_slash_command_acks_fast_and_reviews_the_draft_ephemerally(
    fake: FakeSlack, sender: SlackSender
) -> None:
    draft = "Wir haben den Auftrag von Nordstahl gewonnen! <!channel> <@U0999ZZZZ> <http://evil|trusted>"
    status, _, seconds = sender.command(draft, response_url=fake.response_url("cmd1"))
    assert status == 200 and seconds < 1.0
    response = fake.wait_for_response("cmd1")
    assert response["response_type"] == "ephemeral"
    assert_valid_message(response)
    everything = json.dumps(response, ensure_ascii=False)
    assert "<!channel>" not in everything and "<@U0999ZZZZ>" not in everything
    assert "<http://evil|trusted>" not in everything
    assert "&lt;!channel&gt;" in everything
    assert "Auftrag von Nordstahl" in everything


def test_slash_command_without_text_opens_the_modal(fake: FakeSlack, sender: SlackSender) -> None:
    sender.command("", response_url=fake.response_url("cmd2"))
    call = fake.wait_for("views.open")[-1]
    assert call.args["view"]["callback_id"] == "guideline_check_modal"
    View(**call.args["view"]).validate_json()


def test_modal_submission_sends_the_review_by_dm(fake: FakeSlack, sender: SlackSender) -> None:
    sender.interaction(
        {
            "type": "view_submission",
            "team": {"id": "T0789IJKL"},
            "user": {"id": "U0MODAL01"},
            "trigger_id": "1.2.3",
            "view": {
                "id": "V0123ABCD",
                "type": "modal",
                "callback_id": "guideline_check_modal",
                "private_metadata": CHANNEL,
                "state": {
                    "values": {
                        "draft": {
                            "value": {
                                "type": "plain_text_input",
                                "value": "Unser Umsatz: 48 Mio. €",
                            }
                        },
                        "platform": {"value": {"type": "static_select", "selected_option": None}},
                    }
                },
            },
        }
    )
    deadline = time.monotonic() + 20
    while not [c for c in fake.calls_to("chat.postMessage") if c.args["channel"] == "U0MODAL01"]:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_message_shortcut_checks_any_message(fake: FakeSlack, sender: SlackSender) -> None:
    sender.interaction(
        {
            "type": "message_action",
            "callback_id": "check_against_guidelines",
            "trigger_id": "1.2.4",
            "team": {"id": "T0789IJKL"},
            "user": {"id": "U0SHORT01"},
            "channel": {"id": CHANNEL},
            "message": {"text": "Krüger baut eh nur Schrott", "ts": ts_now()},
            "response_url": fake.response_url("short1"),
        }
    )
    deadline = time.monotonic() + 20
    while True:
        found = [c for c in fake.calls_to("chat.postEphemeral") if c.args["user"] == "U0SHORT01"]
        if found:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert "Nicht erlaubt" in json.dumps(found[0].args["blocks"], ensure_ascii=False)


def _click(sender: SlackSender, fake: FakeSlack, action: str, check_id: str, name: str) -> None:
    sender.interaction(
        {
            "type": "block_actions",
            "team": {"id": "T0789IJKL"},
            "user": {"id": USER},
            "trigger_id": f"1.2.{name}",
            "response_url": fake.response_url(name),
            "channel": {"id": DM},
            "container": {"type": "message"},
            "actions": [
                {
                    "action_id": action,
                    "block_id": f"verdict:{check_id}",
                    "value": check_id,
                    "type": "button",
                    "action_ts": ts_now(),
                }
            ],
        }
    )


def _check_id(fake: FakeSlack, sender: SlackSender) -> str:
    event = dm("Darf ich unsere Stellenanzeige für Mechatroniker teilen?")
    sender.event(event)
    (call,) = posted_to(fake, "chat.postMessage", DM, event["ts"])
    return str(call.args["blocks"][-1]["elements"][0]["value"])


def test_feedback_is_stored_once_and_not_helpful_asks_why(
    fake: FakeSlack, sender: SlackSender, app: AppProcess
) -> None:
    check_id = _check_id(fake, sender)
    _click(sender, fake, "feedback_helpful", check_id, "fb1")
    _click(sender, fake, "feedback_helpful", check_id, "fb2")  # double click
    assert fake.wait_for_response("fb1")["text"] == "Thanks for your feedback!"
    time.sleep(0.5)
    assert [name for name, _ in fake.responses].count("fb2") == 0
    _click(sender, fake, "feedback_not_helpful", check_id, "fb3")
    deadline = time.monotonic() + 20
    while not (
        modals := [
            c
            for c in fake.calls_to("views.open")
            if c.args["view"]["callback_id"] == "feedback_reason_modal"
        ]
    ):
        assert time.monotonic() < deadline, "no feedback modal opened"
        time.sleep(0.02)
    modal = modals[-1]
    assert modal.args["view"]["private_metadata"] == check_id
    sender.interaction(
        {
            "type": "view_submission",
            "user": {"id": USER},
            "team": {"id": "T0789IJKL"},
            "view": {
                "id": "V0123ABCE",
                "type": "modal",
                "callback_id": "feedback_reason_modal",
                "private_metadata": check_id,
                "state": {
                    "values": {
                        "reason": {
                            "value": {"type": "plain_text_input", "value": "Quote was too long"}
                        }
                    }
                },
            },
        }
    )
    deadline = time.monotonic() + 10
    while True:
        with sqlite3.connect(app.data / "leitplanke.sqlite3") as db:
            row = db.execute(
                "select helpful, reason from feedback where check_id = ?", (check_id,)
            ).fetchone()
        if row == (0, "Quote was too long"):
            break
        assert time.monotonic() < deadline, row
        time.sleep(0.1)


def test_ask_a_human_opens_one_escalation_and_says_where_it_went(
    fake: FakeSlack, sender: SlackSender, app: AppProcess
) -> None:
    check_id = _check_id(fake, sender)
    _click(sender, fake, "ask_human", check_id, "human1")
    _click(sender, fake, "ask_human", check_id, "human2")
    text = fake.wait_for_response("human1")["text"]
    assert text.startswith("Ich habe deine Frage an Personalabteilung weitergegeben (Eskalation #")
    time.sleep(0.5)
    assert [name for name, _ in fake.responses].count("human2") == 0
    with sqlite3.connect(app.data / "leitplanke.sqlite3") as db:
        assert db.execute(
            "select count(*) from human_requests where check_id = ?", (check_id,)
        ).fetchone() == (1,)


def test_app_home_shows_how_to_ask_documents_and_recent_checks(
    fake: FakeSlack, sender: SlackSender
) -> None:
    _check_id(fake, sender)
    sender.event({"type": "app_home_opened", "user": USER, "channel": DM, "tab": "home"})
    call = fake.wait_for("views.publish")[-1]
    assert call.args["user_id"] == USER
    View(**call.args["view"]).validate_json()
    text = json.dumps(call.args["view"], ensure_ascii=False)
    assert "/guideline-check" in text and "Social-Media-Leitlinie der Brenner" in text
    assert "Stellenanzeige für Mechatroniker" in text


def test_assistant_thread_gets_prompts_status_and_the_verdict(
    fake: FakeSlack, sender: SlackSender
) -> None:
    thread = ts_now()
    sender.event(
        {
            "type": "assistant_thread_started",
            "assistant_thread": {
                "user_id": USER,
                "channel_id": DM,
                "thread_ts": thread,
                "context": {},
            },
            "event_ts": thread,
        }
    )
    prompts = fake.wait_for("assistant.threads.setSuggestedPrompts")[-1]
    assert "Darf ich über ein Kundenprojekt posten?" in json.dumps(prompts.args, ensure_ascii=False)
    (greeting,) = posted_to(fake, "chat.postMessage", DM, thread)
    assert greeting.args["text"].startswith("Hi! Ask me whether you may post")
    sender.event(dm("Can I post a screenshot of our Teams meeting?", thread_ts=thread))
    assert fake.wait_for("assistant.threads.setStatus")
    deadline = time.monotonic() + 20
    while len(posted_to(fake, "chat.postMessage", DM, thread)) < 2:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    _, answer = posted_to(fake, "chat.postMessage", DM, thread)
    assert_valid_message(answer.args)
    assert "Not allowed" in json.dumps(answer.args["blocks"])


def test_oversized_draft_is_trimmed_not_rejected(fake: FakeSlack, sender: SlackSender) -> None:
    event = dm("check: " + "Wir sind stolz auf unser Team und die Messe. " * 900)
    sender.event(event)
    (call,) = posted_to(fake, "chat.postMessage", DM, event["ts"])
    assert_valid_message(call.args)


def test_rate_limit_is_retried_after_retry_after(fake: FakeSlack, sender: SlackSender) -> None:
    fake.fail_next(
        "chat.postMessage",
        status=429,
        error="ratelimited",
        headers={"Retry-After": "1"},
        channel=DM,
    )
    event = dm("Darf ich Fotos von der Messe teilen?")
    sender.event(event)
    calls = posted_to(fake, "chat.postMessage", DM, event["ts"])
    deadline = time.monotonic() + 10
    while len(calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
        calls = posted_to(fake, "chat.postMessage", DM, event["ts"])
    assert len(calls) == 2 and calls[1].at - calls[0].at >= 0.9


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel"])
def test_slack_errors_end_in_a_note_and_the_app_stays_up(
    fake: FakeSlack, sender: SlackSender, error: str
) -> None:
    fake.fail_next("chat.postMessage", error=error, channel=DM)
    event = dm("Darf ich unsere Stellenanzeige teilen?")
    sender.event(event)
    calls = posted_to(fake, "chat.postMessage", DM, event["ts"])
    deadline = time.monotonic() + 10
    while len(calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
        calls = posted_to(fake, "chat.postMessage", DM, event["ts"])
    assert len(calls) == 2  # the answer failed, the short note was tried once; no loop
    assert "blocks" not in calls[1].args
    assert (
        calls[1].args["text"]
        == "Das hat gerade nicht geklappt. Bitte versuch es gleich noch einmal."
    )
    time.sleep(0.5)
    assert len(posted_to(fake, "chat.postMessage", DM, event["ts"])) == 2
    follow = dm("Darf ich Fotos aus der Werkshalle posten?")
    sender.event(follow)
    assert posted_to(fake, "chat.postMessage", DM, follow["ts"])


def test_server_errors_are_not_retried_in_a_loop(fake: FakeSlack, sender: SlackSender) -> None:
    fake.fail_next("chat.postMessage", status=503, error="service_unavailable", times=2, channel=DM)
    event = dm("Darf ich unsere Stellenanzeige für Elektriker teilen?")
    sender.event(event)
    posted_to(fake, "chat.postMessage", DM, event["ts"])
    time.sleep(1.5)
    assert len(posted_to(fake, "chat.postMessage", DM, event["ts"])) == 2


def test_missing_and_rejected_tokens_give_one_line(tmp_path: Path) -> None:
    slack = FakeSlack().start()
    try:
        for env, expected in (
            ({"SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET is not set"),
            ({"SLACK_BOT_TOKEN": "not-a-token"}, "SLACK_BOT_TOKEN is malformed"),
            ({"SLACK_BOT_TOKEN": "xoxb-invalid"}, "Slack refused SLACK_BOT_TOKEN (invalid_auth)"),
        ):
            process = start_app(
                slack, tmp_path, SAMPLE_KNOWLEDGE, tmp_path / "store", extra_env=env, wait=False
            )
            try:
                process.process.wait(timeout=120)
            finally:
                output = process.stop()  # never leave a server behind, whatever happened
            assert process.process.returncode == 1, output
            last = output.strip().splitlines()[-1]
            assert last.startswith("leitplanke: ") and expected in last, output
            assert "Traceback" not in output
    finally:
        slack.stop()
