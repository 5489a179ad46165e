"""Draft detectors: what in a post is likely to break a clause, found by pattern and register."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from bot.judgement.register import Register
from bot.language import detect_language

_I = re.IGNORECASE


class Kind(StrEnum):
    FINANCIAL = "financial_figures"
    FORECAST = "financial_forecast"
    CUSTOMER = "customer_or_project"
    UNRELEASED = "unreleased_product"
    PERSONAL_DATA = "personal_data"
    INSULT = "insult_or_threat"
    COMPETITOR = "disparaging_competitor"
    COLLEAGUE = "disparaging_colleague"
    INTERNAL = "internal_material"
    BROADCAST = "broadcast_mention"
    PREMISES = "premises_photo"
    PEOPLE = "people_photo"
    CRISIS = "crisis_or_incident"
    CALL_TO_ACTION = "call_to_action"
    ENDORSEMENT = "official_endorsement"
    RUMOR = "rumor_or_speculation"
    POLITICS_AT_WORK = "politics_at_work"
    PERSONNEL = "personnel_matter"
    LEGAL = "legal_matter"
    MEDIA = "media_inquiry"
    SPEAKING_FOR = "speaking_for_the_organisation"
    CANDIDACY = "partisan_candidacy"
    TITLE_CLAIM = "claimed_title"
    AUTHOR_NAMED = "author_named_in_post"
    THIRD_PARTY = "third_party_content"
    OFFICIAL_POSITION = "official_position_in_politics"
    SUBORDINATES = "politics_to_subordinates"


# What to look up for each kind: the clause that speaks to it, in the company's own guideline.
TOPIC_QUERIES: dict[Kind, str] = {
    Kind.FINANCIAL: "Umsätze Geschäftszahlen Finanzkennzahlen Margen veröffentlichen "
    "share revenue figures financial results confidential financial information",
    Kind.FORECAST: "Prognosen Ausblick zukunftsbezogene Aussagen Geschäftsentwicklung "
    "forward-looking statements forecasts predictions",
    Kind.CUSTOMER: "Kundennamen Kunden Aufträge nennen customer names projects",
    Kind.UNRELEASED: "unveröffentlichte Produkte Prototypen Codenamen unreleased products code names "
    "roadmap not yet announced non-public confidential information strategic plans",
    Kind.PERSONAL_DATA: "personenbezogene Daten Datenschutz E-Mail Telefonnummer personal data "
    "privacy share personal information of team members or customers",
    Kind.INSULT: "Beleidigungen Drohungen falsche Tatsachenbehauptungen insults threats "
    "comments that are false, vulgar or threatening",
    Kind.COMPETITOR: "Wettbewerber herabsetzende Vergleiche competitors disparaging",
    Kind.COLLEAGUE: "Kritik an Kolleginnen Kollegen Vorgesetzten interne Konflikte Betriebsfrieden "
    "comments about colleagues criticism of managers negative feedback",
    Kind.INTERNAL: "interne Dokumente Screenshots interne Kommunikation internal documents "
    "screenshots share confidential information",
    Kind.BROADCAST: "interne Kommunikation Chats Screenshots internal communication",
    Kind.PREMISES: "Fotos Aufnahmen Werksgelände Produktionshallen photos production plant",
    Kind.PEOPLE: "Fotos Videos von Personen Zustimmung photos of colleagues consent",
    Kind.CRISIS: "Krisen Vorfälle Unfälle Brände Rückrufe Cyberangriffe crisis incident accident",
    Kind.LEGAL: "Rechtsstreitigkeiten Klagen Gerichtsverfahren rechtliche Angelegenheiten "
    "legal matters lawsuits litigation legal proceedings settlements",
    Kind.POLITICS_AT_WORK: "political activity while on duty or in the workplace office "
    "politische Werbung am Arbeitsplatz im Büro",
    Kind.RUMOR: "do not speculate rumors market speculation Gerüchte Spekulationen nicht "
    "kommentieren",
    Kind.PERSONNEL: "team member data departures start dates individual performance "
    "Personalangelegenheiten Kündigungen Abgänge",
    Kind.ENDORSEMENT: "avoid making personalized statements from an official account tweets "
    "considered an endorsement im Namen des Unternehmens",
    Kind.MEDIA: "Presseanfragen Medienanfragen Journalisten nicht selbst beantworten weiterleiten "
    "media inquiries journalists press respond forward to communications",
    Kind.SPEAKING_FOR: "speak on behalf of the company authorized spokespersons official statements "
    "im Namen des Unternehmens sprechen Sprecher autorisiert",
    Kind.CANDIDACY: "be a candidate in a partisan election run for partisan political office "
    "Kandidatur bei einer parteipolitischen Wahl kandidieren",
    Kind.TITLE_CLAIM: "claim titles or responsibilities you don't hold accurately stating your "
    "position Titel Position Rolle korrekt angeben",
    Kind.AUTHOR_NAMED: "blog post with multiple authors: authors should not be referred to by name "
    "or quoted in the text of the post Autoren nicht namentlich nennen oder zitieren",
    Kind.THIRD_PARTY: "content images videos text is copyright protected obtain permission before "
    "using others' content fremde Fotos Grafiken Texte ohne Erlaubnis der Rechteinhaber",
    Kind.OFFICIAL_POSITION: "endorse a candidate in his personal capacity and may not identify his "
    "federal position or office official title Amtsbezeichnung bei Wahlempfehlung",
    Kind.SUBORDINATES: "supervisor send or forward a partisan political email to subordinate "
    "employees improper use of official authority Vorgesetzte an Untergebene",
    Kind.CALL_TO_ACTION: "Aufruf zur Teilnahme Wahlaufruf Spendenaufruf encouraging people to "
    "attend sign up endorsement vote for a candidate solicit donations",
}


# What the clause that speaks to a kind must itself mention. A topic query's nearest clause may
# only share its vocabulary (a "Do:" example, "DON'T bash competitors" for a colleague); a rule
# among its nearest that names the matter is the better one to cite.
TOPIC_TERMS: dict[Kind, re.Pattern[str]] = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in {
        Kind.FINANCIAL: r"financ|revenue|earnings|figures|Umsatz|Umsätze|Finanz|Zahlen",
        Kind.FORECAST: r"forward-looking|forecast|predict|speculat|Prognose|zukunftsbezogen",
        Kind.CUSTOMER: r"customer|client|Kunde|Kundin|Auftr",
        Kind.UNRELEASED: r"non-public|not yet|unreleased|confidential|sensitive|secret|"
        r"nicht[- ]öffentlich|unveröffentlicht|vertraulich|geheim|Prototyp|prototype",
        Kind.PERSONAL_DATA: r"personal (?:information|data)|privacy|personenbezogen|Datenschutz",
        Kind.INSULT: r"vulgar|threat|insult|harass|offensive|Beleidig|Droh|beleidig",
        Kind.COMPETITOR: r"competitor|Wettbewerb|Konkurren|Mitbewerber",
        Kind.COLLEAGUE: r"colleague|team member|coworker|co-worker|Kolleg|Vorgesetzt",
        Kind.INTERNAL: r"internal|confidential|screenshot|intern|vertraulich",
        Kind.BROADCAST: r"internal|intern|Slack|chat",
        Kind.PREMISES: r"photo|picture|premises|plant|site|Foto|Aufnahme|Werk",
        Kind.PEOPLE: r"photo|picture|image|consent|permission|Foto|Bild|Zustimmung|Einwilligung",
        Kind.CRISIS: r"crisis|incident|accident|emergenc|outage|security and stability|Krise|"
        r"Vorfall|Unfall|Notfall|Ausfall",
        Kind.LEGAL: r"legal|lawsuit|litigation|attorney|recht|Klage|Gericht",
        Kind.POLITICS_AT_WORK: r"on duty|workplace|office|building|Arbeitsplatz|Dienst|Büro",
        Kind.RUMOR: r"speculat|rumou?r|Gerücht|Spekul",
        # Not "team member" alone: a guideline for team members says it everywhere.
        Kind.PERSONNEL: r"team member data|departure|individual performance|personnel|"
        r"\bPersonal\b(?! Confidential)|Kündigung",
        Kind.ENDORSEMENT: r"endorse|official|personali[sz]ed|Empfehlung|im Namen",
        Kind.MEDIA: r"media|journalist|press|reporter|Presse|Medien|Journalist",
        Kind.CALL_TO_ACTION: r"encourag|attend|sign up|solicit|vote|Aufruf|auffordern|Spende",
        Kind.SPEAKING_FOR: r"behalf|spokesperson|authori[sz]|im Namen|Sprecher",
        Kind.CANDIDACY: r"candida|Kandid",
        Kind.TITLE_CLAIM: r"title|position|Titel|Position|Rolle",
        Kind.AUTHOR_NAMED: r"\bauthors?\b|\bAutor(?:in|innen|en)?\b",
        Kind.THIRD_PARTY: r"copyright|third-party|from the owner|Urheber|Rechteinhaber|fremde",
        Kind.OFFICIAL_POSITION: r"federal position|official title|position or office|"
        r"Amtsbezeichnung|Dienstbezeichnung",
        Kind.SUBORDINATES: r"subordinat|Untergeben|unterstellt",
    }.items()
}


_WORKPLACE = (
    # Not where one says one is away from it: "außerhalb der Dienstzeit", "not on duty".
    r"(?:Büro\w*|Schreibtisch\w*|Arbeitsplatz\w*|"
    r"(?<!außerhalb der )(?<!außerhalb meiner )(?<!nach der )Dienst(?:zeit|gebäude)|Kaffeeküche|"
    # "my office", "at the office" — not "run for an office", "party office", "office of mayor"
    r"(?<!outside )(?<!out of )(?<!away from )(?:my|our|the|in|at)(?: new)? office(?!\s+(?:of|within|for)\b)|"
    r"desk|cubicle|workplace|break room|(?<!not )(?<!never )on duty|(?<!nicht )(?<!nie )im Dienst|"
    # "in the agency lobby", "the lobby of my federal building" (not "lobby Congress")
    r"(?:agency|office|federal|building)\s+lobby|lobby of (?:my|our|the) (?:federal |agency |office )?"
    r"building|"
    # A work video call is the workplace too: "my background for work video calls".
    r"(?:work|team|Zoom|Teams|office) (?:video ?)?calls?|videoconferenc\w*|Videokonferenz\w*|"
    r"dienstlich\w* Videocall\w*|"
    r"(?:government|agency|work|office|official) (?:car|vehicle|van|truck|SUV|laptop|computer|"
    r"phone|device)s?|"
    r"(?:in|wearing)\s+(?:my|our|an?|the)\s+(?:official\s+|work\s+|[A-Z]\w+\s+(?:Service\s+)?)?"
    r"(?:uniform|insignia)|(?:in|in meiner)\s+Dienstuniform|"
    r"Dienst(?:wagen|fahrzeug|laptop|rechner|handy)\w*|"
    r"(?:gov|government|agency) (?:account|e-?mail\w*|address)|"
    r"(?:work|office|official|agency) e-?mail\w*(?: signature)?|e-?mail signature|signature block|"
    r"E-Mail-Signatur\w*|dienstlich\w* E-Mail\w*|"
    # the status or profile in the chat tool at work: "my work Slack status"
    r"(?:work|office|agency) (?:Slack|Teams|chat)\b|(?:Slack|Teams) (?:status|profile)\w*)"
)
_SENT_FROM_WORK = re.compile(
    r"\b(?:geschickt|gesendet|gepostet|getippt|sent|posted|typed|posting|sending|typing|writing)"
    r"\s+(?:(?:this|it|das|dies)\s+)?(?:vom|von meinem|am|an meinem|from my|from the|on my|on the|"
    rf"at my|at the)\s+{_WORKPLACE}\b",
    re.IGNORECASE,
)
_NAMES_WORKPLACE = re.compile(rf"\b{_WORKPLACE}\b", re.IGNORECASE)


def names_workplace(text: str) -> bool:
    """Whether a text puts what it describes at work: "our office", "at my desk", "on duty"."""
    return _NAMES_WORKPLACE.search(text) is not None


_RIVAL = r"(?:Konkurren\w*|Wettbewerb\w*|Mitbewerber\w*|competitor\w*|competition|rival\w*)"
# What running a rival down says of them.
_RUN_DOWN = (
    r"(?:Schrott|Müll|schlecht\w*|billig\w*|mies\w*|lächerlich\w*|lustig machen|verspotten|"
    r"langsam\w*|lahm\w*|veraltet\w*|peinlich\w*|unfähig\w*|Abklatsch|junk|garbage|crap|trash|"
    r"terrible|worse|inferior|cheap|joke|slow|sluggish|outdated|clueless|useless|awful|buggy|"
    r"rip-?off|knock-?off|copycat|weakness\w*|flaws|shortcomings|Schwächen|Schwachstellen|Mängel)"
)
# A rival's weaknesses listed, the rival named after them: "die Schwächen eines
# Konkurrenzprodukts aufzählen", "the flaws of a competitor's tool".
_WEAKNESSES_OF = (
    r"\b(?:weakness\w*|flaws|shortcomings|Schwächen|Schwachstellen|Mängel)\b[^.!?\n]{0,30}?"
    rf"\b{_RIVAL}"
)
_PARTISAN = (
    r"(?:Wahlkampf\w*|Kandidat\w*|Partei\w*|Senator\w*|campaign\w*|candidate\w*|"
    r"political party|partisan\w*|(?:(?-i:[A-Z]\w+)|campaign|political|election) rall(?:y|ies)|"
    r"Wahlkundgebung\w*|ballot petition\w*|re-?elect\w*|Wiederwahl\w*|"
    # A party or a candidate by name: "the Green Party's petition", "a 'Vote Lopez' sticker".
    r"(?-i:[A-Z]\w+) Party\b|(?-i:[Vv]ote (?:for )?[A-Z]\w+)|(?-i:VOTE (?:FOR )?[A-Z]{2,})|"
    # A campaign by its name: "the Smith for Senate rally", "Lopez for Council".
    r"\b\w{1,40} for (?:Senate|Congress|Governor|Mayor|President|Council|City Council|Sheriff|Assembly)|"
    # A campaign's slogan by name and year, quoted: "'Ortiz 2028'", "„Lopez 2030“".
    r"(?<=['\"‘“„])(?-i:[A-Z][a-z]+)\s+20[2-4]\d\b(?!\s+[a-z]))"
)
# A post that opens by naming the account it is posted from: "From @GSA: …", "From the 18F
# account: …", "Vom offiziellen TTS-Konto: …".
_OPENS_AS_ACCOUNT = (
    r"^\W*(?:from|posted from|von|vom) @\w+"
    r"|^\W*(?:from|posted from|von|vom)\s+(?:the\s+|our\s+|dem\s+|unserem\s+)?(?:official\s+|"
    r"offiziellen\s+)?@?[\w-]+[- ](?:account|handle|Konto|Account)\b"
)
_OFFICIAL_ACCOUNT = (
    r"(?:(?:official|agency|company|corporate|brand|dienstlich\w*|offiziell\w*|Firmen|Unternehmens|"
    r"GSA|TTS)\S*\s+(?:account|accounts|handle|channel|page|Konto|Konten|Kanal|Account|Seite)"
    # an organisation's acronym for its account: "the 18F account", "der 18F-Account"
    # (not one's own: "my IRS account"; not a two-letter word: "an IT account manager")
    r"|(?<!\bmy )(?<!\bmein )(?<!\bmeinem )(?<!\bmeinen )"
    r"\b(?-i:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,})[\s-](?:account|accounts|handle|Konto|Account)\b"
    rf"|{_OPENS_AS_ACCOUNT})"
)
_PRAISE = (
    r"(?:favou?rite|inspiring|amazing|awesome|brilliant|fantastic|incredible|must-see|"
    r"(?:the|our|their|its|his|her|my) best|best \w+ (?:of the year|ever)|"
    r"best[.!]?\s+(?:[\w-]+[.!]?\s+){1,3}ever|"
    r"most exciting|most innovative|most important|"
    r"greatest|outstanding|Lieblings\w*|großartig\w*|inspirierend\w*|genial\w*|fantastisch\w*|"
    r"grandios\w*|das beste|die beste|der beste|(?:we|I) (?:absolutely |really |just )?(?:love|adore)|"
    r"(?:wir|ich) (?:lieben|liebe)\b)"
)

# Such a post speaks in the account's voice throughout: "Posted from the TTS account: What a day
# … hands down our favorite panel".
_AS_THE_ACCOUNT = re.compile(_OPENS_AS_ACCOUNT, re.IGNORECASE)
_PRAISED = re.compile(rf"\b{_PRAISE}\b", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    kind: Kind
    start: int
    end: int
    text: str


def _names(names: list[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = sorted((re.escape(n) for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?!\w)", _I)


_PEOPLE = (
    r"(?:Chef\w*|Vorgesetzt\w*|Kolleg\w*|Abteilungsleiter\w*|Teamleiter\w*|boss|manager|"
    r"supervisor|colleague\w*|coworker\w*|co-worker\w*|team ?lead\w*|teammate\w*)"
)
_HEALTH = (
    r"(?:in (?:the )?hospital|hospitali[sz]ed|surgery|surgeries|diagnos\w*|cancer|chemo\w*|"
    r"illness|sick leave|burnout|pregnan\w*|im Krankenhaus|in der Klinik|Diagnose\w*|Krebs\w*|"
    r"Krankheit\w*|krankgeschrieben|Chemo\w*|schwanger\w*|Burn-?out)"
)
_FAILED = (
    r"(?:gescheitert|fehlgeschlagen|abgestürzt|ausgefallen|kaputt|failed|crashed|broke|"
    r"went down|blew up)"
)
_PATTERNS: dict[Kind, list[re.Pattern[str]]] = {
    Kind.FINANCIAL: [
        re.compile(
            # not one's own money given or spent: "chipped in $25 to the campaign"
            r"(?<!chipped in )(?<!gave )(?<!donated )(?<!contributed )(?<!paid )(?<!spent )"
            r"(?<!spendete )(?:€|EUR|USD|\$)\s?\d[\d.,]*(?:\s?(?:Millionen|Milliarden|million|billion|Mio|Mrd|bn|k|m)\b\.?)?",
            _I,
        ),
        re.compile(
            r"\b\d[\d.,]*\s?(?:Mio\.?|Mrd\.?|Millionen|Milliarden|million|billion|k€|T€)(?:\s?(?:€|EUR|Euro|USD|Dollar))?",
            _I,
        ),
        re.compile(r"\b\d[\d.,]*\s?(?:€|EUR|Euro|USD|Dollar)\b", _I),
        re.compile(
            r"\b(?:Umsatz|Umsätze|Auftragseingang|Marge|Gewinn|EBIT|revenue|turnover|margin|profit|order intake)\b[^.!?\n]{0,40}?\b\d[\d.,]*\s?%?",
            _I,
        ),
        re.compile(
            r"\b\d[\d.,]*\s?%[^.!?\n]{0,30}\b(?:Umsatz|Wachstum|Marge|growth|revenue|margin)\b", _I
        ),
        # How our metrics run in the current period, told to someone: "how our net retention is
        # trending this quarter", "unsere Pipeline in diesem Quartal".
        re.compile(
            r"\b(?:our|unser\w*)\s+(?:\w+\s+)?(?:net (?:dollar |revenue )?retention|NRR|ARR|churn|"
            r"bookings|pipeline|margins?|revenue|sales|numbers|Umsatz|Umsätze|Zahlen|Pipeline|Marge)\b"
            r"[^.!?\n]{0,40}?\b(?:(?:this|the current|next) (?:quarter|fiscal year|month)|"
            r"(?:in )?(?:diesem|laufenden|nächsten) (?:Quartal|Geschäftsjahr|Monat))\b",
            _I,
        ),
        # How many customers we have or won: a business metric, with or without a number ("how
        # many customers we won last quarter", "wie viele Kunden wir gewonnen haben").
        re.compile(
            r"\bhow many (?:new |paying |enterprise )?(?:customers|clients|users|subscribers|"
            r"deals)\s+(?:we|GitLab|the company)\s+(?:have|had|won|gained|added|signed|closed|"
            r"lost)\b|\bwie viele (?:neue )?(?:Kunden|Nutzer\w*|Abonnenten|Deals|Aufträge)\s+wir\b"
            r"[^.!?\n]{0,40}?\b(?:gewonnen|dazugewonnen|haben|hatten|verloren|abgeschlossen)\b|"
            r"\b(?:our|unser\w*)\s+(?:customer|user|subscriber) (?:count|numbers|growth)\b|"
            r"\bunser\w*\s+(?:Kundenzahl|Nutzerzahl)\w*",
            _I,
        ),
        # Our figures before they are out: "tweet our revenue numbers before the earnings call",
        # "unsere Quartalszahlen vor der Veröffentlichung".
        re.compile(
            r"\b(?:our|unser\w*)\s+(?:\w+\s+)?(?:revenue|sales|earnings|profit|ARR|bookings|"
            r"financial|Umsatz\w*|Quartalszahlen|Geschäftszahlen|Zahlen)(?:\s+(?:numbers|figures|"
            r"results|data))?\b[^.!?\n]{0,40}?\b(?:before\s+(?:the\s+)?(?:earnings|official|"
            r"announcement|release|they(?:'re|’re| are) (?:announced|public|published|released))|"
            r"vor (?:der|dem) (?:Veröffentlichung|Bekanntgabe|Earnings))",
            _I,
        ),
        # Our own figures told without a number: "our gross margin is way better than people
        # think", "unsere Marge ist besser als gedacht".
        re.compile(
            r"\b(?:our|unser\w*)\s+(?:\w+\s+)?(?:gross margin|operating margin|net margin|margins?|"
            r"profitability|burn rate|cash burn|bookings|ARR|churn|Marge|Margen|Rentabilität|"
            r"Gewinnmarge)\b[^.!?\n]{0,40}?\b(?:is|are|was|were|ist|sind|war|waren|looks?|sieht)\b"
            r"[^.!?\n]{0,30}?\b(?:better|worse|higher|lower|way up|way down|than (?:people|anyone|"
            r"you) think|besser|schlechter|höher|niedriger|als gedacht)\b",
            _I,
        ),
    ],
    # Predictions about the business: "we expect revenue to double", "die Aktie wird steigen".
    Kind.FORECAST: [
        re.compile(
            r"\b(?:expect\w*|forecast\w*|predict\w*|anticipat\w*|project(?:s|ed|ing)|"
            r"erwart\w*|prognostizier\w*|rechne[nt]? (?:da)?mit)\b[^.!?\n]{0,50}?\b(?:revenue|sales|"
            r"profit\w*|earnings|growth|stock|share price|margin\w*|Umsatz\w*|Umsätze|Gewinn\w*|"
            r"Aktie\w*|Aktienkurs\w*|Wachstum|Marge\w*)\b",
            _I,
        ),
        re.compile(
            r"\b(?:revenue|sales|profit\w*|earnings|stock|share price|Umsatz\w*|Umsätze|"
            r"Gewinn\w*|Aktie\w*|Aktienkurs\w*)\b[^.!?\n]{0,40}?\b(?:will|wird|werden|is going to)"
            r"\b[^.!?\n]{0,25}?\b(?:double|triple|grow|rise|go up|increase|climb|soar|follow|"
            r"verdoppeln|verdreifachen|steigen|wachsen|zulegen)\b",
            _I,
        ),
        # Growth in users or customers foretold: "I expect it to double our user numbers next
        # year", "ich erwarte, dass sich unsere Nutzerzahlen verdoppeln".
        re.compile(
            r"\b(?:expect\w*|predict\w*|forecast\w*|anticipat\w*|bet|erwart\w*|prognostizier\w*)"
            r"\b[^.!?\n]{0,40}?\b(?:to |will |wird |werden )?(?:double|triple|quadruple|10x|"
            r"verdoppeln|verdreifachen)\b[^.!?\n]{0,30}?\b(?:user numbers|user base|users?|"
            r"customer base|customers?|downloads|subscribers|market share|ARR|Nutzer\w*|Kunden\w*|"
            r"Marktanteil\w*)\b"
            # "ich erwarte, dass sich unsere Nutzerzahlen verdoppeln"
            r"|\b(?:erwart\w*|prognostizier\w*|rechne\w* damit)\b[^.!?\n]{0,40}?\b(?:Nutzer\w*|"
            r"Kunden\w*|Marktanteil\w*|Downloads)\s+(?:sich\s+)?(?:verdoppel\w*|verdreifach\w*)"
            r"|\b(?:user numbers|user base|customer base|market share|ARR|Nutzerzahl\w*|Kundenzahl\w*|"
            r"Marktanteil\w*)\b[^.!?\n]{0,30}?\b(?:will|wird|werden|is going to)\s+(?:\w+\s+)?"
            r"(?:double|triple|verdoppeln|verdreifachen)\b",
            _I,
        ),
        # The company's growth foretold: "dass wir im Gegenteil stark wachsen werden", "we'll
        # grow 30% next year" (not "we will grow the team").
        re.compile(
            r"\bwir\b[^.!?\n]{0,40}?(?:\b(?:stark|deutlich|massiv|kräftig|zweistellig)|\d+\s?%)\s+"
            r"(?:wachsen|zulegen|steigen)\b"
            r"|\bwe(?:'ll|’ll| will| are going to| are gonna)\s+(?:\w+\s+)?(?:grow|double|triple)\s+"
            r"(?:(?:strongly|fast|significantly|a lot|massively|next|this)\b|by\s+\d|\d+\s?%)",
            _I,
        ),
        # A price change to come: "dass wir nächstes Jahr die Preise erhöhen werden", "we're
        # raising prices in January".
        re.compile(
            r"\bwir\b[^.!?\n]{0,40}?\b(?:die |unsere )?Preise\b[^.!?\n]{0,20}?\b(?:erhöhen|senken|"
            r"anheben|verdoppeln)\s+(?:werden|wollen)\b"
            r"|\bwe(?:'re| are|'ll| will| plan to| are going to)\s+(?:\w+\s+)?(?:raising|raise|"
            r"increasing|increase|cutting|cut|doubling|double)\s+(?:our\s+|the\s+)?(?:prices|pricing)\b",
            _I,
        ),
        # One's guess about the numbers: "my guess about GitLab's revenue next quarter", "meine
        # Schätzung zum Umsatz".
        re.compile(
            r"\b(?:guess(?:es)?|predictions?|estimates?|speculations?|hunch|bets?|Schätzung\w*|"
            r"Vermutung\w*|Prognose\w*|Tipps?)\s+(?:about|on|for|of|that|zu[mr]?|über|für)\b"
            r"[^.!?\n]{0,30}?\b(?:revenue|sales|profit\w*|earnings|growth|margins?|stock|"
            r"share price|results|numbers|Umsatz\w*|Umsätze|Gewinn\w*|Aktie\w*|Aktienkurs\w*|"
            r"Wachstum|Marge\w*|Quartalszahlen|Zahlen)\b",
            _I,
        ),
        # A stock tip is a forecast too: "GitLab stock is a steal, buy before the earnings call".
        re.compile(
            r"\b(?:stock|shares|share price|Aktie\w*)\b[^.!?\n]{0,30}?\b(?:is a steal|a bargain|"
            r"undervalued|unterbewertet|ein Schnäppchen|to the moon)\b"
            r"|\b(?:a|great|huge|big)\s+buying opportunity\b|\bbuy the dip\b|\bKaufgelegenheit\b"
            # a hunch about the numbers: "earnings drop tomorrow and I have a really good feeling"
            r"|\b(?:earnings|results|numbers|quarter|Quartalszahlen|Zahlen)\b[^.!?\n]{0,60}?\b(?:"
            r"(?:really |very )?(?:good|great|bad) feeling|gutes Gefühl|schlechtes Gefühl)\b"
            r"|\bbuy (?:now|before|the dip|while)\b|\b(?:jetzt|schnell) (?:kaufen|zugreifen)\b"
            # "GTLB up 12% today, told you it was undervalued"
            r"|\b(?-i:[A-Z]{2,5})\s+(?:is\s+)?(?:up|down|jumped|fell|dropped|rose|climbed|soared|"
            r"gained|lost)\s+\d+(?:[.,]\d+)?\s?%"
            r"|\b(?:undervalued|overvalued|unterbewertet|überbewertet)\b"
            r"|\b(?:buy|buying) (?:\w+ )?(?:stock|shares)\b|\bAktie\w* (?:zu )?kaufen\b"
            # "bought more $GTLB shares, feeling bullish about next year"
            r"|\b(?:bullish|bearish)\b[^.!?\n]{0,30}?\b(?:next|coming)\s+(?:year|quarter|"
            r"earnings)\b(?!['’]s)|\$(?-i:[A-Z]{2,5})\b[^.!?\n]{0,40}?\b(?:bullish|bearish)\b",
            _I,
        ),
        # A milestone promised for the year: "Dieses Jahr knacken wir die Marke von 10.000
        # Kunden", "this year we'll cross 10,000 customers".
        re.compile(
            r"\b(?:this|next|coming) (?:year|quarter|fiscal year)\b[^.!?\n]{0,20}?\b(?:we'?ll|we will|"
            r"we're going to|we are going to)\s+(?:hit|cross|break|reach|double|triple|pass|beat|top)\b"
            r"(?!\s+down\b)"
            r"|\b(?:we'?ll|we will|we're going to)\s+(?:hit|cross|break|reach|double|triple|pass|beat|"
            r"top)\b[^.!?\n]{0,40}?\b(?:this|next) (?:year|quarter)\b"
            r"|\b(?:dieses|nächstes|kommendes) (?:Jahr|Quartal|Geschäftsjahr)\b[^.!?\n]{0,20}?"
            r"\b(?:knacken|erreichen|schaffen|übertreffen|verdoppeln|verdreifachen|überschreiten)\b"
            r"|\b(?:knacken|erreichen|schaffen|übertreffen|verdoppeln|überschreiten) wir\b"
            r"[^.!?\n]{0,40}?\b(?:dieses|nächstes|kommendes) (?:Jahr|Quartal)\b",
            _I,
        ),
        # "I bet next quarter will be even bigger", "das nächste Quartal wird noch besser".
        re.compile(
            r"\b(?:next|coming|nächste\w*|kommende\w*)\s+(?:quarter|year|fiscal year|Quartal|Jahr|"
            r"Geschäftsjahr)\b[^.!?\n]{0,40}?\b(?:will|wird|is going to)\b[^.!?\n]{0,25}?\b(?:bigger|"
            r"better|higher|stronger|a record|größer|besser|höher|stärker|ein Rekord\w*)\b",
            _I,
        ),
        # "I think the numbers will blow everyone away", "die Zahlen werden alle überraschen".
        re.compile(
            r"\b(?:numbers|results|figures|earnings|quarter|Zahlen|Ergebnisse|Quartal\w*)\b"
            r"[^.!?\n]{0,15}?\b(?:will|wird|werden|(?:is|are) going to)\b[^.!?\n]{0,20}?\b(?:blow|"
            r"beat|crush|smash|exceed|surpass|surprise|amaze|impress|übertreff\w*|überrasch\w*|"
            r"schlagen|umhauen|begeistern)\b",
            _I,
        ),
        re.compile(
            r"\b(?:double|triple|verdoppeln|verdreifachen)\b[^.!?\n]{0,30}?\b(?:revenue|sales|"
            r"profit\w*|customer\w*|Umsatz\w*|Umsätze|Gewinn\w*|Kunden\w*)\b",
            _I,
        ),
    ],
    Kind.CUSTOMER: [
        # Working on someone's own installation: "debugging Bosch's self-managed instance".
        re.compile(
            r"\b(?-i:[A-Z][\w&.-]+)(?:'s|’s)\s+(?:self-managed\s+|self-hosted\s+|on-prem\w*\s+|"
            r"production\s+|prod\s+|staging\s+)*(?:instance|deployment|cluster|installation|"
            r"environment)\b"
            # A named organisation's own project with us: "thanks to the Deutsche Telekom
            # platform team for the great collaboration on their GitLab rollout".
            r"|\b(?:to|with|at)\s+(?:the\s+)?(?-i:[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)\b"
            r"[^.!?\n]{0,60}?\btheir\s+(?:[\w.-]+\s+)?(?:rollout|roll-out|migration|deployment|"
            r"adoption|onboarding|go-live|upgrade|setup|instance)\b"
            # Helping a named organisation through its own trouble: "helping Acme Bank recover
            # from their botched upgrade".
            r"|\b(?:help|helps|helping|helped|support|supporting|supported)\s+(?:the\s+)?"
            r"(?-i:[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})\s+(?:\w+\s+){0,2}?(?:recover|restore|fix|"
            r"debug|troubleshoot|migrate|upgrade|get back|get through)\b[^.!?\n]{0,60}?\btheir\b",
            _I,
        ),
        re.compile(
            r"\b(?:Auftrag|Aufträge|Großauftrag|Projekt|Kunden?|Kundin)\s+(?:von|vom|für|bei|mit)\s+(?:der|dem|den|unserem|unserer)?\s*[A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ][\w&.-]+){0,2}"
        ),
        re.compile(
            r"\b(?:order|contract|deal|project)\s+(?:from|with|for)\s+[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2}"
        ),
        re.compile(
            r"\b(?:our|unser(?:em|en|er)?)\s+(?:customer|client|Kunden?|Kundin)\s+[A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ][\w&.-]+){0,2}"
        ),
        # Working with a named organisation's own people: "a migration workshop with the
        # platform team at Deutsche Bahn".
        re.compile(
            r"\b(?:workshop|onsite|on-site|kickoff|kick-off|training|session|meeting|engagement|"
            r"pilot|proof of concept|POC|migration)s?\s+(?:[\w-]+\s+){0,3}?(?:with|for)\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|engineers|developers|admins|folks)\s+"
            r"(?:at|from|of)\s+[A-Z][\w&.-]+"
        ),
        # What an unnamed customer told or plans: "a customer mentioned on a call that they're
        # moving all their teams to GitLab", "ein Kunde hat mir erzählt, dass …". The customer is
        # still theirs to tell about.
        re.compile(
            r"\b(?:a|one of our|our|the|this|that|ein|eine|einer unserer|unser|unsere)\s+"
            r"(?:big\w* |large\w* |key |new |major |großer? |wichtiger? )?"
            r"(?:customer|client|Kunde|Kundin)\s+(?:\w+\s+){0,6}?(?:told|mentioned|said|shared|"
            r"confided|let slip|revealed|is moving|are moving|is migrating|are migrating|"
            r"is switching|are switching|plans|is planning|are planning|hat mir erzählt|erzählte|"
            r"hat erwähnt|erwähnte|sagte|hat gesagt|wechselt|migriert|plant)\b",
            _I,
        ),
        # A visit that reveals a customer's plans: "a workshop at Deutsche Bahn, they're rolling
        # out GitLab to 5,000 developers".
        re.compile(
            r"\b(?:at|with)\s+[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2}\b[^.!?\n]{0,40}\b(?:rolling "
            r"out|roll out|adopting|migrating to|switching to|moving to|signed|renewed)\b"
        ),
        # A named customer's deal: "Deutsche Bahn just signed a three-year Ultimate deal with
        # us", "Acme hat gerade den Vertrag verlängert".
        re.compile(
            r"\b(?!(?:We|I|You|They|He|She|It|Our|My|Just|Today|Finally|Who|Everyone)\b)"
            r"[A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ][\w&.-]+){0,2}\s+(?:just\s+|has\s+|have\s+|finally\s+)?"
            r"(?:signed|renewed|extended|closed|expanded)\s+(?:a|an|their|its|the)\s+(?:[\w-]+\s+){0,3}"
            r"(?:deal|contract|agreement|subscription|licen[cs]e|order|renewal)\b"
            r"|\b(?!(?:Wir|Ich|Er|Sie|Es|Man)\b)[A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ][\w&.-]+){0,2}\s+hat\s+"
            r"(?:gerade\s+|heute\s+|endlich\s+)?(?:einen|den|ihren|seinen)\s+(?:[\w-]+\s+){0,2}"
            r"(?:Vertrag|Auftrag|Deal|Rahmenvertrag)\s+(?:\w+\s+){0,3}(?:unterschrieben|"
            r"unterzeichnet|verlängert|erweitert)"
        ),
        # What a customer pays: "how much a customer spends with us", "was Kunde X bei uns zahlt".
        re.compile(
            r"\bhow much (?:a|an|our|the|this|that|one) (?:\w+ )?(?:customer|client)s? "
            r"(?:spends?|pays?)\b|\b(?:customer|client)(?:'s|’s|s')? (?:spend|spending|contract value)\b"
            r"|\bwas (?:ein|der|unser|dieser) (?:\w+ )?(?:Kunde|Kundin) (?:\w+ ){0,2}(?:ausgibt|zahlt)\b",
            _I,
        ),
        # The same in German: "Workshop heute bei der Allianz – die wollen bis Jahresende auf
        # GitLab umsteigen".
        re.compile(
            r"(?<!arbeite )(?<!arbeiten )(?<!arbeitet )\b(?:bei|mit)\s+(?:der|dem|den)?\s*"
            r"[A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ][\w&.-]+){0,2}\b[^.!?\n]{0,40}?\b(?:die|sie)\s+"
            r"(?:wollen|werden|planen|möchten)\b[^.!?\n]{0,60}?\b(?:umsteigen|umstellen|einführen|migrieren|wechseln|ausrollen|"
            r"steigen\s+\w+\s+um|stellen\s+\w+\s+um|führen\s+\w+\s+ein)\b"
        ),
        # An unnamed customer's move: "a Fortune 50 bank is about to switch to GitLab".
        re.compile(
            r"\b(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:[\w-]+\s+){0,3}(?:bank|company|customer|client|enterprise|"
            r"agency|retailer|insurer|carmaker|airline)\b[^.!?\n]{0,30}?\b(?:is about to|is going "
            r"to|plans to|will|is)\s+(?:switch|switching|move|moving|migrate|migrating|roll out|"
            r"rolling out)\s+(?:to\s+)?(?:us\b|our\b|[A-Z][\w&.-]*)"
        ),
        # The customer announcement: "Proud to announce that MegaCorp now runs on …", "welcome
        # Acme as a new client", "… begrüßen Acme als neuen Kunden".
        re.compile(
            r"\b(?i:proud|excited|happy|thrilled|pleased)\s+to\s+(?:announce|share)\s+(?:that\s+)?"
            r"[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2}\s+(?:now\s+|has\s+|have\s+)?(?:runs|run|uses|"
            r"chose|selected|switched|signed|migrated|moved|is using|are using|is now using)\b"
            r"|\b(?i:welcome)\s+[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2}\s+as\s+(?:a\s+|an\s+|our\s+)?"
            r"(?:new\s+)?(?:customer|client)\b"
            r"|\b[A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ][\w&.-]+){0,2}\s+als\s+(?:neuen\s+|neue\s+)?"
            r"(?:Kunden|Kundin|Neukunden)\b"
        ),
        # Last, so a longer finding above wins: a company by its legal name ("Acme Corp's ops
        # team", "mit der Müller GmbH"), not one's employer ("works at GitLab Inc.").
        re.compile(
            r"(?<!\bat )(?<!\bfor )(?<!\bjoin )(?<!\bjoined )(?<!\bjoining )(?<!\bbei )"
            r"\b[A-ZÄÖÜ][\w&-]+(?:\s[A-ZÄÖÜ][\w&-]+)?\s(?:Corp|Corporation|Inc|GmbH|AG|Ltd|LLC|plc|KG)"
            r"\b\.?"
        ),
    ],
    Kind.UNRELEASED: [
        re.compile(
            # not a first or old prototype, which is history: "what we learned when our first
            # prototype flopped"
            r"\b(?<!first )(?<!old )(?<!earlier )(?<!previous )(?<!former )(?<!ersten )(?<!alten )"
            r"(?:Prototyp\w*|prototype\w*|unveröffentlicht\w*|unreleased|coming soon|demnächst|sneak peek|noch geheim|top secret|Codename\w*|code name\w*|codename\w*)\b",
            _I,
        ),
        # "Kleiner Spoiler: Nächstes Quartal bringen wir ein großes KI-Feature raus", "next
        # quarter we're launching …": what ships next, told ahead.
        re.compile(
            r"\b(?:(?:kleiner\s+)?Spoiler\b[^\n]{0,60}?\b(?:wir|unser\w*|we|our)|"
            r"nächste[nms]?\s+(?:Quartal|Monat|Woche|Jahr)\s+(?:bringen|"
            r"launchen|releasen|veröffentlichen|starten)\s+wir|next\s+(?:quarter|month|week|year)\s+"
            r"we(?:'re|’re| are)\s+(?:launching|shipping|releasing))\b",
            _I,
        ),
        # Insider news of what comes next: "Psst, Insider-Info: our next big feature is called
        # 'Project Falcon' and ships in March".
        re.compile(
            r"\b(?:Insider-?Info\w*|insider info\w*|under wraps|unannounced|not yet announced|"
            r"not (?:announced|public) yet|"
            r"(?:hasn't|has not|haven't|have not|isn't|is not) (?:been )?(?:announced|made public|"
            r"published)(?: yet)?|"
            # "our product roadmap for next year" (a public roadmap is no secret)
            r"(?<!public )(?<!published )(?:our|the|unser\w*) (?:product |Produkt-?)?[Rr]oadmap"
            r"(?= for| für|\b[^.!?\n]{0,15}\b(?:next|nächst\w*|kommend\w*))|"
            r"noch nicht (?:angekündigt|öffentlich|offiziell)|(?:you )?heard it here first|"
            r"(?:ihr )?habt es zuerst (?:hier|von mir) gehört)\b"
            # "next week GSA will announce that …": news before its announcement.
            r"|\b(?:next|this coming) (?:week|month|quarter)\b[^.!?\n]{0,40}?\bwill announce\b"
            # A deal not yet won: "pretty sure we're about to win the big DHS contract"
            r"|\b(?:about to|going to|set to|likely to|expect(?:ing)? to)\s+(?:win|land|sign|close)\s+"
            r"(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:contract|deal|award|account|bid)s?\b"
            # "… getting cut by a third, announcement next month"
            r"|\b(?:announcement|official announcement|press release)\s+(?:is\s+)?(?:coming\s+)?"
            r"(?:next|this coming) (?:week|month|quarter)\b"
            r"|\b(?:nächste\w*|kommende\w*) (?:Woche|Monat|Quartal)\b[^.!?\n]{0,40}?\b(?:bekannt ?geben|"
            r"verkünden|ankündigen)\b"
            # A teaser: "Can't say much yet, but big changes are coming … next quarter".
            r"|\bcan(?:'|’)?t (?:say|tell you|name|reveal) (?:(?:much|more|anything)(?: yet| now)?|"
            # "can't say which vendor yet", not "can't say which I like more"
            r"(?:who|what|which|where|when|them|it|names?)(?:\s\w+)? yet)\b"
            r"|\b(?:darf|kann) (?:noch )?nicht (?:viel|mehr) (?:sagen|verraten)\b"
            # "Can't wait until we can finally say which agency …"
            r"|\buntil (?:we|I) can (?:finally )?(?:say|tell|announce|reveal|share|name)\b"
            r"|\bbis (?:wir|ich) (?:endlich )?(?:sagen|verraten|verkünden) (?:darf|dürfen|kann|können)\b"
            r"|\b(?:changes|news|something big|re-?org\w*|reorgani[sz]ation|restructuring|layoffs|"
            r"Umstrukturierung|Umbau)\b[^.!?\n]{0,20}?\b(?:(?:are|is) coming|kommt|kommen)"
            r"\b[^.!?\n]{0,30}?\b(?:next|nächste\w*)\s+(?:week|month|quarter|year|Woche|Monat|"
            r"Quartal|Jahr)\b"
            r"|\b(?:nächste\w*|next)\s+(?:große\w*\s+|big\s+|major\s+)?(?:Feature|Produkt|product|"
            r"feature)\b[^.!?\n]{0,60}?\b(?:kommt|erscheint|startet|launches|ships|is coming|arrives|"
            r"drops)\b",
            _I,
        ),
    ],
    Kind.PERSONAL_DATA: [
        # Someone else's age: "my teammate Lena, who turns 40 today".
        re.compile(
            rf"\b{_PEOPLE}\b[^.!?\n]{{0,40}}?\b(?:turns \d{{2}}|is \d{{2}} (?:years old|today)|"
            r"wird (?:heute )?\d{2}\b|ist \d{2} Jahre alt)",
            _I,
        ),
        # Someone else's health: "my teammate Tom, who is in the hospital after heart surgery",
        # "thanks to Maria, who led the project while going through chemotherapy".
        re.compile(
            rf"\b{_PEOPLE}\b[^.!?\n]{{0,50}}?\b{_HEALTH}\b"
            rf"|(?-i:\b[A-Z][a-z]+),\s+(?:who|der|die)\b[^.!?\n]{{0,60}}?\b{_HEALTH}\b",
            _I,
        ),
        # Someone else's child, named or aged: "Marco's daughter Sofia (4)", "Annas Sohn
        # Ben". One's own family ("my daughter") is the poster's choice.
        re.compile(
            rf"(?:\b{_PEOPLE}|(?-i:\b[A-Z][a-z]+))(?:'s|’s)\s+(?:little\s+|baby\s+|newborn\s+)?"
            r"(?:daughters?|sons?|kids?|child|children|baby|twins)\b[^.!?\n]{0,20}?"
            r"(?:(?-i:\b[A-Z][a-z]+\b)|\(\d{1,2}\)|\b\d{1,2}[- ]years?[- ]old)"
            r"|(?-i:\b[A-Z][a-z]+s)\s+(?:kleine[rn]?\s+)?(?:Tochter|Töchter|Sohn|Söhne|Kinder|Kind|"
            r"Baby|Zwillinge)\b[^.!?\n]{0,20}?(?:(?-i:\b[A-Z][a-z]+\b)|\(\d{1,2}\)|\b\d{1,2} Jahre)"
            r"|\b(?:Tochter|Sohn|Kinder|Kind|Baby)\s+(?:meines Kollegen|meiner Kollegin|"
            r"unseres Kollegen|unserer Kollegin|von (?-i:[A-Z][a-z]+))\b",
            _I,
        ),
        re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
        re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b"),  # IBAN
        re.compile(
            r"(?<![\w])(?:\+\d{1,3}[\s/-]?\(?\d{2,5}\)?|\(?0\d{2,5}\)?)\s?[/-]?\s?\d{3,}"
            r"(?:[\s/-]?\d{2,})?\b"
        ),
        # A home address: where someone lives, not where the company's booth is.
        re.compile(
            r"\b(?:lives?|living|home address|private address|wohnt|wohnen|Privatadresse|"
            r"Wohnadresse|private Adresse|Privatanschrift|"
            # "at her place tonight, 42 Elm Street"
            r"(?:her|his|their|my|our) (?:place|house|home|apartment|flat)|bei (?:ihr|ihm) "
            r"(?:zu Hause|zuhause|daheim))\b"
            r"[^.!?\n]{0,30}?(?:\b\d{1,5}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Avenue|Ave|"
            r"Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl)\b\.?"
            r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring)\s+\d{1,4}[a-z]?\b)"
        ),
    ],
    Kind.INSULT: [
        re.compile(
            r"\b(?:Idiot\w*|Vollidiot\w*|Depp\w*|Trottel\w*|Arschloch|Arschlöcher|Schwachkopf|Versager\w*|unfähig\w*|inkompetent\w*|dumm\w*|scheiß\w*|Scheiße)\b",
            _I,
        ),
        re.compile(
            r"\b(?:idiot\w*|moron\w*|stupid|incompetent|jerk\w*|loser\w*|clown\w*|useless|shit\w*|crap|bastard\w*)\b",
            _I,
        ),
        re.compile(
            r"\b(?:ich mach (?:dich|euch) fertig|du wirst (?:es )?bereuen|pass bloß auf|wir wissen, wo|you(?:'ll| will) regret|watch your back|we know where you live|I will destroy|ich zeig(?:e)? (?:dich|euch) an)\b",
            _I,
        ),
        # Ridicule addressed to someone's account: "@GitHub's CEO, your new pricing is a joke".
        re.compile(
            r"@[\w-]+[^.!?\n]{0,60}?\b(?:is|are|ist|sind)\s+(?:a |ein |even |noch )?(?:joke|Witz|"
            r"garbage|Müll|trash|pathetic|laughable|lächerlich|awful|terrible|worse|schlechter)\b",
            _I,
        ),
    ],
    # Running down a colleague or a superior in public ("wie schlecht mein Chef ist").
    Kind.COLLEAGUE: [
        # Blaming a colleague in public: "a teammate's merge request broke production".
        re.compile(
            rf"\b{_PEOPLE}(?:'s|s)?\b[^.!?\n]{{0,40}}\b(?:broke|has broken|messed up|screwed up|"
            r"dropped the ball|(?:is|was) (?:to blame|at fault)|(?:his|her|their) fault|"
            r"kaputt ?gemacht|verbockt|vermasselt|versemmelt|(?:ist|war) schuld)\b",
            _I,
        ),
        # … or as the cause of a failure: "Kollege Max, wegen dem der Deploy gescheitert ist",
        # "the release failed because of my teammate".
        re.compile(
            rf"\b{_PEOPLE}\b[^.!?\n]{{0,30}}\b(?:wegen|because of|thanks to|dank)\b[^.!?\n]{{0,40}}"
            rf"\b{_FAILED}\b|\b{_FAILED}\b[^.!?\n]{{0,40}}\b(?:wegen|because of|thanks to|dank)\s+"
            rf"(?:\w+\s+)?{_PEOPLE}\b",
            _I,
        ),
        re.compile(
            rf"\b{_PEOPLE}\b[^.!?\n]{{0,40}}\b(?:schlecht\w*|unfähig\w*|furchtbar\w*|"
            r"schrecklich\w*|peinlich\w*|nervig\w*|inkompetent\w*|faul\w*|terrible|awful|"
            r"horrible|useless|incompetent|lazy|bad|worst|clueless|a joke)\b",
            _I,
        ),
        re.compile(
            r"\b(?:wie (?:schlecht|unfähig|furchtbar|schrecklich)|how (?:bad|terrible|awful|"
            rf"useless|incompetent))\b[^.!?\n]{{0,30}}\b{_PEOPLE}\b",
            _I,
        ),
        re.compile(
            r"\b(?:complain\w*|rant\w*|criticiz\w*|criticis\w*|läster\w*|schimpf\w*|"
            r"beschwer\w*|kritisier\w*|mock\w*|ridicul\w*|mak(?:e|es|ing) fun of|laugh(?:s|ing)? at|"
            rf"bully\w*|harass\w*|verspott\w*|lustig mach\w*|mobb\w*)\b[^.!?\n]{{0,30}}\b{_PEOPLE}\b",
            _I,
        ),
        # Showing a colleague drunk: "@sam_dev absolutely wasted at the holiday party".
        re.compile(
            rf"(?:@\w+|\b{_PEOPLE})\b[^.!?\n]{{0,40}}\b(?:wasted|drunk|hammered|smashed|"
            r"plastered|hungover|passed out|betrunken|besoffen|verkatert|sturzbetrunken)\b",
            _I,
        ),
    ],
    Kind.COMPETITOR: [
        re.compile(
            rf"\b{_RIVAL}\b[^.!?\n]{{0,80}}\b{_RUN_DOWN}\b|{_WEAKNESSES_OF}",
            _I,
        ),
        # The rival named first, run down in the next sentence: "A competitor just announced
        # their new CI feature. Can I comment under it that theirs is a cheap copy of ours?"
        re.compile(
            rf"\b{_RIVAL}\b[^\n]{{0,160}}?\b(?:theirs|their|they|they're|they’re|ihr\w*|deren)\b"
            rf"[^.!?\n]{{0,40}}?\b{_RUN_DOWN}\b",
            _I,
        ),
        re.compile(
            r"\b(?:make fun of|mock\w*|ridicul\w*|bash\w*|trash-talk\w*|lustig machen über|verspott\w*|"
            r"jokes? about|Witze? über|Witz\w* über)\b[^.!?\n]{0,60}\b(?:Konkurren\w*|Wettbewerb\w*|Mitbewerber\w*|competitor\w*|competition|rival\w*)\b",
            _I,
        ),
        re.compile(
            r"\b(?:Konkurren\w*|Wettbewerb\w*|Mitbewerber\w*)\b[^.!?\n]{0,60}\blustig\s+mach\w*", _I
        ),
        # Laughing at another's outage: "GitHub Actions down AGAIN lol, good thing we use …",
        # "Bitbucket down again? Guess some things never change 😂", "Another GitHub outage
        # today 🙃 glad my pipelines live on GitLab".
        re.compile(
            r"(?:\b(?-i:[A-Z][\w.]+)(?:\s+(?-i:[A-Z]\w+))?\s+(?:is\s+)?down\s+again\b"
            r"|\b(?:another|yet another|one more|noch ein\w*|schon wieder ein\w*)\s+"
            r"(?-i:[A-Z][\w.]+)(?:\s+(?-i:[A-Z]\w+))?(?:\s+|-)(?:outage|downtime|Ausfall|Störung)\b)"
            r"[^\n]{0,60}?(?:\blol\b|\blmao\b|😂|🤣|🙃|🙄|\bgood thing\b|"
            r"\bglad (?:we|I|my|our)\b[^\n]{0,30}?\b(?:use|using|on|switched|moved)\b|\bnever change\b|"
            r"\bzum Glück\b|\bgut, dass\b)",
            _I,
        ),
        # Running down a named product and pointing to another: "GitHub Actions is a total
        # dumpster fire, just switch to GitLab already".
        re.compile(
            r"\b(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+))?\s+(?:is|are|was|ist|sind)\s+"
            r"(?:(?:such|a|an|total|totally|complete|completely|absolute|absolutely|utter|ein|eine|"
            r"totaler|totales|kompletter|komplettes)\s+){0,3}(?:dumpster fire|garbage|trash|junk|"
            r"crap|a joke|joke|mess|disaster|useless|Schrott|Müll|Katastrophe|Witz)\b"
            r"[^\n]{0,80}?\b(?:switch|move|migrate|come over|wechselt|wechseln|umsteigen)\b",
            _I,
        ),
        # A product named and called rubbish outright: "post that GitHub Actions is garbage",
        # "dass Jenkins Schrott ist" (the words are strong enough without a rival named).
        re.compile(
            r"\b(?!(?:Our|My|The|This|That|It|Everything|Unser\w*|Mein\w*|Das|Die|Der|Es)\b)"
            r"(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+))?\s+(?:is|are|ist|sind)\s+"
            r"(?:(?:such|a|an|total|totally|complete|completely|absolute|absolutely|utter|just|"
            r"honestly|ein|eine|totaler|totales|kompletter|komplettes|echt|einfach)\s+){0,3}"
            r"(?:dumpster fire|garbage|trash|junk|crap|Schrott|Müll)\b"
            r"|\bdass\s+(?!(?:unser\w*|mein\w*|das|die|der|es)\b)(?-i:[A-Z][\w.-]+)"
            r"(?:\s+(?-i:[A-Z][\w.-]+))?\s+(?:\w+\s+){0,2}(?:Schrott|Müll)\s+(?:ist|sind)\b",
            _I,
        ),
        # Another's product run down by its possessive: "kommentiert, dass deren Tool total
        # veraltet ist", "their platform is garbage".
        re.compile(
            r"\b(?:deren|ihr|ihre|ihren|their|its)\s+(?:\w+\s+)?(?:Tool|Tools|Produkt\w*|Software|"
            r"Plattform|product|products|tool|tools|software|platform|app|service)\b"
            rf"[^.!?\n]{{0,30}}?\b{_RUN_DOWN}\b",
            _I,
        ),
        # Two products side by side, one with a clown, the other with a cool face: "github
        # copilot rn: 🤡🤡🤡 gitlab duo: 😎 just saying".
        re.compile(
            r"\b[\w.-]{1,40}(?:\s+[\w.-]{1,40}){0,2}\s*[:=\-–]\s*(?:🤡|💩|🗑️?|🚮|🤮|👎)+[^\n]{0,60}?"
            r"\b[\w.-]{1,40}(?:\s+[\w.-]{1,40}){0,2}\s*[:=\-–]\s*(?:😎|🚀|🔥|💪|👑|🏆|😍|🥇|👍)",
            _I,
        ),
        # A product run down with the idiom for shoddy work: "Jenkins is honestly a pile of
        # plugins held together with duct tape and prayer".
        re.compile(
            r"\b(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+))?\s+(?:is|are|ist|sind)\s+"
            r"(?:(?:honestly|frankly|basically|just|literally|really|still|ehrlich gesagt|einfach|"
            r"echt|nur)\s+)?(?:a|an|ein|eine|einen|nothing but)?\s*(?:pile|heap|bunch|Haufen)\b"
            r"[^.!?\n]{0,60}?\b(?:held together|duct tape|glued together|zusammengeklebt|"
            r"Klebeband)\b",
            _I,
        ),
        # Running another's product down beside one's own: "cant beleive github actions is still
        # this slow in 2026, thank god for gitlab ci lmao".
        re.compile(
            # a product named bare, not one's own things ("my laptop is still this slow")
            r"(?:^|[,.!?;:]\s*|\b(?:believe|beleive|imagine|that|how|why)\s+)(?!(?:my|our|the|this|"
            r"his|her|their|your|mein\w*|unser\w*)\b)\w+(?:\s+\w+)?\s+"
            r"(?:is|are)\s+still\s+(?:this|so|that)\s+(?:slow|bad|buggy|broken|clunky|terrible|"
            r"awful|painful|unreliable)\b[^\n]{0,60}?\b(?:thank (?:god|goodness|heavens) for|"
            r"thankfully we|good thing (?:we|I)|glad (?:we|I))\b",
            _I,
        ),
        # Mocking another's product: "Imagine still babysitting Jenkins plugins in 2026 🤡".
        re.compile(
            r"\b(?:imagine|stell dir vor,?)\s+(?:still\s+|actually\s+|noch immer\s+|immer noch\s+)?"
            r"(?:using|paying for|babysitting|maintaining|running|being stuck with|sticking with|"
            r"stuck on|on)\s+(?-i:[A-Z][\w.]+)[^\n]{0,60}?(?:🤡|😂|🤣|🙃|🙄|💀|\blol\b|\blmao\b)",
            _I,
        ),
    ],
    Kind.INTERNAL: [
        # A quarter's internal numbers, or a briefing of someone from the market: "our Q3
        # pipeline", "walked a hedge fund analyst through …".
        re.compile(
            r"\bQ[1-4]\s+(?:pipeline|numbers|results|revenue|bookings|sales|plans?|planning|"
            r"roadmap|goals|OKRs?|targets|strategy|Zahlen|Umsatz\w*|Pipeline|Ergebnis\w*|Pläne|"
            r"Planung|Ziele)\b(?!\s+(?:are|is|were|was|sind|ist) (?:public|published|öffentlich))"
            # a fiscal year's budget before it is public: "our team's FY27 budget request just got
            # cut in half"
            r"|\bFY ?'?\d{2,4}\s+(?:\w+\s+)?(?:budget|funding|spend\w*|targets?)\b"
            r"(?!\s+(?:is|was|are|were) (?:public|published))"
            r"|\b(?:our|my team's|the team's|the agency's|unser\w*)\s+(?:\w+\s+){0,2}?"
            r"(?:budget|Budget|Etat)\s+(?:request|proposal|just got cut|got cut|was cut|is being cut|"
            r"wurde gekürzt|Antrag)\b"
            # a photo that shows the plans: "the whiteboard of our Q1 plans in the back"
            r"|\b(?:whiteboard|flipchart|Whiteboard|Flipchart)\b[^.!?\n]{0,30}?\b(?:our|the "
            r"team's|the company's|unser\w*)\s+(?:\w+\s+)?(?:plans?|roadmap|strategy|numbers|"
            r"architecture|Pläne|Planung|Strategie|Zahlen)\b"
            r"|\b(?:analyst|investor|hedge fund|Analyst\w*|Investor\w*)\b[^.!?\n]{0,60}?\b(?:walked "
            r"(?:him|her|them) through|briefed|gave (?:him|her|them) a preview|told (?:him|her|them))",
            _I,
        ),
        re.compile(
            r"\b(?:Screenshot\w*|Bildschirmfoto\w*|intern(?:e|en|er|es)? (?:(?-i:[A-Z]\w+)[ -])?(?:Präsentation|Dokument|Mail|E-Mail|Chat|Zahlen|Folien|Memo|Issue|Ticket|Tabelle)\w*|Intranet|vertraulich\w*|internal[ -](?:(?-i:[A-Z]\w+) |planning |strategy |team |project |leadership |management |Slack )?(?:deck|document|doc|docs|memo|email|slides|chat|channel|thread|only|dashboard|data|metrics|numbers|figures|roadmap|wiki|post-?mortem|incident report|report|review|audit|notes|ticket|tracker|issue|epic|merge request|spreadsheet)\w*|post-?mortem\w*|confidential|NDA|"
            r"(?:salary|pay|compensation) bands?|Gehaltsb[äa]nd\w*|Gehaltsstufen|Vergütungsb[äa]nd\w*|"
            # a document still in the works: "the draft procurement memo we're still finalizing"
            r"draft (?:\w+ )?(?:memo|policy|guidance|report|budget|plan|strategy)|still finali[sz]ing|"
            r"(?:Entwurf|Entwürfe) (?:des|der|eines|einer|unseres|unserer) \w+|noch nicht final|"
            r"(?:liegt|liegen|sind|ist) intern)\b",
            _I,
        ),
        # The team's own closed places: "our private blog-drafts repo", "our private channel".
        re.compile(
            r"\b(?:our|the team's|the team’s|the company's|the company’s)\s+private\s+(?:[\w-]+\s+)?"
            r"(?:repo|repos|repository|repositories|channel|doc|docs|document|board|kanban|drive|"
            r"folder|wiki|Slack)\b"
            # what was shown at a gathering of our own: "from today's internal sales kickoff"
            r"|\binternal[ -](?:sales |team |company |leadership |engineering )?(?:kickoff|kick-off|"
            r"all-hands|all hands|offsite|off-site|town ?hall|meeting|summit)s?\b",
            _I,
        ),
        # What the post itself says is not out: "… and nobody outside knows yet", "between you
        # and me", "unter uns gesagt".
        re.compile(
            r"\b(?:nobody|no one|no-one)\s+(?:outside(?:\s+(?:the|our)\s+\w+)?\s+knows\b|else\s+"
            r"knows\s+(?:yet|about (?:it|this))\b)"
            r"|\bbetween you and me\b|\bkeep (?:it|this) (?:quiet|between us|under wraps)\b"
            r"|\bniemand (?:außerhalb|draußen|sonst)\b[^.!?\n]{0,20}?\bweiß\b|\bunter uns gesagt\b",
            _I,
        ),
        # What was said behind closed doors: "Heard in today's leadership meeting: …".
        re.compile(
            r"\b(?:heard|learned|told|said|announced|mentioned)\s+(?:\w+\s+)?(?:in|at|during)\s+"
            r"(?:today's|today’s|this morning's|this morning’s|yesterday's|yesterday’s|the|our|an?)"
            r"\s+(?:internal\s+|closed-door\s+)?(?:leadership|all-hands|all hands|staff|management|"
            r"exec\w*|board|internal)\s+(?:meeting|call|sync|offsite|briefing)\b"
            r"|\b(?:im|in der|beim)\s+(?:heutigen\s+|internen\s+)*(?:Führungskreis\w*|"
            r"Leitungsrunde|Leitungsmeeting|Management-?Meeting|All-Hands|Betriebsversammlung)\b"
            r"[^.!?\n]{0,30}?\b(?:gehört|erfahren|gesagt|angekündigt)\b",
            _I,
        ),
    ],
    Kind.BROADCAST: [
        re.compile(
            r"(?:<!(?:channel|here|everyone)(?:\|[^>]*)?>|(?<![\w])@(?:channel|here|everyone)\b)",
            _I,
        ),
    ],
    Kind.PREMISES: [
        re.compile(
            r"\b(?:Foto\w*|Bild\w*|Video\w*|Aufnahme\w*|photo\w*|picture\w*|pic|pics|video\w*|selfie\w*)\b[^.!?\n]{0,60}\b(?:Werk\w*|Halle\w*|Produktion\w*|Fertigung\w*|Labor\w*|Prüfstand\w*|Lager\w*|Serverraum\w*|plant|factory|shop floor|production|lab|warehouse|server room)\b",
            _I,
        ),
        re.compile(
            r"\b(?:Werk\w*|Halle\w*|Produktion\w*|Fertigung\w*|Labor\w*|Prüfstand\w*|plant|factory|shop floor|production|lab)\b[^.!?\n]{0,60}\b(?:Foto\w*|Bild\w*|Video\w*|photo\w*|picture\w*|video\w*)\b",
            _I,
        ),
    ],
    Kind.PEOPLE: [
        re.compile(
            r"\b(?:Foto\w*|Bild\w*|Video\w*|Selfie\w*|Schnappschuss\w*|photo\w*|picture\w*|pics?|video\w*|selfie\w*|snapshot\w*|candid(?:s)?(?= (?:of|from|shot)\b))\b[^.!?\n]{0,60}\b(?:Kolleg\w*|Team\w*|Kunde\w*|Besucher\w*|colleague\w*|co-?workers?|team|customer\w*|visitor\w*|everyone)\b",
            _I,
        ),
        # Colleagues' children or partners in one's pictures: "pics from family day? my kids +
        # some coworkers' kids are in them".
        re.compile(
            r"\b(?:colleague|co-?worker|teammate|Kolleg(?:e|in|en|innen))(?:s|'s|’s|s'|s’)?['’]?\s+"
            r"(?:kids|children|child|family|families|partners?|spouses?|Kinder\w*|Familie\w*)\b"
            r"(?=[\s\S]{0,80}\b(?:photo\w*|picture\w*|pics?|video\w*|Foto\w*|Bild\w*|in them|"
            r"drauf)\b)"
            r"|\b(?:photo\w*|picture\w*|pics?|video\w*|Foto\w*|Bild\w*)\b[\s\S]{0,80}?\b(?:colleague|"
            r"co-?worker|teammate|Kolleg(?:e|in|en|innen))(?:s|'s|’s|s'|s’)?['’]?\s+(?:kids|children|"
            r"child|family|families|partners?|spouses?|Kinder\w*|Familie\w*)\b",
            _I,
        ),
        re.compile(
            r"\b(?:Kolleg\w*|colleague\w*|Team\w*)\b[^.!?\n]{0,60}\b(?:Foto\w*|Bild\w*|Video\w*|photo\w*|picture\w*|video\w*)\b",
            _I,
        ),
    ],
    # Urging people to attend, register, vote or donate: an endorsement, not a fact.
    Kind.CALL_TO_ACTION: [
        re.compile(
            r"\b(?:everyone|everybody|all of you|you all|y'all)\s+(?:should|must|needs? to|has to|"
            r"have to)\s+(?:go|attend|come|join|sign up|register|vote|donate)\b"
            r"|\bmake sure (?:to|you)\s+(?:sign up|register|go|attend|vote|donate)\b"
            r"|\b(?:sign up|register) and (?:go|attend|come)\b"
            # "Vote for Jane Doe!", not "can't wait to vote for her" or "I will vote for him"
            # ("Vote for me": one's own run, which the candidacy finding weighs.)
            r"|\b(?<!to )(?<!I )(?<!I'll )(?<!will )(?<!I'd )(?<!we )(?<!gonna )(?<!should )"
            r"(?:vote for(?!\s+(?:me|us)\b)|please vote|please donate|donate (?:now|today|here))\b"
            # (Not "asking neighbors to vote for her": canvassing, which the guidelines weigh.)
            r"|\b(?:ask|asking|urge|urging)\b[^.!?\n]{0,30}\bto donate\b"
            # "ask my friends twice a month to give $10 to my candidate's campaign"
            # (not "to give their time to the campaign": that is volunteering)
            r"|\b(?:ask|asking|urge|urging)\b[^.!?\n]{0,40}\bto (?:give|send)\b[^.!?\n]{0,15}?"
            r"(?:\$|\d|\b(?:money|cash|bucks|dollars|donations?)\b)"
            r"[^.!?\n]{0,40}\b(?:campaigns?|candidates?|party|PAC|fundraiser)\b"
            # Passing a campaign's request for money on: "send my candidate's fundraising letter
            # to people in my community", "den Spendenaufruf der Partei verschicken".
            r"|\b(?:send\w*|sent|mail\w*|distribut\w*|hand\w* out|forward\w*|post\w*|"
            r"verschick\w*|verteil\w*|weiterleit\w*|versend\w*)\b[^.!?\n]{0,60}?"
            r"\b(?:fundrais(?:ing|er) (?:letters?|e-?mails?|appeals?|mailers?|flyers?|requests?)|"
            r"donation (?:requests?|appeals?)|Spendenaufruf\w*|Spendenbrief\w*|Spendenmail\w*)\b"
            r"|\b(?:fundrais(?:ing|er) (?:letters?|e-?mails?|appeals?|mailers?|flyers?)|"
            r"Spendenaufruf\w*|Spendenbrief\w*)\b[^.!?\n]{0,80}?\b(?:send\w*|sent|mail\w*|"
            r"distribut\w*|hand\w* out|forward\w*|verschick\w*|verteil\w*|weiterleit\w*|"
            r"versend\w*)\b"
            # "ask my neighbor for five dollars for her campaign": the same ask, for money
            # (not for one's own run: "… for contributions to my own campaign")
            r"|\b(?:ask|asking)\b[^.!?\n]{0,30}\bfor (?:[\w$-]+ ){0,2}(?:donations?|contributions?|"
            r"money|dollars|bucks|cash)\b(?![^.!?\n]{0,20}\b(?:my|our)\s+(?:own\s+)?(?:campaign|run|"
            r"candidacy|race)\b)[^.!?\n]{0,50}\b(?:campaigns?|candidates?|party|PAC|fundraiser|"
            r"political)\b"
            r"|\bjoin (?:me|us)\b[^.!?\n]{0,40}\b(?:fundraiser|rally|campaign event|kickoff)s?\b"
            r"|\b(?:register|sign up|rsvp|donate|chip in) (?:now|today|here)\b|\bdon't miss\b"
            r"|\bdon’t miss\b"
            r"|\b(?:please |everyone |everybody |all of you )?sign (?:the|our|my|this) petition\b"
            r"|\b(?:all )?proceeds (?:go|goes|will go|benefit)\b[^.!?\n]{0,40}\b(?:campaign|"
            r"candidate|party)\b"
            r"|\bevery (?:dollar|cent|donation|contribution) (?:counts|helps|matters)\b"
            r"|\bplease support (?:the|my|our|this) (?:campaign|candidate)\b"
            # Collecting money oneself: "hosting a fundraiser for …", "$100 suggested donation",
            # "Venmo me if you want to help her campaign".
            r"|(?:^|[.!?]\s+|\bI'?m\s+|\bI am\s+|\bI'll\s+|\bI will\s+|\bwe're\s+|\bwe are\s+)"
            r"(?:[Hh]ost|[Hh]osting|[Tt]hrowing|[Oo]rgani[sz]ing)\b[^.!?\n]{0,20}\bfundraiser\b"
            r"|\bsuggested (?:donation|contribution)\b"
            # Inviting to one: "Who's coming to the Harris for Senate fundraiser? $50 at the door,
            # DM me to RSVP!"
            rf"|\bwho(?:'s|’s| is) (?:coming|going|joining)\b[^.!?\n]{{0,50}}?{_PARTISAN}"
            r"[^.!?\n]{0,30}?\bfundraiser\b"
            rf"|{_PARTISAN}[^\n]{{0,120}}?\b(?:DM|message|text|e-?mail|call|ping)\s+me\s+(?:to|for)\s+"
            r"(?:RSVP|tickets?|a ticket|a seat)\b"
            rf"|{_PARTISAN}[^\n]{{0,80}}?\$\s?\d+\s*(?:at the door|per (?:person|ticket|plate)|"
            r"a (?:head|plate|ticket))"
            # The author as the fundraiser's point of contact: "Fundraiser for Lopez for Congress,
            # Friday 7pm. Questions? Contact me at 555-0147."
            rf"|(?:\bfundraiser\b[^\n]{{0,40}}?{_PARTISAN}|{_PARTISAN}[^\n]{{0,60}}?\bfundraiser\b)"
            r"[^\n]{0,120}?\b(?:contact|call|e-?mail|text|DM|message|ask|reach)\s+me\b"
            r"|\b(?:Venmo|PayPal|CashApp|Cash App|Zelle)\s+me\b"
            # Selling tickets to a fundraiser: "crab feast fundraiser Saturday – link to buy
            # tickets in my bio!"
            r"|\bfundraiser\b[^\n]{0,80}?\b(?:buy|get|grab|order|purchase)\s+(?:your\s+|a\s+)?"
            r"tickets?\b|\b(?:buy|get|grab|order|purchase)\s+(?:your\s+|a\s+)?tickets?\b"
            r"[^\n]{0,80}?\bfundraiser\b"
            # "chip in $10 here", a link to a donation page
            r"|\b(?:chip|pitch) in\b[^.!?\n]{0,20}?(?:\$\s?\d+|here|now|today|what you can)"
            r"|\b[\w.-]+\.\w+/(?:donate|contribute|spenden)\b"
            # An invitation in an official account's voice: "Vom @18F-Konto: Seid dabei …"
            r"|\b(?:Vom|From)\s+(?:the\s+|our\s+|dem\s+|unserem\s+|offiziellen\s+|official\s+)*"
            r"@?[\w-]*?[- ]?(?:Konto|Account|account)\b[^\n]{0,80}?\b(?:seid dabei|sei dabei|"
            r"kommt vorbei|wir sehen uns|join us|see you there|come say hi)\b"
            # "From @18F: We'll be at #GovTechCon next week. Stop by booth 12 and say hi!"
            r"|\b(?:Vom|From)\s+@[\w-]+\b[^\n]{0,80}?\b(?:seid dabei|sei dabei|kommt vorbei|"
            r"schaut vorbei|besucht uns|wir sehen uns|join us|see you there|(?:come )?say hi|"
            r"stop by|come by|visit us|drop by)\b",
            _I,
        ),
        re.compile(
            # Case tells nouns here; a call opening a sentence is capitalised ("Unbedingt
            # anmelden und hingehen!", "Alle sollten hingehen!").
            r"\b(?:[Aa]lle|[Ii]hr alle|[Jj]eder)\s+(?:sollten|sollte|müssen|muss|müsst)\s+"
            r"(?:hingehen|hin|kommen|teilnehmen|sich anmelden|wählen|spenden)\b"
            r"|\b(?:[Ww]ählt|[Ss]pendet)\s+(?:jetzt\s+|alle\s+)?[A-ZÄÖÜ]"
            r"|\b[Uu]nbedingt\s+(?:anmelden|hingehen|teilnehmen|wählen|spenden)\b"
            r"|\bum Spenden (?:bitten|werben)\b|\bzum Spenden aufrufen\b"
            # "Spenden für den Wahlkampf einer Kandidatin sammeln" (not for a charity run)
            r"|\b[Ss]penden\b(?![^.!?\n]{0,40}?\b(?:[Ww]ohltätig\w*|Charity|gemeinnützig\w*|"
            r"Benefiz\w*|Tierheim\w*|Spendenlauf\w*|Hilfsorganisation\w*|Kinderhilfe\w*)\b)"
            r"[^.!?\n]{0,60}?\b(?:zu )?(?:sammeln|einsammeln|sammle|sammelt)\b"
            # "meine Kollegen bitten, auch zu spenden"
            r"|\b(?:bitten|[Bb]itte|bat|gebeten|auffordern|aufgefordert)\b[^.!?\n]{0,40}?"
            r"\bzu spenden\b"
            r"|\b(?:[Jj]etzt|[Gg]leich) (?:anmelden|spenden|registrieren)\b|\bnicht verpassen\b"
            # The separable verb: "meldet euch heute noch an", "melden Sie sich jetzt an".
            r"|\b(?:[Mm]eldet euch|[Mm]elden Sie sich)\b[^.!?\n]{0,30}\ban\b"
            r"|\b[Ss]penden (?:bitte|gern|gerne) (?:hier|an|über)\b|\b[Ss]pendet (?:hier|jetzt)\b"
            r"|\b(?:[Uu]nterschreibt|[Uu]nterzeichnet|[Ss]timmt)\s+(?:alle\s+|jetzt\s+|auch\s+)*"
            r"(?:die|den|das|unsere\w*|für)\b"
            r"|\b(?:[Kk]ommt|[Kk]ommen Sie)\b[^.!?\n]{0,40}\b(?:Spendengala|Spendenaktion|"
            r"Wahlkampfveranstaltung|Kundgebung)\b"
            r"|\b[Jj]ede[rs]? (?:Euro|Dollar|Cent|Spende|Beitrag) zählt\b"
            r"|\b[Uu]nterstützt\s+(?:bitte\s+|alle\s+|jetzt\s+)*(?:die|den|unsere\w*)\s+"
            r"(?:Kampagne|Wahlkampf\w*|Kandidat\w*|Partei)\b"
            r"|\b[Dd]er (?:gesamte )?Erlös (?:geht|fließt)\b[^.!?\n]{0,30}\b(?:Wahlkampf|"
            r"Kandidat\w*|Partei)\b"
        ),
    ],
    # Praise posted from an official account ("From the GSA account … was truly inspiring"): an
    # endorsement in the organisation's name.
    Kind.ENDORSEMENT: [
        re.compile(
            rf"\b{_OFFICIAL_ACCOUNT}\b[^\n]{{0,120}}?\b{_PRAISE}\b"
            rf"|\b{_PRAISE}\b[^\n]{{0,120}}?\b{_OFFICIAL_ACCOUNT}\b",
            _I,
        ),
        _PRAISED,  # only in a post that opens as the account (see detect)
        # An opinion in the account's voice is a personalized statement too: "From the TTS
        # account: honestly, we think the new memo is a big mistake."
        re.compile(
            rf"\b{_OFFICIAL_ACCOUNT}\b[^\n]{{0,60}}?\b(?:we think|I think|we believe|honestly|"
            r"in our (?:view|opinion)|(?:a|an) (?:big |huge |terrible )?mistake|wir finden|"
            r"wir glauben|ehrlich gesagt|unserer Meinung nach|ein (?:großer )?Fehler)\b",
            _I,
        ),
    ],
    # Campaign material where one works: "my new picture for the office: me with Senator Miller
    # at the campaign kickoff", "petition list in the office kitchen".
    Kind.POLITICS_AT_WORK: [
        re.compile(
            rf"\b{_WORKPLACE}\b[^.!?\n]{{0,60}}?\b{_PARTISAN}|\b{_PARTISAN}[^.!?\n]{{0,60}}?\b"
            rf"{_WORKPLACE}\b",
            _I,
        ),
        # A campaign post that says where it was sent from: "… die muss unbedingt gewinnen!!
        # (geschickt vom Dienstrechner)", "(sent from my work laptop)".
        _SENT_FROM_WORK,
    ],
    # "Rumor has it …", "Gerüchten zufolge …": passing on what nobody has confirmed.
    Kind.RUMOR: [
        re.compile(
            r"\b(?:rumou?r has it|rumou?rs? (?:say|says|are|is)|word is(?! out)(?: that)?|unconfirmed reports?|"
            r"i(?:'ve| have)? heard (?:that|from)|heard from (?:my|a|our) \w+ that|"
            # "Heard our CFO is leaving after Q4": hearsay about one's own organisation
            r"^\W*(?:(?:lol|lmao|omg|ok|okay|so|wow|welp)\W+)?(?:just\s+)?(?:heard|hearing|apparently|"
            r"supposedly|allegedly)\s+(?:that\s+)?(?:our|the)\s+(?:\w+\s+)?(?:CEO|CFO|CTO|COO|CMO|"
            r"VP|director|manager|boss|board|company|leadership|founder|executives?|department|"
            r"division|org)\s+(?:is|are|will|might|may)\b|"
            r"(?:hearing|heard) (?:some )?whispers|whispers? (?:that|about)|word on the street|"
            r"Gerüchten zufolge|es wird gemunkelt|munkelt man|hab(?:e)? gehört, dass|"
            r"ich habe gehört)\b",
            _I,
        ),
    ],
    # Who is leaving, who was let go, how many jobs go: news for HR and the people concerned.
    Kind.PERSONNEL: [
        re.compile(
            r"\b(?:CEO|CFO|CTO|COO|CMO|VP|vice president|director|manager|boss|head of \w+|"
            r"team lead|colleague|coworker|teammate|board members?|executives?)\b[^.!?\n]{0,40}?"
            r"\b(?:is leaving|leaves|"
            r"will leave|quits|is quitting|resigns|is resigning|steps down|is stepping down|"
            r"was fired|got fired|is being let go|(?:was |were |got |being )?let go|laid off|"
            r"is retiring|is (?:out|gone|done) (?:after|by|at the end of|once|before|come)|"
            r"is on (?:the|his|her|their) way out)\b"
            # a newcomer's start date: "welcome Priya, who starts on our team next Monday"
            r"|\b(?:starts|joins|is joining|will join|will start)\s+(?:on\s+|with\s+)?(?:our|the)\s+"
            r"(?:[\w-]+\s+){0,2}team\s+(?:next|this coming|on)\s+(?:week|month|Monday|Tuesday|"
            r"Wednesday|Thursday|Friday|\d)"
            r"|\b(?:layoffs?|laying off|lay off|cutting \d+\s?%? of (?:our |the )?(?:staff|jobs|"
            r"workforce|team))\b",
            _I,
        ),
        re.compile(
            r"\b(?:Chef\w*|Vorgesetzte\w*|Geschäftsführ\w*|Vorstand\w*|Kolleg\w*|Teamleiter\w*|"
            r"Teamlead\w*|Manager\w*|Abteilungsleiter\w*|Finanzvorstand|CEO|CFO)\b[^.!?\n]{0,40}?"
            r"\b(?:verlässt|kündigt|hat gekündigt|geht in Rente|wird entlassen|wurde entlassen|"
            r"hört auf|tritt zurück|scheidet aus|gefeuert|rausgeworfen|rausgeschmissen|entlassen|"
            r"freigestellt|(?:wurde|wird|ist)\s+(?:\w+\s+){0,2}?gekündigt)\b"
            r"|\b(?:Stellenabbau|Entlassungen|Kündigungswelle|Personalabbau)\b",
            _I,
        ),
    ],
    # A journalist's question answered by the employee: "a reporter asked me about login.gov,
    # here is what I told her", "ein Journalist hat mich nach unseren Plänen gefragt".
    # Speaking for the employer oneself: "an AMA about our strategy, speaking for the company".
    Kind.SPEAKING_FOR: [
        re.compile(
            r"(?<!not )(?<!n't )(?<!n’t )(?<!never )"
            r"\b(?:speaking|speak|talking|answering|posting|commenting)\s+(?:for|on behalf of)\s+"
            r"(?:the company|the agency|my (?:company|employer|agency)|our (?:company|agency))\b"
            # "answer it from my own account on behalf of 18F": an organisation by its short name
            r"|\b(?:answer|reply|respond|post|comment|speak|talk|tweet)\w*\b[^.!?\n]{0,60}?"
            r"\bon behalf of\s+(?:our (?:team|company|agency)|(?-i:[A-Z0-9]{2,}[\w-]*|"
            r"[A-Z]\w*\d\w*|[A-Z][a-z]+[A-Z]\w*))\b"
            r"|\b(?:officially|formally)\s+representing\s+(?:the company|the agency|my (?:company|"
            r"employer|agency)|our (?:company|agency)|(?-i:[A-Z]\w+))\b"
            r"|\bim Namen (?:der Firma|des Unternehmens|meines Arbeitgebers|unserer Firma|unseres "
            r"Unternehmens)\b|\boffiziell für (?:die Firma|das Unternehmen|unser\w* (?:Firma|"
            r"Unternehmen))\b",
            _I,
        ),
    ],
    # One's own run for office: "Announcing my run for a second term on city council (D)",
    # "ich kandidiere für die Republikaner". Only where the draft marks the election partisan
    # (see _PARTISAN_ELECTION): a school board race may be nonpartisan.
    Kind.CANDIDACY: [
        re.compile(
            r"\b(?:I'm|I’m|I am|I will be|I'll be)\s+(?:officially\s+)?running\s+(?:for|again)\b"
            r"|\bmy\s+(?:run|bid|campaign|candidacy)\s+for\b"
            r"|\bannounc\w*\s+my\s+(?:run|candidacy|bid|campaign)\b"
            r"|\b(?:I'm|I’m|I am)\s+(?:a|the)\s+(?:\w+\s+)?candidate\s+for\b"
            r"|\b(?:I'm|I’m|I am)\s+(?:seeking|running for)\s+re-?election\b"
            r"|\bvote for me\b"
            r"|\bkandidiere\b|\bmeine\w*\s+Kandidatur\b|\bwählt mich\b",
            _I,
        ),
    ],
    # A title one does not hold: "call myself a VP even though I'm a senior engineer", "I'm now
    # GitLab's Head of Security! (unofficially …)", "mich als 'Manager' bezeichnen, obwohl …".
    # Someone else's picture or text, taken and posted: "Found this great diagram on someone's
    # blog and reposted it here".
    Kind.THIRD_PARTY: [
        re.compile(
            r"\b(?:found|saw|grabbed|took|borrowed|copied|lifted|stole|snagged)\s+(?:this|these|that|"
            r"a|an)\s+(?:[\w-]+\s+){0,2}?(?:diagram|image|photo|picture|chart|graphic|illustration|"
            r"infographic|drawing|cartoon|comic|video|clip|article|essay)s?\s+(?:on|from|in)\s+"
            r"(?:someone|somebody|another|a|an|some|this)\b[^.!?\n]{0,60}?\b(?:re-?post\w*|"
            r"shar\w+|post(?:ed|ing)|upload\w*|here)\b"
            r"|\b(?:re-?post\w*|copied|pasted|using)\b[^.!?\n]{0,60}?\bwithout\s+(?:any\s+)?"
            r"(?:credit|attribution|permission|asking)\b",
            _I,
        ),
        re.compile(
            r"\b(?:Grafik|Bild|Foto|Diagramm|Video|Artikel|Text)\w*\s+(?:aus|von)\s+(?:einem|einer|"
            r"jemandes|fremden)\s+(?:fremden\s+)?(?:Blog|Artikel|Seite|Website|Account|Buch)\w*"
            r"[^.!?\n]{0,60}?\b(?:geteilt|gepostet|hochgeladen|übernommen|kopiert)\b",
            _I,
        ),
    ],
    # A public office held, named to back a campaign: "As a Deputy Director at the Department of
    # Labor, I fully endorse Maria Lopez for Congress!"
    Kind.OFFICIAL_POSITION: [
        re.compile(
            r"\b(?:As|Als)\s+(?:a|an|the|ein|eine|der|die)?\s*(?:[\w-]+\s+){0,4}?(?:at|of|with|in|"
            r"bei|im|beim)\s+(?:the\s+|dem\s+|der\s+)?(?:U\.S\.\s+)?(?-i:Department|Dept\.?|Agency|"
            r"Bureau|Office|Administration|Service|Commission|Ministerium|Bundesministerium|Behörde|"
            r"Bundesamt|[A-Z]{2,5})\b[^\n]{0,300}?\b(?:endorse|support|back|vote for|urge|empfehle|"
            rf"unterstütze|wähle)\w*\b[^\n]{{0,80}}?(?:{_PARTISAN}|\bcandidate\b|\bKandidat|"
            r"\bfor (?:state |U\.S\. )?(?:senate|congress|governor|mayor|(?:city )?council|assembly|"
            r"president)\b)",
            _I,
        ),
    ],
    # A supervisor addressing their own people about a campaign: "To my whole team (I'm your
    # supervisor): forwarding the Ruiz campaign's latest email" (the draft must name a campaign).
    Kind.SUBORDINATES: [
        re.compile(
            r"\b(?:I'm|I’m|I am|as|speaking as)\s+(?:your|their)\s+(?:direct\s+)?(?:supervisor|"
            r"manager|boss|team lead|director)\b|\bmy (?:direct reports|subordinates)\b|"
            r"\b(?:als|ich bin)\s+eure?\s+(?:Vorgesetzte\w*|Chef\w*|Teamleiter\w*|"
            r"Abteilungsleiter\w*)|\bmeine\w* (?:Untergebenen|Mitarbeitenden)\b",
            _I,
        ),
    ],
    Kind.TITLE_CLAIM: [
        re.compile(
            r"\b(?:call|list|describe|present|introduce|style|title)\s+myself\b[^.!?\n]{0,60}?"
            r"\b(?:even though|although|though|when|while)\s+(?:I'm|I’m|I am|my\b)"
            r"|\b(?:in|on|to)\s+my\s+(?:\w+\s+)?(?:bio|profile|headline|signature)\b[^.!?\n]{0,40}?"
            r"\b(?:even though|although|though)\s+(?:I'm|I’m|I am|my (?:official |actual |real )?"
            r"(?:title|role|position|job))\b"
            r"|\b(?:I'm|I’m|I am)\s+now\s+(?:the\s+|our\s+|\w+'s\s+|\w+’s\s+)?(?:\w+\s+){0,2}"
            r"(?:Head|Director|VP|Vice President|Chief|Manager|Lead|CTO|CEO|CFO|CISO)\b[^\n]{0,60}?"
            r"\b(?:unofficial(?:ly)?|self-appointed|not officially)\b",
            _I,
        ),
        re.compile(
            r"\bmich\b[^.!?\n]{0,40}?\bals\b[^.!?\n]{2,50}?\b(?:bezeichnen|ausgeben|vorstellen|"
            r"nennen|eintragen)\b[^.!?\n]{0,10}?\bobwohl ich\b",
            _I,
        ),
    ],
    Kind.MEDIA: [
        re.compile(
            # (a handle says who it is too: "@govreporter", "@jane_journalist")
            r"(?:\b(?:reporters?|journalists?|the press|news ?paper|news outlet|TV crew|editor at)\b"
            r"|@\w*(?:reporter|journalist|news|press)\w*)"
            r"[^.!?\n]{0,60}?\b(?:asked me|asking me|asks me|contacted me|reached out|emailed me|"
            r"e-mailed me|DM'?d me|DMed me|messaged me|called me|interviewed me|wants? to interview|"
            # … and as a scene supposed: "Suppose a reporter DMs me …"
            r"asks me|contacts me|emails me|e-mails me|DMs me|DM's me|messages me|calls me|"
            r"texts me|pings me|writes to me|reaches out|approaches me|"
            r"approached me|came up to me|walked up to me|came over to me|walked over to me|"
            r"stopped me|"
            # … and in public: "A reporter tweeted a question about our project at me"
            r"(?:tweeted|posted|commented|replied|wrote)\b[^.!?\n]{0,40}?\b(?:at|to) me\b|"
            r"tagged me|(?:@-?)?mentioned me|(?:sent|asked) me (?:a |an |some )?(?:question|DM)s?\b|"
            # "A journalist invited me onto her podcast": her show is the press too
            r"(?:invited|invites|wants?) me (?:on|onto|to|to come on|to join|for) (?:her|his|their|"
            r"a|an|the) (?:[\w-]+ )?(?:podcast|show|program|programme|interview|broadcast|segment|"
            r"panel|stream|livestream)|"
            r"wants? to (?:talk|speak|chat) (?:to|with) me|"
            r"wants? a (?:quote|comment|statement)|asked (?:for )?(?:a |my )?(?:quote|comment|"
            r"statement)|(?:asking|asks|requests?|requesting) (?:me )?(?:for )?(?:an? )?"
            r"(?:interview|quote|comment|statement))"
            r"|\b(?:told|gave|sent) (?:a|the|this|that) (?:reporter|journalist)\b"
            # Answering a reporter in public: "@reporter_jane Happy to chat about the rollout,
            # DM me and I'll fill you in!"
            r"|(?:^|\n)\s*(?:(?:hi|hey|thanks|thank you|hallo|danke),?\s+)?"
            r"@\w*(?:reporter|journalist|editor|Reporter|Journalist|Redakt)\w*\b"
            r"[^\n]{0,80}?\b(?:happy to (?:chat|talk|comment|explain)|DM me|message me|"
            r"fill you in|on background|off the record|here'?s (?:the|our) (?:scoop|story)|"
            r"gerne (?:erzähl|erklär)\w*|schreib mir)",
            _I,
        ),
        re.compile(
            r"\b(?:Journalist\w*|Reporter\w*|Presse|Zeitung)\b[^.!?\n]{0,60}?\b(?:hat mich|fragte|"
            r"fragt mich|schreibt mich an|ruft mich an|kontaktiert mich|spricht mich an|"
            r"gefragt|angefragt|kontaktiert|angeschrieben|angerufen|angesprochen|interviewt|"
            r"will ein Interview|"
            r"möchte ein Interview|um ein (?:Statement|Interview|Zitat)|"
            # "Eine Journalistin hat mir geschrieben", "… schreibt mir", "… hat mir gemailt"
            r"hat mir (?:\w+ ){0,3}?(?:geschrieben|gemailt|geschickt)|schreibt mir|mailt mir|"
            r"(?:hat|lädt) mich (?:in|zu) (?:ihren|seinen|ihre|seine|einen|eine|einem|ein) "
            r"(?:Podcast|Sendung|Show|Interview|Livestream)\w*)"
            r"|\b(?:einem|einer|dem|der) (?:Journalist\w*|Reporter\w*) (?:gesagt|erzählt|geantwortet)"
            # "Ein Podcast möchte mich zu unserem Projekt interviewen"
            r"|\b(?:Journalist\w*|Reporter\w*|Podcast\w*|Zeitung|Magazin|Sender|Redaktion)\b"
            r"[^.!?\n]{0,30}?\b(?:möchte|will|wollen|möchten)\s+mich\b[^.!?\n]{0,50}?\binterviewen\b"
            # "danach hat mich eine Journalistin angesprochen"
            r"|\b(?:hat|haben) mich (?:eine?r?|die|der)\s+(?:Journalist\w*|Reporter\w*|Redakteur\w*)"
            r"\b[^.!?\n]{0,60}?\b(?:angesprochen|angeschrieben|kontaktiert|angerufen|gefragt)\b",
            _I,
        ),
        # Answering a press inquiry oneself: "Presseanfrage selbst beantworten?", "reply to a
        # media request myself" (not "press inquiries go to press@…").
        re.compile(
            r"\b(?:Presse|Medien)anfrage\w*\b[^.!?\n]{0,40}?\b(?:beantwort\w*|antwort\w*|reagier\w*)"
            r"|\b(?:beantwort\w*|antwort\w*|reagier\w*)\b[^.!?\n]{0,40}?\b(?:Presse|Medien)anfrage"
            r"|\b(?:press|media) (?:inquiry|inquiries|request|requests|query|queries)\b[^.!?\n]{0,40}?"
            r"\b(?:answer|respond|reply)\w*|\b(?:answer|respond to|reply to|responding to|answering)\b"
            r"[^.!?\n]{0,30}?\b(?:press|media) (?:inquiry|inquiries|request|requests|query|queries)\b"
            # … or a journalist's questions: "einer Journalistin ein paar Fragen beantworten",
            # "answer a reporter's questions"
            r"|\b(?:einer|einem|dem|der) (?:Journalist\w*|Reporter\w*|Redakteur\w*)\b[^.!?\n]{0,60}?"
            r"\b(?:beantwort\w*|antwort\w*)|\b(?:answer|answering|respond to|responding to|reply to|"
            r"replying to)\s+(?:a|the|this|that|some) (?:reporter|journalist)['’]s\b",
            _I,
        ),
    ],
    # A lawsuit, a court case, a settlement: for the lawyers to speak about.
    Kind.LEGAL: [
        re.compile(
            r"\b(?:lawsuit\w*|litigation|sued|suing|court case\w*|legal (?:dispute|action|case)\w*|"
            r"patent (?:dispute|case|infringement)\w*|settl(?:e|es|ed|ing|ement)\b[^.!?\n]{0,30}"
            r"\b(?:lawsuit|case|dispute|claim)s?)\b",
            _I,
        ),
        re.compile(
            r"\b(?:Klage\w*|verklag\w*|Rechtsstreit\w*|Gerichtsverfahren\w*|Patentstreit\w*|"
            r"Prozess gegen|vor Gericht|Abmahnung\w*)\b",
            _I,
        ),
    ],
    Kind.CRISIS: [
        re.compile(
            r"\b(?:gebrannt|Brand\w*|Feuer\w*|Explosion\w*|Unfall|Unfälle|Unfällen|Arbeitsunfall\w*|verletzt\w*|Verletzte\w*|Rückruf\w*|Cyberangriff\w*|Hackerangriff\w*|gehackt|Ermittlung\w*|Razzia|Produktionsausfall\w*|Polizei|Feuerwehr)\b",
            _I,
        ),
        re.compile(
            r"\b(?:(?<!dumpster )(?<!dumpster-)fire|caught fire|explosion|accident|injur\w*|recall\w*|cyber ?attack\w*|hacked|data breach|investigation|raid|outage|police|fire brigade)\b"
            # "our staging site leaked test data yesterday"
            r"|\bleak(?:ed|ing|s)?\s+(?:\w+\s+){0,2}?(?:data|records|credentials|passwords)\b"
            r"|\bdata\s+leak\w*",
            _I,
        ),
        # The platform's security and stability: "an unpatched login bug, anyone can see other
        # users' data", "GitLab.com was down for three hours".
        re.compile(
            r"\b(?:unpatched|ungepatcht\w*|vulnerabilit\w*|zero-day|exploit(?:s|ed|able)?|"
            r"security (?:hole|flaw|bug|incident|breach|finding|weakness|gap)\w*|Sicherheitslücke\w*|"
            r"Sicherheitsschwäche\w*|Datenleck\w*|"
            r"Datenpanne\w*|(?:high|critical)[- ]risk findings?|\d+\s+(?:open\s+)?(?:high|critical)"
            r"(?:[- ](?:risk|severity))?\s+(?:findings?|vulnerabilit\w*)|(?:audit|pen ?test|security review|"
            r"scan)\w* (?:found|revealed|flagged|showed)|Audit\w* (?:hat|fand|zeigte)\w*)\b"
            r"|(?:\b\w+\.(?:com|gov|org|io)|\b(?:site|website|service|platform|app|servers?|portal|"
            r"system|API|instance|cluster|database|Dienst|Plattform|Seite|Instanz))\s+(?:was|were|went|is|"
            r"has been|war|waren|ist)\s+"
            r"(?:down|offline|ausgefallen)\b"
            # "GitLab.com is having issues right now, our SRE team is on it!"
            r"|(?:\b\w+\.(?:com|gov|org|io)|\b(?:site|website|service|platform|app|servers?|portal|"
            r"system|API|instance|cluster|database|pipelines?|Dienst|Plattform|Seite|Instanz))\s+"
            r"(?:is|are|was|were|has been|have been|hat|haben)\s+(?:currently\s+|gerade\s+)?"
            r"(?:having|experiencing|seeing|facing)\s+(?:some\s+|major\s+|technical\s+|intermittent\s+)?"
            r"(?:issues|problems|difficulties|an outage|outages|errors|downtime|degraded performance)\b"
            # "Bitbucket down again?", "a way to bypass MFA on our staging login page"
            r"|\b(?-i:[A-Z][\w.]+)\s+(?:is\s+)?down again\b"
            # "the staging site still uses the default admin password", "hardcoded API keys"
            r"|(?<!\bmy )\b(?:default|hard-?coded|leaked|exposed)\s+(?:admin\s+|root\s+)?(?:passwords?|"
            r"credentials|logins?|secrets?|API[ -]keys?|access tokens?)\b|\bStandard-?passw(?:ö|o)rt\w*"
            r"|\b(?:Zugangsdaten|Passw(?:ö|o)rt\w*)\s+(?:im Klartext|offen|öffentlich)\b"
            # "the old system still stores SSNs in plain text", "unencrypted passwords"
            r"|(?<!never )(?<!not )(?<!n't )\b(?:stores?|stored|storing|keeps?|kept|saves?|saved|sends?|"
            r"sent)\s+(?:\w+\s+){0,2}?"
            r"(?:SSNs?|social security numbers|passwords?|credentials|credit card numbers|PII|"
            r"personal data|health records)\s+(?:in (?:plain ?text|clear ?text|the clear)|"
            r"unencrypted)\b|\b(?:plain-?text|unencrypted)\s+(?:SSNs?|passwords?|credentials|"
            r"credit card numbers|PII|health records)\b"
            # a hole found: "found a way to read other projects' CI variables"
            r"|\b(?:found|discovered|figured out)\s+(?:a\s+|an\s+)?(?:way|bug|hole|flaw|exploit)\s+"
            r"(?:that lets (?:me|you|anyone)\s+|to\s+)(?:read|access|see|view|get into|steal|download|"
            r"dump|take over)\s+(?:the\s+)?(?:other\w*|someone else's|another user's|anyone's|private|"
            r"admin\w*|internal|their)\b"
            r"|\bbypass\w*\s+(?:the\s+)?(?:MFA|2FA|two-factor|authentication|auth|login|SSO|"
            r"security)\b|\b(?:MFA|2FA|SSO|authentication|login)\s+bypass\b",
            _I,
        ),
    ],
}


# What makes an election partisan in a draft: a party, its letter, a primary.
_NAMES_PARTISAN = re.compile(rf"\b{_PARTISAN}", _I)
_PARTISAN_ELECTION = re.compile(
    r"\((?-i:D|R|I|G|L)\)|\b(?:Democrat\w*|Republican\w*|Demokrat\w*|Republikaner\w*|"
    r"partisan|primar(?:y|ies)|Vorwahl\w*|Partei\w*|party (?:nomination|ticket|primary))\b"
    r"|\b(?-i:[A-Z]\w+) Party\b",
    _I,
)


# The verb that gives an amount, later in its clause (German puts it last): "… 100 Dollar an
# die Kampagne einer Kandidatin spenden", "50 € an die Partei überweisen".
_GIVEN = re.compile(
    r"(?:(?!\b(?:und|and|aber|but|Umsatz\w*|revenue|sales|profit|Gewinn\w*)\b)[^.!?\n;:,]){0,60}?"
    r"\b(?:spenden|spende|spendest|spendet|gespendet|überweisen|überwiesen|"
    r"beisteuern|zu spenden|donate|donated|give|gave|contribute|contributed|chip in|chipped in)\b",
    _I,
)
# "my salary is finally $180k", "mein Gehalt liegt bei 70.000 €"
_OWN_PAY = re.compile(
    r"(?:\bmy (?:\w+ )?(?:salary|pay|paycheck|wages?|compensation|raise|bonus|hourly rate)"
    r"|\bmein(?:e|em|en)? (?:\w+ )?(?:Gehalt|Lohn|Stundenlohn|Gehaltserhöhung|Bonus))\b"
    # … right before the amount, with no company figure in between
    r"(?:(?!\b(?:our|the company|revenue|ARR|target|unser\w*|Umsatz)\b)[^.!?\n$€]){0,25}$",
    _I,
)


# "read a book about the candidates at my desk", "listen to a radio show on politics at work"
_CONSUMING = re.compile(
    # not "a must-read op-ed": that is a recommendation
    r"(?<!-)\b(?:read|reading|listen|listening|watch|watching|lesen|lese|hören|höre|schauen|schaue)\b",
    _I,
)


# "Everyone in it agreed to be posted", "alle waren einverstanden"
_CONSENT = re.compile(
    r"\b(?:agreed|consented|gave (?:their|his|her|me) (?:ok|okay|permission|consent)|"
    r"said (?:I|we) could|(?:is|are) (?:ok|okay|fine) with (?:it|this|being)|einverstanden|"
    r"(?:haben|hat) zugestimmt|mit (?:ihrer|seiner|deren) Erlaubnis|"
    r"with (?:everyone's|everyone’s|everybody's|everybody’s|their|all their|his|her) (?:ok|okay|"
    r"consent|permission|blessing))\b",
    _I,
)


def _sentence_of(text: str, at: int) -> str:
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [i for mark in ".!?\n" if (i := text.find(mark, at)) != -1]
    return text[start : min(ends, default=len(text))]


# A byline of two or more people ("By Ana Ruiz and Ben Cole."), whose names the post then uses.
_BYLINE = re.compile(
    r"^\W*(?:By|Von|Written by|Authors?:|Autor(?:en|innen)?:)\s+"
    r"(?P<names>(?:(?-i:[A-ZÄÖÜ][\w'’-]+)(?:\s+(?-i:[A-ZÄÖÜ][\w'’-]+))?\s*(?:,|and|und|&)\s*)+"
    r"(?-i:[A-ZÄÖÜ][\w'’-]+)(?:\s+(?-i:[A-ZÄÖÜ][\w'’-]+))?)",
    _I,
)


def _authors_named(draft: str) -> list[Hit]:
    """Each later mention of a listed author by name: a post with several authors speaks as
    "we", and is already attributed to them."""
    byline = _BYLINE.search(draft)
    if byline is None:
        return []
    authors = [a for a in re.split(r"\s*(?:,|\band\b|\bund\b|&)\s*", byline.group("names")) if a]
    names = {part for author in authors for part in (author, author.split()[0])}
    pattern = _names(sorted(names))
    if len(authors) < 2 or pattern is None:
        return []
    found = pattern.search(draft, byline.end())
    return [Hit(Kind.AUTHOR_NAMED, found.start(), found.end(), found.group(0))] if found else []


# "Brand" is a fire in German and a brand in English.
_FIRE = re.compile(r"Brand\w*", _I)


def detect(draft: str, register: Register) -> list[Hit]:
    """Every hit, left to right; overlapping hits of one kind are merged into the first."""
    hits: list[Hit] = []
    patterns = {kind: list(found) for kind, found in _PATTERNS.items()}
    for kind, names in (
        (Kind.CUSTOMER, register.customers + register.projects),
        (Kind.UNRELEASED, register.unreleased),
    ):
        pattern = _names(names)
        if pattern is not None:
            patterns[kind].append(pattern)
    competitor_names = _names(register.competitors)
    if competitor_names is not None:
        patterns[Kind.COMPETITOR].append(
            re.compile(
                competitor_names.pattern + r"[^.!?\n]{0,60}\b(?:Schrott|Müll|schlecht\w*|"
                r"billig\w*|mies\w*|junk|garbage|crap|trash|terrible|worse|cheap|joke)\b",
                _I,
            )
        )
    german = cache(lambda: detect_language(draft) == "de")
    for kind, found in patterns.items():
        taken: list[tuple[int, int]] = []
        for pattern in found:
            for match in pattern.finditer(draft):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                if kind is Kind.POLITICS_AT_WORK and _CONSUMING.search(_sentence_of(draft, start)):
                    continue  # reading or listening at one's desk is no political activity
                if pattern is _PRAISED and not _AS_THE_ACCOUNT.match(draft):
                    continue
                if pattern is _SENT_FROM_WORK and not _NAMES_PARTISAN.search(draft):
                    continue  # only a campaign post sent from work is politics at work
                if kind is Kind.SUBORDINATES and not _NAMES_PARTISAN.search(draft):
                    continue  # a manager's note to the team about anything else is theirs
                if kind is Kind.CANDIDACY and not _PARTISAN_ELECTION.search(draft):
                    continue  # a run for a nonpartisan office is no partisan candidacy
                if kind is Kind.PEOPLE and _CONSENT.search(draft):
                    continue  # the post says the people in the photo agreed
                if kind is Kind.FINANCIAL and _OWN_PAY.search(draft[max(0, start - 40) : start]):
                    continue  # one's own pay is one's own to talk about, not a business figure
                if kind is Kind.FINANCIAL and _GIVEN.match(draft[end : end + 80]):
                    continue  # "100 Dollar an eine Kandidatin spenden": one's own money given
                if kind is Kind.CRISIS and _FIRE.fullmatch(match.group(0)) and not german():
                    continue  # "The Brand team approved my design": a brand, not a fire
                taken.append((start, end))
                hits.append(Hit(kind, start, end, match.group(0)))
    hits += _authors_named(draft)
    # A name inside an e-mail address is part of that finding, not one of its own.
    kept = [
        h
        for h in hits
        if not any(
            o is not h
            and o.kind != h.kind
            and o.start <= h.start
            and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start)
            for o in hits
        )
    ]
    return sorted(kept, key=lambda h: (h.start, h.kind))
