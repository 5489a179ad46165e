"""DMs (message.im) and mentions (app_mention): answer in the thread, once per message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.delivery.slack.escalations import open_case
from bot.delivery.slack.runtime import SlackRuntime, call, failure_note
from bot.models import Decision, Verdict

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_DRAFT_PREFIXES = ("check my draft:", "check:", "prüfe meinen entwurf:", "entwurf:")


def fresh(slack: SlackRuntime, body: dict[str, Any], event: dict[str, Any]) -> bool:
    """Retries share the event_id; a mention in a DM arrives as message and as app_mention,
    with the same channel and ts. Either way: one answer."""
    return slack.seen.first(
        f"event:{body.get('event_id', '')}", f"msg:{event.get('channel')}:{event.get('ts')}"
    )


def handle_direct_message(
    body: dict[str, Any],
    event: dict[str, Any],
    client: WebClient,
    context: Any,
    slack: SlackRuntime,
) -> None:
    if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
        return  # edits, deletions, joins and bots (this one included) get no answer
    if event.get("user") in (None, context.get("bot_user_id")):
        return
    if fresh(slack, body, event):
        slack.later(_answer, client, slack, event, False)


def handle_mention(
    body: dict[str, Any], event: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    if event.get("subtype") or event.get("bot_id") or not fresh(slack, body, event):
        return
    ephemeral = event.get("channel") in slack.settings.ephemeral_channels
    slack.later(_answer, client, slack, event, ephemeral)


@dataclass(frozen=True)
class Answer:
    message: dict[str, Any]
    verdict: Verdict
    kind: str
    text: str


def answer_for(client: WebClient, slack: SlackRuntime, event: dict[str, Any]) -> Answer:
    """The verdict message for a message event: a question, or a draft after 'check:'; a
    follow-up in a thread is read together with the thread's earlier turns."""
    channel, user = event["channel"], event.get("user", "")
    thread = event.get("thread_ts") or event["ts"]
    text = _MENTION.sub("", event.get("text") or "").strip()
    prefix = next((p for p in _DRAFT_PREFIXES if text.lower().startswith(p)), None)
    if prefix is not None:
        draft = text[len(prefix) :].strip()
        verdict = slack.services.pipeline.check(draft)
        kind, shown = "draft", draft
    else:
        asked = text
        if event.get("thread_ts") and event["thread_ts"] != event["ts"]:
            asked = _with_earlier_turns(client, channel, event["thread_ts"], event["ts"], text)
        verdict = slack.services.pipeline.ask(asked)
        kind, shown = "question", text
    message = slack.message_for(
        verdict, user=user, channel=channel, kind=kind, text=shown, thread_ts=thread
    )
    return Answer(message, verdict, kind, shown)


def escalate_if_unclear(
    client: WebClient,
    slack: SlackRuntime,
    answer: Answer,
    *,
    user: str,
    channel: str | None,
    thread_ts: str | None,
) -> None:
    """What the guidelines don't settle goes to the owning team at once."""
    if answer.verdict.decision is Decision.UNCLEAR and answer.text:
        open_case(
            client,
            slack,
            verdict=answer.verdict,
            requester=user,
            kind=answer.kind,
            text=answer.text,
            channel=channel,
            thread_ts=thread_ts,
        )


def _answer(client: WebClient, slack: SlackRuntime, event: dict[str, Any], ephemeral: bool) -> None:
    channel, user = event["channel"], event.get("user", "")
    thread = event.get("thread_ts") or event["ts"]
    answer = answer_for(client, slack, event)
    if ephemeral:
        call(
            client,
            "chat.postEphemeral",
            channel=channel,
            user=user,
            thread_ts=thread,
            **answer.message,
        )
    else:
        note = {
            "channel": channel,
            "thread_ts": thread,
            "text": failure_note(answer.verdict.language),
        }
        call(
            client,
            "chat.postMessage",
            channel=channel,
            thread_ts=thread,
            **answer.message,
            fallback=lambda: client.api_call("chat.postMessage", json=note),
        )
    escalate_if_unclear(client, slack, answer, user=user, channel=channel, thread_ts=thread)


def _with_earlier_turns(
    client: WebClient, channel: str, thread_ts: str, ts: str, question: str
) -> str:
    """A follow-up ('und auf Instagram?') is read with the thread's earlier questions."""
    replies = call(client, "conversations.replies", channel=channel, ts=thread_ts, limit=20)
    earlier = [
        _MENTION.sub("", m.get("text") or "").strip()
        for m in (replies or {}).get("messages", [])
        if m.get("ts") != ts and not m.get("bot_id") and m.get("text")
    ]
    return " ".join([*earlier[-2:], question])
