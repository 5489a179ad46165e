"""German typed without umlauts is read as written with them; findings still point at the draft."""

from __future__ import annotations

from pathlib import Path

from bot.judgement.detectors import Kind, detect
from bot.judgement.register import Register
from bot.judgement.spelling import respell
from bot.models import Decision
from tests.test_judgement import judge_of


def test_words_typed_without_umlauts_get_them_back() -> None:
    respelled = respell("darf ich im buero ausserhalb der dienstzeit ueber die wahl reden?")
    assert respelled.text == "darf ich im büro außerhalb der dienstzeit über die wahl reden?"


def test_words_spelled_with_ue_or_ss_and_english_text_stay() -> None:
    kept = "Die neue Steuer ist aktuell, dass weiss ich: Quelle und Feuer"
    assert respell(kept).text.startswith("Die neue Steuer ist aktuell, dass")
    english = "Can I post about the issue with the queue? It's true, Joe does."
    assert respell(english).text == english


def test_capitals_are_kept() -> None:
    assert respell("Ueber das BUERO darf ich nichts posten, oder?").text.startswith("Über das BÜRO")


def test_spans_of_the_respelled_text_map_back_to_the_words_as_typed() -> None:
    typed = "nächste woche: darf ich im buero ueber den Wahlkampf posten?"
    respelled = respell(typed)
    start = respelled.text.index("büro")
    assert respelled.to_original(start, start + len("büro")) == (
        typed.index("buero"),
        typed.index("buero") + len("buero"),
    )
    after = respelled.text.index("Wahlkampf")
    mapped = respelled.to_original(after, after + len("Wahlkampf"))
    assert typed[mapped[0] : mapped[1]] == "Wahlkampf"


def test_detectors_see_the_respelled_draft() -> None:
    typed = "Wahlkampfstand von Senatorin Ruiz direkt vor meinem buero, kommt vorbei!"
    assert Kind.POLITICS_AT_WORK not in {hit.kind for hit in detect(typed, Register())}
    draft = respell(typed).text
    assert Kind.POLITICS_AT_WORK in {hit.kind for hit in detect(draft, Register())}


def test_a_draft_typed_without_umlauts_gets_the_same_verdict_and_spans_into_it(
    tmp_path: Path, make_services: object
) -> None:
    pipeline = judge_of(
        tmp_path,
        make_services,
        """\
        # Leitlinie

        ## Politik am Arbeitsplatz

        Parteipolitische Werbung im Büro und während der Dienstzeit ist nicht erlaubt.
        """,
    )
    typed = "Wahlplakat fuer Senatorin Ruiz haengt jetzt in meinem buero!"
    spelled = "Wahlplakat für Senatorin Ruiz hängt jetzt in meinem Büro!"
    as_typed, with_umlauts = pipeline.check(typed), pipeline.check(spelled)
    assert as_typed.decision is with_umlauts.decision is Decision.NOT_ALLOWED
    assert [f.kind for f in as_typed.findings] == [f.kind for f in with_umlauts.findings]
    for finding in as_typed.findings:
        assert typed[finding.span.start : finding.span.end] == finding.span.text
    assert any("buero" in f.span.text for f in as_typed.findings)


def test_chat_shorthand_is_spelled_out() -> None:
    respelled = respell(
        "ok to post abt our Q3 numbers b4 the call? from my gov laptop bc it matters"
    )
    assert respelled.text == (
        "ok to post about our Q3 numbers before the call? from my government laptop because it "
        "matters"
    )
    assert respell("a reporter DMed me w/ a question, can u RT it?").text == (
        "a reporter DMed me with a question, can you retweet it?"
    )
    assert (
        respell("darf ich nen leserbrief schreiben?").text == "darf ich einen leserbrief schreiben?"
    )


def test_shorthand_inside_names_addresses_and_other_cases_stays() -> None:
    kept = "See login.gov or www.gov.uk, mail gov@example.org; U.S. rules; rt is not RT"
    assert respell(kept).text == kept.replace("not RT", "not retweet")


VOCABULARY = {"glassdoor": 3, "comment": 4, "moment": 1, "account": 5, "linkedin": 1, "bumper": 2}


def test_typos_are_mended_to_the_guidelines_words_first() -> None:
    typed = "cna i write a reveiw on glasdoor and coment from my acount?"
    assert respell(typed, "en", VOCABULARY).text == (
        "can i write a review on glassdoor and comment from my account?"
    )
    # German text: only into the guidelines' own words ("Anstecker", "gepostet" stay).
    german = "darf ich den screenshto auf linkdin zeigen, gepostet mit anstecker?"
    assert respell(german, "de", {**VOCABULARY, "screenshot": 1}).text == (
        "darf ich den screenshot auf linkedin zeigen, gepostet mit anstecker?"
    )


def test_words_of_chat_names_addresses_and_inflections_are_no_typos() -> None:
    kept = [
        "lol the tech admin reposted it, doesn't matter",  # chat, derived, contraction
        "slides at speakerdeck.com/me/scaling-gitaly and https://example.org",
        "Rivera and Okonkwo texted me",  # names in capitals, an inflection
        "sooo excited",
    ]
    for text in kept:
        assert respell(text, "en", VOCABULARY).text == text, text
    # Without the guidelines' words nothing is mended.
    assert respell("cna i post on glasdoor?", "en").text == "cna i post on glasdoor?"


def test_a_typed_question_gets_the_verdict_of_the_spelled_one(
    tmp_path: Path, make_services: object
) -> None:
    pipeline = judge_of(
        tmp_path,
        make_services,
        """\
        # Social Media Policy

        ## Press

        Please refer all media inquiries to the Communications Team; do not respond to
        journalists yourself.

        ## Reviews

        This policy does not apply to anonymous workplace review platforms such as Glassdoor.
        """,
    )
    spelled = pipeline.ask("A journalist emailed me about our roadmap. Should I answer?")
    typed = pipeline.ask("a jounralist emialed me abuot our roadmap, shoud i answer?")
    assert spelled.decision is Decision.NOT_ALLOWED
    assert typed.decision is spelled.decision
    assert typed.citations[0].clause_id == spelled.citations[0].clause_id
