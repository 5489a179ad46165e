"""App Home: what the bot is for, how to ask, the guideline documents, the user's recent checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from slack_sdk import WebClient

from bot.delivery.slack.blocks import home_view
from bot.delivery.slack.escalations import is_reviewer
from bot.delivery.slack.runtime import SlackRuntime, call


def handle_home_opened(event: dict[str, Any], client: WebClient, slack: SlackRuntime) -> None:
    if event.get("tab", "home") == "home":
        publish_home(client, slack, event["user"])


def publish_home(client: WebClient, slack: SlackRuntime, user: str) -> None:
    documents = sorted({(c.document, c.source) for c in slack.services.retriever.clauses.values()})
    store = slack.services.escalations
    mine = [(e.id, e.status, e.text or "(erased)") for e in store.list(requester=user)][-10:]
    teams = [key for key in slack.services.owners.teams if is_reviewer(client, slack, user, key)]
    queue = None
    if teams:
        now = dt.datetime.now(dt.UTC)
        queue = sorted(
            (
                e.id,
                _age(now - _aware(e.created_at)),
                slack.services.owners.teams[e.owner].name,
                e.text or "(erased)",
            )
            for key in teams
            for status in ("open", "claimed")
            for e in store.list(owner=key, status=status)
        )
    view = home_view(
        documents=documents,
        recent=slack.history.recent(user),
        source_base_url=slack.settings.source_base_url,
        queue=queue,
        mine=mine,
    )
    call(client, "views.publish", user_id=user, view=view)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)  # SQLite drops the zone


def _age(delta: dt.timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours >= 24:
        return f"{hours // 24} d {hours % 24} h"
    return f"{hours} h {int(delta.total_seconds() % 3600 // 60)} min"
