"""create_app(settings): the Bolt app, its Web API client, and every surface registered once."""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.config import Settings
from bot.delivery.slack import actions, commands, escalations, events, home, shortcuts
from bot.delivery.slack.assistant import build_assistant
from bot.delivery.slack.history import History
from bot.delivery.slack.runtime import SlackRuntime
from bot.errors import ConfigError
from bot.services import Services

COMMAND = "/guideline-check"
SHORTCUT = "check_against_guidelines"
_BOT_TOKEN = re.compile(r"^xoxb-[\w-]+$")
_APP_TOKEN = re.compile(r"^xapp-[\w-]+$")


def require_tokens(settings: Settings, *, socket_mode: bool) -> None:
    """Missing or malformed tokens end in one sentence naming the variable."""
    if not settings.slack_bot_token:
        raise ConfigError(
            "SLACK_BOT_TOKEN is not set; copy the Bot User OAuth Token (xoxb-…) "
            "from your app's OAuth & Permissions page into .env."
        )
    if not _BOT_TOKEN.match(settings.slack_bot_token):
        raise ConfigError("SLACK_BOT_TOKEN is malformed; it must start with 'xoxb-'.")
    if socket_mode:
        if not _APP_TOKEN.match(settings.slack_app_token or ""):
            raise ConfigError(
                "SLACK_APP_TOKEN is malformed; it must start with 'xapp-' "
                "(an app-level token with connections:write)."
            )
    elif not settings.slack_signing_secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET is not set; copy it from your app's Basic "
            "Information page into .env, or set SLACK_APP_TOKEN for Socket Mode."
        )


def verify_token(settings: Settings) -> None:
    """Ask Slack (auth.test) before serving, so a bad token is one line, not a crashed worker."""
    client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url, timeout=10)
    try:
        client.auth_test()
    except SlackApiError as exc:
        raise ConfigError(
            f"Slack refused SLACK_BOT_TOKEN ({_reason(exc)}); check the token and "
            f"SLACK_API_URL ({settings.slack_api_url})."
        ) from None
    except Exception as exc:
        raise ConfigError(
            f"Cannot reach Slack at SLACK_API_URL ({settings.slack_api_url}): "
            f"{exc.__class__.__name__}; check the network or the URL."
        ) from None


def create_app(
    settings: Settings, services: Services | None = None, *, socket_mode: bool = False
) -> App:
    require_tokens(settings, socket_mode=socket_mode)
    services = services or Services(settings)
    services.ensure_ingested()
    client = WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3)],
        timeout=10,
    )
    try:
        app = App(
            signing_secret=settings.slack_signing_secret or "socket-mode",
            client=client,
            process_before_response=False,
            listener_executor=ThreadPoolExecutor(max_workers=32, thread_name_prefix="bolt"),
            logger=logging.getLogger("leitplanke.slack.bolt"),
        )
    except (BoltError, SlackApiError) as exc:
        raise ConfigError(
            f"Slack refused SLACK_BOT_TOKEN ({_reason(exc)}); check the token and "
            f"SLACK_API_URL ({settings.slack_api_url})."
        ) from None
    history = History(services.escalations.engine)
    history.import_legacy(settings.data_dir / "slack.sqlite3")  # where earlier versions kept it
    runtime = SlackRuntime(
        settings=settings,
        services=services,
        history=history,
        pool=ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="answer"),
    )

    @app.middleware
    def provide_runtime(context: BoltContext, next: Any) -> None:
        context["slack"] = runtime
        next()

    register(app)
    escalations.start_reminders(client, runtime, every_s=settings.reminder_check_s)
    return app


def register(app: App) -> None:
    """One place that wires every surface."""
    app.event("message")(events.handle_direct_message)
    app.event("app_mention")(events.handle_mention)
    app.event("app_home_opened")(home.handle_home_opened)
    app.command(COMMAND)(commands.handle_guideline_check)
    app.view("guideline_check_modal")(commands.handle_check_submission)
    app.shortcut(SHORTCUT)(shortcuts.handle_check_message)
    app.action("feedback_helpful")(actions.handle_helpful)
    app.action("feedback_not_helpful")(actions.handle_not_helpful)
    app.action("ask_human")(actions.handle_ask_human)
    app.action("request_approval")(actions.handle_request_approval)
    app.view("approval_request")(actions.handle_approval_request)
    app.view("feedback_reason_modal")(actions.handle_reason)
    app.action(re.compile(r"^esc_"))(escalations.handle_review_action)
    app.view("escalation_decision")(escalations.handle_decision)
    app.use(build_assistant())


def _reason(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    if response is not None and hasattr(response, "get"):
        return str(response.get("error") or exc)
    return str(exc).splitlines()[0][:120]
