"""/guideline-check <draft>: an ephemeral review; without text, a modal to paste the draft."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.delivery.slack.blocks import check_modal
from bot.delivery.slack.escalations import escalate_unclear_draft
from bot.delivery.slack.runtime import SlackRuntime, call, log


def handle_guideline_check(
    ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond, slack: SlackRuntime
) -> None:
    ack()
    draft = (command.get("text") or "").strip()
    if not draft:
        call(
            client,
            "views.open",
            trigger_id=command["trigger_id"],
            view=check_modal(command.get("channel_id")),
        )
        return
    slack.later(
        _review, slack, client, respond, command["user_id"], command.get("channel_id"), draft
    )


def _review(
    slack: SlackRuntime,
    client: WebClient,
    respond: Respond,
    user: str,
    channel: str | None,
    draft: str,
) -> None:
    verdict = slack.services.pipeline.check(draft)
    message = slack.message_for(verdict, user=user, channel=channel, kind="draft", text=draft)
    response = respond(response_type="ephemeral", replace_original=False, **message)
    if getattr(response, "status_code", 200) >= 400:  # respond() does not raise on expiry
        log.warning("response_url refused the answer (HTTP %s)", response.status_code)
    escalate_unclear_draft(client, slack, verdict, user, draft)


def handle_check_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    values = view["state"]["values"]
    draft = (values["draft"]["value"].get("value") or "").strip()
    if not draft:
        ack(response_action="errors", errors={"draft": "Paste the draft you want checked."})
        return
    ack()
    slack.later(_review_to_dm, slack, client, body["user"]["id"], draft)


def _review_to_dm(slack: SlackRuntime, client: WebClient, user: str, draft: str) -> None:
    verdict = slack.services.pipeline.check(draft)
    message = slack.message_for(verdict, user=user, channel=None, kind="draft", text=draft)
    call(client, "chat.postMessage", channel=user, **message)
    escalate_unclear_draft(client, slack, verdict, user, draft)
