"""What a sentence does to a question, read from its modal language in German and English."""

from __future__ import annotations

import re

from bot.models import Decision, Effect

_I = re.IGNORECASE
_PROHIBITS = [
    re.compile(p, _I)
    for p in (
        r"\b(?:dürfen|darf|sollen|soll|können|kann)\b[^.;:]{0,90}?\bnicht\b",
        r"\bnicht\b[^.;:]{0,40}\b(?:erlaubt|gestattet|zulässig)\b",
        r"\b(?:dürfen|darf)\s+(?:(?:man|ich|du|er|sie|es|wir|ihr|Sie)\s+)?keine?[nrs]?\b",
        r"\b(?:verboten|untersagt|unzulässig|nicht erlaubt)\b",
        r"\b(?:antworten|beantworten|veröffentlichen|äußern)\b[^.;:]{0,40}\bnicht\b",
        r"\bwird\b[^.;:]{0,80}\bnichts\b[^.;:]{0,20}\bveröffentlicht\b",
        r"\bkeine\b[^.;:]{0,60}\b(?:Fotos|Vermutungen|Kommentare|Stellungnahmen)\b[^.;:]{0,30}\bveröffentlich",
        r"\b(?:must|shall|should|can|could)\s+(?:also\s+|still\s+|therefore\s+)?not\b",
        # "the disclosure may not comply with SEC rules", "reporters may not be transparent":
        # what may turn out so, not what is forbidden.
        r"\bmay\s+not\b(?!\s+(?:comply|apply|reflect|work|succeed|matter|exist|seem|"
        r"always|necessarily|realize|realise|know|be (?:accurate|complete|obvious|transparent|"
        r"possible|available|aware|enough|sufficient|the case))\b)",
        r"\b(?:we|you|employees|team members|staff)\s+(?:will|shall)\s+not\b",
        r"\b(?:mustn't|can't|cannot|shouldn't|don't|don’t|do not|never)\b",
        r"\bnot\s+(?:be\s+)?(?:allowed|permitted|authori[sz]ed|okay|ok|fine|acceptable)\b",
        # not the adjective of a noun: "the Act's prohibited activities"
        r"\b(?:prohibited|forbidden|not allowed|no longer allowed)\b"
        r"(?!\s+(?:activit\w*|conduct|practices?|acts?|actions?|personnel)\b)",
        r"\b(?:make sure|ensure|sicherstellen)\b[^.;:]{0,30}\b(?:aren't|aren’t|are not|isn't|"
        r"isn’t|is not|won't|won’t|will not|nicht|keine?)\b",
        # "the Act prohibits employees from …" (its denial, "does not prohibit", is read first)
        r"\b(?:prohibits?|forbids?|bars)\b[^.;:]{0,60}\bfrom\b|\b(?:verbietet|untersagt)\b",
        # not what a reader "can avoid" thanks to a good post
        r"(?<!\bcan )(?<!\bcould )(?<!\bhelp )(?<!\bhelps )(?<!\bhelp you )(?<!\bhelp them )"
        r"\b(?:avoid|refrain from|vermeiden|vermeide|unterlassen|unterlasse)\b",
        # "limit your tweet to only sharing facts rather than encouraging people to attend"
        r"\b(?:limit|restrict|beschränk)\w*\b[^.;:]{0,80}\b(?:only|nur)\b[^.;:]{0,120}"
        r"\b(?:rather than|instead of|statt|anstatt)\b",
        r"\bwithout (?:responding|replying|answering|commenting)\b|\bohne (?:zu )?antworten\b",
        r"^\W*(?:\*\*[^*]{0,60}\*\*:?\s*)?no\b[.,]",
        # "a post with several authors should only use plural pronouns": anything else is out
        r"\b(?:should|must|shall)\s+only\s+(?!be\b)\w+",
        # "'General public' is too broad of an audience to be useful", "this is not
        # recommended": advice against, which is a no. ("… isn't helpful to the reader unless
        # we also offer a solution" is writing advice, which a post announcing it can meet.)
        r"\b(?:is|are)(?:n't|n’t|\s+not)\s+(?:recommended|advisable|a good idea|appropriate)\b"
        r"|\btoo\s+\w+(?:\s+of\s+an?\s+\w+)?\s+to\s+be\s+(?:useful|helpful|effective|meaningful)\b"
        r"|\b(?:ist|sind)\s+nicht\s+(?:hilfreich|sinnvoll|empfehlenswert|ratsam|angebracht)\b",
    )
]
_APPROVAL = [
    re.compile(p, _I)
    for p in (
        r"\b(?:Zustimmung|Genehmigung|Freigabe|Einwilligung|Erlaubnis)\b",
        r"\b(?:freigegeben\w*|genehmigt\w*|zugestimmt\w*|freigeben|genehmigen|freigibt)\b",
        r"\bnur\b[^.;:]{0,80}\b(?:durch|nach|mit|von)\b",
        r"\b(?:dürfen|darf|können|kann)\b[^.;:]{0,30}\bnur\b",
        # "only … by" names who may: not "only be written by one or two people"
        r"\bonly\b[^.;:]{0,60}\b(?:may|can|by(?!\s+(?:one|two|three|a few|\d))|after|with|"
        r"from)\b",
        r"\b(?:may|can)\s+only\b",
        r"^\W*(?:only|nur)\b",  # "Only Communications comments on …": reserved to someone
        # "This policy was approved by the Board" reports a fact; it asks for nothing.
        # "appointed with the advice and consent of the Senate" names an appointment, no yes.
        # "helps speed up the editing and approval process" praises a practice, asks for nothing
        r"(?<!pre-)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!advice and )(?<!editing and )"
        r"\b(?:approval|approve[sd]?|authori[sz]ation|authori[sz]ed|permission|consent|sign-off)\b",
        r"\b(?:check with|let [^.]{0,40} know beforehand|coordinate with|must be reviewed)\b",
        # "must consult our Legal Team in advance": a person weighs in before it happens.
        r"\b(?:consult|talk to|speak (?:to|with))\b[^.;:]{0,50}\b(?:in advance|beforehand|first|"
        r"prior to|before)\b|\b(?:vorher|vorab|zuvor)\b[^.;:]{0,40}\b(?:abstimmen|abgestimmt|"
        r"Rücksprache)\b|\bRücksprache\b[^.;:]{0,40}\b(?:vorher|vorab|zuvor)\b",
        r"\b(?:seek|get|obtain|einholen)\b[^.;:]{0,40}\b(?:review|Prüfung)\b",
    )
]
# "When tweeting an image from a TTS account, follow Twitter's directions to make sure …": how
# a thing is done, which says it may be done (and, done without, breaks what it asks for).
HOW_TO = (
    r"^\W*(?:when|whenever|wenn)\b[^.;:]{3,80},\s*(?:always\s+|immer\s+)?(?:maintain|keep|be|"
    r"follow|use|remember|make sure|respect|stay|achte|halte|bleib|beachte)\b"
)


