"""A question that measures one act against another: "Is X just as fine as Y?".

"Is writing 'my favorite event' in an official tweet as okay as announcing who speaks?",
"Posting that I love GitLab CI is fine. Is posting that GitHub Actions is garbage just as
fine?", "Ein Schild im Vorgarten ist erlaubt. Ist ein Button im Büro genauso erlaubt?". The act
the question is about is the new one; the other is only the yardstick, whatever the asker
assumes about it, and its words would pull the clauses about it to the top. The judge reads
"Is X fine?": the yardstick and the words that compare go.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_FINE = (
    r"(?:fine|okay|ok|OK|acceptable|allowed|permitted|good|alright|all right|safe|off limits|"
    r"off-limits|forbidden|prohibited|problematic)"
)
_DE_FINE = (
    r"(?:okay|ok|in Ordnung|erlaubt|zulässig|gestattet|verboten|problematisch|unproblematisch)"
)

# "just as fine as pre-planning my posts", "as okay as just announcing who is speaking": the
# comparison and its yardstick, to the end of the sentence.
_AS_FINE_AS = re.compile(rf"\b(?:just |equally |every bit )?as (?P<fine>{_FINE}) as\b[^?.!]*", _I)
# "genauso in Ordnung wie eine veröffentlichte Fallstudie zu teilen", "genauso erlaubt wie …".
_DE_AS_FINE_AS = re.compile(
    rf"\b(?:genauso|ebenso|gleichermaßen) (?P<fine>{_DE_FINE}),? wie\b[^?.!]*", _I
)
# "Darf ich … genauso offen über X schreiben, wie ich es beim Abendessen erzähle?": a manner
# compared, its yardstick in a clause of its own.
_DE_AS_HOW = re.compile(r"\b(?:genauso|ebenso)\s+(?P<rest>[^?.!]*?),\s+wie\b[^?.!]*", _I)

# The comparing words that end a question whose yardstick came before: "… just as fine?",
# "… the same?", "… any different?", "Ist ein Button genauso erlaubt?".
_COMPARED_END = re.compile(
    rf"\b(?:just |equally )(?:as )?(?P<fine>{_FINE})(?=\s*\?|\s+(?:to|for|if)\b)"
    r"|\b(?:(?:just |exactly |really )?the same|(?:any|much|really) different(?: from that)?|"
    r"any better|as well|too)(?=\s*\?)",
    _I,
)
_DE_COMPARED = re.compile(
    rf"\b(?:genauso|ebenso|gleichermaßen|auch) (?P<fine>{_DE_FINE})\b"
    r"|\b(?:genauso|ebenso|gleichermaßen)\b(?=\s+(?:okay|ok)\b|,)"
    r"|\b(?:dasselbe|das Gleiche|genauso|anders)(?=\s*\?)",
    _I,
)
# "If a bumper sticker on my own car is fine, …": the yardstick as a condition.
_IF_FINE = re.compile(
    rf"^\W*(?:if|since|given that|wenn|da)\b[^,?.!]*?\b(?:is|are|'s|ist|sind) "
    rf"(?:{_FINE}|{_DE_FINE}),\s*(?:then\s+|dann\s+)?",
    _I,
)
# A sentence that states the yardstick: "X is fine.", "I know I can X.", "Ich darf X."
_YARDSTICK = re.compile(
    rf"\b(?:is|are|'s|ist|sind|seems?|wäre) (?:(?:perfectly|totally|completely|always|"
    rf"generally|absolutely|ja|völlig|absolut) )?(?:{_FINE}|encouraged|{_DE_FINE})\b"
    r"|\bI (?:know|think|assume|believe) (?:that )?I (?:can|may|am allowed to)\b"
    r"|\bI(?:'m| am) (?:allowed|permitted|free) to\b|^\W*I (?:can|may)\b"
    r"|^\W*(?:ich darf|ich kann|ich weiß, dass ich)\b",
    _I,
)
# "Is Y …?": a question that asks whether something is fine, so the comparing words stand for it.
_COPULA = re.compile(r"^\W*(?:(?:if|wenn)\b[^,]*,\s*)?(?:is|are|would|was|ist|sind|wäre)\b", _I)
# Words in the asking sentence that point at what the yardstick names: "Can I share them too?"
_POINTS_BACK = re.compile(
    r"\b(?:them|those|these|that one|sie|ihn|dieselben?)\b|\bit\b(?! is\b)", _I
)
_SENTENCE_END = re.compile(r"(?<=[.!])\s+")


def compared(question: str) -> str:
    """The question about the act it asks about, when it measures it against another act;
    any other text unchanged."""
    text = _AS_FINE_AS.sub(lambda m: m.group("fine"), question)
    text = _DE_AS_FINE_AS.sub(lambda m: m.group("fine"), text)
    text = _DE_AS_HOW.sub(lambda m: m.group("rest"), text)
    if text != question:
        return text
    parts = _SENTENCE_END.split(question)
    asking = parts[-1]
    compared_end = _COMPARED_END.search(asking) or _DE_COMPARED.search(asking)
    if compared_end is None:
        return question
    fine = compared_end.group("fine") or ("okay" if _COPULA.match(asking) else "")
    asking = f"{asking[: compared_end.start()]}{fine}{asking[compared_end.end() :]}"
    asking = re.sub(r"\s{2,}", " ", re.sub(r"\s+(?=[?,])", "", asking))
    if (opening := _IF_FINE.match(asking)) is not None:
        rest = asking[opening.end() :]
        asking = rest[:1].upper() + rest[1:]
    if _POINTS_BACK.search(asking):
        return " ".join([*parts[:-1], asking])  # "Can I share them on Reddit too?" needs them
    kept = [p for p in parts[:-1] if not (_YARDSTICK.search(p) and "?" not in p)]
    return " ".join([*kept, asking])
