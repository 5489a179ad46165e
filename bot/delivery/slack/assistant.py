"""Slack's assistant panel: suggested prompts, a status while working, the verdict as reply.

Bolt routes every DM message inside a thread here, so threaded DM follow-ups take this path:
the same answer as a DM, read with the thread's earlier turns, once per message."""

from __future__ import annotations

from typing import Any

from slack_bolt import Assistant, Say, SetStatus, SetSuggestedPrompts
from slack_sdk import WebClient

from bot.delivery.slack import texts
from bot.delivery.slack.events import answer_for, escalate_if_unclear, fresh
from bot.delivery.slack.runtime import SlackRuntime


def build_assistant() -> Assistant:
    assistant = Assistant()
    assistant.thread_started(handle_thread_started)
    assistant.user_message(handle_user_message)
    return assistant


def handle_thread_started(say: Say, set_suggested_prompts: SetSuggestedPrompts) -> None:
    say(texts.t("greeting", "en"))
    set_suggested_prompts(
        prompts=[{"title": title, "message": message} for title, message in texts.SUGGESTED_PROMPTS]
    )


def handle_user_message(
    body: dict[str, Any],
    payload: dict[str, Any],
    say: Say,
    set_status: SetStatus,
    client: WebClient,
    slack: SlackRuntime,
) -> None:
    if not fresh(slack, body, payload):
        return
    set_status(texts.t("working", "en"))
    answer = answer_for(client, slack, payload)
    say(**answer.message)
    escalate_if_unclear(
        client,
        slack,
        answer,
        user=payload.get("user", ""),
        channel=payload.get("channel"),
        thread_ts=payload.get("thread_ts") or payload.get("ts"),
    )
