"""Socket Mode: with SLACK_APP_TOKEN the app connects out to a (fake) websocket and answers."""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.sync.server import Server, ServerConnection, serve

from tests.conftest import SAMPLE_KNOWLEDGE
from tests.slack_fake import TEAM, FakeSlack, ts_now
from tests.slack_process import start_app


class FakeSocketMode:
    """Slack's side of Socket Mode: says hello, pushes envelopes, collects the app's acks."""

    def __init__(self) -> None:
        self.outbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.acks: list[dict[str, Any]] = []
        self.connected = threading.Event()
        self._server: Server = serve(self._session, "127.0.0.1", 0)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link"

    def _session(self, connection: ServerConnection) -> None:
        connection.send(
            json.dumps(
                {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0123ABCD"}}
            )
        )
        self.connected.set()
        while True:
            try:
                envelope = self.outbox.get(timeout=0.1)
                connection.send(json.dumps(envelope))
            except queue.Empty:
                pass
            try:
                message = connection.recv(timeout=0.05)
            except TimeoutError:
                continue
            except Exception:
                return
            self.acks.append(json.loads(message))

    def push(self, kind: str, payload: dict[str, Any]) -> str:
        envelope_id = str(uuid.uuid4())
        self.outbox.put(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "payload": payload,
                "accepts_response_payload": kind != "events_api",
            }
        )
        return envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 10) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for ack in self.acks:
                if ack.get("envelope_id") == envelope_id:
                    return ack
            time.sleep(0.02)
        raise AssertionError(f"no ack for {envelope_id}")

    def stop(self) -> None:
        self._server.shutdown()


@pytest.fixture
def socket_mode() -> Iterator[tuple[FakeSlack, FakeSocketMode]]:
    sockets = FakeSocketMode()
    slack = FakeSlack(socket_url=sockets.url).start()
    yield slack, sockets
    slack.stop()
    sockets.stop()


def test_socket_mode_answers_a_dm_and_a_slash_command(
    socket_mode: tuple[FakeSlack, FakeSocketMode], tmp_path_factory: pytest.TempPathFactory
) -> None:
    fake, sockets = socket_mode
    tmp = tmp_path_factory.mktemp("socket-mode")
    app = start_app(
        fake,
        tmp,
        SAMPLE_KNOWLEDGE,
        tmp / "store",
        wait=False,
        extra_env={
            "SLACK_APP_TOKEN": "xapp-1-A0123ABCD-1234567890-abcdef",
            "SLACK_SIGNING_SECRET": "",
        },
    )
    try:
        assert sockets.connected.wait(120), app.output()
        (opened,) = fake.calls_to("apps.connections.open")
        assert opened.token == "xapp-1-A0123ABCD-1234567890-abcdef"
        event = {
            "type": "message",
            "channel": "D0SOCKET1",
            "channel_type": "im",
            "user": "U0123ABCD",
            "text": "Darf ich Fotos aus der Werkshalle posten?",
            "ts": ts_now(),
        }
        envelope = sockets.push(
            "events_api",
            {
                "type": "event_callback",
                "team_id": TEAM,
                "event_id": "Ev0SOCKET01",
                "event_time": int(time.time()),
                "event": event,
            },
        )
        sockets.wait_for_ack(envelope)
        call = fake.wait_for("chat.postMessage")[-1]
        assert call.args["thread_ts"] == event["ts"]
        assert "Nur mit Freigabe" in json.dumps(call.args["blocks"], ensure_ascii=False)
        command = sockets.push(
            "slash_commands",
            {
                "command": "/guideline-check",
                "text": "Unser Umsatz: 48 Mio. €",
                "user_id": "U0123ABCD",
                "channel_id": "C0456EFGH",
                "team_id": TEAM,
                "response_url": fake.response_url("socket"),
                "trigger_id": "1.2.3",
            },
        )
        sockets.wait_for_ack(command)
        assert fake.wait_for_response("socket")["response_type"] == "ephemeral"
    finally:
        app.stop()


def test_malformed_app_token_is_one_line(tmp_path_factory: pytest.TempPathFactory) -> None:
    fake = FakeSlack().start()
    tmp = tmp_path_factory.mktemp("socket-bad")
    try:
        app = start_app(
            fake,
            tmp,
            SAMPLE_KNOWLEDGE,
            tmp / "store",
            wait=False,
            extra_env={"SLACK_APP_TOKEN": "not-an-app-token"},
        )
        try:
            app.process.wait(timeout=120)
        finally:
            app.stop()  # never leave a server behind, whatever happened
        assert app.process.returncode == 1
        assert app.output().strip().splitlines()[-1] == (
            "leitplanke: SLACK_APP_TOKEN is malformed; it must start with 'xapp-' "
            "(an app-level token with connections:write)."
        )
    finally:
        fake.stop()
