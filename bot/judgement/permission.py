"""A question that asks whether a permission is needed for an act: "Do I need approval to …?".

"Do I need anyone's permission to write a Glassdoor review?", "Do I have to ask anyone before I
share the case study?", "Whose okay do I need to post this?", "Can my manager give me
permission to wear a campaign button at my desk?", "Brauche ich eine Genehmigung, um über den
Rechtsstreit zu schreiben?", "Muss ich meine Kollegin fragen, bevor ich ihre Nummer teile?".
Each asks what the guideline says of the act: no permission needed is a yes, one needed is an
approval, and an act no one may permit is a no. The judge reads "Can I …?" / "Darf ich …?";
a question about anything else stays as it is.
"""

from __future__ import annotations

import re

from bot.judgement.confirmation import de_infinitive, last_sentence, without_zu

_I = re.IGNORECASE

_LEAVE = (
    r"(?:permission|approval|okay|ok|OK|sign-off|sign off|clearance|go-ahead|green light|"
    r"consent|authori[sz]ation)"
)
# Whose leave it would be: "anyone's", "my manager's", "the Legal team's", "my agency's".
_WHOSE = r"(?:(?:any(?:one|body)|some(?:one|body)|(?:my|our|the) [\w -]{2,30}?)['’]s?\s+)?"
# The act, asked with "to …" or "before I …".
_ACT = r"(?:to|before (?:I|we))\s+(?P<act>[^?]{3,300}?)"

_EN_NEED = re.compile(
    r"^\W*(?:do|would|will) (?P<subj>I|we) (?:need|require|have to (?:get|ask for|obtain|have))"
    r"\s+(?:any\s+|an?\s+|the\s+)?"
    + _WHOSE
    + _LEAVE
    + r"\s*(?:from [^?]{2,60}?\s+)?"
    + _ACT
    + r"\s*\?+\s*$",
    _I,
)
# "Is (any) approval needed to …?", "Is permission required for me to …?"
_EN_NEEDED = re.compile(
    r"^\W*(?:is|would|will) (?:there )?(?:any |an? )?" + _LEAVE + r" (?:be )?(?:needed|required|"
    r"necessary) (?:for (?P<subj>me|us) )?" + _ACT + r"\s*\?+\s*$",
    _I,
)
# "Do I have to ask anyone (first) before I …?", "Do I need to check with my manager before …?"
_EN_ASK_FIRST = re.compile(
    r"^\W*(?:do|would) (?P<subj>I|we) (?:need to|have to|must) (?:ask|check with|tell|inform|"
    r"clear it with|run it by|get (?:it )?(?:approved|cleared|signed off)(?: by)?)"
    r"(?:\s+(?P<who>any(?:one|body)|some(?:one|body)|(?:my|our|the) [\w -]{2,30}?))?"
    r"(?:\s+(?:for (?:permission|approval|consent)|first))*"
    r"\s*,?\s*before (?:I|we) (?P<act>[^?]{3,300}?)\s*\?+\s*$",
    _I,
)
# "Whose okay do I need to …?", "Who do I need to ask before I …?", "Who has to approve it
# before I …?"
_EN_WHOSE = re.compile(
    r"^\W*(?:whose " + _LEAVE + r" do (?P<subj>I|we) need|who(?:m)? do (?:I|we) (?:need to |have "
    r"to )?(?:ask|get " + _LEAVE + r" from|check with))\s+" + _ACT + r"\s*\?+\s*$",
    _I,
)
# "Can my manager give me permission to …?", "Could my agency approve me to …?"
_EN_GRANTED_BY = re.compile(
    r"^\W*(?:can|could|may|would) (?:my|our|the) [\w -]{2,30}? (?:give|grant) (?P<subj>me|us) "
    r"(?:the )?" + _LEAVE + r" to (?P<act>[^?]{3,300}?)\s*\?+\s*$",
    _I,
)

