"""The act set aside ("Instead of …, can I …?") is no part of the question asked."""

from __future__ import annotations

import pytest

from bot.judgement.alternatives import set_aside


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "Instead of forwarding it to press@gsa.gov, can I reply to the reporter?",
            "Can I reply to the reporter?",
        ),
        (
            "Rather than running for the state legislature as a Democrat, may I run for the "
            "school board in a nonpartisan election?",
            "May I run for the school board in a nonpartisan election?",
        ),
        (
            "Statt selbst zu spenden: Darf ich meine Kollegen um Spenden bitten?",
            "Darf ich meine Kollegen um Spenden bitten?",
        ),
        # The set-aside act's own comma is not where the question begins.
        (
            "Statt nur zu schreiben, dass unsere Kollegin spricht: Darf ich „Hingehen!“ twittern?",
            "Darf ich „Hingehen!“ twittern?",
        ),
        # German puts the verb first after the set-aside act; alone, the sentence starts with "Ich".
        (
            "Anstatt die Fallstudie zu teilen, würde ich gern eigene Details posten. Darf ich das?",
            "Ich würde gern eigene Details posten. Darf ich das?",
        ),
        (
            "Rather than a long thread, I'd like to share our public repo. Is that okay?",
            "I'd like to share our public repo. Is that okay?",
        ),
        # "without one" keeps what it points back at.
        (
            "Instead of spending time on an image description, can I tweet the photo without one?",
            "Can I tweet the photo without an image description?",
        ),
        # "it" opening "is it …" and the "IT" of "fed IT event" point back at nothing.
        (
            "Instead of a plain tweet, can the account post 'My favorite fed IT event!'?",
            "Can the account post 'My favorite fed IT event!'?",
        ),
    ],
)
def test_the_question_is_read_from_where_it_asks(message: str, asked: str) -> None:
    assert set_aside(message) == asked


@pytest.mark.parametrize(
    "message",
    [
        # Its words point back at the act set aside: without it the question lacks its object.
        "Rather than forwarding the reporter's email, can I answer her questions myself?",
        "Rather than just liking the agency's post, may I join its comment thread?",
        "Statt die Spenden-Mail zu löschen: Darf ich sie an Kollegen weiterleiten?",
        # Not opening with the act set aside, or no question after it.
        "Can I publish on the FedRAMP blog instead of the 18F blog?",
        "Instead of the 18F blog the FedRAMP blog",
        "Rather than that.",
    ],
)
def test_a_question_that_needs_the_act_set_aside_stays_whole(message: str) -> None:
    assert set_aside(message) == message