# "If you'd like an official account to tweet something, let us know": a team one may ask.
ASKING_WELCOME = (
    r"\bif you(?:'d|’d| would) like\b[^.;:]{0,80}\b(?:let us know|hop in|reach out|get in touch)\b"
    r"|\b(?:let us know|hop in here|reach out)\b[^.;:]{0,40}\bif you(?:'d|’d| would) like\b"
)
_PERMITS = [
    re.compile(p, _I)
    for p in (
        r"\b(?:dürfen|darf|können|kann)\b",
        r"\b(?:erlaubt|erwünscht|gestattet|ausdrücklich erwünscht)\b",
        # "may include", "can help": possibility, not permission
        # ("may still be considered …": what something counts as, not a leave)
        r"\b(?:may|can)\b(?!\s+(?:not|be|(?:still|well|even|then|therefore) be|have|also|need|"
        r"want|find|reveal|lead|cause|result|learn|"
        r"read|see|contact|ask|reach|check|refer|include|contain|vary|differ|change|affect|occur|"
        # "you can use this simple format": a template offered, no permission to post
        r"happen|seem|appear|require|depend|mean|help|take|come|get|avoid|use different|"
        r"use (?:this|the following|these|a|an) (?:\w+ )?(?:format|template|structure|outline|"
        r"framework)s?)\b)",
        r"\b(?:are (?:allowed|permitted|encouraged)|is (?:allowed|permitted|encouraged)|feel free|"
        r"free to)\b",
        # "We accept pitches for blog ideas from anyone in TTS": anyone may send one.
        r"\b(?:we|blogs?|teams?|editors?)\s+(?:gladly\s+|happily\s+)?accepts?\b[^.;:]{0,60}"
        r"\bfrom (?:anyone|everyone|all)\b",
        r"\b(?:it is|it's|is|are|would be|will be)\s+(?:okay|ok|fine|acceptable)\b|\bright to\b",
        # "Confidential proprietary information does not include information … about wages":
        # what a restriction leaves out is free.
        r"\b(?:confidential|proprietary|sensitive|restricted|vertraulich\w*)\b[^.;:]{0,40}?"
        r"\b(?:does|do) not (?:include|cover)\b|\bgilt nicht als vertraulich\b",
        # "… will not enforce this Policy in a manner that would interfere with team members'
        # rights under the National Labor Relations Act to discuss …": a protected right.
        r"\brights\b[^.;:]{0,60}?\bto (?:discuss|share|speak|talk|post|express|organi[sz]e|join)\b"
        r"|\bRecht\w*\b[^.;:]{0,40}?\b(?:zu (?:sprechen|diskutieren|äußern|teilen)|über)\b",
        r"\b(?:ist|sind)\s+(?:in Ordnung|unbedenklich|kein Problem)\b",
        # "it is possible that you could publish to the blog of a team that isn't your own"
        r"\bit(?: is|'s|’s) possible (?:that you (?:could|can)|for you to)\b",
        # "Examples of permitted activities … include: canvassing votes …"
        r"\bpermitted activities\b|\bactivities (?:that are |which are )?permitted\b",
        r"\bpre-approved\b",
        # "Come talk to the Outreach team if you'd like help with:": a service on offer.
        r"\b(?:come|feel free to) (?:talk|speak) to\b"
        r"|\bif you(?:'d|’d| would) like (?:help|support)\b|\bhappy to (?:help|work with)\b",
        # "If you'd like an official account to tweet something, let us know in #tweet-this":
        # asking is welcome.
        ASKING_WELCOME,
        # "The TTS blogs welcome guest authors from other agencies": they may write.
        r"\bwelcomes\b|\b(?:we|blogs?|teams?)\s+(?:warmly\s+)?welcome\b|\b(?:are|is)\s+welcome\s+to\b"
        r"|\b(?:sind|ist)\s+(?:herzlich\s+)?willkommen\b",
        # "This Policy does *not* apply to review platforms": nothing in it stands in the way.
        r"\b(?:policy|policies|guidelines?|rules)\s+(?:does|do)\W+not\W+apply\b|"
        r"\b(?:Leitlinien?|Richtlinien?|Regeln)\s+(?:gilt|gelten)\s+nicht\b",
        r"^\W*(?:\*\*[^*]{0,60}\*\*:?\s*)?yes\b",
        r"^\W*(?:do|richtig|besser)\s*:\s",  # "Do: @18F's Ana is speaking about …": a good example
        # "When connecting with team members on social media, maintain the same standards":
        # how to do it says it may be done.
        HOW_TO,
    )
]
# "may not … without the Legal team's prior approval": forbidden, except by a named yes.
_APPROVAL_EXCEPTION = re.compile(
    r"\b(?:without|except (?:as|with|by)|unless)\b[^.;:]{0,60}?"
    r"\b(?:approv\w*|permission|consent|authori[sz]\w*|sign-off|clearance)\b"
    r"|\b(?:ohne|außer mit|es sei denn)\b[^.;:]{0,60}?"
    r"\b(?:Zustimmung|Genehmigung|Freigabe|Einwilligung|Erlaubnis|genehmigt|freigegeben)\b",
    _I,
)
# "the Act would not prohibit you from …": a prohibition denied is a permission.
_NOT_PROHIBITED = re.compile(
    r"\b(?:does|do|did|would|will|is|are)\s+not\s+(?:be\s+)?(?:(?!only\b)\w+ly\s+)?prohibit\w*"
    r"|\bnot\s+(?:(?!only\b)\w+ly\s+)?(?:prohibited|barred|precluded)\b|\bnicht\s+(?:verboten|untersagt)\b"
    # "nothing about this discussion suggests that it is political activity prohibited by …"
    r"|\bnothing\b[^.;:]{0,80}\b(?:prohibited|forbidden|violat\w*)\b"
    r"|\bnichts\b[^.;:]{0,60}\b(?:verboten|untersagt)\b",
    _I,
)
# "You don't have to be a project lead to draft a post": no obligation, which is no "don't".
_NO_OBLIGATION = re.compile(
    r"\b(?:don't|don’t|do not|does not|doesn't|doesn’t|need not|needn't)\s+(?:have to|need to)\b"
    r"|\b(?:musst|muss|müssen|müsst)\s+(?:du |Sie |ihr |man )?nicht\b",
    _I,
)
_RESTRICTIVENESS = {
    Effect.PROHIBITS: 3,
    Effect.REQUIRES_APPROVAL: 2,
    Effect.PERMITS: 1,
    Effect.INFORMS: 0,
}
DECISION_FOR = {
    Effect.PROHIBITS: Decision.NOT_ALLOWED,
    Effect.REQUIRES_APPROVAL: Decision.NEEDS_APPROVAL,
    Effect.PERMITS: Decision.ALLOWED,
    Effect.INFORMS: Decision.UNCLEAR,
}
_DECISION_ORDER = [
    Decision.NOT_ALLOWED,
    Decision.NEEDS_APPROVAL,
    Decision.UNCLEAR,
    Decision.ALLOWED,
]


