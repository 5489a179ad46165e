"""Questions restated as the question they ask: confirmations, and asked after the fact, as a
supposition, in a few words or for someone else.

People often ask by stating what they believe and asking to be told they are right: "I can't
tweet our revenue before the earnings call, right?", "Sharing our public repo is fine, isn't
it?", "Einen Wahlkampf-Button darf ich im Büro nicht tragen, oder?". The verdict is about the act
they name, so the judge reads them as "Can I tweet our revenue before the earnings call?",
"Is sharing our public repo fine?", "Darf ich einen Wahlkampf-Button im Büro tragen?": the
statement's negation and the tag go, the act stays.

The same holds for the other ways of asking: "I changed my handle. Was that okay?"
(`after_the_fact`), "What if I … — would that be a problem?" (`hypothesis`), "gitlab in my
@handle?" (`elliptical`), "My intern wants to know if she can …" (`on_behalf`), "… I'd like to
post them on LinkedIn. Is that ok?" (`intended`), "My account is private and only friends see
it. Can I …?" (`audience_told`), "Heads-up: I'm going to …" with no question at all
(`announced`), "Would you kindly advise whether it would be permissible for me to …" (`indirect`,
which also reads the formal register). Each turns the message into a question whose asking
sentence names the act; any other message stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.retrieval.lexical import PLATFORM_NAMES

_I = re.IGNORECASE


def _sentences(text: str) -> list[str]:
    """The text's sentences, split after ".", "!" or "?"."""
    return [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]


# The tag that turns a statement into a request for confirmation, at the end of the message,
# after a comma or a dash ("…, right?"): not the end of a word ("verdiene?", "phone?").
_TAG = re.compile(
    r"\s*[,;–—-]\s*(?:right|correct|is that (?:right|correct)|am I right|isn't it|is it not|"
    r"aren't they|aren't we|can't I|can't we|don't I|shouldn't I|won't it|yes|yeah|no|ok|okay|"
    r"are we|am I|do we|do I|can we|can I|is it|"
    r"oder(?: nicht)?|nicht wahr|gell|richtig|stimmt's|stimmt das|ne)\b\s*\?+\s*$",
    _I,
)
# Words before the statement that only say it is a belief: "I assume", "Just checking:".
_LEAD_IN = re.compile(
    r"^\W*(?:(?:so|ok|okay|also|kurze frage|quick question|quick check|just (?:double-)?checking)"
    r"\s*[:,]?\s*)?(?:I (?:assume|guess|think|believe|suppose)(?: that)?\s+|"
    r"ich (?:nehme an|denke|glaube)\s*,?\s*(?:dass\s+)?)?",
    _I,
)
# "I can't X", "we're not allowed to X", "posts with TTS as author shouldn't X".
_MODAL = re.compile(
    r"^(?P<pre>(?:if|when|whenever)\b[^,]{3,120},\s*)?(?P<subj>[^,]{1,80}?)\s+"
    r"(?:can't|cannot|can not|can|may not|may|mustn't|must not|shouldn't|should not|should|"
    r"(?:am|are|is) (?:not )?(?:allowed|permitted|supposed|meant|able|authori[sz]ed|entitled) "
    r"to|ought to|"
    r"don't need to|do not need to|need to|"
    r"don't have to|do not have to|have to)\s+(?:just\s+|still\s+|also\s+|simply\s+)*"
    r"(?P<rest>\S.*)$",
    _I,
)
# "Sharing our public repo on Twitter is fine", "That is okay for a fed".
_VERDICT = re.compile(
    r"^(?P<subj>\S.{0,200}?)\s+(?:is|are)\s+(?P<adj>(?:not\s+)?(?:fine|ok|okay|allowed|permitted|"
    r"a problem|forbidden|prohibited|permissible|acceptable|in order|in accordance with (?:the )?"
    r"(?:policy|rules|guidelines)|consistent with (?:the )?(?:policy|rules|guidelines|Hatch Act)))"
    r"\b(?P<rest>.*)$",
    _I,
)
# A plain statement of what the asker will do: "so all three of us go on the byline".
_PLAIN = re.compile(
    r"^(?P<pre>.{0,120},\s*)?(?:so|and|then|also)?\s*"
    r"(?P<subj>I|we|all (?:\w+ )?of us|both of us)\s+"
    r"(?!(?:am|are|was|were|have|has|had|do|does|did|will|would|can|could|may|might|must|"
    r"shall|should|need|want|think|guess|assume|believe|know|hope)\b)(?P<rest>[a-z]\w*\b.*)$",
    _I,
)
# German: "Ich darf doch sicher nicht einfach X, oder?", "Einen Button darf ich im Büro nicht
# tragen, oder?"
_DE_MODAL = re.compile(
    r"^(?P<front>.*?)\b(?P<modal>darf|kann|dürfen|können)\s+(?P<subj>ich|wir)\b\s*(?P<rest>.*)$",
    _I,
)
_DE_SUBJECT_FIRST = re.compile(
    r"^(?P<subj>ich|wir)\s+(?P<modal>darf|dürfen|kann|können)\b\s*(?P<rest>.*)$", _I
)
_DE_FILLERS = re.compile(r"\b(?:doch|sicher|wohl|bestimmt|schon|einfach|nicht)\b\s*", _I)
_DE_KEIN = re.compile(r"\bkein(e|en|em|er|es)?\b", _I)
# The end of a German act told with "zu": "… zu nehmen", "… teilzunehmen".
_ZU_INFINITIVE = r"(?:\bzu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+(?:en|ern|eln))"


def _modal(subj: str, modal: str = "darf") -> str:
    """The modal that opens a German question for its subject: "Darf ich", "Können wir"."""
    can = modal.lower().startswith(("kann", "könn"))
    if subj.lower() == "wir":
        return "Können" if can else "Dürfen"
    return "Kann" if can else "Darf"


def _without_kein(text: str, count: int = 0) -> str:
    """ "keinen Button" → "einen Button": the act a denial names."""
    return _DE_KEIN.sub(lambda m: "ein" + (m.group(1) or ""), text, count=count)


def restate(question: str) -> str:
    """The question a confirmation question confirms; any other text unchanged."""
    tagged = _TAG.search(question)
    if tagged is None or tagged.start() == 0:
        return question
    head = question[: tagged.start()]
    # Only the last sentence asks; what comes before it sets the scene and stays.
    parts = re.split(r"(?<=[.!?])\s+", head)
    scene, statement = " ".join(parts[:-1]), parts[-1]
    asked = _restated(_LEAD_IN.sub("", statement, count=1))
    if asked is None:
        return question
    return f"{scene} {asked}".strip()


def _restated(statement: str) -> str | None:
    text = re.sub(r"\b(I|we|you|that|it)(?:'m|’m)\b", r"\1 am", statement, flags=_I)
    text = re.sub(r"\b(I|we|you|they)(?:'re|’re)\b", r"\1 are", text, flags=_I)
    text = re.sub(r"\b(that|it|this)(?:'s|’s)\b", r"\1 is", text, flags=_I)
    german = _DE_SUBJECT_FIRST.match(text) or _DE_MODAL.match(text)
    if german is not None:
        front = german.groupdict().get("front") or ""
        rest = _without_kein(german.group("rest"))
        words = " ".join(f"{front} {rest}".split())
        words = " ".join(_DE_FILLERS.sub("", words).split())
        modal = german.group("modal").lower().replace("dürfen", "darf").replace("können", "kann")
        subj = german.group("subj").lower()
        if words and words[0].isupper() and words.split()[0].lower() in _DE_ARTICLES:
            words = words[0].lower() + words[1:]
        return f"{modal.capitalize()} {subj} {words}?"
    modal = _MODAL.match(text)
    if modal is not None and len(modal.group("subj").split()) <= 8:
        pre = modal.group("pre") or ""
        subj = modal.group("subj")
        subj = subj if subj == "I" else subj[0].lower() + subj[1:]
        rest = re.sub(r"^(?:not|never)\s+", "", modal.group("rest"))
        return f"{pre}can {subj} {rest}?" if pre else f"Can {subj} {rest}?"
    plain = _PLAIN.match(text)
    if plain is not None:
        pre = plain.group("pre") or ""
        return f"{pre}{'can' if pre else 'Can'} {plain.group('subj')} {plain.group('rest')}?"
    verdict = _VERDICT.match(text)
    if verdict is not None:
        adj = re.sub(r"^not\s+", "", verdict.group("adj"), flags=_I)
        subj = verdict.group("subj")
        subj = subj[0].lower() + subj[1:] if not subj.startswith("I ") else subj
        return f"Is {subj} {adj}{verdict.group('rest')}?"
    return None


_DE_ARTICLES = frozenset(
    ["ein", "eine", "einen", "einem", "einer", "eines", "der", "die", "das", "den", "dem", "des"]
)