_DE_LEAVE = r"(?:Genehmigung|Erlaubnis|Freigabe|Zustimmung|Okay|OK|Einwilligung)"
# "Brauche ich eine Genehmigung (meiner Behörde), um … zu …?"
_DE_NEED = re.compile(
    r"^\W*(?:brauche|benötige|bräuchte) (?P<subj>ich|wir) (?:eine |die |eine? \w+ )?"
    + _DE_LEAVE
    + r"(?: [^,?]{0,60}?)?\s*,?\s*um (?P<act>[^?]{3,300}?)\s*\?+\s*$",
    _I,
)
# "Muss ich jemanden fragen / jemandem Bescheid geben, bevor ich … teile?"
_DE_ASK_FIRST = re.compile(
    r"^\W*(?:muss|müssen) (?P<subj>ich|wir) (?:(?P<who>[^,?]{0,60}?)\s)?(?:fragen|Bescheid geben|"
    r"informieren|um Erlaubnis bitten|um Genehmigung bitten|um Zustimmung bitten|"
    r"genehmigen lassen|freigeben lassen)\s*,?\s*bevor (?:ich|wir) (?P<act>[^?]{3,300}?)"
    r"\s+(?P<verb>[a-zäöüß]+)\s*\?+\s*$",
    _I,
)


# Whose consent it is when the act speaks of them: "… before I share her number?".
_THEIRS = re.compile(
    r"\b(?:her|his|their|them|ihre[mnrs]?|seine[mnrs]?|ihr|ihm|deren|dessen)\b", _I
)
# Anyone at all, or whoever decides, is no one the act is about.
_ANYONE = re.compile(
    r"^(?:any(?:one|body)|some(?:one|body)|jemand\w*|wen|irgendwen)$|\b(?:team|manager|"
    r"supervisor|boss|agency|legal|Legal|Team|Chef\w*|Vorgesetzte\w*|Behörde|Abteilung)\b",
    _I,
)


def _about(found: re.Match[str], asked: str, german: bool) -> str:
    """The asked question, told whom it is about when its act speaks of the person to ask
    ("Muss ich meine Kollegin fragen, bevor ich ihre Nummer teile?")."""
    who = (found.groupdict().get("who") or "").strip()
    who = re.sub(r"\s+um (?:Erlaubnis|Genehmigung|Zustimmung)$", "", who, flags=_I)
    if not who or _ANYONE.search(who) or not _THEIRS.search(found.group("act")):
        return asked
    return f"Es geht um {who}. {asked}" if german else f"It is about {who}. {asked}"


def permission_asked(question: str) -> str:
    """ "Do I need approval to speak at a conference?" asks "Can I speak at a conference?";
    "Brauche ich eine Genehmigung, um als Kandidat anzutreten?" asks "Darf ich als Kandidat
    antreten?". Only the last sentence is read; what comes before it stays. Any other text
    unchanged."""
    return last_sentence(question, _asked)


def _asked(last: str) -> str | None:
    for pattern in (_EN_NEED, _EN_NEEDED, _EN_ASK_FIRST, _EN_WHOSE, _EN_GRANTED_BY):
        found = pattern.match(last)
        if found is not None:
            subj = (found.groupdict().get("subj") or "I").lower()
            who = "we" if subj in ("we", "us") else "I"
            return _about(found, f"Can {who} {found.group('act').strip(' ,')}?", german=False)
    german = _DE_NEED.match(last)
    if german is not None:
        act = without_zu(german.group("act").strip(" ,"))
        if act == german.group("act").strip(" ,"):
            return None  # no "zu …" infinitive: not an act
        return f"{'Dürfen wir' if german.group('subj').lower() == 'wir' else 'Darf ich'} {act}?"
    first = _DE_ASK_FIRST.match(last)
    if first is not None:
        subj = first.group("subj").lower()
        modal = "Dürfen wir" if subj == "wir" else "Darf ich"
        asked = f"{modal} {first.group('act').strip(' ,')} {de_infinitive(first.group('verb'))}?"
        return _about(first, asked, german=True)
    return None
