"""Start `leitplanke serve` as its own process against a FakeSlack, and stop it again."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.slack_fake import FakeSlack

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-1234567890-0987654321-LeitplankeTestToken"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class AppProcess:
    process: subprocess.Popen[str]
    port: int
    data: Path
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def stop(self) -> str:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.output()


def start_app(
    fake: FakeSlack,
    tmp: Path,
    knowledge: Path,
    store: Path,
    extra_env: dict[str, str] | None = None,
    wait: bool = True,
) -> AppProcess:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEITPLANKE_", "SLACK_"))}
    env.update(
        {
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.api_url,
            "PORT": str(port),
            "LEITPLANKE_HOST": "127.0.0.1",
            "LEITPLANKE_KNOWLEDGE_DIR": str(knowledge),
            "LEITPLANKE_STORE_DIR": str(store),
            "LEITPLANKE_DATA_DIR": str(tmp),
            "PYTHONWARNINGS": "ignore",
            **(extra_env or {}),
        }
    )
    log = tmp / f"app-{port}.log"  # a file, not a pipe nobody reads (a full pipe blocks the app)
    with log.open("w") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            env=env,
            text=True,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    app = AppProcess(process, port, tmp, tmp / f"app-{port}.log")
    if wait:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError("the app exited:\n" + app.stop())
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    if r.status == 200:
                        return app
            except OSError:
                time.sleep(0.2)
        raise AssertionError("the app did not become healthy:\n" + app.stop())
    return app