_HEADING_PROHIBITS = re.compile(
    r"^\W*(?:DON'T|DON’T|DO NOT|NEVER|VERBOTEN|NICHT ERLAUBT|NIEMALS)\b"
    r"|\b(?:prohibited|verboten)\b",
    _I,
)
_HEADING_PERMITS = re.compile(r"^\W*(?:DO|ALWAYS|IMMER|ERLAUBT)\b(?!\s*(?:NOT|N'T|N’T))")
# "Generally not.", "Grundsätzlich nein.": a hedged answer still answers.
_POLARITY = re.compile(
    r"^\W*(?:\*{0,2}[^*:\n]{0,60}:\*{0,2}\s*)?(?:(?:generally|usually|normally|in general|"
    r"grundsätzlich|in der Regel|im Allgemeinen),?\s+(?:not|nicht)\s*[.!]|(?:(?:generally|usually|"
    r"normally|in general|grundsätzlich|in der Regel|im Allgemeinen),?\s+)?"
    r"(?P<word>yes|no|ja|nein)\b)",
    _I,
)


def heading_effect(heading: str) -> Effect | None:
    """'DON'T bash competitors' states its rule in the heading, as plainly as metadata would."""
    if heading.rstrip().endswith("?"):
        return None  # "Is an official … prohibited from running?" asks; its answer tells
    if _HEADING_PROHIBITS.search(heading):
        # "DON'T use third-party materials without permission" names its way to yes.
        if _APPROVAL_EXCEPTION.search(heading):
            return Effect.REQUIRES_APPROVAL
        return Effect.PROHIBITS
    if _HEADING_PERMITS.search(heading):  # case-sensitive: "Do" in a question is no imperative
        return Effect.PERMITS
    return None


