"""Every sentence the judge says to an employee, in German and English."""

from __future__ import annotations

from bot.judgement.detectors import Kind
from bot.models import Decision

Lang = str  # "de" or "en"

_ANSWERS: dict[Decision, dict[Lang, str]] = {
    Decision.ALLOWED: {
        "de": "Ja, das ist erlaubt ({label}).",
        "en": "Yes, that is allowed ({label}).",
    },
    Decision.NOT_ALLOWED: {
        "de": "Nein, das ist nicht erlaubt ({label}).",
        "en": "No, that is not allowed ({label}).",
    },
    Decision.NEEDS_APPROVAL: {
        "de": "Nur mit Freigabe: {owner} muss vorher zustimmen ({label}).",
        "en": "Only with approval: {owner} must agree first ({label}).",
    },
    Decision.UNCLEAR: {
        "de": "Die Leitlinien entscheiden das nicht eindeutig ({label}); {owner} klärt es mit dir.",
        "en": "The guidelines don't settle this clearly ({label}); {owner} will sort it out with you.",
    },
}
_INFORMS = {
    "de": "Das sagen die Leitlinien dazu ({label}): „{quote}“ {owner} bestätigt es dir bei Bedarf.",
    "en": "Here is what the guidelines say ({label}): “{quote}” {owner} can confirm the details.",
}
_CONDITIONS = {"de": " Bedingung: {conditions}.", "en": " Condition: {conditions}."}
_NOT_COVERED = {
    "de": "Dazu sagen die Leitlinien nichts. Ich gebe die Frage an {owner} weiter.",
    "en": "The guidelines don't cover this. I'm passing the question to {owner}.",
}
_EMPTY = {
    "de": "Bitte stell eine Frage oder füge den Entwurf ein, den ich prüfen soll.",
    "en": "Please ask a question or paste the draft you want me to check.",
}
_DRAFT = {
    Decision.ALLOWED: {
        "de": "Der Entwurf verstößt gegen keine Leitlinie, die ich gefunden habe ({label}).",
        "en": "The draft breaks none of the guidelines I found ({label}).",
    },
    Decision.NOT_ALLOWED: {
        "de": "So nicht veröffentlichen: {count} Stelle(n) verstoßen gegen die Leitlinien.",
        "en": "Don't publish this as it is: {count} passage(s) break the guidelines.",
    },
    Decision.NEEDS_APPROVAL: {
        "de": "Vor der Veröffentlichung braucht der Entwurf eine Freigabe von {owner}.",
        "en": "The draft needs approval from {owner} before it is published.",
    },
    Decision.UNCLEAR: {
        "de": "Ob der Entwurf passt, klären die Leitlinien nicht eindeutig; {owner} sieht ihn sich an.",
        "en": "The guidelines don't settle whether the draft is fine; {owner} will look at it.",
    },
}

