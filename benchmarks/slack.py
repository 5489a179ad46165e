"""Slack app benchmark: ack latency under 50 concurrent slash commands, DM → answer latency.

Runs the app in its production server against the fake Slack, on this machine, over loopback:
    .venv/bin/python -m benchmarks.slack [--rounds 4] [--dms 100]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.evaluation.retrieval import percentile
from tests.conftest import SAMPLE_KNOWLEDGE
from tests.slack_fake import FakeSlack, SlackSender, ts_now
from tests.slack_process import SECRET, start_app

QUESTIONS = [
    "Darf ich Fotos aus der Werkshalle posten?",
    "May I name our customer on LinkedIn?",
    "Can I share our quarterly revenue?",
    "Darf ich unsere Stellenanzeige teilen?",
    "Wer darf einen Instagram-Account für das Unternehmen anlegen?",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=4, help="rounds of 50 concurrent commands")
    parser.add_argument("--dms", type=int, default=100, help="DMs for the answer latency")
    args = parser.parse_args()
    fake = FakeSlack().start()
    with tempfile.TemporaryDirectory(prefix="leitplanke-slack-bench-") as tmp:
        app = start_app(fake, Path(tmp), SAMPLE_KNOWLEDGE, Path(tmp) / "store")
        try:
            sender = SlackSender(app.events_url, SECRET)
            for question in QUESTIONS:  # warm-up
                sender.command(question, response_url=fake.response_url("warm"))
            acks: list[float] = []
            with ThreadPoolExecutor(max_workers=50) as pool:
                for r in range(args.rounds):
                    jobs = [
                        (QUESTIONS[n % len(QUESTIONS)], fake.response_url(f"b{r}-{n}"))
                        for n in range(50)
                    ]
                    results = list(
                        pool.map(lambda job: sender.command(job[0], response_url=job[1]), jobs)
                    )
                    acks += [seconds * 1000 for status, _, seconds in results if status == 200]
                    time.sleep(2)  # let the answers drain before the next burst
            answers: list[float] = []
            for n in range(args.dms):
                event = {
                    "type": "message",
                    "channel": "D0BENCH01",
                    "channel_type": "im",
                    "user": "U0123ABCD",
                    "text": QUESTIONS[n % len(QUESTIONS)],
                    "ts": ts_now(),
                }
                sent = time.time()
                sender.event(event)
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    done = [
                        c
                        for c in fake.calls_to("chat.postMessage")
                        if c.args.get("thread_ts") == event["ts"]
                    ]
                    if done:
                        answers.append((done[0].at - sent) * 1000)
                        break
                    time.sleep(0.002)
        finally:
            app.stop()
            fake.stop()
    print(
        json.dumps(
            {
                "slash_commands": len(acks),
                "ack_p50_ms": round(statistics.median(acks), 1),
                "ack_p99_ms": round(percentile(acks, 0.99), 1),
                "ack_max_ms": round(max(acks), 1),
                "dm_answers": len(answers),
                "dm_to_post_p50_ms": round(statistics.median(answers), 1),
                "dm_to_post_p95_ms": round(percentile(answers, 0.95), 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