# "Will I violate the Act if I …?", "Ist es verboten, …?": here a "No." is the permission.
_ASKS_IF_FORBIDDEN = re.compile(
    r"(?:^|[.?!,:]\s)\W*(?:will|would|does|do|is|are|am|could|might|verstoße|verstößt|ist|sind|"
    r"wäre)\b[^?]*"
    r"\b(?:violat(?:e|es|ing|ion)|prohibit(?:s|ed)?|illegal|against the (?:law|rules|policy)|"
    r"verboten|untersagt|unzulässig|verstoß\w*|gegen die (?:Regeln|Richtlinie\w*))\b[^?]*\?",
    _I,
)


# "Does the Hatch Act apply to the special election?", "Am I covered?": a "Yes." says the rules
# apply, which permits nothing; what they then say decides.
_ASKS_IF_COVERED = re.compile(
    r"\b(?:apply|applies|applicable|covered|cover|subject to|gilt|gelten|betroffen)\b"
    r"[^?,.;:]*\?\s*$",
    _I,
)


def answer_polarity(text: str, heading: str = "") -> Effect | None:
    """A Q&A answer that opens with 'Yes.' or 'No.' (after an optional 'Employees:' label);
    under a heading that asks whether something is forbidden, 'No.' permits it."""
    match = _POLARITY.match(text)
    if not match:
        return None
    yes = (match.group("word") or "").lower() in ("yes", "ja")
    if _ASKS_IF_FORBIDDEN.search(heading):
        # "Is an elected official who is covered by the Act prohibited from running?" "No."
        yes = not yes
    elif _ASKS_IF_COVERED.search(heading):
        return None
    elif heading.rstrip().endswith("?") and not asks_permission(heading):
        # "Am I still considered on duty?" — "Yes." states a fact, which permits nothing; what
        # follows ("they may not engage in political activity") decides.
        return None
    return Effect.PERMITS if yes else Effect.PROHIBITS


# "Alternatives when permission isn't available:", "Stattdessen:": what follows needs no yes.
_ALTERNATIVES = re.compile(r"^\W*(?:alternatives?|instead|stattdessen|alternativ(?:en)?)\b", _I)


# "must be copied", "need to", "ist verpflichtet": what to do, which says nothing of whether one
# may; only a question that wants to skip it ("without copying …") meets a no in it.
_OBLIGATION = re.compile(
    r"\b(?:needs? to|must|have to|has to|(?:is|are) required|required to|muss|müssen|"
    r"(?:ist|sind) verpflichtet|ist Pflicht)\b",
    _I,
)


def is_obligation(sentence: str) -> bool:
    return bool(_OBLIGATION.search(sentence))


def is_how_to(sentence: str) -> bool:
    return _HOW_TO.search(sentence) is not None


_HOW_TO = re.compile(HOW_TO, _I)


def sentence_effect(sentence: str) -> Effect:
    """Prohibition beats approval beats permission; no modal language only informs."""
    if _NO_OBLIGATION.search(sentence):
        rest = _NO_OBLIGATION.sub(" ", sentence)
        effect = sentence_effect(rest)
        return Effect.PERMITS if effect is Effect.INFORMS else effect
    if _ALTERNATIVES.search(sentence):
        return Effect.PERMITS
    if _NOT_PROHIBITED.search(sentence) and not _APPROVAL_EXCEPTION.search(sentence):
        return Effect.PERMITS
    if any(p.search(sentence) for p in _PROHIBITS):
        if _APPROVAL_EXCEPTION.search(sentence):
            return Effect.REQUIRES_APPROVAL
        return Effect.PROHIBITS
    if any(p.search(sentence) for p in _APPROVAL):
        return Effect.REQUIRES_APPROVAL
    if any(p.search(sentence) for p in _PERMITS):
        return Effect.PERMITS
    return Effect.INFORMS


# A word named in quotes is mentioned, not used: "words such as "will," "may," "should"".
QUOTED_WORDS = re.compile(r"[\"“„]\s*[\w’'-]+\s*[,.]?\s*[\"”“]")