PROBLEMS: dict[Kind, dict[Lang, str]] = {
    Kind.FINANCIAL: {
        "de": "nennt Geschäfts- oder Finanzzahlen",
        "en": "states business or financial figures",
    },
    Kind.FORECAST: {
        "de": "sagt die Geschäftsentwicklung voraus",
        "en": "predicts how the business will do",
    },
    Kind.CUSTOMER: {
        "de": "nennt einen Kunden, Auftrag oder ein Projekt",
        "en": "names a customer, order or project",
    },
    Kind.UNRELEASED: {
        "de": "erwähnt ein unveröffentlichtes Produkt oder einen Codenamen",
        "en": "mentions an unreleased product or code name",
    },
    Kind.PERSONAL_DATA: {"de": "enthält personenbezogene Daten", "en": "contains personal data"},
    Kind.INSULT: {
        "de": "enthält eine Beleidigung oder Drohung",
        "en": "contains an insult or a threat",
    },
    Kind.COMPETITOR: {"de": "setzt einen Wettbewerber herab", "en": "disparages a competitor"},
    Kind.COLLEAGUE: {
        "de": "macht Kolleginnen, Kollegen oder Vorgesetzte öffentlich schlecht",
        "en": "runs down colleagues or superiors in public",
    },
    Kind.INTERNAL: {
        "de": "verweist auf interne oder vertrauliche Unterlagen",
        "en": "refers to internal or confidential material",
    },
    Kind.BROADCAST: {
        "de": "benachrichtigt mit @channel/@here alle",
        "en": "notifies everyone with @channel/@here",
    },
    Kind.PREMISES: {
        "de": "zeigt Aufnahmen vom Werksgelände",
        "en": "shows pictures of company premises",
    },
    Kind.PEOPLE: {"de": "zeigt erkennbare Personen", "en": "shows recognisable people"},
    Kind.CRISIS: {
        "de": "berichtet über einen Vorfall oder eine Krise",
        "en": "reports an incident or a crisis",
    },
    Kind.LEGAL: {
        "de": "spricht über eine rechtliche Auseinandersetzung",
        "en": "talks about a legal matter",
    },
    Kind.CALL_TO_ACTION: {
        "de": "ruft dazu auf, teilzunehmen, zu wählen oder zu spenden",
        "en": "urges people to attend, vote or donate",
    },
    Kind.POLITICS_AT_WORK: {
        "de": "bringt Wahlkampf oder Parteiwerbung an den Arbeitsplatz",
        "en": "brings campaign or party material into the workplace",
    },
    Kind.RUMOR: {
        "de": "gibt ein Gerücht oder eine Spekulation weiter",
        "en": "passes on a rumour or speculation",
    },
    Kind.PERSONNEL: {
        "de": "nennt eine Personalangelegenheit (Abgang, Kündigung, Stellenabbau)",
        "en": "names a personnel matter (a departure, a dismissal, layoffs)",
    },
    Kind.ENDORSEMENT: {
        "de": "lobt oder empfiehlt etwas aus einem offiziellen Konto heraus (eine Befürwortung)",
        "en": "praises or recommends something from an official account (an endorsement)",
    },
    Kind.MEDIA: {
        "de": "beantwortet eine Anfrage der Presse selbst",
        "en": "answers a journalist's inquiry oneself",
    },
    Kind.SPEAKING_FOR: {
        "de": "spricht selbst im Namen des Arbeitgebers",
        "en": "speaks for the employer oneself",
    },
    Kind.CANDIDACY: {
        "de": "kündigt die eigene Kandidatur bei einer parteipolitischen Wahl an",
        "en": "announces the author's own run in a partisan election",
    },
    Kind.TITLE_CLAIM: {
        "de": "gibt einen Titel oder eine Rolle an, die man nicht innehat",
        "en": "claims a title or role the author does not hold",
    },
    Kind.AUTHOR_NAMED: {
        "de": "nennt oder zitiert eine der Autorinnen oder Autoren des Beitrags mit Namen",
        "en": "refers to or quotes one of the post's own authors by name",
    },
    Kind.THIRD_PARTY: {
        "de": "übernimmt fremde Bilder oder Texte, ohne dass eine Erlaubnis genannt ist",
        "en": "reuses someone else's picture or text with no permission mentioned",
    },
    Kind.OFFICIAL_POSITION: {
        "de": "nennt das eigene Amt oder die Dienststelle bei einer Wahlempfehlung",
        "en": "names the author's public office or agency while backing a candidate",
    },
    Kind.SUBORDINATES: {
        "de": "richtet Wahlkampf oder Parteiwerbung als Vorgesetzte(r) an die eigenen Leute",
        "en": "sends campaign or party material to the author's own subordinates",
    },
}
SUGGESTIONS: dict[Kind, dict[Lang, str]] = {
    Kind.FINANCIAL: {
        "de": "Zahl streichen oder nur veröffentlichte Zahlen mit Quelle nennen",
        "en": "remove the figure or cite only published figures with their source",
    },
    Kind.FORECAST: {
        "de": "Prognose streichen; nur den veröffentlichten Ausblick mit Quelle teilen",
        "en": "leave out the prediction; share only the published outlook with its source",
    },
    Kind.CUSTOMER: {
        "de": "Namen weglassen oder vorher Freigabe von Kunde und Kommunikation einholen",
        "en": "leave the name out or get the customer's and communications' approval first",
    },
    Kind.UNRELEASED: {
        "de": "bis zur offiziellen Markteinführung nichts dazu posten",
        "en": "post nothing about it until the official launch",
    },
    Kind.PERSONAL_DATA: {
        "de": "Kontaktdaten und andere personenbezogene Daten entfernen",
        "en": "remove contact details and other personal data",
    },
    Kind.INSULT: {
        "de": "sachlich formulieren, ohne Beleidigung oder Drohung",
        "en": "rephrase factually, without insult or threat",
    },
    Kind.COMPETITOR: {
        "de": "die eigenen Stärken nennen statt den Wettbewerber abzuwerten",
        "en": "name our strengths instead of running down the competitor",
    },
    Kind.COLLEAGUE: {
        "de": "Konflikte intern klären, nicht in sozialen Medien",
        "en": "settle it internally, not on social media",
    },
    Kind.INTERNAL: {
        "de": "interne Unterlagen und Screenshots weglassen",
        "en": "leave out internal material and screenshots",
    },
    Kind.BROADCAST: {"de": "@channel/@here entfernen", "en": "remove @channel/@here"},
    Kind.PREMISES: {
        "de": "Freigabe einholen und nichts Vertrauliches im Bild zeigen",
        "en": "get approval and show nothing confidential in the picture",
    },
    Kind.PEOPLE: {
        "de": "vorher die Zustimmung aller erkennbaren Personen einholen",
        "en": "get the consent of everyone recognisable first",
    },
    Kind.CRISIS: {
        "de": "nichts dazu posten; die Unternehmenskommunikation spricht für das Unternehmen",
        "en": "post nothing about it; communications speaks for the company",
    },
    Kind.LEGAL: {
        "de": "nichts dazu posten, bevor die Rechtsabteilung zugestimmt hat",
        "en": "post nothing about it before the legal team has approved",
    },
    Kind.CALL_TO_ACTION: {
        "de": "nur die Fakten nennen (wer spricht wann wo), ohne zum Hingehen, Wählen oder "
        "Spenden aufzurufen",
        "en": "state the facts (who speaks where and when) without urging anyone to attend, vote "
        "or donate",
    },
    Kind.POLITICS_AT_WORK: {
        "de": "Wahlkampf und Parteiwerbung aus Büro und Dienstzeit heraushalten",
        "en": "keep campaigns and party material out of the office and working time",
    },
    Kind.RUMOR: {
        "de": "nur bestätigte, veröffentlichte Informationen teilen",
        "en": "share only confirmed, published information",
    },
    Kind.PERSONNEL: {
        "de": "Personalnachrichten erst posten, wenn HR und die Betroffenen zugestimmt haben",
        "en": "post personnel news only once HR and the people concerned have approved",
    },
    Kind.ENDORSEMENT: {
        "de": "aus dem offiziellen Konto nur Fakten nennen (wer, was, wann), ohne persönliche Wertung",
        "en": "from an official account, state the facts (who, what, when) without personal praise",
    },
    Kind.MEDIA: {
        "de": "die Anfrage unbeantwortet an die Pressestelle weiterleiten",
        "en": "forward the inquiry, unanswered, to the press office",
    },
    Kind.SPEAKING_FOR: {
        "de": "nur für sich selbst sprechen oder vorher die Freigabe als Sprecherin oder Sprecher "
        "einholen",
        "en": "speak only for yourself, or get authorised as a spokesperson first",
    },
    Kind.CANDIDACY: {
        "de": "vor jeder Ankündigung mit der Ethik- oder Rechtsberatung klären, ob die Kandidatur "
        "bei einer Parteiwahl zulässig ist",
        "en": "ask your ethics or legal contact whether you may run in a partisan election before "
        "announcing it",
    },
    Kind.TITLE_CLAIM: {
        "de": "nur den eigenen, offiziellen Titel und die eigene Rolle nennen",
        "en": "state only the title and role you officially hold",
    },
    Kind.AUTHOR_NAMED: {
        "de": "als „wir“ schreiben; Autorinnen und Autoren nicht im Text nennen oder zitieren",
        "en": 'write as "we"; do not name or quote the post\'s authors in its text',
    },
    Kind.THIRD_PARTY: {
        "de": "Erlaubnis der Rechteinhaber einholen oder nur auf das Original verlinken",
        "en": "get the owner's permission first, or link to the original instead",
    },
    Kind.OFFICIAL_POSITION: {
        "de": "nur als Privatperson empfehlen, ohne Amt, Titel oder Dienststelle",
        "en": "back the candidate in a personal capacity only, without title, office or agency",
    },
    Kind.SUBORDINATES: {
        "de": "nichts Parteipolitisches an Untergebene senden, auch nicht nach Dienstschluss",
        "en": "send nothing partisan to people who report to you, not even after hours",
    },
}


