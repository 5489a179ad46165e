"""Questions that ask whether a permission is needed are read as asking for the act."""

from __future__ import annotations

import pytest

from bot.judgement.permission import permission_asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Do I need anyone's permission to write a review of GitLab on Glassdoor?",
            "Can I write a review of GitLab on Glassdoor?",
        ),
        ("Do we need the Brand team's approval to use the logo?", "Can we use the logo?"),
        ("Do I need approval from Legal before I mention the case?", "Can I mention the case?"),
        ("Is approval needed to post the slides?", "Can I post the slides?"),
        ("Is there any approval required for me to post the slides?", "Can I post the slides?"),
        (
            "Do I have to ask anyone before I share a customer's story from our case study?",
            "Can I share a customer's story from our case study?",
        ),
        (
            "Do I need to check with my manager before I post about the release?",
            "Can I post about the release?",
        ),
        (
            "Whose okay do I need to answer a reporter's questions?",
            "Can I answer a reporter's questions?",
        ),
        (
            "Who do I need to ask before I post a photo of the plant?",
            "Can I post a photo of the plant?",
        ),
        (
            "Can my manager give me permission to wear a campaign button at my desk?",
            "Can I wear a campaign button at my desk?",
        ),
        (
            "Brauche ich eine Genehmigung meiner Behörde, um als Kandidat anzutreten?",
            "Darf ich als Kandidat antreten?",
        ),
        (
            "Brauche ich eine Freigabe, um über den Rechtsstreit zu schreiben?",
            "Darf ich über den Rechtsstreit schreiben?",
        ),
        (
            "Muss ich jemandem Bescheid geben, bevor ich mich in eine Diskussion einschalte?",
            "Darf ich mich in eine Diskussion einschalten?",
        ),
    ],
)
def test_a_question_whether_permission_is_needed_asks_for_the_act(
    question: str, asked: str
) -> None:
    assert permission_asked(question) == asked


def test_the_person_whose_consent_it_is_stays_in_the_question() -> None:
    # "her phone number" is the colleague's: without her the act would read as one's own.
    assert (
        permission_asked(
            "Muss ich meine Kollegin um Erlaubnis fragen, bevor ich ihre Handynummer teile?"
        )
        == "Es geht um meine Kollegin. Darf ich ihre Handynummer teilen?"
    )
    assert (
        permission_asked("Do I have to ask my coworker for permission before I post her photo?")
        == "It is about my coworker. Can I post her photo?"
    )
    # Whoever decides is no one the act is about.
    assert (
        permission_asked("Do I have to ask my manager before I post our team photo?")
        == "Can I post our team photo?"
    )


@pytest.mark.parametrize(
    "question",
    [
        # An obligation, not a permission: what must be done is another question.
        "Do I need to disclose that I work at GitLab?",
        "Is a disclosure needed in my bio?",
        # Already asking for the act, or asking something else.
        "Can I post the slides?",
        "Who approves blog posts?",
        "Brauche ich ein Profilbild?",
        "Previous sentence. Do I need a new laptop?",
    ],
)
def test_other_questions_stay_as_they_are(question: str) -> None:
    assert permission_asked(question) == question


def test_only_the_last_sentence_is_read() -> None:
    assert (
        permission_asked("I work at 18F. Do I need approval to speak at a conference?")
        == "I work at 18F. Can I speak at a conference?"
    )