def restrictiveness(effect: Effect) -> int:
    return _RESTRICTIVENESS[effect]


def most_restrictive(decisions: list[Decision]) -> Decision:
    """not_allowed > needs_approval > unclear > allowed: a wrong 'yes' is the costly mistake."""
    return min(decisions, key=_DECISION_ORDER.index) if decisions else Decision.UNCLEAR


_CONDITION = re.compile(
    r"\b(?:solange|sofern|soweit|wenn|falls|nachdem|as long as|provided(?: that)?|unless|if|"
    r"only after|after|once)\b(?:[^.;]|;(?=\s*(?:and\s+|or\s+|und\s+|oder\s+)?\(\w\)))*",
    _I,
)


def conditions_in(sentence: str) -> list[str]:
    """The 'as long as …' part of a permission, which the employee must make true; an
    enumeration ("(1) …; (2) …; and (3) …") stays whole, each part is a condition."""
    return [m.group(0).strip(" ,") for m in _CONDITION.finditer(sentence)][:2]


_INTENT = re.compile(
    r"\b(?:post\w*|teil\w*|share\w*|veröffentlich\w*|publish\w*|tweet\w*|schreib\w*|write|writing|"
    r"comment\w*|kommentier\w*|kommentar\w*|thread|erwähn\w*|mention\w*|nenn\w*|name|upload\w*|hochlad\w*|"
    r"empfehl\w*|recommend\w*|endorse\w*|bewerb\w*|advertis\w*|promot\w*|repl\w*|antwort\w*|"
    r"respond\w*|sag\w*|say|said|tell|berichte\w*|report\w*|melde\w*|answer\w*|"
    r"social|media|medien|linkedin|xing|instagram|facebook|tiktok|twitt\w*|youtube|x\.com|"
    r"getwittert|gepostet|geteilt|"
    r"mastodon|threads|reddit|blog\w*|podcast\w*|webinar\w*|forum\w*|online|internet|"
    r"twitch|livestream\w*|live-stream\w*|stream\w*|newsletter\w*|substack|"
    r"account\w*|konto|konten|profil\w*|profile|kanal|kanäle|channel\w*|seite|page|"
    r"foto\w*|photo\w*|bild\w*|picture\w*|image\w*|video\w*|selfie\w*|screenshot\w*|"
    r"logo\w*|hashtag\w*|journalist\w*|press\w*|presse\w*|interview\w*|influencer\w*|"
    r"gewinnspiel\w*|giveaway\w*|sweepstake\w*|contest\w*|testimonial\w*|"
    r"leitlinie\w*|richtlinie\w*|guideline\w*|policy|policies|regel\w*|rules|"
    r"schulung\w*|training|verstoß\w*|verstöße\w*|violat\w*|break|consequence\w*|konsequenz\w*|"
    r"study|studie|prozent|percent|share of|wettbewerb\w*|competitor\w*|leak\w*|"
    r"geltungsbereich|apply|applies|gilt|gelten|betriebsvereinbarung|install\w*|app|apps|"
    r"stellenanzeige\w*|job ad\w*|lawsuit|election|wahl\w*|campaign\w*|fundraiser\w*|"
    r"donat\w*|spend\w*|spende\w*|sign|schild\w*|button|wear\w*|trag\w*|announce\w*|"
    r"ankündig\w*|tweet-this|guest|gast\w*|confidential\w*|vertraulich\w*|geheim\w*|"
    r"secret\w*|disclos\w*|preisgeb\w*|information\w*|"
    r"speak\w*|spoke|talk|talks|present\w*|vortr\w*|rede|reden|sprech\w*|sprich\w*|"
    r"conference\w*|konferenz\w*|event|events|veranstaltung\w*|e-?mail\w*|forward\w*|"
    r"weiterleit\w*|letter\w*|leserbrief\w*|rumou?r\w*|gerücht\w*|review\w*|bewertung\w*|"
    r"critici\w*|kritik\w*|kritisier\w*|quot\w*|zitier\w*|author\w*|autor\w*|article\w*|"
    r"artikel\w*|newsletter\w*|message\w*|nachricht\w*|stock|aktie\w*|investor\w*|"
    r"analyst\w*|forecast\w*|prognose\w*|display name|handle|anzeigename\w*|benutzername\w*|"
    r"username\w*|avatar\w*|candidat\w*|kandid\w*|partei\w*|delegat\w*|delegiert\w*|"
    r"treasurer\w*|schatzmeister\w*|democrat\w*|republican\w*|demokrat\w*|republikan\w*|"
    r"senate|congress\w*|run for|running for|(?-i:[A-Z]\w+ Party)|"
    r"convention\w*|"
    r"petition\w*|vote|voting|re-?elect\w*|politic\w*|politisch\w*|partisan|discuss\w*|"
    r"diskutier\w*|magnet\w*|sticker\w*|aufkleber\w*|videoconferenc\w*|"
    r"edit|editing|bearbeit\w*|content|inhalt\w*|covered|subject to|betroffen|"
    r"bio|bios|biograph\w*|link|links|repo|repos|repositor\w*|opinion\w*|Meinung\w*|"
    r"express\w*|äußer\w*|reshar\w*|repost\w*|retweet\w*|meme|memes|"
    # a story in the news and getting it corrected
    r"news|story|stories|correct\w*|korrigier\w*|richtigstell\w*|berichtig\w*)\b",
    _I,
)


