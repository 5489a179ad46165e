"""What every Slack handler gets through Bolt's context: the engine, memory, and a worker pool."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.delivery.slack import texts
from bot.delivery.slack.blocks import verdict_message
from bot.delivery.slack.dedupe import Seen
from bot.delivery.slack.history import History
from bot.models import Verdict
from bot.services import Services

log = logging.getLogger("leitplanke.slack")


@dataclass
class SlackRuntime:
    settings: Settings
    services: Services
    history: History
    pool: ThreadPoolExecutor
    seen: Seen = field(default_factory=Seen)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock)

    def later(self, work: Callable[..., None], *args: Any) -> None:
        """Slow work runs behind the ack, on a pool of its own; failures end in a log line."""

        def run() -> None:
            try:
                work(*args)
            except Exception:
                log.exception("answer failed")

        self.pool.submit(run)

    def message_for(
        self,
        verdict: Verdict,
        *,
        user: str,
        channel: str | None,
        kind: str,
        text: str,
        thread_ts: str | None = None,
    ) -> dict[str, Any]:
        check_id = self.history.record_check(
            user=user,
            channel=channel,
            kind=kind,
            text=text,
            decision=verdict.decision.value,
            owner=verdict.owner,
            thread_ts=thread_ts,
            verdict=verdict.model_dump_json(),
        )
        return verdict_message(
            verdict,
            asked=text,
            kind=kind,
            check_id=check_id,
            source_base_url=self.settings.source_base_url,
        )


def call(
    client: WebClient, method: str, *, fallback: Callable[[], object] | None = None, **kwargs: Any
) -> dict[str, Any] | None:
    """One Web API call. Rate limits are retried by the client; any other error (channel_not_found,
    not_in_channel, invalid_auth, 5xx) is logged, and where a user waits they get a short note."""
    try:
        response = client.api_call(method, json=kwargs)
        return dict(response.data) if isinstance(response.data, dict) else None
    except SlackApiError as exc:
        error = exc.response.get("error") if exc.response is not None else None
        status = exc.response.status_code if exc.response is not None else None
        log.warning("Slack %s failed: %s (HTTP %s)", method, error, status)
    except Exception as exc:  # connection errors
        log.warning("Slack %s failed: %s", method, exc.__class__.__name__)
    if fallback is not None:
        try:
            fallback()
        except Exception as exc:
            log.warning("Slack fallback after %s failed too: %s", method, exc.__class__.__name__)
    return None


def failure_note(lang: str) -> str:
    return texts.t("failed", lang)