def language_of(code: str) -> Lang:
    return "de" if code == "de" else "en"


def answer(decision: Decision, lang: Lang, *, label: str, owner: str, conditions: list[str]) -> str:
    text = _ANSWERS[decision][lang].format(label=label, owner=owner)
    if conditions and decision is Decision.ALLOWED:
        text += _CONDITIONS[lang].format(conditions="; ".join(conditions))
    return text


def not_covered(lang: Lang, *, owner: str) -> str:
    return _NOT_COVERED[lang].format(owner=owner)


def empty_input(lang: Lang) -> str:
    return _EMPTY[lang]


_DRAFT_BY_RULE = {
    "de": "So nicht veröffentlichen: Der Beitrag fällt unter eine Regel der Leitlinien ({label}).",
    "en": "Don't publish this as it is: the post falls under a rule of the guidelines ({label}).",
}


def draft_answer(decision: Decision, lang: Lang, *, label: str, owner: str, count: int) -> str:
    if decision is Decision.NOT_ALLOWED and count == 0:
        # No passage was flagged; the draft as a whole matches a rule that rules it out.
        return _DRAFT_BY_RULE[lang].format(label=label)
    return _DRAFT[decision][lang].format(label=label, owner=owner, count=count)


def informs(lang: Lang, *, label: str, quote: str, owner: str) -> str:
    return _INFORMS[lang].format(label=label, quote=quote, owner=owner)