# "Was that okay?", "Did I break any rule?", "War das in Ordnung?": asked after the fact about
# what the sentences before it say was done.
_AFTER_THE_FACT = re.compile(
    r"(?:^|(?<=[.!?])|(?<=[.!?]['\"’”»]))\s*(?:so\s*,?\s*)?(?:"
    # (In the past only: "My wife wants to host one. Is that allowed?" already names the act.)
    r"was (?:that|this|it) (?:\w+ )?(?:ok|okay|fine|allowed|alright|all right|permitted|"
    r"legal|wrong|a problem|a mistake|an issue|against the (?:rules|policy)|"
    r"a (?:[\w ]{1,20} )?violation|the right thing(?: to do)?)(?: under [\w ]{2,30})?|"
    r"did I (?:break|violate|go against) (?:any|a|the) (?:[\w]+ ){0,2}(?:rules?|policy|policies|"
    r"law|guidelines?|Act)|"
    r"should I have (?:done|posted|said|shared|sent) (?:that|this|it)|"
    r"(?:that|this|it) was (?:ok|okay|fine|allowed|alright), (?:right|wasn't it|correct)|"
    r"war das (?:\w+ )?(?:ok|okay|in Ordnung|erlaubt|zulässig|ein Problem|falsch|ein Verstoß)|"
    r"hab(?:e)? ich (?:damit )?(?:gegen|eine) [\w ]{2,30}verstoßen|durfte ich das"
    r")\s*\?+\s*$",
    _I,
)


def after_the_fact(question: str) -> str:
    """ "I changed my handle to @mike_gitlab last week. Was that okay?" asks whether changing it
    is: the act told before moves into the question ("Is it okay that I changed …?"), so the
    asking sentence names it. Any other text unchanged."""
    asked = _AFTER_THE_FACT.search(question)
    if asked is None or asked.start() == 0:
        return question
    told = question[: asked.start()].strip().rstrip(".!")
    if not told:
        return question
    told = told[0].lower() + told[1:] if not told.startswith(("I ", "I'")) else told
    perfect = re.match(r"(ich|wir) (habe|hab|haben) (.+)$", told, _I)
    if perfect is not None:  # "ich habe gestern … beantwortet" → "ich gestern … beantwortet habe"
        aux = "haben" if perfect.group(1).lower() == "wir" else "habe"
        told = f"{perfect.group(1)} {perfect.group(3)} {aux}"
    german = re.search(r"\b(?:ich|hab|habe|war|das)\b", asked.group(0), _I) and not re.search(
        r"\b(?:was|did|should|that)\b", asked.group(0), _I
    )
    return f"Ist es in Ordnung, dass {told}?" if german else f"Is it okay that {told}?"


# "Suppose …", "What if I …", "Angenommen, …": the words that only say a question is asked
# before the act, not after it. What follows them is the act.
_SUPPOSING = re.compile(
    r"^\W*(?:(?:so|ok|okay|hmm|quick question|kurze frage)\s*[:,]?\s+)?(?:"
    r"what if|what about if|suppose|supposing|imagine|let['’]s say|say|hypothetically"
    r"(?: speaking)?|in theory|theoretically|"
    r"(?:mal |rein )?angenommen|nehmen wir (?:mal )?an|stell dir vor|stellen Sie sich vor|"
    r"(?:rein )?hypothetisch|theoretisch|falls|wenn"
    r")\b\s*[,:]?\s*(?:(?:that|dass)\s+)?",
    _I,
)
# The lead-in words that are nothing but a marker: the rest of the message may ask on its own
# ("Suppose a reporter DMs me. Could I answer?"). "What if", "falls", "wenn" begin the
# condition itself and stay unless a closing evaluation takes their place.
_MARKER_ONLY = re.compile(
    r"^\W*(?:suppose|supposing|imagine|let['’]s say|hypothetically|in theory|theoretically|"
    r"(?:mal |rein )?angenommen|nehmen wir (?:mal )?an|stell dir vor|(?:rein )?hypothetisch|"
    r"theoretisch)\b",
    _I,
)
# The closing evaluation of the supposed act: "— would that be a problem?", ". Is that fine?",
# "? Okay?", "– wäre das in Ordnung?".
_EVALUATION = (
    r"(?:ok|okay|fine|allowed|permitted|alright|all right|acceptable|appropriate|legal|kosher|"
    r"a problem|an issue|problematic|a violation|against [\w ]{2,30}|violat\w*(?: [\w ]{2,30})?|"
    r"cross (?:a|the) line|break (?:any|a|the) [\w ]{0,20}rules?|"
    r"in Ordnung|erlaubt|zulässig|ein Problem|problematisch|ein Verstoß|verboten)"
)
_SUPPOSED_ASKED = re.compile(
    r"\s*(?:[.!?:]|\s[–—-]|,)\s*(?:"
    rf"(?P<en>would|will|is|could|does|can)\s+(?:that|this|it)\s+(?:be\s+|still be\s+)?"
    rf"(?P<pred>{_EVALUATION})|"
    rf"(?P<de>wäre|wär|ist|würde)\s+(?:das|dies|es)\s+(?:denn\s+|noch\s+)?(?P<depred>{_EVALUATION})"
    rf"(?:\s+sein)?|(?P<bare>{_EVALUATION})"
    r")\s*\?+\s*$",
    _I,
)


_WHAT_IF_I = re.compile(r"^\W*what if (?P<act>(?:I|we|my|our)\b[^?]{3,300})\?+\s*$", _I)
_DONE_ALREADY = re.compile(
    r"\b(?:already|accidentally|by mistake|by accident|mistakenly|did|had|was|were|happens?|"
    r"someone|somebody|they|found out|get caught)\b",
    _I,
)


def hypothesis(question: str) -> str:
    """ "What if I park my car with a candidate's sticker in the agency garage — would that
    violate the Hatch Act?" asks whether parking it would: the supposed act moves into the
    question ("Is it okay if I park …?"), so the asking sentence names it.
    "Suppose a reporter DMs me. Could I just answer?" loses only its marker. Any other text
    unchanged."""
    lead = _SUPPOSING.match(question)
    if lead is None:
        return question
    rest = question[lead.end() :]
    asked = _SUPPOSED_ASKED.search(rest)
    if asked is None or asked.start() == 0:
        if _MARKER_ONLY.match(question) and rest:
            return rest[0].upper() + rest[1:]
        plain = _WHAT_IF_I.match(question)
        if plain is not None and not _DONE_ALREADY.search(question):
            # "What if I donate $50 from my desk?" asks whether it's okay to; "What if I
            # already posted it?" asks what happens now, and stays.
            return f"Is it okay if {plain.group('act').rstrip(' ?')}?"
        return question
    told = rest[: asked.start()].strip().rstrip(".!,:;–—- ")
    if not told:
        return question
    # The evaluation asked for ("violate the Hatch Act", "cross a line", "ein Problem") names
    # no matter of its own: it only asks whether the act is okay.
    if asked.group("de") or (
        asked.group("bare") and re.search(r"[äöüß]|\b(?:ich|wir|das|ein|mein)\b", told, _I)
    ):
        return f"Ist es in Ordnung, wenn {told}?"
    return f"Is it okay if {told}?"


# A question word or a verb that already says what is asked: such a short question stays.
_ASKS_ALREADY = re.compile(
    r"\b(?:what|how|why|which|where|when|who|whom|whose|warum|wieso|weshalb|welche\w*|wann|wer|"
    r"wem|wen|wohin|woher)\b|"
    # "Auf welcher Vereinbarung …?", "For whom …?": the question word after a preposition
    r"^\W*(?:(?:auf|in|an|bei|mit|von|für|zu|nach|über|unter|for|on|at|to|with|from|by|about)\s+)?"
    r"(?:what|how|why|which|where|when|who|whom|whose|is|are|am|was|were|do|does|did|can|"
    r"could|may|might|must|shall|should|will|would|have|has|had|any|anything|whether|"
    r"wie|wo|wozu|wofür|womit|worüber|wobei|inwiefern|werden|wird|wurde|würden|würde|wäre|"
    r"sollen|sollten|soll|sollte|könnte|dürfte|hast|hatte|bin|bist|seid|war|waren|ist|sind|"
    r"darf|dürfen|kann|können|muss|müssen|gilt|gibt|habe|hat|haben|brauche|braucht|geht|"
    r"zählt|reicht|stimmt|passt)\b",
    _I,
)
ELLIPTICAL_WORDS = 8  # "glassdoor review ok?": a question this short names only the act
# The verdict asked for at its end ("…, ok?"): the lead-in says it.
_ASKED_VERDICT = re.compile(
    r"[\s,–—-]*\b(?:ok|okay|fine|allowed|alright|in ordnung|erlaubt|a problem|ein problem|"
    r"problem|verboten|a no-go)\W*\?+$",
    _I,
)


def elliptical(question: str, language: str = "en") -> str:
    """ "gitlab in my @handle?", "reporter DMed me. reply?", "Wahlplakat im Vorgarten?": a few
    words and a question mark ask whether the act they name is okay, as "Is it okay: …?" says.
    Any other text unchanged."""
    text = question.strip()
    if not text.endswith("?"):
        return question
    parts = _sentences(text)
    asked = parts[-1]
    words = re.findall(r"[^\W\d_][\w'’@-]*", asked)
    if not words or len(words) > ELLIPTICAL_WORDS or _ASKS_ALREADY.search(asked):
        return question
    asked = _ASKED_VERDICT.sub("?", asked)
    lead = "Ist es in Ordnung: " if language == "de" else "Is it okay: "
    return " ".join([*parts[:-1], lead + asked])


