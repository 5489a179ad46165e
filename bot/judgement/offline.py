"""The offline judge: deterministic verdicts from retrieved clauses and draft detectors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from bot.judgement import texts
from bot.judgement.alternatives import set_aside
from bot.judgement.assessment import (
    ASK_US,
    ON_ONES_OWN,
    Assessment,
    about_what_is_not_public,
    about_what_is_out,
    approval_granted,
    assess,
    bare_item,
    does_as_told,
    exception_met,
    heading_unasked,
    keeps_back_non_public,
    qualifier_met,
    rules_the_premise,
    skips_step,
)
from bot.judgement.audience import Label, last_label
from bot.judgement.comparisons import compared
from bot.judgement.confirmation import (
    affirmed,
    after_the_fact,
    announced,
    audience_told,
    elliptical,
    hypothesis,
    in_any_language,
    indirect,
    intended,
    on_behalf,
    plain_words,
    quoted,
    restate,
    scene_first,
    unnamed,
    unshouted,
)
from bot.judgement.detectors import (
    TOPIC_QUERIES,
    TOPIC_TERMS,
    Hit,
    Kind,
    detect,
    names_workplace,
)
from bot.judgement.meaning import MeaningNet
from bot.judgement.modality import (
    about_communication,
    another_matter,
    answer_polarity,
    asked_subject,
    asks_own_step,
    asks_permission,
    most_restrictive,
    own_run_unanswered,
    restrictiveness,
    sentence_effect,
)
from bot.judgement.permission import permission_asked
from bot.judgement.quotes import BRIDGED_SHARE, TermWeight, sentences
from bot.judgement.register import Register
from bot.judgement.spelling import respell
from bot.knowledge.owners import Owners
from bot.language import detect_language
from bot.models import Clause, Decision, Effect, Finding, SearchHit, Span, Verdict
from bot.retrieval.hybrid import HybridRetriever
from bot.retrieval.lexical import PLATFORM_NAMES, PLATFORMS, tokenize

MAX_QUERY_CHARS = 2000  # what retrieval reads of a long draft; detectors read all of it
ADVISORY = {Kind.BROADCAST}  # worth fixing, but no clause turns on it
ALLOW_DENSE_RANK = 4  # a "yes" needs a clause the embedding also ranks near the top
MET_ONLY_DENSE_RANK = 8  # … or this near, when the question states its "only …" condition
OTHER_MATTER_RANK = 10  # … and both retrievers' rank for the next one when the first is off
DRAFT_DENSE_RANK = 15  # … and a draft's yes, on a clause the fusion ranks first, one within reach
LEXICAL_MARGIN = 1.3  # BM25 lead over the next clause that makes a word match a candidate
OFFICIAL_THING_RANK = 10  # … and a no for the government's car this near, for a yes for one's own
STANDOUT_FAR_DENSE_RANK = 20  # a rule on non-public matters this far down needs the asker's words
MET_YES_LEAD = 2.0  # … a yes whose "only …" condition the question states, times the top's fit
RUNNER_UP_FIT = 0.75  # a stricter runner-up must speak to the question about as closely
INFORMED_RUNNER_UP_FIT = 0.6  # … as the top clause, or this closely when the top states no rule
LIMIT_SHARE = 1.0  # a restriction must add a word as telling as the best one the yes covers
TWIN_OVERLAP = 0.5  # share of heading words two clauses on the same matter have in common
MEANING_NO_FIT = 0.4  # … and a no the embedding ranks first, a share of the yes's fit
FAR_RULE = 2  # a draft's deciding rule must be among the best this many for one retriever
RULE_BESIDE = 3  # … a draft's informative top clause yields to a rule among the first three,
RULE_BESIDE_DENSE = 5  # the third one only if the embedding ranks it this near too
LEFT_OUT_FIT = 0.5  # a rule that keeps less than this share of its fit without the left-out words
RULE_BESIDE_FIT = 0.5  # … and only if its words fit the draft at least half as well
_RESTRICTING = (Effect.PROHIBITS, Effect.REQUIRES_APPROVAL)  # the effects that stop a yes
TOPIC_POOL = 10  # a kind's topic query's nearest clauses, read for a rule that names the matter
POOL = 40  # hits read for a lexical standout the fused top five may have missed
FURTHER_QUESTIONS = 3  # further questions of one message judged alone (a pasted FAQ asks dozens)
_WORD = re.compile(r"[^\W\d_]{2,}")
_URL = re.compile(r"https?://\S+|www\.\S+")


@dataclass(frozen=True)
class Query:
    """A question or draft as retrieval read it: its own words and the glossary's bridges, and
    the clauses already assessed for it (several steps of one verdict weigh the same clause)."""

    text: str
    groups: tuple[tuple[str, ...], ...] = ()  # the bridged terms, one tuple per glossary entry
    assessed: dict[str, Assessment] = field(default_factory=dict, compare=False)
    draft: bool = False  # a post to check, not a question about one

    @property
    def bridged(self) -> str:
        return " ".join(dict.fromkeys(term for group in self.groups for term in group))

    @cached_property
    def asking(self) -> str:
        """The sentence that asks, for a question that sets a scene first; "" for a draft."""
        return "" if self.draft else _asking_sentence(self.text)


_CONCEDED = re.compile(
    r"\b(?:even (?:when|if|though|while)|auch wenn|selbst wenn)\b[^,.;?]*"
    # "prohibits … soliciting … at all times": whenever one does it, so no time it limits
    r"|\b(?:at (?:all|any) times?|jederzeit|zu jeder Zeit)\b",
    re.IGNORECASE,
)


def _close_runner_up(top: SearchHit, hit: SearchHit) -> bool:
    """Near the top for both retrievers with comparable term overlap, or far more term overlap
    at almost the same meaning: either way, a clause the verdict must weigh."""
    top_lex, lex = top.lexical_score or 0.0, hit.lexical_score or 0.0
    dense_gap = (top.dense_score or 0.0) - (hit.dense_score or 0.0)
    agreed = (hit.dense_rank or 99) <= 3 and (hit.lexical_rank or 99) <= 3
    comparable = lex >= 0.5 * top_lex
    dominant = lex >= 2 * top_lex > 0 and dense_gap <= 0.03
    return (agreed and comparable) or dominant


def _lexical_standout(
    pool: list[SearchHit], own_first: Callable[[], str | None] | None = None
) -> SearchHit | None:
    """The clause that shares far more of the question's words than any other, even when the
    embedding misses it (a long clause whose list names the very thing asked about)."""
    by_rank = {h.lexical_rank: h for h in pool if h.lexical_rank is not None}
    first, second = by_rank.get(1), by_rank.get(2)
    if first is None or first.lexical_score is None:
        return None
    runner_up = second.lexical_score if second and second.lexical_score else 0.0
    if (
        first.dense_rank is None
        and own_first is not None
        and own_first() not in (None, first.clause.clause_id)
    ):
        # Not among the embedding's candidates, and first only by the glossary's words: a
        # coincidence ("stand" from the bridged "Messestand" in "GitLab's standing").
        return None
    return first if first.lexical_score >= LEXICAL_MARGIN * runner_up else None


def _unasked_non_public_rule(standout: SearchHit, question: str) -> bool:
    """A rule that keeps back only what is not public ("Always use discretion when posting …
    aren't sharing any non-public information"), standing out for a question that names nothing
    not public by the glossary's words alone ("Beitrag" read as "post", "veröffentlichen" as
    "publish": it shares none of the question's own) while the embedding ranks it far down: a
    coincidence, not the rule on it."""
    return (
        (standout.dense_rank or 99) > STANDOUT_FAR_DENSE_RANK
        and keeps_back_non_public(standout.clause.text)
        and not about_what_is_not_public(question)
        and not set(tokenize(question)) & set(tokenize(standout.clause.text))
    )


# "Examples of permitted activities that constitute political campaigning include: initiating
# or circulating nominating petitions; canvassing votes …": a list of what is allowed.
_PERMITTED_EXAMPLES = re.compile(
    r"\b(?:examples of (?:permitted|allowed|acceptable)|Beispiele für (?:erlaubte|zulässige))\b"
    r"[^.:]{0,80}?\b(?:include|includes|sind|gehören)\b:?(?P<items>[^.]+)",
    re.IGNORECASE,
)


def _named_as_permitted(permit: Assessment, question: str) -> bool:
    """The yes's clause lists the act the question asks about among its permitted examples, in
    so many words ("circulating nominating petitions" for "Can I circulate nominating petitions
    …?"): as telling as a stated "only …" condition."""
    asked = set(tokenize(question))
    for listed in _PERMITTED_EXAMPLES.finditer(permit.clause.text):
        for item in re.split(r";|,|\band\b|\bor\b|\bund\b|\boder\b", listed.group("items")):
            # (each word by any of its forms: "circulating" is asked as "circulate")
            words = [forms for word in item.split() if (forms := set(tokenize(word)))]
            if len(words) >= 2 and all(forms & asked for forms in words):
                return True
    return False


def _premise_met(permit: Assessment, question: str) -> bool:
    """A yes made of a rule whose asked-for approval the question says was given, or whose
    exception ("unless you … are explicitly authorized") it says holds."""
    return permit.conditions == [permit.quote] and (
        approval_granted(permit.quote, question) or exception_met(permit.quote, question)
    )


# "This Policy does not apply to anonymous workplace review platforms, such as Glassdoor, …"
_POLICY_OUT = re.compile(
    r"\b(?:policy|policies|guidelines?|Leitlinien?|Richtlinien?)\W+(?:does|do)\W+not\W+apply\W+"
    r"to\b(?P<what>[^.;]+)|\b(?:Leitlinien?|Richtlinien?)\W+(?:gilt|gelten)\W+nicht\W+für\b"
    r"(?P<was>[^.;]+)",
    re.IGNORECASE,
)
_NAMED_EXAMPLES = re.compile(r"\b(?:such as|like|e\.g\.|including|etwa|wie)\b(?P<named>.+)", re.I)


def _outside_the_policy(relevant: list[Assessment], question: str) -> list[Assessment]:
    """A question about what a policy says it does not apply to, by a name it gives ("… on
    Glassdoor" for "This Policy does not apply to … review platforms, such as Glassdoor"), is
    not ruled by that policy's other clauses ("Respect colleagues' privacy …" for a scene with a
    former colleague's review); other documents, and what the question names outright, still
    speak."""
    for outside in relevant:
        found = _POLICY_OUT.search(outside.quote) if outside.effect is Effect.PERMITS else None
        if found is None:
            continue
        what = found.group("what") or found.group("was")
        examples = _NAMED_EXAMPLES.search(what)
        named = set(tokenize(examples.group("named") if examples else what))
        if not named & set(tokenize(question)):
            continue
        doc = outside.clause.doc_id
        return [outside] + [
            a for a in relevant if a is not outside and (a.detected or a.clause.doc_id != doc)
        ]
    return relevant


# A rule against predicting: "must not speculate or add forward-looking statements".
_FORWARD_RULE = re.compile(
    r"\bforward-looking\b|\bspeculat\w*|\bzukunftsbezogen\w*|\bspekulier\w*",
    re.IGNORECASE,
)
# A question that predicts, guesses or looks ahead in what it would post.
_PREDICTS = re.compile(
    r"[’']ll\b|\b(?:will|won[’']t|going to|gonna|expect\w*|predict\w*|forecast\w*|project\w* that|"
    r"speculat\w*|guess\w*|rumou?r\w*|bet|future|upcoming|next (?:year|quarter|month|release)|"
    r"outlook|forward-looking|likely|probably|might|soon|wird|werden|erwart\w*|prognos\w*|"
    r"spekulier\w*|vermut\w*|Gerücht\w*|Zukunft|nächste[nms]? (?:Jahr|Quartal|Monat)|bald|"
    r"wahrscheinlich)\b",
    re.IGNORECASE,
)


def _no_forecast_asked(relevant: list[Assessment], question: str) -> list[Assessment]:
    """A question that predicts nothing is not ruled by a rule against predicting, however its
    own time is set ("Once the lawsuit is settled, can I tweet about how it went?" reads as
    future to the embedding; the rule on legal matters beside it answers)."""
    if _PREDICTS.search(question):
        return relevant
    kept = [
        a
        for a in relevant
        if a.detected or not _FORWARD_RULE.search(f"{a.clause.heading}\n{a.quote}")
    ]
    return kept or relevant


def _met_yes_first(
    relevant: list[Assessment], query: Query, pool: list[SearchHit] | None = None
) -> list[Assessment]:
    """A yes whose "only …" condition the question itself states ("… das steht so in der
    veröffentlichten Fallstudie" for "Only share customer information from published case
    studies") and that fits it far better than the clause on top answers it; the clause on top
    only shares its general words ("Do not use social media to speak on GitLab's behalf", or a
    yes for "published financial results" when the question shares "published case studies")."""
    top = relevant[0]
    if top.effect is Effect.PERMITS and qualifier_met(top.quote, query.text, query.bridged):
        return relevant  # the top's own condition is met: nothing to put before it
    for other in relevant[1:]:
        if top.effect not in _RESTRICTING and not (
            (rank := _dense_rank(pool or [], other)) is not None and rank <= MET_ONLY_DENSE_RANK
        ):
            continue  # a yes gives way only to one the embedding ranks near enough to be said
        if (
            other.effect is Effect.PERMITS
            and other.fit >= MET_YES_LEAD * top.fit
            and qualifier_met(other.quote, query.text, query.bridged)
        ):
            return [other] + [a for a in relevant if a is not other]
    return relevant


def _clearly_better_rule(
    top: Assessment, others: list[Assessment], ruled: set[str]
) -> Assessment | None:
    """Of two rules on what the question names, the one that fits it clearly better decides,
    as a stricter one that fits about as well would: "Do not use the GitLab logo as your profile
    picture" for a customer's logo in a post, beside "Company logos … requiring explicit
    permission before use". `ruled` holds the question's words the top rule's quote speaks to;
    the better one must speak to all of them too."""
    if top.effect not in _RESTRICTING or not ruled:
        return None
    for other in others:
        if (
            other.effect in _RESTRICTING
            and RUNNER_UP_FIT * other.fit > top.fit > 0
            and _speaks_to_all(other, ruled)
        ):
            return other
    return None


def _speaks_to_all(assessment: Assessment, ruled: set[str]) -> bool:
    """Whether a clause speaks to every word of the question a rule does, anywhere in it (its
    list of examples may name them)."""
    clause = assessment.clause
    return ruled <= set(tokenize(f"{clause.heading}\n{assessment.quote}\n{clause.text}"))


def _ruling_fits(hit: SearchHit) -> bool:
    """A person already decided this very question: their ruling answers it, whatever its topic."""
    return (
        hit.clause.doc_id == "rulings"
        and (hit.dense_rank or 99) == 1
        and (hit.lexical_rank or 99) <= 2
    )


def _heading_fits(hit: SearchHit, question: str) -> bool:
    """A clause both retrievers rank in their top three whose heading names two of the
    question's words ("Can I hold party office?" for "run for an office within my party") covers
    it, even when the question has no word of communication in it."""
    if (hit.dense_rank or 99) > 3 or (hit.lexical_rank or 99) > 3:
        return False
    shared = (set(tokenize(question)) - _ASKING) & set(tokenize(hit.clause.heading))
    return len(shared) >= 2


def _agreed_over_worded(relevant: list[Assessment], pool: list[SearchHit]) -> list[Assessment]:
    """For a post: a top clause both retrievers rank in their first two is not overruled by a
    stricter one only the words put near it, far down the embedding's list ("This week's guest is
    the GSA Administrator" and "Posts from guest authors will have to go through … approval")."""
    ranks = {h.clause.clause_id: h for h in pool}
    top = ranks.get(relevant[0].clause.clause_id)
    if top is None or (top.dense_rank or 99) > 2 or (top.lexical_rank or 99) > 2:
        return relevant
    return [relevant[0]] + [
        a
        for a in relevant[1:]
        if a.clause.clause_id not in ranks
        or (ranks[a.clause.clause_id].dense_rank or 99) <= RULE_BESIDE_DENSE
    ]


def _names_the_yes(question: str, yes_heading: str, no_heading: str, weight: TermWeight) -> bool:
    """The question names words of the yes's heading that the no's lacks, together as telling
    as its most telling word ("donations the party has already received" and "… duties related
    to funds already received by the party" beside the tiered fundraiser's no): it asks the
    yes's very question. "work" and "campaign" alone are not that."""
    own = set(tokenize(yes_heading)) - set(tokenize(no_heading)) - _ASKING
    named = {w for w in set(question.lower().split()) if set(tokenize(w)) & own}
    said = sum(max(weight(t) for t in tokenize(w)) for w in named)
    return len(named) >= 2 and said >= max((weight(t) for t in tokenize(question)), default=0.0)


def _answers_heading(
    assessment: Assessment, asked: set[str], weight: TermWeight, *, yes: bool
) -> bool | None:
    """For a Q&A clause read by its answer ("Yes." / "No." to its heading's question): whether
    the question names that heading's most telling word. None for any other clause."""
    heading = assessment.clause.heading
    polarity = answer_polarity(assessment.clause.text, heading)
    if polarity is not (Effect.PERMITS if yes else Effect.PROHIBITS):
        return None
    if not heading.rstrip().endswith("?"):
        return None
    return not heading_unasked(heading, asked, weight)


def _dense_rank(hits: list[SearchHit], assessment: Assessment) -> int | None:
    return next(
        (h.dense_rank for h in hits if h.clause.clause_id == assessment.clause.clause_id), None
    )


def _own_group_first(
    pool: list[SearchHit], assessed: Callable[[Clause], Assessment]
) -> list[SearchHit]:
    """ "Further Restricted Employees: Yes." is no answer for one who says they are less
    restricted: a clause near the top written only for another group makes way."""
    return [h for h in pool[:5] if not assessed(h.clause).elsewhere] + pool[5:]


def _limit_candidates(pool: list[SearchHit]) -> list[SearchHit]:
    """Where a restriction on the rest of a question may stand: near the top by fusion, or
    among the best two by the question's own words ("strategic plans" in a long list)."""
    return pool[:5] + [h for h in pool[5:] if (h.lexical_rank or 99) <= 2]


def _draft_evidence_rank(hits: list[SearchHit], assessment: Assessment) -> int | None:
    """For a draft no detector objects to, the yes rests on no single rule: a clause the
    embedding or the fused ranking puts near the top is evidence enough, as long as the
    embedding does not place it far down (then only shared words found it, and what the draft
    is about went unrecognised: "Spenden bitte hier …" matched a clause on making donations)."""
    dense = _dense_rank(hits, assessment)
    if (dense or 99) > DRAFT_DENSE_RANK:
        return None
    ranks = [dense] + [
        i for i, h in enumerate(hits, 1) if h.clause.clause_id == assessment.clause.clause_id
    ]
    return min((r for r in ranks if r is not None), default=None)


def _far_rule(pool: list[SearchHit], deciding: Assessment) -> bool:
    """A rule that decides a draft no detector objects to only by fusion, with neither the
    embedding nor the words ranking it among their best: it is about something else ("you may
    not respond … on behalf of the Company" for "our team offsite was great, thanks all").
    Measured on 724 corpora cases: three wrong answers fewer, one no became a needs-approval."""
    if deciding.effect not in _RESTRICTING:
        return False
    hit = next((h for h in pool if h.clause.clause_id == deciding.clause.clause_id), None)
    return hit is not None and min(hit.dense_rank or 99, hit.lexical_rank or 99) > FAR_RULE


# "after work", "on my own time": where a post says it happened away from work …
_OFF_WORK = re.compile(
    r"\b(?:after work|off[- ]duty|on my own time|(?:on|on the|this|over the|at the) weekends?|"
    r"on (?:my|a|his|her) days? off|in the evenings?|at night|after hours|abends|am Abend|nachts|"
    r"an (?:meinen|einem) freien Tag(?:en)?|"
    r"(?:on (?:a )?|this )(?:Saturday|Sunday)s?|on (?:vacation|annual leave)|"
    r"nach Feierabend|nach der Arbeit|am Wochenende|in meiner Freizeit|"
    r"außerhalb der (?:Dienstzeit|Arbeitszeit))\b",
    re.IGNORECASE,
)
# … a rule for the workplace does not reach it.
_AT_WORK = re.compile(
    r"\b(?:at work|on duty|in the workplace|in (?:your|my|the) (?:office|work ?space)|telework\w*|"
    r"videoconferenc\w*|"
    r"(?:federal|government) (?:room|building|office)|am Arbeitsplatz|im Dienst|im Büro)\b",
    re.IGNORECASE,
)


def _at_work_rule_off_work(deciding: Assessment, draft: str) -> bool:
    """A draft about what one did after work, ruled out only by a rule for the workplace
    ("Can I wear a partisan T-shirt while at work?" for "my campaign T-shirt at the gym after
    work"): the rule is about somewhere else."""
    at_work = _AT_WORK.search(f"{deciding.clause.heading}\n{deciding.quote}")
    return bool(deciding.effect in _RESTRICTING and at_work and _OFF_WORK.search(draft))


# "you may not respond to comments … on behalf of the Company": a rule for speaking for the
# organisation …
_FOR_THE_ORGANISATION = re.compile(
    r"\bon behalf of (?:the |our |a )?(?:company|agency|organi[sz]ation|employer|GSA|TTS|"
    r"(?-i:[A-Z]\w+))\b|\bim Namen (?:des|der|unseres|unserer) (?:Unternehmens|Firma|Behörde)\b",
    re.IGNORECASE,
)
# … does not reach a post that speaks only for its author.
_SPEAKS_FOR_IT = re.compile(
    r"\b(?:on behalf|behalf|officially|official|spokes\w*|for the (?:company|agency)|"
    r"representing|professional capacity|from @\w+|im Namen|offiziell\w*|Sprecher\w*)\b",
    re.IGNORECASE,
)


def _org_rule_personal_post(deciding: Assessment, draft: str) -> bool:
    """A draft no detector objects to, ruled out only by a rule for speaking on the
    organisation's behalf ("… may not respond to comments … on behalf of the Company" for "in
    Lisbon all week, DM me if you're around"): it speaks for nobody but its author."""
    scoped = _FOR_THE_ORGANISATION.search(deciding.quote)
    return bool(deciding.effect in _RESTRICTING and scoped and not _SPEAKS_FOR_IT.search(draft))


def _weak_yes_is_unclear(
    decision: Decision, dense_rank: int | None, allow_rank: int = ALLOW_DENSE_RANK
) -> Decision:
    """A "yes" on a clause only the word overlap found, not the meaning, is no yes."""
    if decision is Decision.ALLOWED and (dense_rank or 99) > allow_rank:
        return Decision.UNCLEAR
    return decision


# The words that make a question a question ("Darf ich …", "May I …") say nothing of its topic.
_ASKING = frozenset(
    tokenize("darf dürfen darfst kann können könnte may might can could allowed erlaubt okay ok")
)
# Words that stand in for what is left unsaid ("… stuffing envelopes, that kind of thing"): no
# matter a rule could limit, though a rule may use them too ("among other things").
_FILLER = frozenset(tokenize("thing things kind sort stuff something anything whatever"))
# The plain verbs of putting words out ("Can I write 'Engineer @gitlab' in my bio?", "add
# subtitles"): every rule on posts uses them too ("did not write the post", "add
# forward-looking statements"), so sharing one says nothing of the matter a rule limits.
_PLAIN_ACTS = frozenset(tokenize("write writing wrote add adding added put putting"))
# Auxiliaries and question words the short stop list keeps ("who's been at TTS for two weeks"):
# they tell nothing of the matter, yet as rare words they would let "if you've been asked to
# speak" limit a yes to pitch a blog post.
_FUNCTION_WORDS = frozenset(
    tokenize("been being have has had having do does did who whom whose which would")
)
# Whose it is ("my profile", "for my official email account") is no matter a rule limits; the
# word index keeps pronouns, so they are left out here.
_PERSONS = frozenset(
    tokenize(
        "i me my mine myself we us our ours you your yours he him his she her hers they them their "
        "theirs ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren"
    )
)


# The people a formal question asks for: "Are team members permitted …", "Is it permissible for
# staff to …", "Ist es Mitarbeitenden gestattet …".
_ASKED_FOR_WHOM = re.compile(
    r"^\W*(?:(?:are|may|can|must|should|do|does)\s+|is it \w+ for\s+|ist es\s+|dürfen\s+|"
    r"müssen\s+|sind\s+)(?:our\s+|all\s+|the\s+|federal\s+)?(?:employees|team members|"
    r"staff(?: members)?|workers|colleagues|Mitarbeitende\w*|Mitarbeiter\w*|Beschäftigte\w*|"
    r"Bundesbedienstete\w*)\b",
    re.IGNORECASE,
)


# "on my personal account": whose account, as "on my account" says; no matter a rule could
# limit ("avoid making any personalized statements").
_PERSONAL_ACCOUNT = re.compile(
    r"\b(?:personal|private|persönlich\w*|privat\w*)\s+(?=(?:social media\s+)?(?:account|accounts|"
    r"profile|profiles|page|handle|feed|Konto|Konten|Profil|Account|"
    + "|".join(PLATFORM_NAMES)
    + r")\b)",
    re.IGNORECASE,
)

# The office a candidate runs for ("a Senate candidate", "a presidential campaign"): which
# race it is limits nothing, and "Senate" would otherwise meet a rule for those the Senate
# confirmed.
_OFFICE_SOUGHT = re.compile(
    r"\b(?:Senate|House|congressional|presidential|mayoral|gubernatorial)"
    r"(?=[\s-]+(?:candidate|campaign|race|seat|nominee)s?\b)",
    re.IGNORECASE,
)
# How one pays ("from my own bank account", "von meinem Girokonto"): no matter a rule limits,
# and "account" would otherwise meet a rule for an official e-mail account.
_PAID_FROM = re.compile(
    r"\b(?:from|with|out of|using|via|through)\s+(?:my|our)\s+(?:own\s+|personal\s+|private\s+)?"
    r"(?:bank account|checking account|savings account|bank|credit card|debit card|savings|"
    r"pocket|paycheck|wallet|money|funds)\b"
    r"|\b(?:von|vom|aus|mit)\s+(?:meinem|meiner|unserem|unserer|eigene[mnr]?|privaten?)\s+"
    r"(?:eigenen\s+|privaten\s+)?(?:Bankkonto|Girokonto|Konto|Kreditkarte|Geld|Tasche|"
    r"Ersparnissen)\b",
    re.IGNORECASE,
)


def _concepts(query: Query, weight: TermWeight) -> list[tuple[set[str], float]]:
    """What the question is about, one entry per word and per glossary bridge (its synonyms
    count once, at half weight): the stems that express it and how telling it is."""
    found: list[tuple[set[str], float]] = []
    own: set[str] = set()
    # "Are team members permitted to share …?" asks for the asker's kind, as "May I …?" does.
    text = _ASKED_FOR_WHOM.sub(" ", query.text, count=1)
    text = _PERSONAL_ACCOUNT.sub(" ", text)
    for word in _WORD.findall(text):
        stems = (
            set(tokenize(word)) - _ASKING - _FILLER - _FUNCTION_WORDS - _PERSONS - _PLAIN_ACTS
        ) - PLATFORMS
        if stems:
            own |= stems
            found.append((stems, max(weight(t) for t in stems)))
    for group in query.groups:
        stems = set(tokenize(" ".join(group))) - _ASKING - own
        if stems:
            found.append((stems, BRIDGED_SHARE * max(weight(t) for t in stems)))
    return [(stems, w) for stems, w in found if w > 0]


# "such as Glassdoor, Fishbowl, or Indeed": the named examples a rule is about.
_EXAMPLES = re.compile(
    r"\b(?:such as|like|e\.g\.,?|including|wie|etwa|z\. ?B\.)\s+"
    r"((?:[A-Z][\w.-]+(?:,\s*(?:or\s+|and\s+|oder\s+|und\s+)?|\s+(?:or|and|oder|und)\s+)?){1,8})"
)


_PLATFORM = re.compile(r"\b(" + "|".join(PLATFORM_NAMES) + r")\b", re.IGNORECASE)
# "review platforms, such as …": examples of places to post.
_PLACES = re.compile(
    r"\b(?:platforms?|sites?|networks?|services|channels?|forums?|apps?|Plattform\w*|Netzwerk\w*|"
    r"Kanäle?n?|Dienste?n?)\W*$",
    re.IGNORECASE,
)


# "… support honest reviews on those platforms": the platforms are named before.
_BACK_REFERENCE = re.compile(r"\b(?:those|these|such) (?:platforms|sites|services|channels)\b")


def _named_before(quote: str, text: str) -> str:
    """The quote, and the sentence before it when the quote points back to it."""
    if not _BACK_REFERENCE.search(quote):
        return quote
    found = sentences(text)
    at = next((i for i, sentence in enumerate(found) if quote in sentence), 0)
    return " ".join(found[max(at - 1, 0) : at + 1])


def _outside_examples(quote: str, question: str) -> bool:
    """The question names a platform that a sentence listing its platforms by name leaves out."""
    match = _EXAMPLES.search(quote)
    if match is None:
        return False
    named = {name.lower() for name in re.findall(r"[A-Z][\w.-]+", match.group(1))}
    if not (_PLATFORM.search(match.group(1)) or _PLACES.search(quote[: match.start()])):
        return False  # "resources like Unsplash" names where to get images, not where to post
    asked = {name.lower() for name in _PLATFORM.findall(question)}
    return bool(asked) and not asked & named


# "Can she publish it …?", "May my friend …?": the question asks for someone else.
_OTHER_PERSON = re.compile(
    r"\b(?:can|may|could|is|are|darf|kann|könnte)\s+(?:she|he|they|someone|somebody|jemand|"
    r"my (?:friend|neighbou?r|relative|sister|brother|partner)s?|sie|er|"
    r"mein\w* (?:Freund\w*|Bekannt\w*|Nachbar\w*|Schwester|Bruder))\b",
    re.IGNORECASE,
)
# "blogs that employees can publish to": a yes for the company's own people.
_OWN_PEOPLE = re.compile(
    r"\b(?:employees?|team members?|staff|Mitarbeit\w*|Beschäftigte\w*)\b", re.IGNORECASE
)


def _for_own_people_only(quote: str, question: str) -> bool:
    """A yes for employees answers nothing about someone else ("My friend works at the Census
    Bureau. Can she publish on our blog?"): whether an outsider may is for a person to say."""
    return bool(_OTHER_PERSON.search(_asking_sentence(question)) and _OWN_PEOPLE.search(quote))


def _grants_the_organisation(quote: str) -> bool:
    """A yes whose subject is the organisation ("GitLab may update this Policy …") is no yes
    for the asker: it answers a question about what the organisation may do ("Can GitLab change
    the policy …?") only as a fact, for a person to weigh, and grants the asker nothing."""
    granted = _ORGANISATION_MAY.match(quote)
    return granted is not None and granted.group(1).lower() not in _PEOPLE_SUBJECTS


def _for_oneself_only(heading: str, question: str) -> bool:
    """A yes headed by advice for oneself ("DO protect yourself") is none for sharing what
    belongs to someone else ("Can I post my coworker's phone number?")."""
    return bool(_ONESELF.search(heading) and _SOMEONE_ELSES.search(question))


_ONESELF = re.compile(r"\b(?:yourself|yourselves|dich selbst|sich selbst)\b", re.IGNORECASE)
_SOMEONE_ELSES = re.compile(
    r"\b(?:co-?workers?|colleagues?|teammates?|team members?|friends?|manager|boss|customers?|"
    r"clients?|neighbou?rs?)(?:'s|’s|s'|s’)"
    r"|\b(?:Kolleg(?:e|in|en)|Kunde|Kundin|Freund(?:in)?|Chef(?:in)?)s?\s+(?:\w+\s+)?(?:Adresse|"
    r"Telefonnummer|Handynummer|Geburtstag|Daten|Foto|Fotos)\b"
    r"|\b(?:Adresse|Telefonnummer|Handynummer|Geburtstag|Daten)\s+(?:meines|meiner|eines|einer)\s+"
    r"(?:Kolleg\w*|Kund\w*|Freund\w*|Chef\w*)"
    # … or someone named before by "her", "his", "ihre": "… before I share her phone number?"
    r"|\b(?:her|his|their|ihre[mnrs]?|seine[mnrs]?|deren|dessen)\s+(?:\w+\s+)?(?:(?:home |private "
    r"|personal |cell |mobile )?(?:address|phone(?: number)?|number|birthday|e-?mail(?: address)?)|"
    r"Adresse|Telefonnummer|Handynummer|Nummer|Geburtstag|E-Mail-Adresse|Daten)\b",
    re.IGNORECASE,
)


def _for_official_accounts_only(quote: str, question: str) -> bool:
    """A yes for official accounts ("From an official GSA account, tweets or retweets … are
    fine") is no yes for a post from the asker's personal account, nor for acting in one's
    official capacity without an official account ("Darf ich mich in meiner dienstlichen Rolle
    … in eine Kommentar-Diskussion einschalten?")."""
    return bool(
        _FROM_OFFICIAL.search(quote)
        and (
            _PERSONAL_ACCOUNT.search(question)
            or (_IN_OFFICIAL_CAPACITY.search(question) and not _OFFICIAL_ASKED.search(question))
        )
    )


# Acting in one's role at work, not from an account: "in my professional capacity as a GSA
# employee", "in meiner dienstlichen Rolle".
_IN_OFFICIAL_CAPACITY = re.compile(
    r"\b(?:(?:professional|official) capacity|in my (?:official|professional|work) role|"
    r"dienstlich\w*|in meiner (?:beruflichen|offiziellen) (?:Rolle|Funktion|Eigenschaft))\b",
    re.IGNORECASE,
)


# A question about an official account: "from the TTS account", "vom offiziellen Konto".
_OFFICIAL_ASKED = re.compile(
    r"\b(?:official|offiziell\w*)\b|\b(?:TTS|GSA|18F|agency|team|our|unser\w*)[- ]"
    r"(?:[\w-]+[- ])?(?:accounts?|Accounts?|Konto|Konten|handle|Profil|profile)\b",
    re.IGNORECASE,
)


def _for_own_property_only(heading: str, question: str) -> bool:
    """A yes for what the asker owns ("If I have a bumper sticker on my personal car, am I
    allowed to park …?") is none for the government's ("… on the government vehicle I drive for
    work?"): whether the same may go there is another question."""
    own = _thing_kinds(_OWN_THING, heading)
    if not own or _OWN_THING.search(question):
        return False
    return bool(own & _thing_kinds(_OFFICIAL_THING, question))


def _thing_kinds(pattern: re.Pattern[str], text: str) -> set[str]:
    """The kinds of thing ("vehicle", "computer") the pattern finds in the text."""
    return {_THING_KIND[m.group("thing").lower()] for m in pattern.finditer(text)}


# What an asker may own or be given for work, by kind: "car" and "vehicle" are one kind.
_THING_KIND = {
    "car": "vehicle", "vehicle": "vehicle", "truck": "vehicle", "computer": "computer",
    "laptop": "computer", "phone": "phone", "email": "email", "e-mail": "email",
}  # fmt: skip
_THINGS = r"(?P<thing>car|vehicle|truck|computer|laptop|phone|e-?mail)s?\b"
_OWN_THING = re.compile(
    r"\b(?:(?:my|his|her|their|your)\s+(?:own\s+)?(?:personal|private|privately[- ]owned)\s+|"
    r"(?:my|his|her|their|your)\s+own\s+|privately[- ]owned\s+)" + _THINGS,
    re.IGNORECASE,
)
_OFFICIAL_THING = re.compile(
    r"\b(?:government|official|agency|federal|work|company)(?:[- ]owned)?\s+" + _THINGS,
    re.IGNORECASE,
)


_FROM_OFFICIAL = re.compile(
    r"^\W*(?:From|On|Via|Von|Auf|Über)\s+(?:an?|the|einem|dem|den)\s+(?:official|offiziellen?)\b",
    re.IGNORECASE,
)


# "GitLab may …", "In situations like these, GitLab may request the removal …"
_ORGANISATION_MAY = re.compile(
    r"^\W*(?:(?:In|Under|For|At|Where)\b[^,]{0,40},\s*)?([A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)?)\s+"
    r"(?:may|can|reserves the right|darf|kann|behält)\b"
)
# Subjects that are the people a guideline speaks to, not the organisation.
_PEOPLE_SUBJECTS = frozenset(
    "you team employees staff members we i mitarbeiter mitarbeitende sie wir everyone "  # noqa: SIM905
    "anyone federal".split()
)


# "An employee who is a candidate … in a nonpartisan election is not barred from …": a yes for
# the people the relative clause describes.
_DESCRIBED = re.compile(
    r"^\W*(?:an?|the|any)\s+(?:\w+\s+){0,2}(?:employees?|persons?|individuals?|members?|"
    r"candidates?|officials?)\s+(?:who|that|whose)\s+(?P<who>[^,;:]{5,120}?)\s+(?:is|are|may|can)"
    r"\s+(?:not\s+)?(?:barred|prohibited|allowed|permitted|free|able|eligible|exempt)\b",
    re.IGNORECASE,
)


def _for_others_described(quote: str, query: Query, weight: TermWeight) -> bool:
    """A yes for people the clause describes answers a question that does not say the asker is
    one of them only if it names what sets them apart: its most telling word ("nonpartisan"
    in "an employee who is a candidate … in a nonpartisan election")."""
    match = _DESCRIBED.search(quote)
    if match is None:
        return False
    described = set(tokenize(match.group("who")))
    if not described:
        return False
    telling = max(described, key=weight)
    return telling not in set(tokenize(f"{query.text} {query.bridged}"))


# "Und darf …?", "And can …?", "Also, may …?": a further question asked in the same message.
_FURTHER = re.compile(r"^\W*(?:and|also|plus|und|außerdem|auch)\W+", re.IGNORECASE)


def _further_questions(message: str) -> list[str]:
    """Each question after the first in a message that asks for permission more than once, as
    it would be asked alone; [] for a message with one question."""
    parts = [p for p in re.split(r"(?<=[?])\s+", message.strip()) if _WORD.search(p)]
    asked = [p for p in parts if p.rstrip().endswith("?") and asks_permission(p)]
    if len(asked) < 2:
        return []
    return [_FURTHER.sub("", p, count=1) for p in asked[1 : 1 + FURTHER_QUESTIONS]]


def _asking_sentence(question: str) -> str:
    """The sentence that asks, when sentences before it set the scene ("My daughter is running
    for state assembly. Can I keep a photo of her on my desk?"): only what is asked about can
    meet a restriction the yes leaves out, not the circumstances told."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", question.strip()) if _WORD.search(p)]
    asking = [p for p in parts if p.rstrip().endswith("?")]
    sentence = (asking or parts or [question])[-1] if len(parts) > 1 else question
    # "To help recruiting, can I …?": the purpose, too, is told, not asked.
    return _PURPOSE_FIRST.sub("", sentence, count=1) or sentence


# A purpose before the question: "To help recruit engineers, can I …", "Um Kunden zu gewinnen,
# darf ich …".
_PURPOSE_FIRST = re.compile(
    r"^\s*(?:(?:In order )?[Tt]o\s[^,?]{3,80}?|Um\s[^,?]{3,80}?\bzu\s+\w+|Damit\s[^,?]{3,80}?),\s+"
    r"(?=(?:can|may|could|should|is it|am I|darf|kann|könnte|soll|ist es)\b)",
    re.IGNORECASE,
)


_APPROVER = re.compile(
    r"\b(?:approv\w*|sign-off|sign off|clearance|freigeb\w*|Freigabe|genehmig\w*|Genehmigung|"
    r"Zustimmung)\b",
    re.IGNORECASE,
)


def _approval_beside(
    top: Assessment, supporting: list[Assessment], question: str
) -> Assessment | None:
    """For a question about who approves or whether approval is needed, the approval a clause
    beside the top one names, when it fits the question about as closely ("#training-conferences
    … may need approval" beside "posting live from an event is fine"); None keeps the top one."""
    if top.effect is Effect.REQUIRES_APPROVAL or not _APPROVER.search(question):
        return None  # the top clause answers, as before
    for other in supporting[1:3]:
        if other.effect is Effect.REQUIRES_APPROVAL and other.fit >= RUNNER_UP_FIT * top.fit:
            return other
    return None


def _for_others(assessment: Assessment) -> bool:
    """A yes whose heading asks about someone else: "Can my spouse host a fundraiser?"."""
    return (
        assessment.effect is Effect.PERMITS and asked_subject(assessment.clause.heading) == "other"
    )


def _has_words(text: str) -> bool:
    return bool(_WORD.search(_URL.sub(" ", text)))


class OfflineJudge:
    """No model, no network: retrieval, clause metadata and modal language decide."""

    name = "offline"

    def __init__(
        self,
        retriever: HybridRetriever,
        owners: Owners,
        register: Register,
        meaning: MeaningNet | None = None,
    ) -> None:
        self._retriever = retriever
        self._owners = owners
        self._register = register
        self._meaning = meaning
        self._topic_cache: dict[tuple[int, Kind], Assessment | None] = {}

    def _query(self, text: str, *, draft: bool = False) -> Query:
        text = text[:MAX_QUERY_CHARS]
        return Query(text, tuple(self._retriever.bridges(text)), draft=draft)

    def _assess(self, clause: Clause, query: Query) -> Assessment:
        if clause.clause_id not in query.assessed:
            query.assessed[clause.clause_id] = assess(
                clause,
                query.text,
                self._retriever.term_weight,
                query.bridged,
                self._carried_label(clause),
                draft=query.draft,
                asking=query.asking,
            )
        return query.assessed[clause.clause_id]

    def _carried_label(self, clause: Clause) -> Label | None:
        """The group label in force where a split section's part begins."""
        before = self._retriever.part_before(clause)
        while before is not None:
            if (label := last_label(before.text)) is not None:
                return label
            before = self._retriever.part_before(before)
        return None

    # -- questions --------------------------------------------------------------------------
    def ask(self, question: str) -> Verdict:
        language = detect_language(question)
        lang = texts.language_of(language)
        # "CAN I TWEET OUR REVENUE???" is asked as "Can I tweet our revenue???".
        question = unshouted(question)
        # "darf ich im buero …" is read as "darf ich im Büro …".
        question = respell(question, language, self._retriever.vocabulary).text
        # "Heads-up: I'm going to tweet our public repo this afternoon." asks "Can I tweet our
        # public repo this afternoon?": a plan told to this assistant wants a yes or a no.
        question = announced(question)
        # "absent an accessible description" is "without" one, "whilst on duty" "while".
        question = plain_words(question)
        # "Instead of forwarding it to press@gsa.gov, can I reply to the reporter?" asks "Can I
        # reply to the reporter?": the act set aside is no part of the question.
        question = set_aside(question)
        # "Posting that I love GitLab CI is fine. Is posting that GitHub Actions is garbage just
        # as fine?" asks "Is posting that GitHub Actions is garbage fine?": the act it is
        # measured against is no part of the question.
        question = compared(question)
        # "The policy says X. Does that mean I can …?" asks "Can I …?"; the asker's reading of
        # the guideline is no fact of the case.
        question = quoted(question)
        # "My Instagram is private and only close friends see it. Can I …?" asks "Can I …?":
        # however few read it, the answer for the act is the same.
        question = audience_told(question)
        # "… without putting my own name on them?" asks about the act: whose name is on it is
        # no part of what the guideline says of it.
        question = unnamed(question)
        # "… into Spanish and share it?" asks about sharing it, in whatever language.
        question = in_any_language(question)
        # "… a photo of my husband, who is running for mayor, on my desk?" tells who he is first.
        question = scene_first(question)
        # "I changed my handle to @mike_gitlab. Was that okay?" asks about changing it.
        question = after_the_fact(question)
        # "What if I park my car with a sticker in the garage — would that be a problem?" asks
        # whether parking it is.
        question = hypothesis(question)
        # "Do I need approval to speak at a conference?" asks "Can I speak at a conference?":
        # whether a permission is needed is what the answer for the act says.
        question = permission_asked(question)
        # "Isn't it against the rules to …?" asks "Can I …?", as the act is what is asked about.
        question = affirmed(question)
        # "I was wondering whether I'm allowed to …" asks "Can I …?".
        question = indirect(question)
        # "My intern wants to know if she can …" is answered as "Can I …?" would be.
        question = on_behalf(question)
        # "I can't tweet our revenue before the earnings call, right?" asks about tweeting it.
        question = restate(question)
        # "… she asked me to host a fundraiser at my house. Would that be okay?" asks whether
        # hosting it is.
        question = intended(question)
        # "gitlab in my @handle?" asks whether that is okay.
        question = elliptical(question, language)
        if not _has_words(question):
            return Verdict(decision=Decision.UNCLEAR, answer=texts.empty_input(lang), language=lang)
        verdict = self._ask_one(question, lang)
        if verdict.decision is Decision.ALLOWED:
            # "Two questions: may I tweet the published results? And may the official account
            # call it our favourite project?": a yes must hold for each question asked; the
            # first no or approval among them is the answer.
            for asked in _further_questions(question):
                other = self._ask_one(asked, lang)
                if other.decision in (Decision.NOT_ALLOWED, Decision.NEEDS_APPROVAL):
                    return other
        return verdict

    def _ask_one(self, question: str, lang: texts.Lang) -> Verdict:
        pool = self._retriever.search(question[:MAX_QUERY_CHARS], k=POOL)
        hits = pool[:5]
        if not hits or not (
            about_communication(question)
            or _ruling_fits(hits[0])
            or any(_heading_fits(hit, question) for hit in hits[:2])
        ):
            return self._not_covered(lang)
        query = self._query(question)
        pool = _own_group_first(pool, lambda clause: self._assess(clause, query))
        hits = pool[:5]
        relevant = self._relevant(pool, query)
        # What the question names outright counts as found, even where retrieval already read
        # the same clause another way (its best sentence for these words may be a harmless one).
        told = any(
            does_as_told(sentence, question)
            for hit in hits[:3]
            for sentence in sentences(hit.clause.text)
        )
        # "A reporter emailed me. Can I forward it to press@… and not answer?" does what the
        # guideline says to do with a press inquiry: no finding for naming one.
        # (What it says it leaves out, "nothing confidential on the screens", it does not name.)
        named = (
            {}
            if told
            else {
                t.clause.clause_id: t
                for t in self._named_topics(_LEFT_OUT.sub(" ", question), query.bridged)
            }
        )
        relevant = [named.pop(a.clause.clause_id, a) for a in relevant] + list(named.values())
        if relevant[0].effect is Effect.INFORMS:
            # The top clause is about the topic but states no rule: a rule near the top that
            # speaks to a word of the question as telling as any the top clause covers
            # ("vulgar" in "a vulgar joke about a colleague on Twitter") is weighed too.
            rule = self._limiting(relevant[0], hits, query)
            if rule is not None and rule not in relevant:
                relevant.append(rule)
        supporting = relevant + [
            self._assess(h.clause, query)
            for h in hits[1:3]
            if h.clause.clause_id not in {a.clause.clause_id for a in relevant}
        ]
        top = relevant[0]
        if not asks_permission(question) and asks_own_step(question):
            # "Who has to approve that?" is answered by the approval a clause beside the top
            # one names, as closely as the top clause fits.
            beside = _approval_beside(top, supporting, question)
            if beside is not None:
                dense_rank = _dense_rank(hits, beside)
                return self._verdict(beside, supporting, lang, dense_rank=dense_rank)
        if not asks_permission(question) and not (
            top.effect is Effect.REQUIRES_APPROVAL and asks_own_step(question)
        ):
            # "What happens if …?" is answered by quoting; "What must I do …?" when the answer
            # is an approval gets that decision.
            return self._information(top, supporting, lang)
        if _ASKS_A_TEAM.search(query.asking):
            # "Can the Outreach team help me write my talk?" asks what a team offers: the clause
            # that offers that help answers it, not an approval the talk itself may need.
            offered = next(
                (
                    a
                    for a in relevant
                    if a.effect is Effect.PERMITS and _OFFERS_HELP.search(a.clause.text)
                ),
                None,
            )
            if offered is not None:
                # Its "if you'd like help with:" leads into the list; no condition to meet.
                offered = replace(offered, conditions=[])
                return self._verdict(
                    offered, supporting, lang, dense_rank=_dense_rank(hits, offered)
                )
        relevant = self._not_what_is_left_out(relevant, hits, query)
        relevant = _met_yes_first(relevant, query, pool)
        relevant = _outside_the_policy(relevant, query.text)
        relevant = _no_forecast_asked(relevant, query.text)
        if not names_workplace(question):
            # "Can I volunteer for a campaign on weekends?": a rule for time on duty or the
            # workplace does not decide a question set away from work.
            relevant = [a for a in relevant if not _at_work_rule_off_work(a, question)] or relevant
        if ON_ONES_OWN.search(query.text):
            # The top clause may say the team does it while a yes beside it fits about as well
            # ("Everyone at TTS is encouraged to contribute to our blogs" for "email everyone").
            relevant = [_theirs_to_do(a) for a in relevant]
        deciding = self._deciding(self._answering_the_asked(relevant, query))
        if deciding.effect is Effect.REQUIRES_APPROVAL and _takes_the_step(
            query.asking, deciding.quote
        ):
            # "Can I contact the Outreach team to get it corrected?" asks to take the very step
            # the clause asks for: yes, that is the way.
            deciding = replace(deciding, effect=Effect.PERMITS, conditions=[])
        if deciding.effect is Effect.INFORMS and not _SEEKS_ADVICE.search(query.asking):
            asked = set(tokenize(f"{query.text}\n{query.bridged}"))
            weight = self._retriever.term_weight
            deciding = (
                self._answering(
                    deciding,
                    supporting,
                    hits,
                    lambda a: bool(_answers_heading(a, asked, weight, yes=True)),
                )
                or deciding
            )
        if ON_ONES_OWN.search(query.text):
            deciding = _theirs_to_do(deciding)
        if deciding.effect is Effect.PERMITS:
            deciding = self._challenged(deciding, pool, query)
        if _for_others(deciding) and asked_subject(query.asking) == "self":
            # "Can I host a fundraiser?" is not answered by "Can my spouse host a fundraiser?
            # Yes.": that yes is for someone else, and the clauses beside it near the top speak.
            deciding = self._instead_of_others(deciding, hits, pool, query)
        # A question that states the yes's "only …" condition in so many words ("aus unserer
        # veröffentlichten Fallstudie" for "Only share customer information from published case
        # studies") is answered by it even where the embedding ranks the clause a little lower;
        # so is one that says the asked-for yes was given ("Meine Kollegin hat ausdrücklich
        # zugestimmt") or the ban's exception holds.
        stated = deciding.effect is Effect.PERMITS and (
            qualifier_met(deciding.quote, query.text, query.bridged)
            or _premise_met(deciding, query.text)
            or _named_as_permitted(deciding, query.text)
        )
        return self._verdict(
            deciding,
            supporting,
            lang,
            dense_rank=_dense_rank(hits, deciding),
            allow_rank=MET_ONLY_DENSE_RANK if stated else ALLOW_DENSE_RANK,
        )

    def _not_what_is_left_out(
        self, relevant: list[Assessment], hits: list[SearchHit], query: Query
    ) -> list[Assessment]:
        """A rule against what the question says it leaves out ("… nothing confidential on the
        screens", "ohne meinen Dienstgrad") does not decide it: read without those words, the
        rule no longer fits. Leaving out a step a rule asks for ("without approval") is not
        that, and stays."""
        kept = _LEFT_OUT.sub(" ", query.text)
        if kept == query.text:
            return relevant
        without = self._query(kept)
        remaining: list[Assessment] = []
        for assessment in relevant:
            if (
                assessment.detected
                or assessment.effect not in _RESTRICTING
                # "ohne Bildbeschreibung" leaves out the step the rule asks for: that stays
                or skips_step(assessment.quote, query.text)
            ):
                remaining.append(assessment)
                continue
            other = self._assess(assessment.clause, without)
            if other.effect in _RESTRICTING and other.fit >= LEFT_OUT_FIT * assessment.fit:
                remaining.append(assessment)
            elif other.effect in (Effect.PERMITS, Effect.INFORMS):
                # the same clause's yes, once its "may not identify his position" is not asked,
                # or what it says besides ("Your profile should immediately identify you as …")
                remaining.append(other)
        if remaining and all(a.effect is Effect.INFORMS for a in remaining):
            # Nothing left rules on it: a yes near the top that, read without those words,
            # fits better decides ("If I take GitLab out of my handle, can I still say in my bio
            # that I work at GitLab?": "Including GitLab in your profile biography").
            ruled = {a.clause.clause_id for a in remaining}
            yeses = [
                other
                for other in (self._assess(hit.clause, without) for hit in hits[:3])
                if other.clause.clause_id not in ruled
                and other.effect is Effect.PERMITS
                and other.fit > remaining[0].fit
            ]
            if yeses:
                remaining.insert(0, max(yeses, key=lambda a: a.fit))
        return remaining or relevant

    @staticmethod
    def _answering(
        informs: Assessment,
        supporting: list[Assessment],
        hits: list[SearchHit],
        heading_asked: Callable[[Assessment], bool] | None = None,
    ) -> Assessment | None:
        """A question that asks for permission is answered by a clause that gives it, not by
        the clause beside it that only describes the matter ("what if unSAFE information is
        shared" above "share GitLab content using our advocacy platform"): a yes near the top
        for both retrievers that fits about as well as the description."""
        # (A bare entry on top, "What we launched" in a post outline, says nothing at all:
        # how closely its few words fit does not hold back the yes beside it.)
        share = 0.0 if bare_item(informs.quote) else RUNNER_UP_FIT
        for other in supporting[1:]:
            if (
                other.effect is Effect.PERMITS
                # The yes is in its words, not only in a "DO …" heading over advice.
                and Effect.PERMITS in (other.clause.effect, sentence_effect(other.quote))
                # (A Q&A "Yes." whose heading asks the question answers it however few words
                # its answer shares: "Can I make a contribution to the campaign …? Yes.")
                and (
                    other.fit >= share * informs.fit
                    or (heading_asked is not None and heading_asked(other))
                )
                and (_dense_rank(hits, other) or 99) <= ALLOW_DENSE_RANK
            ):
                return other
        return None

    def _named_topics(self, question: str, bridged: str = "") -> list[Assessment]:
        """What a question names outright (a fire, an insult, a code name) is as telling as in a
        draft: the clause for it is a candidate too, and as for drafts, at least a person looks
        at it."""
        found: list[Assessment] = []
        for detected in detect(question, self._register):
            topic = self._topic(detected.kind)
            if Kind(detected.kind) not in ADVISORY and topic is not None:
                if topic.effect is Effect.REQUIRES_APPROVAL and approval_granted(
                    topic.quote, question
                ):
                    continue  # "After Legal explicitly approves it, …": that look was had
                if topic.effect is not Effect.PROHIBITS and qualifier_met(
                    topic.quote, question, bridged
                ):
                    # "… the published case study about their rollout": what "Only share
                    # customer information from published case studies" asks for is met.
                    continue
                effect = max(topic.effect, Effect.REQUIRES_APPROVAL, key=restrictiveness)
                found.append(replace(topic, detected=True, effect=effect, conditions=[]))
        return found

    def _challenged(self, permit: Assessment, pool: list[SearchHit], query: Query) -> Assessment:
        """A yes stands unless a restriction speaks to the rest of the question ("May I share
        the job ad and name last quarter's revenue?") or the same matter has a no beside it."""
        no_yes = replace(permit, effect=Effect.INFORMS, conditions=[])
        listed = _named_before(permit.quote, permit.clause.text)
        if (
            _outside_examples(listed, query.text)
            or _for_own_people_only(permit.quote, query.text)
            or _grants_the_organisation(permit.quote)
            or _for_oneself_only(permit.clause.heading, query.text)
            or _for_official_accounts_only(permit.quote, query.text)
        ):
            # "does not apply to review platforms such as Glassdoor or Indeed" says nothing of
            # Reddit: no yes for it.
            return no_yes
        if _for_own_property_only(permit.clause.heading, query.text):
            # "… on the government vehicle I drive for work?": the rule for what is done in one
            # is the answer, when one near the top names it.
            return self._rule_on_official_thing(pool, query) or no_yes
        limiting = self._limiting(permit, _limit_candidates(pool), query)
        # A rule for one's own run for office says nothing of helping with someone else's.
        near = [h for h in pool[:3] if not another_matter(h.clause.heading, query.text)]
        restricted = (
            limiting
            or self._opposite_twin(permit, near, query)
            # The embedding's first clause does not outweigh a yes the question has already
            # been given ("The Brand team approved my design" against "Do not use the GitLab
            # logo as your profile picture").
            or (
                None
                if _premise_met(permit, query.text)
                else self._meaning_says_no(permit, near, self._without_taken_out(query))
            )
        )
        if restricted is not None:
            return restricted
        if own_run_unanswered(permit.clause.heading, query.asking):
            # "May I distribute brochures …? Yes." answers no question about one's own run.
            return no_yes
        if ON_ONES_OWN.search(query.text):
            for hit in pool[:3]:
                other = self._assess(hit.clause, query)
                if other.effect is Effect.REQUIRES_APPROVAL and ASK_US.search(other.quote):
                    # "… from the official account myself?" beside "If you'd like an official
                    # account to … respond to a tweet, let us know": that team does it.
                    return other
        if _for_others_described(permit.quote, query, self._retriever.term_weight):
            return no_yes  # a yes for others, and no no beside it: a person says
        return permit

    def _without_taken_out(self, query: Query) -> Query:
        """The question without what it says is taken out first ("If I take GitLab out of my
        handle, …"): no rule against that can say no to the rest."""
        kept = _TAKEN_OUT.sub(" ", query.text)
        return query if kept == query.text else self._query(kept)

    def _meaning_says_no(
        self, permit: Assessment, hits: list[SearchHit], query: Query
    ) -> Assessment | None:
        """The clause the embedding puts first, near the top by words too, that restricts what
        a yes by the words allows: the two retrievers disagree, and the stricter reading wins
        ("donors who give extra get a photo with me" is the FAQ's tiered fundraiser, not its
        guest speaker). It must still speak to the question's words: a no that fits far worse
        than the yes is about something else ("a treasurer may not solicit" beside "may do the
        accounting for funds already received")."""
        for hit in hits:
            if hit.dense_rank == 1 and hit.clause.clause_id != permit.clause.clause_id:
                if _names_the_yes(
                    query.text,
                    permit.clause.heading,
                    hit.clause.heading,
                    self._retriever.term_weight,
                ):
                    continue
                other = self._assess(hit.clause, query)
                restricts = other.effect in _RESTRICTING
                if restricts and other.fit >= MEANING_NO_FIT * permit.fit:
                    return other
        return None

    def _opposite_twin(
        self, permit: Assessment, hits: list[SearchHit], query: Query
    ) -> Assessment | None:
        """A clause near the top on the same matter that says no (the FAQ's "forward it to your
        own account? Yes." beside "forward it to others? No."): when the question does not
        settle which one it is, the stricter answer stands."""
        own = set(tokenize(permit.clause.heading))
        asked = set(tokenize(query.text))
        who = asked_subject(query.asking)
        for hit in hits:
            if hit.clause.heading == permit.clause.heading:
                continue  # the same section, or a later part of it: no twin
            if who is not None and who == asked_subject(permit.clause.heading) != (
                asked_subject(hit.clause.heading)
            ):
                # "Can he host it?" is "Can my spouse host a fundraiser?", not "My spouse is
                # hosting one. Can I assist?": the question says whom it asks about.
                continue
            other = self._assess(hit.clause, query)
            if other.effect not in _RESTRICTING:
                continue
            theirs = set(tokenize(hit.clause.heading))
            if asked & (own - theirs):
                continue  # the question names what sets the yes apart ("my own account")
            if own and theirs and len(own & theirs) / len(own | theirs) >= TWIN_OVERLAP:
                return other
        return None

    def _rule_on_official_thing(self, pool: list[SearchHit], query: Query) -> Assessment | None:
        """A no near the top whose words name the kind of official thing the question names
        ("may not engage in political activity … using a government vehicle")."""
        kinds = _thing_kinds(_OFFICIAL_THING, query.text)
        for hit in pool[:OFFICIAL_THING_RANK]:
            found = self._assess(hit.clause, query)
            if (
                found.effect is Effect.PROHIBITS
                and _thing_kinds(_OFFICIAL_THING, found.quote) & kinds
            ):
                return found
        return None

    def _limiting(
        self, permit: Assessment, hits: list[SearchHit], query: Query
    ) -> Assessment | None:
        """The strictest clause near the top whose best sentence shares telling words with the
        question that `permit` (a yes, or a clause without a rule) never mentions."""
        # (only questions reach here; what they say is taken out first is no matter a rule
        # limits by: "If I take GitLab out of my handle, can I say in my bio …")
        asked = _TAKEN_OUT.sub(" ", _PAID_FROM.sub(" ", _OFFICE_SOUGHT.sub(" ", query.asking)))
        concepts = _concepts(
            query if asked == query.text else self._query(asked), self._retriever.term_weight
        )
        covered = set(tokenize(f"{permit.clause.heading}\n{permit.clause.text}"))
        # As telling as the question's best word the yes speaks to: idf is relative to the
        # guideline's size, so the bar is too.
        bar = LIMIT_SHARE * max((w for stems, w in concepts if stems & covered), default=0.0)
        limits = []
        for hit in hits:
            if hit.clause.clause_id == permit.clause.clause_id:
                continue
            other = self._assess(hit.clause, query)
            if other.effect not in _RESTRICTING or another_matter(hit.clause.heading, query.text):
                continue
            if _at_work_rule_off_work(other, query.text) and not names_workplace(query.text):
                continue  # "… on weekends?" is not limited by a rule for time on duty
            # What a limit concedes ("even when an employee is off duty and away from the
            # workplace, he may not fundraise") is no matter it limits.
            said = set(
                tokenize(
                    _CONCEDED.sub(" ", f"{hit.clause.heading}\n{other.quote}\n{other.carried}")
                )
            )
            added = sum(w for stems, w in concepts if stems & said and not stems & covered)
            if added >= max(bar, 1e-9):
                limits.append(other)
        return max(limits, key=lambda a: restrictiveness(a.effect), default=None)

    def _relevant(self, pool: list[SearchHit], query: Query) -> list[Assessment]:
        """The top clause, plus runners-up both retrievers rank near the top and a clause that
        stands out by its words: a stricter one of those wins over a permissive top clause. The
        first is the one that speaks to the question (see below), not always the first hit."""
        first = pool[0]
        chosen = [self._assess(first.clause, query)]
        for hit in pool[1:3]:
            if _close_runner_up(first, hit):
                chosen.append(self._assess(hit.clause, query))
        standout = _lexical_standout(pool, lambda: self._retriever.first_by_own_words(query.text))
        if standout is not None and _unasked_non_public_rule(standout, query.text):
            standout = None
        if standout is not None and standout.clause.clause_id not in {
            a.clause.clause_id for a in chosen
        }:
            chosen.append(self._assess(standout.clause, query))
        # An answer about one's own run for office does not answer how to help someone else's,
        # nor a question about no run at all; when that is all there is, a person says.
        # (A post about phone-banking for a campaign is weighed by its findings.)
        if not query.draft:
            helping = [a for a in chosen if not another_matter(a.clause.heading, query.text)]
            if not helping:
                # … then the next clause both retrievers rank in their first ten may ("Can I make a
                # contribution to the campaign of a partisan candidate?" under "If I run …"; a
                # German "um Spenden bitten" finds the soliciting rule sixth in both; "on leave
                # … ask people for donations" the leave answer tenth). A yes found that low is
                # still no yes (see _weak_yes_is_unclear).
                helping = [
                    self._assess(hit.clause, query)
                    for hit in pool[1:3]
                    if hit.clause.clause_id not in {a.clause.clause_id for a in chosen}
                    and not another_matter(hit.clause.heading, query.text)
                    and max(hit.dense_rank or 99, hit.lexical_rank or 99) <= OTHER_MATTER_RANK
                ][:1]
                helping += [replace(a, effect=Effect.INFORMS, conditions=[]) for a in chosen]
            chosen = helping
        if not query.draft and about_what_is_out(chosen[0].quote, query.text):
            # "Comments about GitLab's published financial results must …" is about the figures
            # once they are out; for the same figures before, the rule beside it that fits the
            # question at least as well decides ("Financial: … not ok to share the quarter's …").
            rules = [
                a
                for a in (self._assess(hit.clause, query) for hit in pool[1:3])
                if a.effect in _RESTRICTING and a.fit >= chosen[0].fit
            ]
            if rules:
                best = max(rules, key=lambda a: a.fit)
                chosen = [best] + [a for a in chosen if a.clause.clause_id != best.clause.clause_id]
        # A clause that barely speaks to the question cannot decide against a rule next to it
        # that the embedding also ranks near the top and that fits the question twice as well.
        top = chosen[0]
        for hit in pool[1:3]:
            other = self._assess(hit.clause, query)
            if (
                (hit.dense_rank or 99) <= 3
                and other.effect in _RESTRICTING
                and other.fit >= 2 * top.fit > 0
            ):
                return [other] + [a for a in chosen if a is not other]
        asked_stems = set(tokenize(f"{query.text}\n{query.bridged}"))
        if (
            not query.draft
            and top.effect in _RESTRICTING
            and top.clause.heading.rstrip().endswith("?")
            and heading_unasked(top.clause.heading, asked_stems, self._retriever.term_weight)
        ):
            weight = self._retriever.term_weight
            # A Q&A "No." to a question about something else ("Can I have a screen saver … with
            # a political message?") that barely speaks to the question does not decide against
            # a "Yes." whose heading asks it and that fits it three times as well ("May a federal
            # employee … receive a partisan political email?").
            for hit in pool[1:3]:
                other = self._assess(hit.clause, query)
                if (
                    max(hit.dense_rank or 99, hit.lexical_rank or 99) <= 5
                    and other.effect is Effect.PERMITS
                    and other.fit >= 3 * top.fit > 0
                    and hit.clause.heading.rstrip().endswith("?")
                    and not heading_unasked(hit.clause.heading, asked_stems, weight)
                ):
                    return [other] + [a for a in chosen if a is not other]
        if top.effect in _RESTRICTING:
            # … nor can a rule against something the question does not name ("Do not use the
            # logo as your profile picture") decide against a yes that fits it twice as
            # well and speaks to every word of the question the rule does ("Including GitLab in
            # your profile biography" for "may I say in my Twitter bio that I work at GitLab").
            ruled = asked_stems & set(tokenize(top.quote))
            for other in chosen[1:]:
                if (
                    other.effect is Effect.PERMITS
                    and other.fit >= 2 * top.fit > 0
                    # (anywhere in the yes's clause: its list of examples may name them; a
                    # rule that shares no word with the question is for the check above)
                    and ruled
                    and _speaks_to_all(other, ruled)
                ):
                    return [other] + [a for a in chosen if a is not other]
            better = None if query.draft else _clearly_better_rule(top, chosen[1:], ruled)
            if better is not None:
                return [better] + [a for a in chosen if a is not better]
        return chosen

    def _instead_of_others(
        self, permit: Assessment, hits: list[SearchHit], pool: list[SearchHit], query: Query
    ) -> Assessment:
        """For a question about the asker, the clauses near the top but a yes for someone else
        decide; when there are none, that yes is no answer."""
        nearby = [self._assess(hit.clause, query) for hit in hits[:3]]
        others = [a for a in nearby if not _for_others(a)]
        if not others:
            return replace(permit, effect=Effect.INFORMS, conditions=[])
        deciding = self._deciding(others)
        if deciding.effect is Effect.PERMITS:
            deciding = self._challenged(deciding, pool, query)
        return deciding

    def _answering_the_asked(self, relevant: list[Assessment], query: Query) -> list[Assessment]:
        """A Q&A "Yes." whose heading asks the question's most telling word is not overruled by
        a runner-up's "No." to a question about something else ("Can I attend a party
        convention?" for going as a delegate, beside "May an employee solicit contributions to
        help pay for the costs of attending … as a delegate?", whose telling "pay" is not
        asked)."""
        top = relevant[0]
        weight = self._retriever.term_weight
        asked = set(tokenize(f"{query.text}\n{query.bridged}"))
        heading = top.clause.heading
        if top.effect is Effect.PERMITS:
            # What a yes presumes ("If you or someone is speaking at an event, …") is no matter
            # of the question's when it asks only what the yes allows.
            relevant = [top] + [
                a
                for a in relevant[1:]
                if a.effect not in _RESTRICTING
                or a.detected
                or not rules_the_premise(top.quote, a.quote, query.asking)
            ]
        if top.effect is not Effect.PERMITS or not (
            _answers_heading(top, asked, weight, yes=True)
            # (or a yes in other words under a heading that asks it: "A less restricted
            # employee is allowed to give a speech …" under "Can I speak at a … fundraiser?")
            or (heading.rstrip().endswith("?") and not heading_unasked(heading, asked, weight))
        ):
            return relevant
        return [top] + [
            a
            for a in relevant[1:]
            # (A topic a detector found in the question itself stays: "And can I ask my
            # neighbors to donate?" names soliciting, whatever its clause's heading asks.)
            if not (
                a.effect in _RESTRICTING
                and not a.detected
                and _answers_heading(a, asked, weight, yes=False) is False
            )
        ]

    @staticmethod
    def _deciding(relevant: list[Assessment]) -> Assessment:
        """The top clause decides unless an agreed runner-up is stricter: then that one does."""
        top = relevant[0]
        # (Beside a top clause that states no rule, a rule need speak to the question less
        # closely: nothing it says is overruled.)
        share = INFORMED_RUNNER_UP_FIT if top.effect is Effect.INFORMS else RUNNER_UP_FIT
        stricter = [
            a
            for a in relevant[1:]
            if restrictiveness(a.effect) > restrictiveness(top.effect)
            and (a.detected or a.fit >= share * top.fit)
        ]
        return min(stricter, key=lambda a: _ORDER.index(a.decision)) if stricter else top

    def _verdict(
        self,
        deciding: Assessment,
        relevant: list[Assessment],
        lang: str,
        *,
        dense_rank: int | None,
        allow_rank: int = ALLOW_DENSE_RANK,
    ) -> Verdict:
        decision = _weak_yes_is_unclear(deciding.decision, dense_rank, allow_rank)
        _owner, owner_name = self._owner(deciding)
        answer = texts.answer(
            decision,
            lang,
            label=deciding.clause.label,
            owner=owner_name,
            conditions=deciding.conditions,
        )
        return self._assemble(decision, answer, deciding, relevant, lang)

    def _owner(self, deciding: Assessment) -> tuple[str, str]:
        owner = self._owners.resolve(deciding.clause.owner)
        return owner, self._owners.teams[owner].name

    def _assemble(
        self,
        decision: Decision,
        answer: str,
        deciding: Assessment,
        cited: list[Assessment],
        lang: str,
        findings: list[Finding] | None = None,
    ) -> Verdict:
        """The verdict around its deciding clause: that clause cited first, the rest after."""
        owner, owner_name = self._owner(deciding)
        ordered: list[Assessment] = []
        for assessment in [deciding, *cited]:  # each clause once, as first read
            if all(assessment.clause.clause_id != o.clause.clause_id for o in ordered):
                ordered.append(assessment)
        return Verdict(
            decision=decision,
            answer=answer,
            language=lang,
            citations=[a.citation() for a in ordered],
            conditions=deciding.conditions if decision is Decision.ALLOWED else [],
            owner=owner,
            owner_name=owner_name,
            escalate=decision is Decision.UNCLEAR,
            findings=findings or [],
            engine=self.name,
        )

    def _information(self, top: Assessment, cited: list[Assessment], lang: str) -> Verdict:
        _owner, owner_name = self._owner(top)
        answer = texts.informs(lang, label=top.clause.label, quote=top.quote, owner=owner_name)
        return self._assemble(Decision.UNCLEAR, answer, top, cited, lang)

    def _not_covered(self, lang: str) -> Verdict:
        owner = self._owners.default
        name = self._owners.teams[owner].name
        return Verdict(
            decision=Decision.UNCLEAR,
            answer=texts.not_covered(lang, owner=name),
            language=lang,
            owner=owner,
            owner_name=name,
            escalate=True,
            engine=self.name,
        )

    # -- drafts -----------------------------------------------------------------------------
    def check(self, draft: str) -> Verdict:
        """The verdict on a draft, read respelled (umlauts restored, chat shorthand spelled
        out, typos mended); findings point into the draft as written."""
        respelled = respell(draft, vocabulary=self._retriever.vocabulary)
        verdict = self._check(respelled.text)
        if respelled.text == draft:
            return verdict
        findings = []
        for finding in verdict.findings:
            start, end = respelled.to_original(finding.span.start, finding.span.end)
            span = Span(start=start, end=end, text=draft[start:end])
            findings.append(finding.model_copy(update={"span": span}))
        return verdict.model_copy(update={"findings": findings})

    def _check(self, draft: str) -> Verdict:
        lang = texts.language_of(detect_language(draft))
        if not _has_words(draft):
            return Verdict(decision=Decision.UNCLEAR, answer=texts.empty_input(lang), language=lang)
        findings: list[Finding] = []
        cited: dict[str, Assessment] = {}
        for hit in detect(draft, self._register):
            topic = self._topic(hit.kind)
            if topic is None:
                continue
            findings.append(self._finding(hit, topic, lang))
            cited.setdefault(topic.clause.clause_id, topic)
        blocking = [f for f in findings if Kind(f.kind) not in ADVISORY]
        if blocking:
            decision = most_restrictive([f.decision for f in blocking])
            deciding = next(cited[f.clause_id] for f in blocking if f.decision is decision)
        else:
            pool = self._retriever.search(draft[:MAX_QUERY_CHARS], k=POOL)
            hits = pool[:5]
            if not hits:
                return self._not_covered(lang)
            query = self._query(draft, draft=True)
            relevant = self._relevant(pool, query)
            deciding = self._deciding(_agreed_over_worded(relevant, pool))
            relevant += [self._assess(h.clause, query) for h in hits[1:3]]
            # Nothing in the draft trips a rule and the closest clause only informs: fine to post.
            informs_only = (
                deciding.decision is Decision.UNCLEAR
                or _far_rule(pool, deciding)
                or _at_work_rule_off_work(deciding, draft)
                or _org_rule_personal_post(deciding, draft)
            )
            decision = _weak_yes_is_unclear(
                Decision.ALLOWED if informs_only else deciding.decision,
                _draft_evidence_rank(hits, deciding),
            )
            rule = self._rule_beside(pool, query, deciding) if informs_only else None
            if rule is not None and (
                _at_work_rule_off_work(rule, draft) or _org_rule_personal_post(rule, draft)
            ):
                rule = None
            if decision is Decision.ALLOWED and rule is not None:
                deciding, decision = rule, rule.decision
            caught = self._by_meaning(draft, lang) if decision is Decision.ALLOWED else None
            if caught is not None:
                # No word list and no rule objected, but the draft reads like one that needs
                # a look: a person decides.
                finding, deciding = caught
                findings.append(finding)
                blocking.append(finding)
                decision = Decision.NEEDS_APPROVAL
            for assessment in relevant:
                cited.setdefault(assessment.clause.clause_id, assessment)
        _owner, owner_name = self._owner(deciding)
        answer = texts.draft_answer(
            decision, lang, label=deciding.clause.label, owner=owner_name, count=len(blocking)
        )
        return self._assemble(decision, answer, deciding, list(cited.values()), lang, findings)

    def _rule_beside(
        self, pool: list[SearchHit], query: Query, top: Assessment
    ) -> Assessment | None:
        """The first rule the fusion ranks just after a top clause that states none (second or
        third). A draft as near to a rule as to a clause without one may well fall under it ("our
        internal postmortem says …" beside a security framework's preamble), and no detector
        vouched for it: that rule decides, not the silence of the clause before it. Its words
        must speak to the draft at least half as well as the top clause's do: "Do not use the
        GitLab logo as your profile picture" shares only "GitLab" with a selfie at the booth."""
        for position, hit in enumerate(pool[1:RULE_BESIDE], start=2):
            if position > 2 and (hit.dense_rank or 99) > RULE_BESIDE_DENSE:
                continue  # third by fusion and far down by meaning: shared words, not the matter
            runner_up = self._assess(hit.clause, query)
            if runner_up.effect in _RESTRICTING and runner_up.fit >= RULE_BESIDE_FIT * top.fit:
                return runner_up
        return None

    def _by_meaning(self, draft: str, lang: str) -> tuple[Finding, Assessment] | None:
        """A finding for a draft whose meaning is close to a kind of finding (see meaning.py)."""
        caught = self._meaning.catches(draft[:MAX_QUERY_CHARS]) if self._meaning else None
        topic = self._topic(caught.kind) if caught is not None else None
        if caught is None or topic is None:
            return None
        first = re.split(r"(?<=[.!?])\s", draft.strip(), maxsplit=1)[0][:200]
        start = draft.find(first)
        hit = Hit(kind=caught.kind, start=start, end=start + len(first), text=first)
        finding = self._finding(hit, topic, lang)
        return finding.model_copy(update={"decision": Decision.NEEDS_APPROVAL}), topic

    def _topic(self, kind: Kind) -> Assessment | None:
        """The clause of this company's guideline that speaks to a kind of finding."""
        key = (self._retriever.generation, kind)  # an ingest or a ruling may change the answer
        if key not in self._topic_cache:
            query = self._query(TOPIC_QUERIES[kind])
            hits = self._retriever.search(query.text, k=TOPIC_POOL)
            topic = self._assess(hits[0].clause, query) if hits else None
            names = TOPIC_TERMS[kind].search
            fallback = _TOPIC_FALLBACK.get(kind)
            if fallback is not None and not any(
                names(f"{hit.clause.heading}\n{hit.clause.text}") for hit in hits
            ):
                # A guideline without a word on incidents still keeps sensitive information
                # back ("make sure you aren't sharing any sensitive or non-public information"):
                # a security hole found is that.
                topic = self._topic(fallback)
                hits = []
            if kind in _NAMED_ONLY and not any(
                names(f"{hit.clause.heading}\n{hit.clause.text}") for hit in hits
            ):
                # Naming a post's own authors, say, breaks only a guideline that says so.
                topic, hits = None, []
            if topic is not None and len(hits) > 1 and names(hits[1].clause.text):
                # A stricter rule right behind it that fits the matter better is the one that
                # speaks to it ("forward it to press@… without responding" behind "#outreach is
                # for … members of the press asking you questions").
                second = self._assess(hits[1].clause, query)
                if (
                    restrictiveness(second.effect) > restrictiveness(topic.effect)
                    and second.fit > topic.fit
                ):
                    topic = second
            # The nearest clause may name the matter and even welcome it ("Everyone is
            # encouraged to contribute" for urging people to attend): a rule that names it is
            # the better one to cite.
            # (Under a top clause that only describes the matter, "Team members should also
            # consider that … metrics … can be used to figure a financial value", a rule that
            # names it and fits about as well is that too.)
            describes = (
                topic is not None
                and topic.effect is Effect.INFORMS
                and bool(hits)
                and bool(names(hits[0].clause.text))
            )
            if hits and (
                not names(hits[0].clause.text)
                or (topic and topic.effect is Effect.PERMITS)
                or describes
            ):
                for hit in hits[1:]:
                    named = self._assess(hit.clause, query) if names(hit.clause.text) else None
                    if (
                        named is not None
                        and named.effect in _RESTRICTING
                        and (
                            not describes or topic is None or named.fit >= RUNNER_UP_FIT * topic.fit
                        )
                    ):
                        topic = named  # the nearest rule that names the matter
                        break
            owner = self._owners.findings.get(kind.value)
            if topic is not None and owner is not None:
                topic = replace(topic, clause=topic.clause.model_copy(update={"owner": owner}))
            self._topic_cache[key] = topic
        return self._topic_cache[key]

    def _finding(self, hit: Hit, topic: Assessment, lang: str) -> Finding:
        decision = topic.decision
        if Kind(hit.kind) in ADVISORY:
            decision = Decision.ALLOWED
        elif decision in (Decision.ALLOWED, Decision.UNCLEAR):
            decision = Decision.NEEDS_APPROVAL  # a detector fired: a person should look at it
        return Finding(
            kind=hit.kind.value,
            span=Span(start=hit.start, end=hit.end, text=hit.text),
            problem=texts.PROBLEMS[hit.kind][lang],
            clause_id=topic.clause.clause_id,
            suggestion=texts.SUGGESTIONS[hit.kind][lang],
            decision=decision,
        )


_ORDER = [Decision.NOT_ALLOWED, Decision.NEEDS_APPROVAL, Decision.UNCLEAR, Decision.ALLOWED]
# "Should I publish it as one long post?": advice sought, which a yes for something else beside
# the clause that describes the matter does not give.
_SEEKS_ADVICE = re.compile(r"^\W*(?:should|shall|sollte|soll)\s+(?:I|we|ich|wir)\b", re.IGNORECASE)
# "Can the Outreach team help me …?", "Could our comms team review my draft?": a question about
# what a team does for the asker, and the words of a clause that offers it.
_ASKS_A_TEAM = re.compile(
    r"^\W*(?:can|could|will|would|kann|könnte|würde)\s+(?:the\s+|our\s+|das\s+|unser\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:team|office|department|Team|Abteilung)\s+(?:me\s+|mir\s+)?"
    r"(?:help|assist|support|review|edit|promote|helfen|unterstützen|prüfen)\b"
    # "Can our team get help from TTS Outreach with …?", "Können wir Hilfe vom Outreach-Team …"
    r"|^\W*(?:can|could|may|kann|können|darf|dürfen)\s+(?:I|we|(?:our|my)\s+team|ich|wir|"
    r"(?:unser|mein)\s+Team)\s+(?:get|have|ask for|bekommen|erhalten)?\s*(?:some\s+)?"
    r"(?:help|assistance|support|Hilfe|Unterstützung)\s+(?:from|by|vom|von|durch)\b",
    re.IGNORECASE,
)


# A process a team runs for the reader: "To send, reach out to us in #outreach."
def _theirs_to_do(assessment: Assessment) -> Assessment:
    """ "Can I just send it myself?" beside "To send, reach out to us … We will: … Get
    approvals": that team does it, so doing it oneself needs them to agree."""
    if assessment.effect is not Effect.INFORMS:
        return assessment
    theirs = _THEY_DO_IT.search(assessment.clause.text)
    if theirs is None:
        return assessment
    return replace(
        assessment, effect=Effect.REQUIRES_APPROVAL, quote=theirs.group(0).strip(), conditions=[]
    )


_THEY_DO_IT = re.compile(
    r"(?:^|(?<=[.:!?]\s))To [a-z]+(?: [a-z]+){0,3}, (?:reach out to|contact|ask|ping|message|"
    r"email|talk to) us\b[^.\n]*\.?",
    re.MULTILINE,
)
# "if I take GitLab out of my handle", "once I remove the API keys", "wenn ich den Namen
# rausnehme": a premise that something is gone before the act.
_TAKEN_OUT_PATTERN = (
    r"\b(?:if|once|after|when|as long as)\s+(?:I|we)\s+(?:first\s+)?(?:take|took|remove|delete|"
    r"strip|cut)\b[^,.;:!?\n]{1,60}"
    r"|\b(?:wenn|sobald|nachdem)\s+(?:ich|wir)\b[^,.;:!?\n]{1,50}?\b(?:weglasse|weglassen|"
    r"rausnehme|rausnehmen|herausnehme|herausnehmen|entferne|entfernen|lösche|löschen)\b"
)
_TAKEN_OUT = re.compile(_TAKEN_OUT_PATTERN, re.IGNORECASE)
# "without giving any numbers", "nothing confidential on the screens", "ohne interne Sachen":
# what the question says is not part of it. Not a step left out ("without approval", "ohne
# vorher zu fragen"), nor what a post must carry ("without a disclaimer").
_LEFT_OUT = re.compile(
    r"(?:\b(?:without|nothing|not any|ohne|nichts|leave out|leaving out)\b|"
    # "if I don't trash them", "and don't reply myself", "wenn ich keine … nenne"
    r"\b(?:if|as long as|provided|and|but|so)\s+(?:(?:I|we)\s+)?(?:don't|do not|never|won't|"
    r"will not|don’t|won’t)\b)"
    r"(?![^,.;:!?\n]{0,40}?(?:approv|permission|consent|"
    # (asking others to act is left out; asking for a yes is a step skipped)
    r"\bask(?!\w*\s+(?:anyone|anybody|people|others|folks|everyone|everybody|attendees|readers|"
    r"followers|them)\b|\w*\s+for\s+(?:[\w-]+\s+)?(?:money|donations?|contributions?|funds)\b)|"
    r"tell|inform(?!ation)|disclos|disclaim|review|"
    r"sign-?off|loop|copy|copying|check|Freigabe|Genehmigung|Erlaubnis|Zustimmung|frag|Einverst|"
    r"Hinweis|Kennzeichn|Rücksprache|Bescheid|label|hashtag|#ad\b|credit|attribut|Quelle|source|"
    r"published|veröffentlich|case stud|Fallstudie))"
    r"[^,.;:!?\n]{1,40}"
    # "keep my agency's name off it", "wenn ich keine sensiblen Informationen nenne", "wenn ich
    # meine Behörde nicht erwähne"
    r"|\bkeep\b[^,.;:!?\n]{1,40}?\b(?:out|off)\b"
    # "if I take GitLab out of my handle", "wenn ich den Namen rausnehme" (see _TAKEN_OUT)
    r"|"
    + _TAKEN_OUT_PATTERN
    + r"|\b(?:kein\w*|(?:mein\w*|unser\w*|den|die|das|der)\s+[^,.;:!?\n]{1,40}?\s+nicht)\s+"
    # ("die noch nicht veröffentlichten Ergebnisse erwähnen" names them: "nicht" says what
    # they are, not what is left out)
    r"(?!(?:öffentlich|veröffentlicht|freigegeben|angekündigt|bekannt|genehmigt)\w*\b)"
    r"(?:[^,.;:!?\n]{1,50}?\s+)??(?:nenne|nennen|erwähne|erwähnen|zeige|zeigen|poste|posten|"
    r"teile|teilen|verwende|verwenden|sage|sagen|schreibe|schreiben)\b",
    re.IGNORECASE,
)
# Asking to take a step oneself: "can I contact the Outreach team", "darf ich mich an das
# Outreach-Team wenden"; the named team or channel follows.
_ASKS_TO_CONTACT = re.compile(
    r"\b(?:can|may|could|should|darf|kann|soll)\s+(?:I|we|ich|wir)\s+(?:just\s+|simply\s+|"
    r"first\s+|einfach\s+|zuerst\s+)?(?:contact|reach out to|reach|e-?mail|message|ping|"
    r"write to|turn to|talk to|ask|go to|kontaktieren|anschreiben|fragen|(?:mich|uns)\s+an)\s+"
    r"(?:the\s+|our\s+|das\s+|dem\s+|den\s+|die\s+|unser\w*\s+)?(?P<team>#?[\w-]+)",
    re.IGNORECASE,
)
# A clause's step of getting in touch: "you can contact the Outreach team", "let us know in …".
_CONTACT_STEP = re.compile(
    r"\b(?:contact|reach out|get in touch|let (?:us|them|\w+ team) know|ask in|wenden"
    r"|kontaktier\w*)\b",
    re.IGNORECASE,
)


def _takes_the_step(asking: str, quote: str) -> bool:
    """A question asking to get in touch with the very team or channel a clause's approval step
    names ("can I contact the Outreach team?" for "… you can contact the Outreach team to see if
    we can get it corrected")."""
    found = _ASKS_TO_CONTACT.search(asking)
    if found is None or not _CONTACT_STEP.search(quote):
        return False
    team = found.group("team").lstrip("#").split("-")[0]
    named = re.compile(rf"(?<![\w-])#?{re.escape(team)}\b", re.IGNORECASE)
    return len(team) > 2 and team.lower() not in _PERSONS and bool(named.search(quote))


_OFFERS_HELP = re.compile(r"\b(?:help|helping|assist|support|hilft|helfen|unterstützt)\b", re.I)
# Where a guideline names no clause for a kind of finding, the kind whose clause covers it.
_TOPIC_FALLBACK = {Kind.CRISIS: Kind.UNRELEASED}
# Kinds of finding that count only where a clause names the matter.
_NAMED_ONLY = {Kind.AUTHOR_NAMED, Kind.THIRD_PARTY, Kind.OFFICIAL_POSITION, Kind.SUBORDINATES}
