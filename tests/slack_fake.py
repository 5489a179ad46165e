"""A fake Slack for tests: the Web API over real HTTP, and a sender that signs real payloads.

Usable outside this repository too: start FakeSlack, point the app's SLACK_API_URL at
`fake.api_url`, and send with SlackSender.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOT_USER = "U0BOT0001"
TEAM = "T0789IJKL"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float


@dataclass
class FakeSlack:
    """Records every call; answers like Slack; errors can be queued per method."""

    calls: list[Call] = field(default_factory=list)
    responses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # response_url posts
    replies: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # thread ts → messages
    # method → (status, body, headers, channel): a failure for the next call (to that channel)
    queued: dict[str, list[tuple[int, dict[str, Any], dict[str, str], str | None]]] = field(
        default_factory=dict
    )
    socket_url: str | None = None  # what apps.connections.open hands out (Socket Mode)
    usergroups: dict[str, list[str]] = field(default_factory=dict)
    llm_delay_s: float = 3.0
    llm_calls: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ts: itertools.count = field(default_factory=lambda: itertools.count(1))

    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, body, headers = fake._handle(self.path, self.headers, raw)
                data = json.dumps(body).encode()
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    def fail_next(
        self,
        method: str,
        *,
        status: int = 200,
        error: str = "",
        headers: dict[str, str] | None = None,
        times: int = 1,
        channel: str | None = None,
    ) -> None:
        """Fail the next call(s) to `method`; with `channel`, only calls to that channel, so a
        late post from an earlier test cannot use up the failure meant for this one."""
        body = {"ok": False, "error": error or "ratelimited"}
        with self._lock:
            self.queued.setdefault(method, []).extend(
                [(status, body, headers or {}, channel)] * times
            )

    def _handle(
        self, path: str, headers: Any, raw: bytes
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        if path.startswith("/v1/chat/completions"):
            return 200, self._slow_llm(json.loads(raw or b"{}")), {}
        if path.startswith("/response/"):
            payload = json.loads(raw or b"{}")
            with self._lock:
                self.responses.append((path.rsplit("/", 1)[1], payload))
            return 200, {"ok": True}, {}
        method = path.split("/api/", 1)[-1]
        args = _parse(headers.get("Content-Type", ""), raw)
        token = (headers.get("Authorization") or "").removeprefix("Bearer ") or args.get("token")
        with self._lock:
            self.calls.append(Call(method, args, token, time.time()))
            queued = self.queued.get(method) or []
            for index, (status, body, extra, channel) in enumerate(queued):
                if channel is None or channel == args.get("channel"):
                    del queued[index]
                    return status, body, extra
        if token == "xoxb-invalid":
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        return 200, self._answer(method, args), {}

    def _slow_llm(self, body: dict[str, Any]) -> dict[str, Any]:
        """An OpenAI-compatible chat model that takes `llm_delay_s` to say 'unclear'."""
        with self._lock:
            self.llm_calls += 1
        time.sleep(self.llm_delay_s)
        return openai_completion(
            body, {"decision": "unclear", "answer": "Slow answer.", "citations": []}
        )

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.usergroups.get(str(args.get("usergroup")), [])}
        if method == "apps.connections.open":
            return (
                {"ok": True, "url": self.socket_url}
                if self.socket_url
                else {"ok": False, "error": "not_allowed_token_type"}
            )
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://example.slack.com/",
                "team": "Example",
                "user": "leitplanke",
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": "B0BOT0001",
            }
        if method == "chat.postMessage":
            return {
                "ok": True,
                "channel": args.get("channel"),
                "ts": ts,
                "message": {"text": args.get("text"), "ts": ts},
            }
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "conversations.replies":
            return {"ok": True, "messages": self.replies.get(str(args.get("ts")), [])}
        if method in ("views.open", "views.publish"):
            return {"ok": True, "view": {"id": "V0123ABCD", **(args.get("view") or {})}}
        return {"ok": True}

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(
            f"expected {count} call(s) to {method}, got {len(self.calls_to(method))}"
        )

    def wait_for_response(self, name: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for key, payload in self.responses:
                    if key == name:
                        return payload
            time.sleep(0.02)
        raise AssertionError(f"no post to response_url {name}")


def openai_completion(body: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI chat completion carrying `answer` as JSON: as a tool call when the request
    offered tools (function-calling structured output), else as the message content."""
    arguments = json.dumps(answer)
    message: dict[str, Any] = {"role": "assistant", "content": arguments}
    if body.get("tools"):
        name = body["tools"][0]["function"]["name"]
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ],
        }
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _parse(content_type: str, raw: bytes) -> dict[str, Any]:
    if "json" in content_type:
        return dict(json.loads(raw or b"{}"))
    form = dict(urllib.parse.parse_qsl(raw.decode()))
    for key in ("blocks", "view", "prompts"):
        if key in form:
            form[key] = json.loads(form[key])
    return form


@dataclass
class SlackSender:
    """Acts as Slack: builds payloads, signs them, POSTs them to the app over HTTP."""

    url: str  # the app's /slack/events
    secret: str
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def post(
        self,
        body: bytes,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes, float]:
        stamp = str(timestamp if timestamp is not None else int(time.time()))
        base = b"v0:" + stamp.encode() + b":" + body
        signed = "v0=" + hmac.new(self.secret.encode(), base, hashlib.sha256).hexdigest()
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": signature or signed,
                **(headers or {}),
            },
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read(), time.perf_counter() - started
        except urllib.error.HTTPError as error:
            return error.code, error.read(), time.perf_counter() - started

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None
    ) -> tuple[int, bytes, float]:
        event_id = event_id or f"Ev{uuid.uuid4().hex[:10].upper()}"
        body = json.dumps(
            {
                "token": "legacy",
                "team_id": TEAM,
                "api_app_id": "A0123ABCD",
                "type": "event_callback",
                "event_id": event_id,
                "event_time": int(time.time()),
                "event": event,
                "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
            }
        ).encode()
        extra = (
            {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
            if retry
            else {}
        )
        return self.post(body, "application/json", headers=extra)

    def command(
        self, text: str, *, response_url: str, user: str = "U0123ABCD", channel: str = "C0456EFGH"
    ) -> tuple[int, bytes, float]:
        form = {
            "token": "legacy",
            "team_id": TEAM,
            "channel_id": channel,
            "user_id": user,
            "user_name": "erika",
            "command": "/guideline-check",
            "text": text,
            "response_url": response_url,
            "trigger_id": f"1337.{next(self._ids)}.abc",
        }
        return self.post(urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded")

    def interaction(self, payload: dict[str, Any]) -> tuple[int, bytes, float]:
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded")


def ts_now() -> str:
    return f"{time.time():.6f}"
