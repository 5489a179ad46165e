"""The message shortcut 'Check against guidelines': any message, reviewed like a draft."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.delivery.slack.escalations import escalate_unclear_draft
from bot.delivery.slack.runtime import SlackRuntime, call


def handle_check_message(
    ack: Ack, shortcut: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    ack()
    text = (shortcut.get("message", {}).get("text") or "").strip()
    user, channel = shortcut["user"]["id"], shortcut["channel"]["id"]
    slack.later(_review, slack, client, user, channel, text)


def _review(slack: SlackRuntime, client: WebClient, user: str, channel: str, text: str) -> None:
    verdict = slack.services.pipeline.check(text)
    message = slack.message_for(verdict, user=user, channel=channel, kind="draft", text=text)
    call(client, "chat.postEphemeral", channel=channel, user=user, **message)
    escalate_unclear_draft(client, slack, verdict, user, text)
