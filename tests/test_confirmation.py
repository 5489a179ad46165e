"""Confirmation questions ("…, right?", "…, oder?") read as the question they confirm."""

from __future__ import annotations

import pytest

from bot.judgement.confirmation import restate


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "I can't tweet our revenue numbers before the earnings call, right?",
            "Can I tweet our revenue numbers before the earnings call?",
        ),
        (
            "I'm not allowed to ask people for campaign donations even on weekends, correct?",
            "Can I ask people for campaign donations even on weekends?",
        ),
        (
            "Posts with TTS as the author shouldn't contain personal opinions, right?",
            "Can posts with TTS as the author contain personal opinions?",
        ),
        (
            "I can keep a photo of my husband on my desk even though he's running, can't I?",
            "Can I keep a photo of my husband on my desk even though he's running?",
        ),
        (
            "Sharing a link to our public GitHub repo on Twitter is fine, right?",
            "Is sharing a link to our public GitHub repo on Twitter fine?",
        ),
        # The scene before the statement stays; only the statement is turned round.
        (
            "A reporter emailed me. I'm supposed to forward it to the press office and not "
            "answer, correct?",
            "A reporter emailed me. Can I forward it to the press office and not answer?",
        ),
        (
            "My bio says 'Backend engineer @ GitLab'. That's fine, isn't it?",
            "My bio says 'Backend engineer @ GitLab'. Is that fine?",
        ),
        (
            "If a journalist emails me, I should just forward it to comms, correct?",
            "If a journalist emails me, can I forward it to comms?",
        ),
        (
            "Just checking: we go on the byline together, right?",
            "Can we go on the byline together?",
        ),
        (
            "Ich darf doch sicher nicht einfach den Namen eines Kunden auf LinkedIn nennen, oder?",
            "Darf ich den Namen eines Kunden auf LinkedIn nennen?",
        ),
        (
            "Einen Wahlkampf-Button darf ich im Büro nicht tragen, oder?",
            "Darf ich einen Wahlkampf-Button im Büro tragen?",
        ),
        ("Ich darf doch keinen Button tragen, oder?", "Darf ich einen Button tragen?"),
    ],
)
def test_a_confirmation_question_is_read_as_the_question_it_confirms(
    message: str, question: str
) -> None:
    assert restate(message) == question


@pytest.mark.parametrize(
    "message",
    [
        "Can I post this?",
        "May I share the repo? It's public, right?",  # confirms a fact, not an act
        "Is that ok?",
        "Can I post this? Yes or no?",
        "Darf ich das posten?",
        "",
        "right?",
        # A tag is a word of its own after a comma, not the end of the last word.
        "Darf ich öffentlich schreiben, wie viel ich bei GitLab verdiene?",
        "Can I like my cousin's campaign page from my own phone?",
    ],
)
def test_other_messages_are_left_as_they_are(message: str) -> None:
    assert restate(message) == message
