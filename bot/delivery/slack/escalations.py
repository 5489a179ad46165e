"""Escalations in Slack: open a case, the review card, reviewer decisions, reminders."""

from __future__ import annotations

import threading
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.delivery.slack.blocks import decision_modal, decision_notice, review_card
from bot.delivery.slack.runtime import SlackRuntime, call, log
from bot.escalation.store import AlreadyDecided, EscalationError
from bot.escalation.tables import Escalation, Status
from bot.escalation.workflow import escalate, publish_ruling
from bot.models import Verdict

NOT_A_REVIEWER = "Only reviewers of {team} can act on this escalation; nothing was changed."
ALREADY = "Escalation #{id} was already decided; nothing was changed."


def open_case(
    client: WebClient,
    slack: SlackRuntime,
    *,
    verdict: Verdict,
    requester: str,
    kind: str,
    text: str,
    channel: str | None,
    thread_ts: str | None,
    context: dict[str, Any] | None = None,
) -> int:
    """Store the escalation, then post its review card in the owner team's channel."""
    services = slack.services
    escalation_id = escalate(
        services.escalations,
        verdict=verdict,
        owners=services.owners,
        clauses=services.retriever.clauses,
        requester=requester,
        kind=kind,
        text=text,
        channel=channel,
        thread_ts=thread_ts,
        context=context,
    )
    post_card(client, slack, escalation_id)
    return escalation_id


def escalate_unclear_draft(
    client: WebClient, slack: SlackRuntime, verdict: Verdict, user: str, draft: str
) -> None:
    """No thread to answer in: the owning team's decision reaches the author by DM."""
    if verdict.decision.value == "unclear":
        open_case(
            client,
            slack,
            verdict=verdict,
            requester=user,
            kind="draft",
            text=draft,
            channel=None,
            thread_ts=None,
        )


def _card(slack: SlackRuntime, row: Escalation) -> dict[str, Any]:
    return review_card(
        escalation_id=row.id,
        status=row.status,
        requester=row.requester,
        kind=row.kind,
        text=row.text,
        verdict=row.verdict,
        owner_name=slack.services.owners.teams[row.owner].name,
        assignee=row.assignee,
        decided_by=row.decided_by,
        reason=row.reason,
        context=row.context,
    )


def post_card(client: WebClient, slack: SlackRuntime, escalation_id: int) -> None:
    row = slack.services.escalations.get(escalation_id)
    channel = slack.services.owners.teams[row.owner].channel
    if not channel:
        log.warning("team %s has no channel for review cards", row.owner)
        return
    posted = call(client, "chat.postMessage", channel=channel, **_card(slack, row))
    if posted and posted.get("ts"):
        slack.services.escalations.set_card(
            row.id, str(posted.get("channel") or channel), str(posted["ts"])
        )


def _refresh_card(client: WebClient, slack: SlackRuntime, escalation_id: int) -> None:
    row = slack.services.escalations.get(escalation_id)
    if row.card_channel and row.card_ts:
        call(client, "chat.update", channel=row.card_channel, ts=row.card_ts, **_card(slack, row))


def is_reviewer(client: WebClient, slack: SlackRuntime, user: str, team_key: str) -> bool:
    """Members of the team's user group or its listed reviewers; nobody else."""
    team = slack.services.owners.teams[team_key]
    if user in team.reviewers:
        return True
    if team.usergroup:
        members = call(client, "usergroups.users.list", usergroup=team.usergroup) or {}
        return user in members.get("users", [])
    return False


def _refuse(client: WebClient, body: dict[str, Any], text: str) -> None:
    channel = (body.get("channel") or {}).get("id") or body["user"]["id"]
    call(client, "chat.postEphemeral", channel=channel, user=body["user"]["id"], text=text)