def about_communication(question: str) -> bool:
    """Whether a question is about saying or showing something in public at all; what isn't
    (parking, the canteen, leave requests) is not for the guidelines to settle."""
    return bool(_INTENT.search(question))


_PERMISSION = re.compile(
    r"\b(?:may|can|could|allow(?:ed|s)?|permitted|okay|ok|fine|should i|should we|violat\w*|"
    r"against the (?:rules|policy|law)|prohibited|forbidden|verboten|verstoß\w*|verstöß\w*|"
    r"darf|dürfen|dürfte|dürften|kann|können|könnte|könnten|erlaubt|gestattet|okay|geht das|"
    r"in ordnung|sollte ich|soll ich|sollen wir|"
    r"a problem|problematic|ein Problem|problematisch|permissible|appropriate|acceptable|"
    r"zulässig|statthaft|cross (?:a|the) line|get (?:me |us )?in(?:to)? trouble|"
    # chat slang: "is that chill?", "cool if I …?", "… or nah", "no biggie right?"
    r"chill|cool|kosher|legit|all good|no biggie|a big deal|good to go|or nah|geht klar|"
    # the formal register: "authorised to", "in order", "consistent with the Hatch Act"
    r"authori[sz]ed|entitled to|in order|allowable|(?:in accordance|consistent|in compliance|"
    r"compliant|in line) with (?:the |our |company )?(?:policy|policies|rules|guidelines|"
    r"Hatch Act|law)|"
    # "Any concerns?", "Spricht etwas dagegen?": asking whether anything stands against it
    r"any (?:concerns|objections|red flags)|Bedenken|Einwände|spricht (?:et)?was dagegen|"
    r"doing (?:it|this|that) right|the right (?:way|thing to do)|richtig so|"
    # "Would anyone mind if …?", "Wäre es schlimm, wenn …?"
    r"(?:would|does|will) (?:anyone|anybody|the company|my (?:boss|manager)) mind|"
    r"would it be bad|schlimm)\b",
    _I,
)
_SHOULD = re.compile(r"^\W*(?:should|shall|sollte|sollten|soll|sollen)\b", _I)
_INFORMATION = re.compile(
    r"^\W*(?:what|how|why|which|where|when|who|whom|whose|does|do the|is there|are there|"
    r"must i|do i have to|do i need|was|wie|warum|wieso|weshalb|welche\w*|wo|wann|wer|wem|"
    r"gilt|gelten|muss ich|müssen wir|brauche ich)\b",
    _I,
)


_LEADING_CONDITION = re.compile(
    r"^\W*(?:when|whenever|if|while|during|wenn|falls|während)\b[^,?]{3,120},\s*"
    r"(?=(?:may|can|could|am|is|are|should|darf|kann|dürfen|können|dürfte|könnte|sollte)\b)",
    _I,
)


def asks_permission(question: str) -> bool:
    """'May I …?', 'Who is allowed to …?' want a decision; 'What happens if …?', 'Must I …?'
    want information, which the guidelines give and a person confirms."""
    last = [part for part in re.split(r"(?<=[.!?])\s+", question.strip()) if part][-1:]
    sentence = last[0] if last else question
    # "When I'm teleworking, can I …?" asks "can I"; the "when" only sets the scene.
    sentence = _LEADING_CONDITION.sub("", sentence)
    if _SHOULD.search(sentence):
        return True  # "Should all five be listed as authors?" wants a yes or a no
    if _INFORMATION.search(sentence):
        # "Who is allowed to …?" wants a decision; "Where can I ask whether I'm allowed …?"
        # wants a place to ask.
        main = re.split(r"\b(?:whether|if|ob)\b", sentence, maxsplit=1, flags=_I)[0]
        return bool(re.search(r"\b(?:allowed|permitted|erlaubt|darf|dürfen)\b", main, _I))
    return bool(_PERMISSION.search(question))


# "What do I have to do?", "Do I need approval?", "Muss der Beitrag freigegeben werden?": a
# question about one's own next step, or about whether something needs a yes, is answered by an
# approval the guidelines name. "Does each blog have its own approver?" only asks about them.
_OWN_STEP = re.compile(
    r"\b(?:i|i'm|i’m|me|my|we|our|us|ich|mein\w*|mich|mir|wir|unser\w*|uns)\b"
    r"|\b(?:need|needs|must|have to|has to|muss|müssen|braucht|brauche)\b[^?]*"
    # "… have to use an approved script?" asks about the script, not for a yes
    r"\b(?:approval|approve|be approved|approved by|sign-off|clearance|freigegeben werden|"
    r"freigeben|Freigabe|genehmigt werden|genehmigen|Genehmigung|Zustimmung)\b",
    _I,
)


