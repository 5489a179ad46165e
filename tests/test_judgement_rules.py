"""The judge's reading rules: modal language, question types, and draft detectors."""

from __future__ import annotations

import pytest

from bot.judgement.detectors import Kind, detect
from bot.judgement.modality import answer_polarity, asks_permission, heading_effect, sentence_effect
from bot.judgement.quotes import sentences
from bot.judgement.register import Register
from bot.models import Effect


@pytest.mark.parametrize(
    ("sentence", "effect"),
    [
        ("Geschäftszahlen dürfen nicht veröffentlicht werden.", Effect.PROHIBITS),
        ("Beschäftigte dürfen keine Stellungnahmen veröffentlichen.", Effect.PROHIBITS),
        ("Auf negative Beiträge antworten Beschäftigte nicht selbst.", Effect.PROHIBITS),
        ("Never share confidential information.", Effect.PROHIBITS),
        ("Avoid negative commentary about competitors.", Effect.PROHIBITS),
        (
            "Namen dürfen nur genannt werden, wenn der Kunde zugestimmt hat.",
            Effect.REQUIRES_APPROVAL,
        ),
        (
            "Auf Geräten dürfen nur von der IT freigegebene Apps installiert werden.",
            Effect.REQUIRES_APPROVAL,
        ),
        ("Legal matters require explicit approval from the Legal team.", Effect.REQUIRES_APPROVAL),
        ("Stellenanzeigen dürfen und sollen geteilt werden.", Effect.PERMITS),
        ("Feel free to share public GitHub repos.", Effect.PERMITS),
        ("Share pre-approved content from the advocacy tool.", Effect.PERMITS),
        ("You can learn more about contests in the handbook.", Effect.INFORMS),
        ("You may be responsible for a contest.", Effect.INFORMS),
        ("Die Leitlinie wird jährlich überprüft.", Effect.INFORMS),
    ],
)
def test_sentence_effects(sentence: str, effect: Effect) -> None:
    assert sentence_effect(sentence) is effect


def test_headings_and_answers_that_state_their_rule() -> None:
    assert heading_effect("DON’T bash competitors") is Effect.PROHIBITS
    assert heading_effect("DO disclose that you're a team member") is Effect.PERMITS
    assert heading_effect("Do the guidelines apply?") is None
    assert (
        answer_polarity("**Less Restricted Employees:** Yes. You may place a sign.")
        is Effect.PERMITS
    )
    assert answer_polarity("No. Covered employees may not engage in it.") is Effect.PROHIBITS


@pytest.mark.parametrize(
    ("question", "permission"),
    [
        ("Darf ich Fotos posten?", True),
        ("Who is allowed to open a company page?", True),
        ("Someone wrote a nasty post. Should I reply?", True),
        ("What happens if I break the rules?", False),
        ("I'm not sure. What should I do?", False),
        ("Muss ich eine Schulung machen?", False),
    ],
)
def test_question_types(question: str, permission: bool) -> None:
    assert asks_permission(question) is permission


def test_sentences_keep_abbreviations_and_are_verbatim() -> None:
    text = "Fotos, z. B. vom Stand, sind erwünscht. Prototypen nicht!\nNeue Zeile ohne Punkt"
    found = sentences(text)
    assert found == [
        "Fotos, z. B. vom Stand, sind erwünscht.",
        "Prototypen nicht!",
        "Neue Zeile ohne Punkt",
    ]
    assert all(s in text for s in found)


REGISTER = Register(customers=["Nordstahl"], unreleased=["X200"], competitors=["Krüger"])


@pytest.mark.parametrize(
    ("draft", "kind", "text"),
    [
        ("Plus von 12 % beim Umsatz", Kind.FINANCIAL, "12 % beim Umsatz"),
        ("Order intake: EUR 31 million", Kind.FINANCIAL, "EUR 31 million"),
        ("Auftrag von Bergmann Logistik gewonnen", Kind.CUSTOMER, "Auftrag von Bergmann Logistik"),
        ("Zu Besuch bei Nordstahl", Kind.CUSTOMER, "Nordstahl"),
        ("Der X200-Prototyp", Kind.UNRELEASED, "X200"),
        ("Mail an anna@firma.example", Kind.PERSONAL_DATA, "anna@firma.example"),
        ("Ruf an: +49 711 1234567", Kind.PERSONAL_DATA, "+49 711 1234567"),
        ("IBAN DE89 3704 0044 0532 0130 00", Kind.PERSONAL_DATA, "DE89 3704 0044 0532 0130 00"),
        ("Der Chef ist ein Vollidiot", Kind.INSULT, "Vollidiot"),
        ("watch your back", Kind.INSULT, "watch your back"),
        ("Krüger baut Schrott", Kind.COMPETITOR, "Krüger baut Schrott"),
        ("Screenshot aus dem Intranet", Kind.INTERNAL, "Screenshot"),
        ("<!channel> schaut mal", Kind.BROADCAST, "<!channel>"),
        ("Fotos aus der Produktionshalle", Kind.PREMISES, "Fotos aus der Produktionshalle"),
        ("Team photo with my colleagues", Kind.PEOPLE, "photo with my colleagues"),
        ("In Halle 3 hat es gebrannt", Kind.CRISIS, "gebrannt"),
    ],
)
def test_detectors(draft: str, kind: Kind, text: str) -> None:
    found = [(h.kind, h.text) for h in detect(draft, REGISTER)]
    assert (kind, text) in found


def test_harmless_text_trips_no_detector() -> None:
    assert detect("Wir feiern 25 Jahre Firmenjubiläum mit einem Sommerfest!", REGISTER) == []
