"""Buttons under a verdict: Helpful / Not helpful (with an optional reason) and Ask a human."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient

from bot.delivery.slack import texts
from bot.delivery.slack.blocks import context_modal, reason_modal
from bot.delivery.slack.escalations import open_case
from bot.delivery.slack.runtime import SlackRuntime, call
from bot.models import Verdict


def _click(body: dict[str, Any], action: dict[str, Any]) -> tuple[str, str]:
    return body["user"]["id"], action.get("value", "")


def handle_helpful(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, slack: SlackRuntime
) -> None:
    ack()
    user, check_id = _click(body, action)
    if slack.seen.first(f"click:{user}:{check_id}:helpful"):
        slack.history.feedback(check_id=check_id, user=user, helpful=True)
        respond(response_type="ephemeral", replace_original=False, text=texts.t("thanks", "en"))


def handle_not_helpful(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    ack()
    user, check_id = _click(body, action)
    if slack.seen.first(f"click:{user}:{check_id}:not_helpful"):
        slack.history.feedback(check_id=check_id, user=user, helpful=False)
        call(client, "views.open", trigger_id=body["trigger_id"], view=reason_modal(check_id))


def handle_reason(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], slack: SlackRuntime
) -> None:
    ack()
    reason = (view["state"]["values"]["reason"]["value"].get("value") or "").strip()
    if reason:
        slack.history.feedback(
            check_id=view["private_metadata"], user=body["user"]["id"], helpful=False, reason=reason
        )


def handle_ask_human(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    slack: SlackRuntime,
) -> None:
    ack()
    user, check_id = _click(body, action)
    if not slack.history.request_human(check_id=check_id, user=user):
        return  # a double click: one escalation, one answer
    slack.later(_hand_over, client, respond, slack, check_id, user)


def _case_from_check(
    client: WebClient,
    slack: SlackRuntime,
    check_id: str,
    user: str,
    context: dict[str, Any] | None = None,
) -> tuple[int, str, Verdict] | None:
    """Open an escalation for an earlier answer: (id, owner team name, verdict), or None when
    that answer is unknown."""
    check = slack.history.check(check_id)
    if check is None or not check.get("verdict"):
        return None
    verdict = Verdict.model_validate_json(str(check["verdict"]))
    escalation_id = open_case(
        client,
        slack,
        verdict=verdict,
        requester=user,
        kind=str(check.get("kind") or "question"),
        text=str(check.get("text") or ""),
        channel=check.get("channel"),
        thread_ts=check.get("thread_ts"),
        context={k: v for k, v in (context or {}).items() if v},
    )
    team = slack.services.owners.teams[slack.services.escalations.get(escalation_id).owner]
    return escalation_id, team.name, verdict


def _hand_over(
    client: WebClient, respond: Respond, slack: SlackRuntime, check_id: str, user: str
) -> None:
    case = _case_from_check(client, slack, check_id, user)
    if case is None:
        respond(response_type="ephemeral", replace_original=False, text=texts.t("failed", "en"))
        return
    escalation_id, team, verdict = case
    respond(
        response_type="ephemeral",
        replace_original=False,
        text=texts.t("human_sent", verdict.language, owner=team, id=escalation_id),
    )


def handle_request_approval(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    """'Request approval' on a needs_approval answer: first ask what the approvers need."""
    ack()
    call(client, "views.open", trigger_id=body["trigger_id"], view=context_modal(action["value"]))


def handle_approval_request(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    ack()
    user, check_id = body["user"]["id"], view["private_metadata"]
    values = view["state"]["values"]
    context = {
        "platform": (values["platform"]["value"].get("selected_option") or {}).get("value"),
        "audience": (values["audience"]["value"].get("value") or "").strip() or None,
        "deadline": values["deadline"]["value"].get("selected_date"),
    }
    if slack.history.request_human(check_id=check_id, user=user):
        slack.later(_approval_case, client, slack, check_id, user, context)


def _approval_case(
    client: WebClient, slack: SlackRuntime, check_id: str, user: str, context: dict[str, Any]
) -> None:
    case = _case_from_check(client, slack, check_id, user, context)
    if case is None:
        return
    escalation_id, team, verdict = case
    check = slack.history.check(check_id) or {}
    call(
        client,
        "chat.postMessage",
        channel=check.get("channel") or user,
        thread_ts=check.get("thread_ts"),
        text=texts.t("human_sent", verdict.language, owner=team, id=escalation_id),
    )