# A question asked indirectly: "I was wondering whether I'm allowed to …", "Does anyone know if
# I can …", "Is it true that I can't …", "Curious whether it's fine to …". What follows the lead
# is a statement of the act, which `_restated` turns back into the question.
_EN_INDIRECT = re.compile(
    r"^\W*(?:(?:hi|hey|hello)\b[\w ]{0,20}[,!.]?\s*)?(?:(?:quick )?question\s*[:,-]?\s*)?(?:"
    r"(?:I(?:['’]m| am| was)?\s+)?(?:just\s+|really\s+|a bit\s+)?(?:wondering|wonder|curious|"
    r"not sure|unsure|uncertain)|(?:does|do) (?:anyone|anybody|someone|somebody|you|any of you)"
    r"(?: here)? know|can (?:anyone|anybody|someone|somebody|you) (?:tell me|confirm|clarify|"
    r"let me know)|I(?:['’]d| would) like to know|is it true"
    # the formal register: "Would you kindly advise whether …", "Please confirm whether …", "I
    # should be grateful if you could confirm whether …", "May I respectfully enquire whether …"
    r"|(?:(?:would|could|can) you\s+)?(?:kindly\s+|please\s+)*(?:advise|confirm|clarify|"
    r"let me know|tell me|inform me)(?: me)?(?: as to)?"
    r"|I (?:should|would)(?: be grateful| appreciate it) if you (?:could|would) (?:kindly )?"
    r"(?:advise|confirm|clarify|let me know|tell me)(?: me)?(?: as to)?"
    r"|I would (?:appreciate|welcome|be grateful for) (?:your )?(?:guidance|advice|confirmation|"
    r"clarification)(?: as to| on| regarding)?"
    r"|(?:may|might|could) I (?:respectfully |kindly )?(?:enquire|inquire|ask)"
    r"|I (?:respectfully |hereby )?(?:request|seek|ask for) (?:your )?(?:confirmation|guidance|"
    r"clarification|advice)(?: as to| on| regarding)?"
    r"|I (?:wish|would like|want) to (?:enquire|inquire|ask))\s*,?\s*(?:whether|if|that)\s*,?\s+"
    r"(?P<rest>[^?]{3,400}?)[.?!]*\s*$",
    _I,
)
# "it's fine to …", "it would be okay for me to …": the act, asked for the asker.
_FINE_TO = re.compile(
    r"^(?:it|that)\s*(?:['’]s|is|would be|will be|['’]d be)\s+(?:fine|ok|okay|alright|all right|"
    r"allowed|permitted|acceptable|permissible|in order|appropriate|in accordance with (?:the )?"
    r"(?:policy|rules|guidelines))\s+(?:for (?:me|us)\s+)?to\s+(?P<rest>\S.*)$",
    _I,
)
_DE_INDIRECT = re.compile(
    r"^\W*(?:(?:hallo|hi|hey|sehr geehrte\w*|liebe\w*)\b[\w ]{0,30}[,!.]?\s*)?"
    r"(?:kurze frage\s*[:,-]?\s*)?(?:"
    r"ich frage mich|weiß jemand|weiss jemand|wisst ihr|wissen Sie|kann mir jemand sagen|"
    r"ich bin (?:mir )?(?:unsicher|nicht sicher)|ich wüsste gern|mich würde interessieren|"
    # the formal register: "Ich bitte um Auskunft, ob …", "Ich möchte höflich anfragen, ob …"
    r"ich (?:bitte|ersuche) (?:Sie )?(?:höflich )?um (?:Auskunft|Mitteilung|Bestätigung|Klärung|"
    r"Rückmeldung|Information|Prüfung)|ich (?:möchte|würde gerne?|darf) (?:Sie )?(?:höflich |"
    r"gerne? )?(?:anfragen|nachfragen|erfragen|fragen|wissen)|ich erlaube mir(?:,)? (?:die |eine )?"
    r"(?:Anfrage|Frage|nachzufragen|anzufragen)|(?:bitte )?teilen Sie mir (?:bitte )?mit|"
    r"(?P<belief>stimmt es|ist es wahr))\s*,?\s*(?:ob|dass)\s+(?P<subj>ich|wir|man)\s+"
    r"(?P<rest>[^?]{3,400}?)\s+(?P<modal>darf|dürfen|dürfte|dürften|kann|können|könnte|könnten)"
    # (a relative clause may follow: "… nennen darf, zu dem keine Fallstudie existiert")
    r"(?P<tail>\s*,[^?]{3,200}?)?\s*[.?!]*\s*$",
    _I,
)
# "Ich bitte um Auskunft, ob es zulässig ist, … zu veröffentlichen": whether it is allowed, with
# the act as an infinitive with "zu".
_DE_INDIRECT_ALLOWED = re.compile(
    r"^(?P<lead>.*?)\bob es (?:mir |uns )?(?:als (?P<role>[^,]{2,60}?)\s)?"
    r"(?:zulässig|gestattet|erlaubt|in Ordnung|statthaft) (?:ist|wäre)\s*,\s*(?P<act>[^?]{3,300}?"
    + _ZU_INFINITIVE
    + r")(?P<tail>\s*,[^?]{0,200}?)?\s*[.?!]*\s*$",
    _I,
)
# "Would it be permissible (under the Hatch Act) for me to …?", "Is it in accordance with policy
# to …?": the formal way of asking "Can I …?".
_FORMAL_ALLOWED = re.compile(
    r"^\W*(?:would|is|will|might) it (?:be )?(?:permissible|in order|acceptable|appropriate|"
    r"allowable|in accordance with (?:the )?(?:policy|rules|guidelines)|consistent with (?:the )?"
    r"(?:policy|rules|guidelines))(?: (?:under|according to) [^,?]{3,60}?)?\s+(?:for "
    r"(?P<subj>me|us) )?to (?P<act>[^?]{3,400}?)\s*\?+\s*$",
    _I,
)


def indirect(question: str) -> str:
    """ "I was wondering whether I'm allowed to write a review on Glassdoor." asks "Can I write
    a review on Glassdoor?"; "Weiß jemand, ob ich das Logo verwenden darf?" asks "Darf ich das
    Logo verwenden?". Only the last sentence is read; what comes before it stays. Any other text
    unchanged."""
    return last_sentence(question, _indirect)


def last_sentence(question: str, rewrite: Callable[[str], str | None]) -> str:
    """The question with its last sentence rewritten, what comes before it unchanged; the
    question itself when `rewrite` finds nothing to do (returns None)."""
    parts = _sentences(question)
    if not parts:
        return question
    asked = rewrite(parts[-1])
    return question if asked is None else " ".join([*parts[:-1], asked])


# "pls tell me I can post …": asking to be told yes is asking.
_TELL_ME_I_CAN = re.compile(
    r"^\W*(?:(?:pls|plz|please)\s+)?tell me (?:that )?(?P<rest>(?:I|we) (?:can|may)\b[^?]{3,400}?)"
    r"[.?!\s]*$",
    _I,
)


def _indirect(last: str) -> str | None:
    if (tell_me := _TELL_ME_I_CAN.match(last)) is not None:
        return _restated(tell_me.group("rest"))
    german = _DE_INDIRECT.match(last)
    if german is not None:
        subj = german.group("subj").lower()
        modal = _modal(subj, german.group("modal"))
        rest = german.group("rest")
        if german.group("belief"):
            # "Stimmt es, dass ich keine Buttons tragen darf?" asks whether one may.
            rest = _without_kein(rest)
            rest = re.sub(r"\bnicht\s+", "", rest, flags=_I)
        return f"{modal} {subj} {rest.strip(' ,')}{(german.group('tail') or '').rstrip()}?"
    allowed = _DE_INDIRECT_ALLOWED.match(last)
    if allowed is not None and _DE_INDIRECT.match(f"{allowed.group('lead')}ob ich das tun darf"):
        act = without_zu(allowed.group("act").strip(" ,"))
        if allowed.group("role"):
            act = f"als {allowed.group('role')} {act}"
        return f"Darf ich {act}{(allowed.group('tail') or '').rstrip()}?"
    formal = _FORMAL_ALLOWED.match(last)
    if formal is not None:
        who = "we" if (formal.group("subj") or "").lower() == "us" else "I"
        return f"Can {who} {formal.group('act')}?"
    english = _EN_INDIRECT.match(last)
    if english is None:
        return None
    told = re.sub(r"\b(?:could|might)\b", "can", english.group("rest"), count=1, flags=_I)
    told = re.sub(r"\b(?:even|really|actually)\s+", "", told, flags=_I)
    fine = _FINE_TO.match(told)
    asked = f"Can I {fine.group('rest')}?" if fine is not None else _restated(told)
    lead = re.match(r"^(?P<lead>[^,]{3,60}),\s*(?P<main>(?:I|we)\b.*)$", told, _I)
    if asked is None and lead is not None:
        # "… if, as a supervisor, I may forward …": the lead goes before the question.
        main, before = _restated(lead.group("main")), lead.group("lead")
        if main is not None:
            asked = f"{before[0].upper()}{before[1:]}, {main[0].lower()}{main[1:]}"
    return asked


