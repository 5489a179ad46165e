"""App Home: what the bot is for, how to ask, the guideline documents, the user's recent checks."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.delivery.slack.blocks import home_view
from bot.delivery.slack.runtime import SlackRuntime, call


def handle_home_opened(event: dict[str, Any], client: WebClient, slack: SlackRuntime) -> None:
    if event.get("tab", "home") != "home":
        return
    user = event["user"]
    documents = sorted({(c.document, c.source) for c in slack.services.retriever.clauses.values()})
    view = home_view(
        documents=documents,
        recent=slack.history.recent(user),
        source_base_url=slack.settings.source_base_url,
    )
    call(client, "views.publish", user_id=user, view=view)
