"""Acks stay fast while slow answers are in flight: slow work runs behind the ack."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import SAMPLE_KNOWLEDGE
from tests.slack_fake import FakeSlack, SlackSender, ts_now
from tests.slack_process import SECRET, start_app


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack(llm_delay_s=3.0).start()
    yield slack
    slack.stop()


def test_slash_command_is_acked_fast_with_20_slow_answers_in_flight(
    fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    pytest.importorskip("langchain_openai")
    tmp = tmp_path_factory.mktemp("slack-load")
    app = start_app(
        fake,
        tmp,
        SAMPLE_KNOWLEDGE,
        tmp / "store",
        extra_env={
            "LEITPLANKE_LLM": "openai:slow-model",
            "OPENAI_BASE_URL": fake.url + "/v1",
            "OPENAI_API_KEY": "sk-test-local",
            "LEITPLANKE_LLM_TIMEOUT_S": "30",
        },
    )
    try:
        sender = SlackSender(app.events_url, SECRET)
        events = [
            {
                "type": "message",
                "channel": f"D0LOAD{n:03d}",
                "channel_type": "im",
                "user": "U0123ABCD",
                "text": "Darf ich Fotos aus der Werkshalle posten?",
                "ts": ts_now(),
            }
            for n in range(20)
        ]
        with ThreadPoolExecutor(max_workers=20) as pool:
            acks = list(pool.map(lambda e: sender.event(e), events))
        assert all(status == 200 for status, _, _ in acks)
        deadline = time.monotonic() + 20
        while fake.llm_calls < 10:  # the answers are now waiting on the slow model
            assert time.monotonic() < deadline, fake.llm_calls
            time.sleep(0.05)
        status, _, seconds = sender.command(
            "Unser Umsatz: 48 Mio. €", response_url=fake.response_url("busy")
        )
        assert status == 200 and seconds < 1.0, seconds
        assert len(fake.calls_to("chat.postMessage")) < 20  # they really were still in flight
        fake.wait_for("chat.postMessage", count=20, timeout=60)
        assert fake.wait_for_response("busy", timeout=60)["response_type"] == "ephemeral"
    finally:
        app.stop()