# A question asked in the negative: "Isn't it against the rules to …?", "Am I not allowed to …?",
# "Is there no rule against using …?", "Wouldn't it be a problem if I tweeted …?".
_EN_NEGATIVE = re.compile(
    r"^\W*(?:(?:isn['’]t it|is it not) (?:against the (?:rules|policy|guidelines)|"
    r"(?:fine|ok|okay|allowed|permitted|illegal|forbidden|prohibited|banned|a problem|"
    r"a violation)(?P<for> for (?:a |an |the )?[\w -]{2,40}?)?)\s+to\s+(?P<act>[a-z][^?]{2,300})"
    r"|(?:am I|are we|aren['’]t we) not (?:allowed|permitted) to\s+(?P<act2>[a-z][^?]{2,300})"
    r"|is there no (?:rule|policy|problem|issue) (?:against|with)\s+(?:(?P<gsubj>(?:the|our|a|my) "
    r"[\w -]{2,30}?|me|us)\s+)?(?P<gerund>[a-z]{2,}ing)\b(?P<gact>[^?]{0,300})"
    r"|(?:wouldn['’]t it|would it not) be a (?:problem|issue|violation)"
    r"(?: if (?P<isubj>I|we) (?P<past>[a-z]{2,}(?:ed|ted))\b(?P<pact>[^?]{0,300})"
    r"| to\s+(?P<act3>[a-z][^?]{2,300})))\?+\s*$",
    _I,
)
_DE_NEGATIVE = re.compile(
    r"^\W*(?:ist es (?:denn )?nicht (?:verboten|erlaubt|in Ordnung|okay|zulässig),\s*"
    rf"(?P<zuact>[^?]{{3,300}}?{_ZU_INFINITIVE})"
    r"|spricht (?:denn )?nichts dagegen,\s*wenn (?P<subj>ich|wir)\s+(?P<act>[^?]{3,300}?)\s+"
    r"(?P<verb>[a-zäöüß]+))\s*\?+\s*$",
    _I,
)
# "Darf ich … etwa keinen Beitrag … schreiben?": the asker's doubt, not the act.
_DE_DOUBT = re.compile(r"^(?P<head>\W*(?:darf|kann) (?:ich|wir)\b.*?)\s+etwa\s+(?:nicht\s+)?", _I)


# An act asked about by what would forbid it: "Is running for school board off limits?",
# "Would posting the photo be a problem?".
_EN_FORBIDDEN = re.compile(
    r"^\W*(?:is|would)\s+(?P<gerund>[a-z]{2,}ing)\b(?P<act>[^?]{0,300}?)\s+(?:be\s+)?"
    r"(?:off[- ]limits|forbidden|prohibited|banned|against the (?:rules|policy|guidelines)|"
    r"a (?:problem|violation))(?: for (?:me|us))?\s*\?+\s*$",
    _I,
)


def affirmed(question: str) -> str:
    """ "Isn't it against the rules to put GitLab in my handle?" asks "Can I put GitLab in my
    handle?"; "Spricht nichts dagegen, wenn ich Inhalte teile?" asks "Darf ich Inhalte teilen?".
    The act is what is asked about, however the question is turned. Only the last sentence is
    read; what comes before it stays. Any other text unchanged."""
    return last_sentence(question, _affirmed)


def _affirmed(sentence: str) -> str | None:
    if (forbidden := _EN_FORBIDDEN.match(sentence)) is not None:
        return f"Can I {base_form(forbidden.group('gerund'))}{forbidden.group('act')}?"
    english = _EN_NEGATIVE.match(sentence)
    if english is not None:
        if english.group("gerund"):
            subj = english.group("gsubj") or "I"
            subj = "I" if subj.lower() == "me" else "we" if subj.lower() == "us" else subj
            act = f"{base_form(english.group('gerund'))}{english.group('gact')}"
        elif english.group("past"):
            subj = english.group("isubj")
            act = f"{_present(english.group('past'))}{english.group('pact')}"
        else:
            who = (english.group("for") or "").strip()
            subj = who[4:] if who.lower().startswith("for ") else "I"
            act = english.group("act") or english.group("act2") or english.group("act3") or ""
        return f"Can {subj} {act.strip(' ,')}?"
    german = _DE_NEGATIVE.match(sentence)
    if german is not None:
        if german.group("zuact"):
            return f"Darf ich {without_zu(german.group('zuact').strip(' ,'))}?"
        return f"{_may_i(german.group('subj'), german.group('act'), german.group('verb'))}?"
    doubt = _DE_DOUBT.match(sentence)
    if doubt is not None:
        rest = sentence[doubt.end() :]
        rest = _without_kein(rest, count=1)
        return f"{doubt.group('head')} {rest}"
    return None


def _may_i(subj: str, act: str, verb: str) -> str:
    """ "wenn ich … teile" asks "Darf ich … teilen": the act of a "wenn" clause, asked."""
    subj = subj.lower()
    infinitive = verb if subj == "wir" or verb.endswith("n") else f"{verb}n"
    return f"{_modal(subj)} {subj} {act} {infinitive}"


def _present(past: str) -> str:
    """ "tweeted" → "tweet", "volunteered" → "volunteer", "shared" → "share"."""
    import simplemma  # see base_form

    return str(simplemma.lemmatize(past, lang="en"))


# "My intern wants to know if she can …", "Meine Kollegin fragt, ob sie … darf": a question asked
# for someone else, which the same guidelines answer as if the asker asked it.
_ON_BEHALF = re.compile(
    r"^(?P<who>[^.?!]{0,80}?)\s*\b(?:is asking(?: me)?|asked(?: me)?|asks(?: me)?|"
    r"wants to know|would like to know|wonders|is wondering|was wondering|"
    r"fragt(?: mich)?|hat (?:mich )?gefragt|möchte wissen|will wissen|würde gern wissen)"
    r"\s*,?\s*(?:if|whether|ob)\s+(?P<subj>she|he|they|sie|er)\s+(?P<rest>[^?]+?)[.?!]*\s*$",
    _I,
)
_EN_MODAL = re.compile(
    r"^(?:can|could|may|might|should|would be allowed to|is allowed to|are allowed to)\s+", _I
)
_DE_MODAL_END = re.compile(
    r"\s+(?:darf|dürfe|kann|könne|soll|sollte|dürfen|können)\b(?=[^\w]*(?:,|$))", _I
)
_EN_OWN = {
    "his": "my",
    "her": "my",
    "their": "my",
    "himself": "myself",
    "herself": "myself",
    "themselves": "myself",
}
_DE_OWN = {
    "sein": "mein",
    "seine": "meine",
    "seinem": "meinem",
    "seinen": "meinen",
    "seiner": "meiner",
    "seines": "meines",
    "ihr": "mein",
    "ihre": "meine",
    "ihrem": "meinem",
    "ihren": "meinen",
    "ihrer": "meiner",
    "ihres": "meines",
    "sich": "mich",
}


def on_behalf(question: str) -> str:
    """ "My coworker is asking if she can contribute to a campaign from home" asks what the
    guidelines say to anyone who asks it: "My coworker. Can I contribute to a campaign from
    home?" (who asks stays, for the role it names). Any other text unchanged."""
    asked = _ON_BEHALF.match(question.strip())
    if asked is None:
        return question
    who, rest = asked.group("who").strip(" ,"), asked.group("rest").strip()
    who = re.sub(r"\s+(?:and|und)$", "", who, flags=_I)
    german = asked.group("subj").lower() in ("sie", "er") and not re.search(
        r"\b(?:can|could|may|should|allowed)\b", rest, _I
    )
    if german:
        modal = _DE_MODAL_END.search(rest)
        if modal is None:
            return question
        rest = rest[: modal.start()] + rest[modal.end() :]
        rest = re.sub(r"\b(von|mit|bei|zu|für) sich\b", r"\1 mir", rest, flags=_I)
        words = re.sub(r"\b\w+\b", lambda m: _DE_OWN.get(m.group(0).lower(), m.group(0)), rest)
        return f"{who}. Darf ich {words.strip(' ,')}?" if who else f"Darf ich {words.strip(' ,')}?"
    modal = _EN_MODAL.match(rest)
    if modal is None:
        return question
    rest = rest[modal.end() :]
    words = re.sub(r"\b\w+\b", lambda m: _EN_OWN.get(m.group(0).lower(), m.group(0)), rest)
    return f"{who}. Can I {words}?" if who else f"Can I {words}?"