def asks_own_step(question: str) -> bool:
    return bool(_OWN_STEP.search(question))


# Who a question (or an FAQ heading) asks about, by the subject after its modal verb: "Can I
# assist?" asks about the asker; "Can my spouse host a fundraiser?", "Can he …?", "Darf sie …?"
# about someone else. (A capital "Sie" after the verb is the polite "you": the asker.)
_ASKED_SUBJECT = re.compile(
    r"\b(?i:can|may|could|might|darf|dürfen|kann|können)\s+"
    r"(?:(?P<self>(?i:I|we|ich|wir)|Sie)|(?P<other>(?i:he|she)|sie|er|"
    r"(?i:my|our|meine?|unsere?)\s+(?i:spouse|husband|wife|partner|Frau|Mann|Ehefrau|Ehemann|"
    r"Partnerin|Partner)))\b"
)


def asked_subject(question: str) -> str | None:
    """ "self", "other" or None (no modal question, or one about anyone): of the last sentence
    that asks, so a scene before it ("My wife is hosting …") does not count."""
    found = list(_ASKED_SUBJECT.finditer(question))
    if not found:
        return None
    return "self" if found[-1].group("self") else "other"


# An FAQ heading about the asker's own run for office: "I am a candidate in …", "May I run as an
# independent candidate …", "If I run as a candidate …" (not "May I run an advertisement").
_OWN_RUN_HEADING = re.compile(
    r"\bI\b[^?.]{0,80}?\b(?:be a candidate|am a candidate|run (?:as|for)|running for "
    r"(?:office|re-?election)|want to run)\b|\ballow me to be a candidate\b",
    _I,
)
# The asker's own run, in a question: "I'm running for …", "my campaign", "ich kandidiere".
_OWN_RUN = re.compile(
    r"\b(?:I am|I'm|I’m|im|I was)\s+(?:a\s+|now\s+)?(?:candidate|running|nominated)\b"
    r"|\b(?:I|we)\s+(?:be|become)\s+(?:a\s+)?candidates?\b"
    r"|\bmy (?:own )?(?:campaign|candidacy|race|run for)\b|\b(?:I|me)\s+(?:to\s+)?(?:run(?:ning)?|"
    r"stand(?:ing)?)\s+(?:for|as|again|in)\b"
    r"|\bI\s+(?:want|plan|intend|would like|'d like|hope|decide|decided)\s+to "
    r"(?:run|be a candidate)\b|\bvote for me\b|\bich kandidiere\b|\bmeine\w* Kandidatur\b",
    _I,
)
# Someone else's run or campaign: "my wife's running for state rep", "a candidate's petition",
# "my buddy's campaign", "for the Lopez campaign", "donate to a Senate candidate".
_OTHERS_RUN = re.compile(
    r"\b(?:wife|husband|spouse|partner|friend|buddy|cousin|brother|sister|mom|mother|dad|father|"
    r"son|daughter|neighbou?r|boss|colleague|coworker|co-worker|uncle|aunt)(?:'s|’s)?\s+"
    r"(?:is\s+|now\s+)?running\b"
    r"|\b(?:a|the|my|our|his|her|their|someone's|someone’s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:candidate(?:'s|’s)|campaign)\b"
    r"|\b(?:for|to|of|with|from|about|behind) (?:a|the|my|our|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?candidate\b"
    # "To help my candidate, …": the one the asker backs ("my candidacy" is one's own run)
    r"|\b(?:help|helping|support|supporting|back|backing)\s+(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"candidates?\b|\bmeine[nmrs]?\s+(?:[\w-]+\s+)?Kandidat(?:in|en|innen)?\b"
    # "an einen Kandidaten spenden", "für die Kampagne einer Kandidatin", "beim Wahlkampf"
    r"|\b(?:an|für|bei|in)\s+(?:die|den|dem|der|das|eine|einen|einem|einer|ihre\w*|seine\w*)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:Kandidat\w*|Kampagne\w*|Wahlkampagne\w*|Wahlkampf\w*)\b"
    r"|\b(?:beim|im)\s+(?:Wahlkampf\w*)\b",
    _I,
)


# Any word of running for office: a question with none of them is not about a candidacy.
_CANDIDACY_WORDS = re.compile(
    r"\b(?:candida\w*|run|runs|running|ran|nominat\w*|ballot|for office|public office|"
    r"elected office|Kandid\w*|kandidier\w*|antreten|Stimmzettel)\b",
    _I,
)