def handle_review_action(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    ack()
    user, escalation_id = body["user"]["id"], int(action["value"])
    store = slack.services.escalations
    try:
        row = store.get(escalation_id)
    except EscalationError as exc:
        _refuse(client, body, str(exc))
        return
    team = slack.services.owners.teams[row.owner]
    if not is_reviewer(client, slack, user, row.owner):
        _refuse(client, body, NOT_A_REVIEWER.format(team=team.name))
        return
    outcome = action["action_id"].removeprefix("esc_")
    if outcome == "claim":
        try:
            store.claim(escalation_id, user)
        except EscalationError as exc:
            _refuse(client, body, str(exc))
            return
        _refresh_card(client, slack, escalation_id)
        return
    if row.status not in (Status.OPEN.value, Status.CLAIMED.value):
        _refuse(client, body, ALREADY.format(id=escalation_id))
        return
    call(
        client,
        "views.open",
        trigger_id=body["trigger_id"],
        view=decision_modal(escalation_id, outcome),
    )


def handle_decision(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, slack: SlackRuntime
) -> None:
    ack()
    user = body["user"]["id"]
    raw_id, outcome = view["private_metadata"].split("|", 1)
    escalation_id = int(raw_id)
    reason = (view["state"]["values"]["reason"]["value"].get("value") or "").strip() or None
    store = slack.services.escalations
    row = store.get(escalation_id)
    if not is_reviewer(client, slack, user, row.owner):  # the modal is no way around the check
        call(
            client,
            "chat.postMessage",
            channel=user,
            text=NOT_A_REVIEWER.format(team=slack.services.owners.teams[row.owner].name),
        )
        return
    try:
        decided = store.decide(escalation_id, user, Status(outcome), reason)
    except AlreadyDecided:
        call(client, "chat.postMessage", channel=user, text=ALREADY.format(id=escalation_id))
        return
    ruling = view["state"]["values"].get("ruling", {}).get("value", {})
    if ruling.get("selected_options"):
        publish_ruling(slack.services, escalation_id, actor=user)
    _refresh_card(client, slack, escalation_id)
    owner_name = slack.services.owners.teams[decided.owner].name
    notice = decision_notice(
        escalation_id=escalation_id,
        outcome=outcome,
        reviewer=user,
        reason=reason,
        owner_name=owner_name,
    )
    call(
        client,
        "chat.postMessage",
        channel=decided.channel or decided.requester,
        thread_ts=decided.thread_ts,
        **notice,
    )
    from bot.delivery.slack.home import publish_home  # home imports this module

    for person in sorted({decided.requester, user}):
        publish_home(client, slack, person)


def start_reminders(client: WebClient, slack: SlackRuntime, *, every_s: float = 60.0) -> None:
    """In the background: re-post the card of every escalation still open after the reminder
    period, once (the store marks what it reminded, so a restart doesn't remind again); expire
    what nobody handled; erase texts past the retention period."""
    import datetime as dt

    period = dt.timedelta(hours=slack.settings.reminder_hours)
    lifetime = dt.timedelta(hours=slack.settings.expire_hours)

    def loop() -> None:
        while True:
            try:
                for escalation_id in slack.services.escalations.remind_due(period):
                    post_card(client, slack, escalation_id)
                for escalation_id in slack.services.escalations.expire(lifetime):
                    _expired(client, slack, escalation_id)
                slack.services.escalations.apply_retention(slack.settings.retention_days)
            except Exception:
                log.exception("reminders failed")
            stop.wait(every_s)

    stop = threading.Event()
    threading.Thread(target=loop, name="reminders", daemon=True).start()


def _expired(client: WebClient, slack: SlackRuntime, escalation_id: int) -> None:
    """The card says so, and the employee hears it where they asked."""
    from bot.delivery.slack import texts

    _refresh_card(client, slack, escalation_id)
    row = slack.services.escalations.get(escalation_id)
    team = slack.services.owners.teams[row.owner].name
    lang = str(row.verdict.get("language") or "en")
    call(
        client,
        "chat.postMessage",
        channel=row.channel or row.requester,
        thread_ts=row.thread_ts,
        text=texts.t("expired", lang, id=escalation_id, owner=team),
    )