# A last sentence that asks only for a verdict on what came before: "Would that be okay?",
# "Any concerns?", "OK to do?", "Geht das so?". (In the past, "Was that okay?", is after_the_fact.)
_BARE_ASK = re.compile(
    r"^\W*(?:so|and|but|also|now|then|just to check|quick check)?\s*,?\s*(?:"
    r"(?:(?:is|would|will|could) (?:that|this|it)(?: be)?|(?:that|this|it) (?:is|would be)|"
    r"(?:am I|are we|would I be|would we be))?\s*(?:ok|okay|fine|alright|all right|allowed|"
    r"permitted|acceptable|appropriate|a problem|an issue|a no-go|legit|kosher)"
    r"(?: to do| for me to do| to go ahead| to)?(?: (?:with|under) (?:the )?(?:rules|policy|"
    r"guidelines?|Hatch Act))?|"
    r"(?:can|may|could|should) (?:I|we)(?: do (?:that|this|it)| go ahead(?: with (?:that|it))?|"
    r" just (?:do|make|post|share|send|write) (?:that|this|it))?|"
    r"any (?:concern|objection|issue|problem|red flag)s?(?: with (?:that|this|it))?|thoughts|"
    r"(?:is|would) (?:that|this|it) (?:be )?(?:a problem|an issue|against the (?:rules|policy))|"
    r"(?:geht|ginge) das(?: so| klar| in Ordnung)?|(?:ist|wäre) das (?:so )?(?:ok|okay|"
    r"in Ordnung|erlaubt|zulässig|ein Problem)|darf ich(?: das)?(?: so)?(?: machen| tun)?|"
    r"kann ich das(?: so)? (?:machen|tun)|passt das|spricht (?:et)?was dagegen|"
    r"(?:irgendwelche )?(?:Bedenken|Einwände)|in Ordnung"
    r")\s*\?+\s*$",
    _I,
)
# What the asker says they mean to do, earlier on: "I'd love to post them on LinkedIn", "she
# asked me to host a fundraiser", "Ich würde gern das Logo … posten".
_EN_INTENT = re.compile(
    r"\b(?P<subj>I|we)(?:['’]d| would| am|['’]m| are|['’]re| was| were)?\s+"
    r"(?:really |also |just |now )?"
    r"(?:like|love|want|wanted|plan|planned|intend|hope|planning|hoping|going|meaning|mean|"
    r"about|looking)\s+to\s+(?P<act>[a-z][^.!?]{3,300})"
    # "I'm thinking of using a photo …": the act as a gerund
    r"|\b(?P<gsubj>I|we)(?:['’]m| am|['’]re| are| was| were)\s+(?:really |also |just |now )?"
    r"(?:thinking (?:of|about)|considering|planning on|toying with(?: the idea of)?)\s+"
    r"(?P<gerund>[a-z]{2,}ing)\b(?P<act3>[^.!?]{0,300})"
    r"|\b(?:asked|wants|want|wanted|told|needs|would like|['’]d like) (?P<asked>me|us) "
    r"(?:to|if (?:I|we) (?:could|would|can|will)|whether (?:I|we) "
    r"(?:could|would|can|will|['’]d))\s+(?P<act2>[a-z][^.!?]{3,300})",
    _I,
)
_DE_INTENT = re.compile(
    r"\b(?P<subj>ich|wir)\s+(?:würde|würden|möchte|möchten|will|wollen|wollte|wollten|plane|"
    r"planen)\s+(?:gerne?\s+|auch\s+|eigentlich\s+|jetzt\s+)*(?P<act>[^.!?]{3,300})"
    # "Ich überlege, das Logo als Profilbild zu nehmen": the act as an infinitive with "zu"
    r"|\b(?P<zsubj>ich|wir)\s+(?:überlege|überlegen|habe vor|haben vor|hatte vor|hatten vor|"
    r"plane|planen|spiele mit dem Gedanken|spielen mit dem Gedanken)(?:\s+(?:mir|uns))?"
    rf"\s*,\s*(?P<zuact>[^.!?]{{3,300}}?{_ZU_INFINITIVE})"
    r"(?P<zurest>(?:\s*,[^.!?]*)?)(?=\s*(?:[.!?]|$))"
    # "Eine Kollegin hat mich gebeten, die Zahlen zu posten": what someone asked of the asker
    r"|\b(?:hat|haben|hatte|hatten)\s+(?P<bsubj>mich|uns)\s+(?:gebeten|gefragt|beauftragt|"
    rf"aufgefordert)\s*,\s*(?P<bact>[^.!?]{{3,300}}?{_ZU_INFINITIVE})"
    r"(?P<brest>(?:\s*,[^.!?]*)?)(?=\s*(?:[.!?]|$))",
    _I,
)
# A German act ends its clause in an infinitive ("… auf Twitter posten"), not in a noun.
_DE_INFINITIVE = re.compile(r"\b[a-zäöüß]{2,}(?:en|ern|eln)\b(?=\s*(?:,|$))")


def without_zu(act: str) -> str:
    """The infinitive of an act told with "zu": "… als Profilbild zu nehmen" → "… als
    Profilbild nehmen", "… an der Demo teilzunehmen" → "… an der Demo teilnehmen"."""
    loose = re.sub(r"\bzu\s+([a-zäöüß]+)$", r"\1", act, flags=_I)
    if loose != act:
        return loose
    return re.sub(r"zu([a-zäöüß]+)$", r"\1", act, flags=_I)


def base_form(gerund: str) -> str:
    """The verb of a gerund ("using" → "use", "running" → "run", "tweeting" → "tweet"), from
    simplemma's English word list; where it reads the word as a noun ("writing", "serving"), the
    first known word of stem + "e", the stem, and the stem with its doubled consonant single."""
    import simplemma  # its word list costs 25 MB and a fifth of a second: only when needed

    lemma = simplemma.lemmatize(gerund, lang="en")
    stem = gerund[:-3]
    if lemma == f"{stem}e" and stem.endswith(("ng", "nk")) and simplemma.is_known(stem, lang="en"):
        return stem  # "thinking" is not "thinke", nor "singing" "singe"
    if lemma.lower() != gerund.lower() or not gerund.lower().endswith("ing"):
        return lemma
    candidates = [stem + "e", stem]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if simplemma.is_known(c, lang="en")), stem)


