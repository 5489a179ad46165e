"""A question that measures one act against another ("Is X just as fine as Y?") is about X."""

from __future__ import annotations

import pytest

from bot.judgement.comparisons import compared


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        # The yardstick in the same sentence.
        (
            "Is writing 'my favorite event' in an official tweet as okay as just announcing "
            "who is speaking?",
            "Is writing 'my favorite event' in an official tweet okay?",
        ),
        (
            "I'm speaking at an event. Is posting live from it just as okay as pre-planning?",
            "I'm speaking at an event. Is posting live from it okay?",
        ),
        (
            "Ist ein Retweet über ihren Podcast-Auftritt genauso in Ordnung wie einer über "
            "ihren Vortrag?",
            "Ist ein Retweet über ihren Podcast-Auftritt in Ordnung?",
        ),
        (
            "Darf ich auf Glassdoor genauso offen schreiben, wie ich es Freunden erzähle?",
            "Darf ich auf Glassdoor offen schreiben?",
        ),
        # The yardstick a sentence of its own, before the question.
        (
            "Posting that I love GitLab CI is fine. Is posting that GitHub Actions is garbage "
            "just as fine?",
            "Is posting that GitHub Actions is garbage fine?",
        ),
        (
            "I answer questions in blog comments all the time. Is answering a reporter's "
            "questions by email any different?",
            "I answer questions in blog comments all the time. Is answering a reporter's "
            "questions by email okay?",
        ),
        (
            "Ein Schild im Vorgarten ist erlaubt. Ist ein Parteibutton im Büro genauso erlaubt?",
            "Ist ein Parteibutton im Büro erlaubt?",
        ),
        (
            "If a bumper sticker on my own car is fine, is the same sticker on the government "
            "vehicle just as fine?",
            "Is the same sticker on the government vehicle fine?",
        ),
        (
            "Running in a partisan election is off limits for me. Is running for school board "
            "in a nonpartisan election just as off limits?",
            "Is running for school board in a nonpartisan election off limits?",
        ),
        (
            "Sharing our blog posts is fine. Can I share my talk slides too?",
            "Can I share my talk slides?",
        ),
    ],
)
def test_the_yardstick_is_no_part_of_the_question(message: str, asked: str) -> None:
    assert compared(message) == asked


@pytest.mark.parametrize(
    "message",
    [
        # Nothing compared.
        "Is the same sticker on the government vehicle allowed?",
        "Is it fine to post our public repo?",
        "I know I can retweet it.",
    ],
)
def test_a_question_that_compares_nothing_or_needs_its_yardstick_stays(message: str) -> None:
    assert compared(message) == message
