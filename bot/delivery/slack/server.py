"""Serving: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP behind gunicorn (/slack/events)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from bot.config import Settings

Environ = dict[str, Any]
StartResponse = Callable[..., Any]


def wsgi_app(settings: Settings) -> Callable[[Environ, StartResponse], Iterable[bytes]]:
    """The WSGI application: /slack/events for Slack, /healthz for the platform."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    from bot.delivery.slack.app import create_app

    handler = SlackRequestHandler(create_app(settings))

    def application(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        if path == "/slack/events":
            # slack-bolt types this return as Any in some versions and as bytes in others
            response: Iterable[bytes] = handler(environ, start_response)
            return response
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return application


def serve(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if settings.slack_app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        from bot.delivery.slack.app import create_app

        app = create_app(settings, socket_mode=True)
        SocketModeHandler(app, settings.slack_app_token).start()  # type: ignore[no-untyped-call]
        return
    _gunicorn(settings)


def _gunicorn(settings: Settings) -> None:
    from bot.delivery.slack.app import require_tokens, verify_token

    require_tokens(settings, socket_mode=False)  # fail before gunicorn starts, in one line
    verify_token(settings)
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"{settings.host}:{settings.port}")
            self.cfg.set("workers", 1)  # one process: the de-duplication memory is shared
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", 32)
            self.cfg.set("timeout", 60)
            self.cfg.set("accesslog", None)

        def load(self) -> Callable[[Environ, StartResponse], Iterable[bytes]]:
            return wsgi_app(settings)

    Server().run()