def _last_intent(pattern: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """The last place the sentence says what is meant ("… asked me to spread the word, so I was
    going to mention it to my team" means mentioning it)."""
    found, pos = None, 0
    while (match := pattern.search(sentence, pos)) is not None:
        found, pos = match, match.start() + 1
    return found


# Scene words before the intent that belong to the question ("After work and on weekends I want
# to …"): a time or place, no clause of their own.
_ADVERBIAL = re.compile(
    r"^(?:after|before|on|during|at|in|outside|over|from|this|next|tomorrow|tonight|today|"
    r"nach|vor|am|an|im|während|außerhalb|heute|morgen|nächste\w*)\b(?!.*\b(?:is|are|was|"
    r"were|has|have|had|asked|told|ist|sind|war|hat|haben)\b)[^.!?]{0,60}$",
    _I,
)
_DANGLING = re.compile(
    r"[\s,;:–—-]*(?:\b(?:and|but|so|because|since|then|und|aber|also|weil)\b[\s,]*)?"
    r"(?:\b(?:she|he|they|someone|somebody|sie|er)\b)?[\s,;:–—-]*$",
    _I,
)


def intended(question: str) -> str:
    """ "… and she asked me to host a fundraiser at my house. I'd only invite friends. Would
    that be okay?" asks whether hosting it is: the act the asker means to do becomes the asking
    sentence ("Can I host a fundraiser at my house?"), after the scene, which stays. Any other
    text unchanged."""
    parts = _sentences(question)
    if len(parts) < 2 or not _BARE_ASK.match(parts[-1]):
        return question
    german = bool(
        re.match(
            r"^\W*(?:geht|ginge|ist|wäre|darf|kann|passt|spricht|irgendwelche|bedenken|einwände|"
            r"in ordnung)\b",
            parts[-1],
            _I,
        )
    )
    for index in range(len(parts) - 2, -1, -1):
        told = parts[index]
        found = _last_intent(_DE_INTENT if german else _EN_INTENT, told)
        if found is None:
            continue
        if german and (found.group("zuact") or found.group("bact")):
            # (told as one's own plan, "zu…", or as what someone asked of one, "b…")
            key = "zu" if found.group("zuact") else "b"
            act = without_zu(found.group(f"{key}act").strip(" ,"))
            act += found.group(f"{key}rest").rstrip()
            subj = found.group("zsubj" if key == "zu" else "bsubj").lower()
            subj = {"mich": "ich", "uns": "wir"}.get(subj, subj)
            asked = f"{'darf' if subj == 'ich' else 'dürfen'} {subj} {act}?"
        elif german:
            act = re.sub(r"\s*\bgerne?\b", "", found.group("act"), flags=_I).strip(" ,")
            if not _DE_INFINITIVE.search(act):
                continue
            subj = found.group("subj").lower()
            asked = f"{'darf' if subj == 'ich' else 'dürfen'} {subj} {act}?"
        else:
            if found.group("gerund"):
                act = f"{base_form(found.group('gerund'))}{found.group('act3')}".strip(" ,")
            else:
                act = (found.group("act") or found.group("act2")).strip(" ,")
            who = (found.group("subj") or found.group("asked") or found.group("gsubj")).lower()
            asked = f"can {'we' if who in ('we', 'us') else 'I'} {act}?"
        scene = _DANGLING.sub("", told[: found.start()]).strip()
        before, after = parts[:index], parts[index + 1 : -1]
        if not scene:
            return " ".join([*before, *after, asked[0].upper() + asked[1:]])
        if _ADVERBIAL.match(scene):
            return " ".join([*before, *after, f"{scene[0].upper()}{scene[1:]}, {asked}"])
        return " ".join([*before, scene.rstrip(".!") + ".", *after, asked[0].upper() + asked[1:]])
    return question


# The formal register's words for "without", "while", "before" and "after" ("… absent an
# accessible description", "whilst on duty", "prior to the announcement"): the rules that read
# what a question leaves out, or when it is done, know the plain ones.
_FORMAL_WORDS = (
    (
        re.compile(
            r"\b(?:absent|sans|lacking|in the absence of)\s+(?=(?:a|an|the|any|my|our)\b)", _I
        ),
        "without ",
    ),
    (re.compile(r"\bwhilst\b", _I), "while"),
    # … and chat's: "w/o alt text", "w/ my logo"
    (re.compile(r"(?<![\w/])w/o(?![\w/])", _I), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s)", _I), "with"),
    (re.compile(r"\bprior to\b", _I), "before"),
    (re.compile(r"\bsubsequent to\b", _I), "after"),
    # … and German's hyphenated negation: "nicht-öffentliche Details" are "nicht öffentliche"
    # (a capital after the hyphen is a compound of its own: "Nicht-Raucher")
    (re.compile(r"(?<=\b[Nn])icht-(?=[a-zäöü])"), "icht "),
    # … and a manager's: "my reports" are the people on one's team, not news reports
    (re.compile(r"\b(my|our) (?:direct )?reports\b", _I), r"\1 team members"),
)


def plain_words(question: str) -> str:
    """ "… publish an image absent an accessible description" reads "… without an accessible
    description"; any other text unchanged."""
    for pattern, plain in _FORMAL_WORDS:
        question = pattern.sub(plain, question)
    return question


# A plan told without asking: "Heads-up: I'm going to …", "FYI, I'll post …", "I've decided to
# run …", "Ich werde morgen … twittern", "Ich schreibe gleich auf Twitter, dass …". Whoever tells
# what they are about to do, in a message to this assistant, wants to hear whether they may.
_ANNOUNCING = re.compile(
    r"^\W*(?:(?:just )?(?:a )?heads[- ]?up|fyi|psa|just so you know|just letting you know|"
    r"for your information|quick note|(?:nur |kurz |vorab )?zur info|kurze info|nur damit "
    r"(?:du|ihr) (?:es |'s |’s )?wisst|vorwarnung)\b\s*[:,;–—-]?\s*",
    _I,
)
_EN_PLAN = re.compile(
    r"\b(?P<subj>I|we)(?:['’]ll| will| shall|(?:['’]m| am|['’]re| are) (?:going|about|planning|"
    r"set) to|(?:['’]m| am|['’]re| are) gonna|(?:['’]ve| have)? (?:decided|signed up|agreed|"
    r"volunteered|offered|promised) to| plan to| intend to| mean to)\s+(?:also |just |now |"
    r"then |probably |quickly )?(?P<act>[a-z].{3,300})$"
    r"|^(?P<bare>(?:planning|going|about) to)\s+(?P<bact>[a-z].{3,300})$",
    _I,
)
# "I'm posting it tonight": the present progressive tells a plan only with a time to it.
_EN_PROGRESSIVE = re.compile(
    r"\b(?P<subj>I|we)(?:['’]m| am|['’]re| are)\s+(?:also |just )?"
    r"(?!(?:going|planning|thinking|wondering|considering|hoping|looking|trying|asking|"
    r"curious|being|getting|feeling|working|sitting|standing|staying)\b)"
    r"(?P<gerund>[a-z]{2,}ing)\b(?P<rest>.{0,300})$",
    _I,
)
_EN_SOON = re.compile(
    r"\b(?:tomorrow|tonight|today|later|soon|this (?:morning|afternoon|evening|weekend|week)|"
    r"next (?:week|month|weekend|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:an|a few|\d+) "
    r"(?:hour|minute|min)s?|right now|now)\b",
    _I,
)
_DE_PLAN = re.compile(
    r"\b(?P<subj>ich|wir)\s+(?:werde|werden|will|wollen|möchte|möchten)\s+(?P<act>.{3,300})$",
    _I,
)
_DE_PLAN_ZU = re.compile(
    r"\b(?P<subj>ich|wir)\s+(?:plane|planen|habe vor|haben vor|habe (?:mich )?(?:beschlossen|"
    r"entschieden|entschlossen)|haben (?:uns )?(?:beschlossen|entschieden|entschlossen))"
    rf"\s*,\s*(?P<act>.{{3,300}}?{_ZU_INFINITIVE})(?P<rest>(?:\s*,.*)?)$",
    _I,
)
_DE_SOON = (
    r"(?:gleich|morgen|übermorgen|heute(?: abend| nachmittag| mittag)?|nachher|später|demnächst|"
    r"bald|jetzt|sofort|am wochenende|nächste woche|diese woche|am (?:montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag))"
)
# "Ich schreibe gleich auf Twitter, dass …", "Am Wochenende poste ich …": German tells a plan in
# the present, with a time to it.
_DE_PRESENT = re.compile(
    rf"^(?:(?P<pre>{_DE_SOON})\s+(?P<verb2>[a-zäöüß]+)\s+(?P<subj2>ich|wir)"
    rf"|(?P<subj>ich|wir)\s+(?P<verb>[a-zäöüß]+)(?=\s+(?:[^.!?,]*\s)?{_DE_SOON}\b))"
    r"\s+(?P<rest>.{3,300})$",
    _I,
)
# Verbs that tell a state or a question, not an act ("Ich bin morgen im Büro").
_DE_NOT_AN_ACT = re.compile(
    r"(?:bin|sind|habe|haben|war|waren|hatte|hatten|werde|werden|muss|müssen|darf|dürfen|kann|"
    r"können|soll|sollen|frage|fragen)",
    _I,
)
_DE_PARTICLE = re.compile(
    r"\s+(?P<particle>an|auf|aus|ein|hoch|mit|vor|weiter|zu|durch|los|rein|raus|nach|fest|hin)$",
    _I,
)


def de_infinitive(verb: str) -> str:
    """ "schreibe" → "schreiben", "sammle" → "sammeln", "ändere" → "ändern", "posten" stays."""
    low = verb.lower()
    if low.endswith(("en", "ern", "eln")) and len(low) > 4:
        return low
    if low.endswith(("ele", "ere")):
        return low[:-1] + "n"
    if re.search(r"[^aeiouäöühlr][lr]e$", low):  # (not "stelle", "fahre", "wähle")
        return low[:-2] + "e" + low[-2] + "n"
    return low + "n" if low.endswith("e") else low + "en"


def _de_present_asked(sentence: str) -> str | None:
    found = _DE_PRESENT.match(sentence)
    if found is None:
        return None
    verb = found.group("verb") or found.group("verb2")
    if _DE_NOT_AN_ACT.fullmatch(verb):
        return None
    subj = (found.group("subj") or found.group("subj2")).lower()
    main, comma, tail = found.group("rest").partition(",")
    main = main.strip()
    infinitive = de_infinitive(verb)
    if (particle := _DE_PARTICLE.search(main)) is not None:
        main, infinitive = main[: particle.start()], particle.group("particle").lower() + infinitive
    if found.group("pre"):
        pre = found.group("pre")
        main = f"{pre[0].lower()}{pre[1:]} {main}"  # "Am Wochenende" → "am Wochenende"
    asked = f"{'Darf' if subj == 'ich' else 'Dürfen'} {subj} {main} {infinitive}"
    return f"{asked}{comma}{tail}?" if comma else f"{asked}?"


def _plan_asked(sentence: str) -> tuple[int, str] | None:
    """Where the plan begins in the sentence and the question it asks, if it tells one."""
    if (de := _de_present_asked(sentence)) is not None:
        return 0, de
    if (zu := _DE_PLAN_ZU.search(sentence)) is not None:
        subj = zu.group("subj").lower()
        act = without_zu(zu.group("act").strip(" ,")) + zu.group("rest").rstrip()
        return zu.start(), f"{'Darf' if subj == 'ich' else 'Dürfen'} {subj} {act}?"
    if (de_plan := _DE_PLAN.search(sentence)) is not None and _DE_INFINITIVE.search(
        de_plan.group("act").strip(" ,")
    ):
        subj = de_plan.group("subj").lower()
        act = de_plan.group("act").strip(" ,")
        return de_plan.start(), f"{'Darf' if subj == 'ich' else 'Dürfen'} {subj} {act}?"
    plan = _last_intent(_EN_PLAN, sentence)
    if plan is not None:
        act = (plan.group("act") or plan.group("bact")).strip(" ,")
        we = (plan.group("subj") or "").lower() == "we"
        return plan.start(), f"Can {'we' if we else 'I'} {act}?"
    going = _EN_PROGRESSIVE.search(sentence)
    if going is not None and _EN_SOON.search(sentence):
        act = f"{base_form(going.group('gerund'))}{going.group('rest')}".strip(" ,")
        we = going.group("subj").lower() == "we"
        return going.start(), f"Can {'we' if we else 'I'} {act}?"
    return None


def announced(question: str) -> str:
    """ "A reporter emailed me about login.gov. I'm going to reply to her this afternoon." asks
    "Can I reply to her this afternoon?": in a message that asks nothing, the last sentence that
    tells the asker's own plan becomes the question, after the scene, which stays. A lead-in
    that only announces ("Heads-up:", "FYI,", "Zur Info:") goes. Any other text unchanged."""
    if "?" in question:
        return question
    parts = [_ANNOUNCING.sub("", part) for part in _sentences(question)]
    for index in range(len(parts) - 1, -1, -1):
        # (the act runs to the end of its sentence: "cloud.gov" and a quoted "go!" stay whole)
        told = re.sub(r"\s*[.!]+\s*$", "", parts[index])
        found = _plan_asked(told)
        if found is None:
            continue
        start, asked = found
        scene = _DANGLING.sub("", told[:start]).strip(" ,;:–—-")
        before, after = parts[:index], parts[index + 1 :]
        if not scene:
            return " ".join([*before, asked, *after])
        if _ADVERBIAL.match(scene):
            return " ".join(
                [*before, f"{scene[0].upper()}{scene[1:]}, {asked[0].lower()}{asked[1:]}", *after]
            )
        return " ".join([*before, scene.rstrip(".!") + ".", asked, *after])
    return question


# What the guideline says, told before the question: "The policy says …", "I read in the
# handbook that …", "According to the FAQ, …", "Laut Richtlinie …", "Im Handbuch steht, dass …".
_QUOTE_LEAD = re.compile(
    r"^\W*(?:(?:the|our|this) (?:[\w-]+ ){0,2}(?:policy|policies|handbook|guide|guidelines?|faqs?|"
    r"rules?|section|page|wiki)\s+(?:says|said|states|lists|mentions|notes|explains|"
    r"tells (?:me|us))\b\s*(?:that\b)?"
    r"|according to (?:the|our) (?:[\w-]+ ){0,2}(?:policy|handbook|guide|guidelines?|faqs?|"
    r"rules?)\s*,?"
    r"|I (?:read|saw|heard|learned|was told|understand)(?: (?:in|on) (?:the|our) [\w -]{2,40}?)?"
    r",? that\b"
    r"|(?:laut|gemäß) (?:der |dem |den |unserer |unserem |unseren )?(?:[\w-]+-)?(?:Richtlinien?|"
    r"Leitlinien?|Leitplanken|Handbuch|FAQs?|Policy|Regeln)\b\s*,?"
    r"|(?:in der|im|in den|in unserer|in unserem|in unseren) (?:[\w-]+-)?(?:Richtlinien?|"
    r"Leitlinien?|Leitplanken|Handbuch|FAQs?|Policy|Regeln) steht\s*,?\s*(?:dass\b)?"
    r"|ich habe (?:\w+ ){0,4}gelesen\s*,\s*dass\b)\s*",
    _I,
)
# "Does that mean I can …?", "So can I …?", "Heißt das, ich darf …?": asking for the act itself.
_MEANS = re.compile(
    r"^\W*(?:so\s*,?\s*)?(?:does (?:that|this|it) (?:also |then )?mean (?:that\s+)?"
    r"(?P<subj>I|we) (?:can|may|am allowed to|are allowed to)\s+|(?:so|then)\s*,?\s*"
    r"(?:can|may) (?P<subj2>I|we)\s+)(?P<act>[^?]{3,300}?)\s*\?+\s*$"
    r"|^\W*(?:heißt|bedeutet) (?:das|dies)\s*,?\s*(?:dass\s+)?(?P<dsubj>ich|wir) "
    r"(?P<dmodal>darf|dürfen|kann|können)\s+(?P<dact>[^?]{3,300}?)\s*\?+\s*$",
    _I,
)
# "Does that also hold if I'm further restricted?", "Gilt das auch für mein Profilbild in
# Teams?", "Darf ich das auch in der Mittagspause machen?": the reported rule's act, asked of
# another case. "Gilt das auch, wenn ich … schreibe?" names its act itself.
_EXTENDS = re.compile(
    r"^\W*(?:(?:and |so )?(?:does|would|do) (?:that|this|it|the same) (?:rule )?(?:also |still )?"
    r"(?:hold|apply|count|go)\b|(?:can|may) I (?:also |still )?do (?:that|this|it|the same)\b"
    r"|(?:gilt|zählt) (?:das|dies) (?:auch|ebenso|trotzdem)?"
    r"|(?:darf|kann) ich (?:das|dies) (?:auch|ebenso|trotzdem)?)\s*,?\s*(?P<case>[^?]{0,300}?)"
    r"(?:\s+(?:machen|tun))?\s*\?+\s*$",
    _I,
)
_DE_WHEN_I = re.compile(
    r"^(?:auch\s+)?wenn (?P<subj>ich|wir)\s+(?P<act>[^?,]{3,300}?)\s+(?P<verb>[a-zäöüß]+)"
    r"(?P<tail>\s*,[^?]*)?$",
    _I,
)
_EN_WHEN_I = re.compile(
    r"^(?:even\s+)?(?:if|when) (?P<subj>I|we) (?!am\b|'m\b|’m\b|are\b|'re\b|’re\b|was\b|were\b)"
    r"(?P<act>[a-z][^?]{2,300})$",
    _I,
)
# The reported rule as an act of the asker's: "I can put a campaign sign …", "dass ich an eine
# Partei spenden darf", "darf ich kein Parteisymbol … nutzen".
_DE_THAT_I = re.compile(
    r"^(?:dass\s+)?(?P<subj>ich|wir)\s+(?P<act>[^.?!]{3,300}?)\s+(?P<modal>darf|dürfen|kann|können)"
    r"\W*$",
    _I,
)
# A reported restriction: "… shouldn't be listed", "… need Legal's approval", "… nur …".
_RESTRICTS = re.compile(
    r"n['’]t\b|\b(?:not|never|no|must|need|needs|required?|requires|only|prohibit\w*|nicht|"
    r"kein\w*|nie|nur|muss|müssen|verboten|untersagt)\b",
    _I,
)
# A word of the question that points back at what the sentence before it said.
_POINTS_BACK = re.compile(
    r"\b(?:there|it|this|these|those|them|such|the same|that(?=\s*[?.,!]|\s+(?:too|also|one)\b)|"
    r"dort|dies\w*|es|damit|davon|dabei|dafür|darüber|das(?!\s+(?:\w+\s+)?[A-ZÄÖÜ]))\b",
    _I,
)


def quoted(question: str) -> str:
    """ "The policy says EveryoneSocial content is pre-approved. Does that mean I can post the
    customer story I found there?" asks "Can I post the customer story I found there?" with the
    reported rule as its scene; "The FAQ says I can put a sign in my yard. Does that also hold
    if I'm further restricted?" asks "Can I put a sign in my yard, if I'm further restricted?".
    What the asker reports of the guideline is their reading, not a fact of the case: a
    question that stands on its own ("The authorship section says editors aren't authors. Can I
    thank my editor at the bottom of the post?") is asked without it. Any other text
    unchanged."""
    parts = _sentences(question)
    lead = _QUOTE_LEAD.match(parts[0]) if len(parts) > 1 else None
    if lead is None or not parts[-1].rstrip().endswith("?"):
        return question
    said, scene, last = parts[0], parts[1:-1], parts[-1]
    means = _MEANS.match(last)
    if means is not None:
        if means.group("dact"):
            subj = means.group("dsubj").lower()
            asked = f"{_modal(subj, means.group('dmodal'))} {subj} {means.group('dact')}?"
        else:
            subj = (means.group("subj") or means.group("subj2") or "I").lower()
            asked = f"Can {'we' if subj == 'we' else 'I'} {means.group('act')}?"
        return " ".join([said, *scene, asked])
    extends = _EXTENDS.match(last)
    if extends is not None:
        extended = _extended(said[lead.end() :], extends.group("case").strip(" ,"))
        return question if extended is None else " ".join([*scene, extended])
    if not _RESTRICTS.search(said[lead.end() :]) or any(map(_POINTS_BACK.search, parts[1:])):
        # A reported yes or fact names the matter ("… says guest authors are welcome. May a
        # friend from another agency write for the blog?"); a reported no is told to set the
        # question apart from it ("… shouldn't be listed as authors. Can I thank my editor
        # instead?"), and its words would draw that no onto the question, unless the question
        # points back at it ("Can I use it in a footnote?").
        return question
    asked = re.sub(r"^\W*so\s*,?\s*", "", last, flags=_I)
    return " ".join([*scene, asked[:1].upper() + asked[1:]])


def _extended(rule: str, case: str) -> str | None:
    """The question a reported rule and the case asked about ask together; None when neither
    names an act of the asker's."""
    german = _DE_WHEN_I.match(case)
    if german is not None:
        # "Gilt das auch, wenn ich unter einen Post schreibe, …?" asks "Darf ich … schreiben?"
        asked = _may_i(german.group("subj"), german.group("act"), german.group("verb"))
        return f"{asked}{german.group('tail') or ''}?"
    english = _EN_WHEN_I.match(case)
    if english is not None:
        return f"Can {english.group('subj')} {english.group('act')}?"
    rule = rule.strip().rstrip(".!")
    that_i = _DE_THAT_I.match(rule)
    if that_i is not None:
        subj = that_i.group("subj").lower()
        asked = f"{_modal(subj, that_i.group('modal'))} {subj} {_without_kein(that_i.group('act'))}"
    else:
        restated = _restated(rule)
        if restated is None or not re.match(
            r"^(?:can|darf|kann|dürfen|können) (?:I|we|ich|wir)\b", restated, _I
        ):
            return None
        asked = restated.rstrip("?")
    return f"{asked}, {case}?" if case else f"{asked}?"


# "Can I keep a photo of my husband, who is running for mayor, on my desk?": who someone is
# told in passing, between commas.
_WHO_IS = re.compile(
    r"^(?P<head>[^?]*?\b(?P<who>(?:my|our|a|an) (?:[\w-]+ ){0,2}?[\w-]+)),\s*who\s+"
    r"(?P<told>[^,?]{3,160}),\s*(?P<tail>[^?]*\?+)\s*$",
    _I,
)
# How someone stands to the asker ("who doesn't report to me") is part of what is asked.
_TO_THE_ASKER = re.compile(r"\b(?:me|my|I|us|our|not|never)\b|n['’]t\b", _I)


def scene_first(question: str) -> str:
    """ "Can I keep a photo of my husband, who is running for mayor, on my desk at work?" tells
    the scene and asks: "My husband is running for mayor. Can I keep a photo of my husband on my
    desk at work?", so what is asked about is the act, and who he is the scene (as when the
    question tells it first). Only the last sentence is read. Any other text unchanged."""
    return last_sentence(question, _scene_first)


def _scene_first(sentence: str) -> str | None:
    told = _WHO_IS.match(sentence)
    if told is None or _TO_THE_ASKER.search(told.group("told")):
        return None
    who = told.group("who")
    return (
        f"{who[0].upper()}{who[1:]} {told.group('told')}. {told.group('head')} {told.group('tail')}"
    )


# The places a post is made, beside the platforms retrieval knows.
_MEDIA = "|".join((*PLATFORM_NAMES, "blog", "discord", "slack", "whatsapp"))
# How few or whom a post reaches: "My Instagram is private and only close friends see it.",
# "My account only has 40 followers.", "Meinen Blog lesen nur ein paar enge Freunde."
_SMALL_AUDIENCE = re.compile(
    r"\b(?:private|locked|protected|closed|invite-only|close friends|hardly anyone"
    r"|(?:only|just) (?:has |have |gets |get )?(?:about |around |maybe )?(?:\d+|a few|a handful"
    r"|a couple|my (?:close |closest )?(?:friends|family))"
    r"|\d+ (?:followers|members|people|readers|subscribers)"
    r"|privat\w*|geschlossen\w*|nur (?:meine|mein|ein paar|wenige|\d+)|enge[nr]? Freund\w*"
    r"|\d+ (?:Follower\w*|Mitglieder\w*|Leute|Leser\w*))\b",
    _I,
)
# … said of an account, a group or the people who read it, not of the act.
_AUDIENCE_NOUN = re.compile(
    r"\b(?:account|profile|group|server|channel|chat|followers|friends|family|readers|members"
    r"|audience|people|story|stories|blog|page|feed|Konto|Account|Profil|Gruppe|Kanal"
    r"|Follower\w*|Freund\w*|Familie|Leser\w*|Mitglieder\w*|" + _MEDIA + r")\b",
    _I,
)
# A sentence that tells what the asker means to do is part of the act, not its audience.
_TELLS_THE_ACT = re.compile(
    r"\b(?:I(?:'d| would)? (?:only |just )?(?:want|like|plan|intend|am going)"
    r"|I'm (?:only |just )?(?:going|planning|thinking)"
    r"|ich (?:will|möchte|würde|plane|habe vor))\b|[\"“„]",
    _I,
)
# … told of the asker's own account, group or readers ("My Instagram is …", "Only my family …",
# "It's a private group …"), not of what someone did ("My teammate posted … on her private
# Instagram", "Eine Journalistin hat mir eine private Nachricht geschrieben").
_OWN_AUDIENCE_FIRST = re.compile(
    r"^\W*(?:my|our|it's|it is|this is|that's|the|only|just|mein\w*|unser\w*|nur|es ist|das ist"
    r"|(?:in|on) (?:a|an|my|our|einer|einem|meiner|meinem|unserer|unserem))\b",
    _I,
)
_SOMEONE_DID = re.compile(
    r"\b(?:posted|wrote|sent|shared|messaged|emailed|DMed|asked|told|invited|tagged|published"
    r"|gepostet|geschrieben|geschickt|geteilt|gefragt|eingeladen|markiert|veröffentlicht)\b",
    _I,
)
# The question points back at the place the sentence named ("Can I share it there?"), or asks
# whether the guideline reaches that audience at all.
_ASKS_ABOUT_THE_PLACE = re.compile(
    r"\b(?:there|in it|on it|in that|in this group|apply|applies|count|covered|dort|da|darin"
    r"|dorthin|gilt|gelten|zählt)\b",
    _I,
)
_WORDS = re.compile(r"[^\W\d_]+")
# Where a post is made: "My Instagram", "our team blog", "a private Facebook group".
_MEDIUM = re.compile(
    r"\b(?:(?:my|our|mein\w*|unser\w*)\s+)?(?:[\w-]+\s+)?(?:" + _MEDIA + r")"
    r"(?:\s+(?:account|group|profile|server|page|Konto|Gruppe|Profil))?\b",
    _I,
)


def audience_told(question: str) -> str:
    """ "My Instagram is private and only close friends see it. Can I post a photo of this
    quarter's revenue numbers?" asks "Can I post a photo of this quarter's revenue numbers?":
    however few read a post, the guideline's answer for the act is the same (GitLab's policy
    names private groups and direct messages in its scope), and the sentence's words ("private",
    "friends") draw clauses about privacy and colleagues onto the question. Kept when the
    question points back at the place it names ("Can I share it there?") or asks whether the
    guideline covers it. Any other text unchanged."""
    parts = _sentences(question)
    if len(parts) < 2 or not parts[-1].rstrip().endswith("?"):
        return question
    asked = parts[-1]
    if _ASKS_ABOUT_THE_PLACE.search(asked) or len(_WORDS.findall(asked)) < 5:
        return question
    kept: list[str] = []
    for part in parts[:-1]:
        if (
            part.rstrip().endswith("?")
            or not _OWN_AUDIENCE_FIRST.search(part)
            or _SOMEONE_DID.search(part)
            or not _SMALL_AUDIENCE.search(part)
            or not _AUDIENCE_NOUN.search(part)
            or _TELLS_THE_ACT.search(part)
        ):
            kept.append(part)
        elif (medium := _MEDIUM.search(part)) is not None and not _MEDIUM.search(asked):
            # Where it is posted stays a fact of the case: "Our team blog." for "Our team blog
            # only has a few dozen readers."
            kept.append(f"{medium.group(0)[:1].upper()}{medium.group(0)[1:]}.")
    if kept == parts[:-1]:
        return question
    return " ".join([*kept, asked])


# How the asker's name is kept off what they do: "without putting my own name on them", "sign it
# with a pen name", "unter einem Pseudonym", "ohne meinen Namen zu nennen".
_NAME_KEPT_OFF = re.compile(
    r",?\s+(?:and\s+)?(?:sign(?:ed|ing)?\s+(?:it|them)\s+)?(?:under|with|using)\s+"
    r"(?:a|an|my)\s+(?:pen name|pseudonym|fake name|made-up name|alias)\b"
    r"|,?\s+without\s+(?:putting\s+|using\s+|showing\s+|giving\s+|signing\s+)?my\s+(?:own\s+|real\s+)?"
    r"name\b(?:\s+(?:on\s+(?:it|them)|being\s+(?:public|shown|used|known)|attached))?"
    r"|,?\s+unter\s+(?:einem\s+|meinem\s+)?(?:Pseudonym|Decknamen|falschen\s+Namen)\b"
    r"|,?\s+ohne\s+(?:meinen\s+)?(?:echten\s+)?Namen\b(?:\s+zu\s+nennen)?",
    _I,
)


def unnamed(question: str) -> str:
    """ "Can I circulate nominating petitions without putting my own name on them?" asks "Can I
    circulate nominating petitions?": keeping one's name off an act changes nothing a guideline
    says of it, and "name" would draw clauses about where a name may appear. Any other text
    unchanged."""
    return _NAME_KEPT_OFF.sub("", question)


_LANGUAGES = (
    r"English|German|Spanish|French|Italian|Portuguese|Dutch|Polish|Turkish|Vietnamese|Chinese|"
    r"Japanese|Korean|Arabic|Russian|Ukrainian|Hindi|Tagalog"
)
_SPRACHEN = (
    r"Englisch|Deutsch|Spanisch|Französisch|Italienisch|Portugiesisch|Niederländisch|Polnisch|"
    r"Türkisch|Vietnamesisch|Chinesisch|Japanisch|Koreanisch|Arabisch|Russisch|Ukrainisch"
)
# The language something is in: "into Spanish", "a Spanish version of", "a Spanish-language
# reporter", "auf Englisch", "ins Türkische", "eine spanische Übersetzung".
_IN_A_LANGUAGE = re.compile(
    rf"\s+(?:into|in)\s+(?:{_LANGUAGES})\b(?!-)"
    rf"|\b(?:{_LANGUAGES})(?:-language)?\s+(?=(?:translation|version|edition|subtitles)\b)"
    rf"|\b(?:{_LANGUAGES})-language\s+"
    rf"|\s+(?:auf|in)\s+(?:{_SPRACHEN})\b(?!-)"
    rf"|\s+ins\s+(?:{_SPRACHEN})e\b"
    rf"|\b(?:{_SPRACHEN})(?:e|en|er|es|em)?\s+(?=(?:Übersetzung|Fassung|Version|Untertitel)\w*\b)"
    rf"|\b(?:{_SPRACHEN})sprachig\w*\s+",
    _I,
)


def in_any_language(question: str) -> str:
    """ "Can I translate our case study into Spanish and share it?" asks what "Can I translate
    our case study and share it?" asks: the language a post is in changes nothing a guideline
    says of what it shares, and a language's name only draws the embedding away. Any other
    text unchanged."""
    return _IN_A_LANGUAGE.sub("", question)


def unshouted(message: str) -> str:
    """ "DARF ICH FÜR MEINEN KANDIDATEN SPENDEN?!" is read as "Darf ich für meinen kandidaten
    spenden?!": how loudly it is asked changes nothing, and in capitals every word looks like a
    name or an acronym to the rules that read case. Only a message mostly in capitals is
    lowered (then each sentence and "I" start upper case again); any other text unchanged."""
    letters = [c for c in message if c.isalpha()]
    if len(letters) < SHOUTED_MIN_LETTERS or sum(c.isupper() for c in letters) < (
        SHOUTED_SHARE * len(letters)
    ):
        return message
    lowered = re.sub(
        r"(^\W*|[.!?]\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), message.lower()
    )
    return re.sub(r"\bi\b(?!\.)", "I", lowered)


SHOUTED_MIN_LETTERS = 12  # "OK?" or "GTLB" is no shouting
SHOUTED_SHARE = 0.7  # … and a message with a few words in capitals keeps them
