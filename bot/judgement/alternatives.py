"""A question that first names the act set aside: "Instead of X, can I Y?".

"Instead of forwarding it to press@gsa.gov, can I reply to the reporter?", "Rather than running
as a Democrat, may I run in a nonpartisan election?", "Statt selbst zu spenden: Darf ich Kollegen
um Spenden bitten?". What the asker will not do is often the opposite case, and its words pull
the clauses about it to the top; the answer is the one for the act asked. The judge reads the
message from its question on ("can I reply to the reporter?"), and a "without one" that points
back at the act set aside keeps what it points at ("Instead of spending time on an image
description, can I tweet the photo without one?" asks about tweeting it "without an image
description"). A question whose words point back at the act set aside ("Rather than forwarding
the reporter's email, can I answer her questions myself?") needs it, and stays whole.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The message opens with the act set aside.
_SET_ASIDE = re.compile(r"^\W*(?:instead of|rather than|(?:an)?statt)\s+(?=\S)", _I)
# Where the asked act begins: after a comma, colon, semicolon or dash, with a word that opens a
# question or names the asker ("…, can I …?", "…: Darf ich …?", "…, I'd like to …").
_ASKED_START = re.compile(
    r"\s*[,:;–—]\s*|\s+-\s+|\s*\.\.\.\s*",
)
_ASKS = re.compile(
    r"(?:can|may|could|should|would|is|am|are|do|does|will|what|how|who|i|i['’](?:d|m|ll)|we|"
    r"we['’](?:d|re)|my|our|"
    r"darf|dürfen|kann|können|könnte|könnten|ist|wäre|soll|sollte|muss|müssen|würde|würden|"
    r"geht|ginge|was|wie|wer|ich|wir|mein|meine|unser|unsere)\b",
    _I,
)
# "without one" / "without it", pointing back at what was set aside.
_WITHOUT_ONE = re.compile(r"\bwithout (?:one|it)\b", _I)
# Words in the asked sentence that point back at the act set aside: "her questions", "its comment
# thread", "Darf ich sie weiterleiten?". "it" only as an object: "Is it okay to …" points
# nowhere, nor does "fed IT event".
_POINTS_BACK = re.compile(
    r"\b(?:its|her|him|them|their|those)\b|(?<!\bis )(?<!\bwas )(?<!\bwould )(?<!\bbe )"
    r"\b(?-i:[Ii]t)\b(?! (?:is|was|would|will|be)\b)",
    _I,
)
# (case tells the formal "Sie", which points at no one set aside, from "sie")
_DE_POINTS_BACK = re.compile(r"\b(?:sie|ihn|ihm|ihre|ihren|ihrem|ihrer|dessen|deren)\b")
# "…, würde ich gern … posten." once the set-aside act is gone: "Ich würde gern … posten."
_DE_VERB_FIRST = re.compile(r"^(?P<verb>würde|möchte|will|werde|wollte|muss)\s+ich\b", _I)
# The set-aside act's last noun phrase: an article and at most four words to its end.
_LAST_PHRASE = re.compile(r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$", _I)


def set_aside(question: str) -> str:
    """The question from where it asks, when it opens with "Instead of …" / "Rather than …" /
    "Statt …"; any other text unchanged."""
    opening = _SET_ASIDE.match(question)
    if opening is None:
        return question
    rest = question[opening.end() :]
    for separator in _ASKED_START.finditer(rest):
        asked = rest[separator.end() :]
        if not _ASKS.match(asked):
            continue
        phrase = _LAST_PHRASE.search(rest[: separator.start()])
        if phrase is not None:
            # "… an image description, can I tweet the photo without one?"
            named = f"without {phrase.group(0).strip()}"
            asked = _WITHOUT_ONE.sub(named, asked)
            question = question[: opening.end()] + rest[: separator.end()] + asked
        first = re.split(r"(?<=[.!?])\s", asked, maxsplit=1)[0]
        if _POINTS_BACK.search(first) or _DE_POINTS_BACK.search(first):
            return question
        asked = _DE_VERB_FIRST.sub(lambda m: f"Ich {m.group('verb').lower()}", asked)
        return asked[0].upper() + asked[1:]
    return question