def own_run_unasked(heading: str, question: str) -> bool:
    """An FAQ heading about one's own run for office, for a question about helping someone
    else's, or about no run at all ("can federal employees vote in primaries?"): its answer is
    about being a candidate, which the asker is not."""
    return bool(
        _OWN_RUN_HEADING.search(heading)
        and not _OWN_RUN.search(question)
        and (_OTHERS_RUN.search(question) or not _CANDIDACY_WORDS.search(question))
    )


# An FAQ heading about getting one's own staff to do something: "… can I ask my staff to
# volunteer for the governors campaign …?", "May a … (PAS) ask his chief of staff (or any other
# subordinate employee) to …?", "May I invite my subordinates to a fundraiser …?"
_ENLISTS_STAFF_HEADING = re.compile(
    r"\bsubordinate\w*|\bmy staff\b|\bchief of staff\b|\bexecutive assistant\b", _I
)
# A question with someone above or below the asker in it: "my subordinates", "my team", "my
# boss asked me to …", "meine Mitarbeiter", "mein Chef".
_RANKS = re.compile(
    r"\b(?:subordinate\w*|staff|direct reports?|reports? to me|my team|my employees|assistant|"
    r"deputy|aide|works? for me|supervisor\w*|"
    r"boss|manager|superior|Untergebene\w*|unterstellt\w*|mein\w* (?:Team|Mitarbeiter\w*)|"
    r"Vorgesetzte\w*|Chef\w*|Abteilungsleiter\w*|Teamleiter\w*)\b",
    _I,
)


def staff_unasked(heading: str, question: str) -> bool:
    """An FAQ heading about asking one's staff or subordinates to do something, for a question
    with no one above or below the asker in it ("A friend asked me to volunteer on her state
    senate campaign"): its answer is about using one's rank, which the question does not."""
    return bool(_ENLISTS_STAFF_HEADING.search(heading) and not _RANKS.search(question))


# An office within a party, as the FAQ sets it apart from public office: "Can I hold party
# office?"; and the words a question names such an office by ("a seat on my party's state
# committee", "precinct chair", "an office within my political party").
_PARTY_OFFICE = re.compile(r"\bparty office\b", _I)
_PARTY_ROLE = re.compile(
    r"\bparty office\b|\bwithin (?:my|our|the|a) (?:political )?party\b|\bcommittee\b|"
    r"\b(?:precinct|party|county party|ward) (?:chair\w*|captain|officer|treasurer|secretary)\b|"
    r"\bdelegate\b|\bParteiamt\b|\bParteivorstand\b|\bOrtsverein\w*\b|\bKreisverband\b",
    _I,
)
# A race for public office: "in the municipal election", "for city council", "for mayor".
_PUBLIC_RACE = re.compile(
    r"\b(?:elections?|municipal|city council|county board|school board|mayor|governor|congress|"
    r"senate|state (?:house|senate|legislature)|public office|Wahl|Stadtrat|Gemeinderat|"
    r"Bürgermeister\w*|Kommunalwahl)\b",
    _I,
)


_NONPARTISAN = re.compile(r"\bnon-?partisan\b|\bparteiunabhängig\w*|\büberparteilich\w*", _I)
# A run as a party's candidate: "as a party candidate", "as the Republican candidate", "in a
# partisan race" (not "no party is involved", "without party labels").
_PARTISAN_RUN = re.compile(
    r"\bparty(?:'s|’s)? (?:candidate|nominee|ticket)\b|\bcandidate (?:of|for) (?:a|the|my|our) "
    r"(?:political )?party\b|\bas (?:a|an|the) (?:Republican|Democrat\w*|Libertarian|Green|GOP)\b"
    r"|\b(?:Republican|Democratic|Libertarian|GOP) (?:candidate|nominee|ticket|primary)\b"
    r"|\bpartisan (?:election|race|office)\b|\bParteikandidat\w*|\bfür (?:die|eine) Partei\b",
    _I,
)


def own_run_unanswered(heading: str, question: str) -> bool:
    """The other way round: a question about one's own run ("Can I stand as a candidate of a
    political party …?") is not answered by an FAQ heading without a word of running or office
    ("May I distribute brochures for a political party …?"), nor, for a race for public office
    that names no office within a party, by one about party office ("Can I hold party office?"):
    its "Yes." is for another act."""
    if not _OWN_RUN.search(question):
        return False
    if _PARTY_OFFICE.search(heading):
        return bool(_PUBLIC_RACE.search(question) and not _PARTY_ROLE.search(question))
    if _NONPARTISAN.search(heading):
        # "… an elected office that is designated as nonpartisan …" answers no run as a party's
        # candidate.
        return bool(_PARTISAN_RUN.search(question) and not _NONPARTISAN.search(question))
    return not _CANDIDACY_WORDS.search(heading) and not re.search(r"\boffices?\b", heading, _I)


def another_matter(heading: str, question: str) -> bool:
    """An FAQ heading whose question is another one than the asker's, by who does what: one's
    own run for office, or enlisting one's staff (see the two functions above)."""
    return own_run_unasked(heading, question) or staff_unasked(heading, question)
