"""How one clause bears on a question: its effect, and the exact words that carry it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.judgement.audience import Label, for_audience
from bot.judgement.detectors import names_workplace
from bot.judgement.modality import (
    ASKING_WELCOME,
    DECISION_FOR,
    QUOTED_WORDS,
    answer_polarity,
    conditions_in,
    heading_effect,
    is_how_to,
    is_obligation,
    restrictiveness,
    sentence_effect,
)
from bot.judgement.quotes import TermWeight, lead_ins, ranked_sentences
from bot.judgement.quotes import sentences as sentences_of
from bot.models import Citation, Clause, Decision, Effect
from bot.retrieval.expansion import QueryExpander
from bot.retrieval.lexical import tokenize

_WORD = re.compile(r"[^\W\d_]{2,}")
_ONLY = re.compile(r"\b(?:nur|ausschließlich|only|solely)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Assessment:
    """How one clause bears on the question: its effect and the words that carry it."""

    clause: Clause
    effect: Effect
    quote: str
    conditions: list[str]
    fit: float = 0.0  # weighted share of the query's terms in the clause's best sentence
    detected: bool = False  # a detector found the clause's topic in the text itself
    carried: str = ""  # the list item the quoted lead-in or summary rules over, if any
    elsewhere: bool = False  # written only for another group than the question's own

    @property
    def decision(self) -> Decision:
        return DECISION_FOR[self.effect]

    def citation(self) -> Citation:
        c = self.clause
        return Citation(
            clause_id=c.clause_id,
            heading=c.heading,
            text=c.text,
            quote=self.quote,
            source=c.source,
            label=c.label,
            document=c.document,
        )


def assess(
    clause: Clause,
    query: str,
    weight: TermWeight | None = None,
    bridged: str = "",
    label_in_force: Label | None = None,
    *,
    draft: bool = False,
    asking: str = "",
) -> Assessment:
    """The clause's effect on this query: its metadata, or the modal language of the sentences
    closest to the query, the most restrictive of those that fit about as well as the best.
    `bridged` holds the glossary's terms for the query, which count for less than its own;
    `label_in_force` is the group label in force where the clause begins (see for_audience);
    `draft` says the query is a post to check rather than a question; `asking` is its asking
    sentence when sentences before it set the scene."""
    # The group a German question names ("weniger eingeschränkt") reaches English labels
    # through the glossary.
    own = for_audience(clause.text, f"{query} {bridged}", label_in_force)
    if own is None:
        # Written only for another group than the one the question says it is from.
        return Assessment(clause, Effect.INFORMS, sentences_of(clause.text)[0], [], elsewhere=True)
    if own != clause.text:
        narrowed = clause.model_copy(update={"text": own})
        narrowed_assessment = assess(narrowed, query, weight, bridged, draft=draft, asking=asking)
        return replace(narrowed_assessment, clause=clause)
    ranked = ranked_sentences(clause.text, query, weight, bridged)
    found = sentences_of(clause.text)
    best, best_score = ranked[0]
    close = [s for s, score in ranked if score >= best_score * 0.6 and score > 0] or [best]
    if bare_item(best):
        # A list entry ("digital.gov blog") names the thing asked about but says nothing of it.
        # A post that names it ("18F is hiring …") meets none of the clause's rules by that; for
        # a question, the sentences that speak of it best beside the entry carry what it says.
        said = [(s, score) for s, score in ranked if not bare_item(s) and score > 0]
        if draft:
            close = [best]
        elif said:
            close += [s for s, score in said if score >= said[0][1] * 0.9 and s not in close]
    asked_close: list[str] = []
    if asking and asking != query:
        # "Teammates helped with editing and design. Should they be listed as authors?": the
        # scene fits "you can thank them …", what is asked fits "… should not be included as
        # authors"; a no close to the asking sentence is weighed too.
        by_asking = ranked_sentences(clause.text, asking, weight, "")
        top_asked = by_asking[0][1]
        # ("Can I help her?" asks nothing of "his or her own accord": a pronoun there stands
        # for someone in the scene.)
        own_words = set(tokenize(_PRONOUNS.sub(" ", asking)))
        asked_close = [
            s
            for s, score in by_asking
            if score >= top_asked * 0.6 and score > 0 and own_words & set(tokenize(s))
        ]
    carriers = _carriers(clause.text)
    effects = {s: _effect_for(carriers.get(s, s), query, weight, bridged) for s, _ in ranked}
    asked = set(tokenize(f"{query}\n{bridged}"))
    if not draft:
        for sentence in effects:
            if effects[sentence] is Effect.PERMITS and QUOTED_WORDS.search(sentence):
                # "… would be using one of the following words: "will," "may," …" names a
                # "may"; it gives no one leave. (For posts that reading still stands: without it
                # the forward-looking list would catch every "I'll be speaking at …".)
                effects[sentence] = sentence_effect(QUOTED_WORDS.sub(" ", sentence))
    if not draft:
        for sentence in effects:
            instead = _INSTEAD_OF.search(sentence)
            if (
                effects[sentence] is Effect.INFORMS
                and instead is not None
                and set(tokenize(instead.group(1))) & asked
            ):
                # "Posts with TTS as an author … are about statements of policy or fact rather
                # than opinions": a question asking to put an opinion there asks for what the
                # sentence sets aside.
                effects[sentence] = Effect.PROHIBITS
    if not draft and not _ASKS_ABOUT_ASKING.search(query):
        for sentence in effects:
            if effects[sentence] is Effect.PERMITS and _YES_TO_ASK.search(sentence):
                # "If you have any questions about whether to put something on social media,
                # feel free to ask in #tweet-this" welcomes asking; it gives no leave to reply
                # to a reporter's question, only to whoever asks where to ask.
                effects[sentence] = Effect.INFORMS
    for dont, do in _example_pairs(clause.text).items():
        apart = set(tokenize(dont)) - set(tokenize(do)) - _EXAMPLE_NOISE
        if len(apart & asked) < (1 if not draft else 2):
            # "Don't: X is speaking at this event - make sure to sign up and go!" beside "Do: X
            # is speaking about …": a draft with at most one of what sets the bad example apart
            # from the good one ("three years on the team" and "… event of the year") is not
            # what it warns of.
            effects[dont] = Effect.INFORMS
    heading_stems = set(tokenize(clause.heading))
    for example in _WORKED_EXAMPLE.findall(clause.text):
        scene_words = set(tokenize(example)) - heading_stems
        if len(scene_words & asked) >= 2:
            continue  # the question is the example's scene
        for sentence in effects:
            if sentence in example and effects[sentence] is not Effect.INFORMS:
                # "Example 3: The day before the election, an employee shares the editorial …
                # is political activity prohibited by the Hatch Act." decides that scene, not a
                # question that shares only the matter of the whole answer with it.
                effects[sentence] = Effect.INFORMS
    for sentence in effects:
        ruled_out = _MUST_WITHOUT.search(sentence)
        if (
            ruled_out
            and (
                _shares_a_word(set(tokenize(ruled_out.group(1))), asked)
                or (_COMMENTARY.match(ruled_out.group(1)) and _OWN_VIEW.search(query))
            )
            and not does_as_told(sentence, query)
        ):
            # The question asks to do what the sentence says to leave out ("kommentieren" and
            # "without personal commentary"); a question about anything else is not ruled out.
            effects[sentence] = Effect.PROHIBITS
    if not draft:
        for sentence in effects:
            if (
                effects[sentence] is Effect.PROHIBITS
                and _LEAVE_OUT.search(sentence)
                and not _names_the_limit(sentence, asked)
            ):
                # "… must endorse the candidate in his personal capacity and may not identify
                # his federal position" says what to leave out of an endorsement; it rules out
                # nothing of one whose question does not ask to name it.
                effects[sentence] = Effect.INFORMS
    if not _OWN_CANDIDACY.search(query):
        for sentence in effects:
            if effects[sentence] is Effect.PROHIBITS and _CANDIDACY_BAN.search(sentence):
                # "… may not be a candidate for public office in a partisan election" does not
                # reach a post about canvassing for someone else's campaign.
                effects[sentence] = Effect.INFORMS
    giving = bool(_OWN_GIVING.search(query) and not _ASKS_OTHERS.search(query))
    if giving:
        for sentence in effects:
            if effects[sentence] is Effect.PROHIBITS and _SOLICITING_BAN.search(sentence):
                # "… may not solicit, accept, or receive political contributions" does not reach
                # one's own donation: giving is not asking.
                effects[sentence] = Effect.INFORMS
    if _SAYS_PUBLIC.search(query) and not _SAYS_NOT_PUBLIC.search(query):
        for sentence in effects:
            if effects[sentence] is Effect.PROHIBITS and _NON_PUBLIC_ONLY.search(sentence):
                # "… make sure you aren't sharing any non-public information" says nothing of
                # "our public GitHub repo": what the rule keeps back is not what is asked about
                # (unless the question names something not yet public too).
                effects[sentence] = Effect.INFORMS
    if not draft:
        for sentence in effects:
            ruled = _RATHER_THAN.search(sentence)
            if not ruled:
                continue
            # "Can I tweet about my project?" beside "feel free to … talk about your project":
            # "limit your tweet to only sharing facts rather than encouraging people … to attend
            # a conference" rules out nothing the question names. Nor does it for "Can I
            # live-tweet my colleague's talk at a conference?": a question that urges no one
            # is not what it rules out, however many of its words (tweet, conference) it shares.
            first = set(tokenize(ruled.group("first")))
            unasked = not (first | set(tokenize(ruled.group("rest")))) & asked or (
                not first & asked and not _URGES.search(query)
            )
            if unasked:
                effects[sentence] = Effect.INFORMS
                if sentence == best:
                    # It fit best only by the words it shares with what it does not rule out:
                    # the sentences that fit about as well as the next one are the ones to weigh.
                    rest = [(s, score) for s, score in ranked if s != best and score > 0]
                    if rest:
                        close = [s for s, score in rest if score >= rest[0][1] * 0.6]
    if draft:
        for sentence in effects:
            action = _RATHER_THAN.search(sentence)
            if action and not set(tokenize(action.group("first"))) & asked:
                # "Limit your tweet to only sharing facts rather than encouraging people to
                # attend": a post that does not do what the sentence rules out is what it allows
                # (a post that urges people to come is the call-to-action detector's to find).
                effects[sentence] = Effect.INFORMS
    if not draft and _SAYS_NOT_PUBLIC.search(query):
        # "… before they are public" names what "… aren't sharing any non-public information"
        # keeps back, however little else of the question that sentence shares.
        close += [
            s
            for s in effects
            if s not in close and effects[s] is Effect.PROHIBITS and _NON_PUBLIC_ONLY.search(s)
        ]
    close += [
        s
        for s in asked_close
        if s not in close and effects[s] is Effect.PROHIBITS and not _DONT_EXAMPLE.match(s)
    ]
    if not draft:
        for position, sentence in enumerate(found[:-1]):
            after = found[position + 1]
            if (
                sentence in close
                and _OTHERWISE.match(after)
                and after in effects
                and after not in close
                and qualifier_denied(sentence, query)
            ):
                # "Only share customer information from published case studies. For any
                # other customer-related content, obtain prior approval …": the question
                # says there is no case study, so the "any other" sentence speaks to it.
                close.append(after)
    if not draft and effects[best] is Effect.PERMITS and _does_as_advised(best, query):
        # The question does what the best sentence says should be done ("every contributor
        # should be listed as an author"): a rule beside it on another verb ("should only use
        # plural pronouns") does not speak to it.
        close = [s for s in close if s == best or not _ruled_verb_unasked(s, asked)]
    if not draft and effects[best] is Effect.PERMITS and not _NAMES_WHAT_IS_KEPT.search(query):
        # "If you or someone is speaking at an event, it is okay to … post live" fits best; "…
        # make sure you aren't sharing any sensitive or non-public information" beside it keeps
        # back only what the question names nothing of.
        close = [
            s
            for s in close
            if s == best or not (effects[s] is Effect.PROHIBITS and _NON_PUBLIC_ONLY.search(s))
        ]
    if not draft:
        own_words = set(tokenize(query))
        for example in _WORKED_EXAMPLE.findall(clause.text):
            scene = set(tokenize(example)) - heading_stems
            if best in example and len(scene & own_words) >= SCENE_WORDS:
                # The question is the scene of "Example 1: While on their lunch break, several
                # employees discuss …", in its own words: the example's own finding ("… nothing
                # about this discussion suggests that it is political activity prohibited")
                # answers it.
                verdicts = [
                    s
                    for s in found
                    if s in example and effects.get(s, Effect.INFORMS) is not Effect.INFORMS
                ]
                close += [s for s in verdicts[-1:] if s not in close]
    strictest = max(close, key=lambda s: restrictiveness(effects[s]))
    inferred = effects[strictest]
    quote = strictest if restrictiveness(inferred) > restrictiveness(effects[best]) else best
    carried = quote if quote in carriers else ""
    quote = carriers.get(quote, quote)
    polarity = answer_polarity(clause.text, clause.heading)
    if (
        polarity is Effect.PERMITS
        and _QUALIFIED.search(found[0])
        and not _exception_unasked(found[0], clause.heading, asked)
    ):
        # "Yes, but only in a limited capacity.": the sentences that draw the limits decide.
        polarity = None
    if giving and polarity is Effect.PROHIBITS and _SOLICITING_BAN.search(clause.heading):
        # "Does the Hatch Act prohibit me from soliciting … contributions …?" "Yes." answers
        # asking others for money, not giving one's own.
        polarity = None
    if draft and polarity is Effect.PROHIBITS and heading_unasked(clause.heading, asked, weight):
        # "Can I participate in a tiered political fundraiser?" "No." says nothing of a post
        # about being a guest speaker at one: its sentences decide, each for what it speaks to.
        polarity = None
    stated = clause.effect or heading_effect(clause.heading) or polarity
    if stated is not None and clause.effect is None and polarity is stated:
        quote = found[0] if quote == best else quote
    effect = stated or inferred
    if (
        stated is Effect.PERMITS
        and clause.effect is None
        and polarity is not Effect.PERMITS
        and restrictiveness(inferred) > restrictiveness(stated)
    ):
        # "DO distinguish personal views …" heads advice, not a yes for all it says: "Do not
        # speak on GitLab's behalf unless …" in it is still a no.
        effect, quote = inferred, carriers.get(strictest, strictest)
    if (
        clause.effect is None
        and stated is Effect.PROHIBITS
        and any(_approval_path(s, effects[s]) for s in close)
    ):
        # "DON'T share legal information" whose text says "… requires approval from Legal":
        # the text names the way to yes, so a person decides.
        effect = Effect.REQUIRES_APPROVAL
        approving = next(s for s in close if _approval_path(s, effects[s]))
        quote = carriers.get(approving, approving)
    # A clause's metadata states its rule; a sentence that grants a narrower exception and fits
    # the question clearly better than every restricting sentence may still decide. One whose
    # "only …" condition the question itself meets need only fit better.
    met = qualifier_met(best, query, bridged)
    if (
        stated in (Effect.PROHIBITS, Effect.REQUIRES_APPROVAL)
        and effects[best] is Effect.PERMITS
        and (not _ONLY.search(best) or met)
    ):
        restricting = [
            score
            for s, score in ranked
            if effects[s] in (Effect.PROHIBITS, Effect.REQUIRES_APPROVAL)
        ]
        # (An item the guideline offers as the way around the rule, "Alternatives when
        # permission isn't available: … Use permissively-licensed resources like Unsplash",
        # is such a condition met when the question names it.)
        offered = bool(_ALTERNATIVES.search(carriers.get(best, "")))
        lead = 1.0 if met or offered else 2.0
        if best_score > 0 and all(best_score >= lead * score for score in restricting):
            effect, quote = Effect.PERMITS, best
    if (stated is not None and quote == best and effect is not effects[best]) or (
        sentence_effect(quote) in _CONTRADICTS[effect]
    ):
        # Quote the sentence that carries the rule when one does: a "yes" quoting "… may not …"
        # (said of another group of people, say) would contradict its own answer.
        carrying = [s for s, _ in ranked if effects[s] is effect]
        quote = carriers.get(carrying[0], carrying[0]) if carrying else best
    if effect is Effect.PERMITS and about_what_is_out(quote, query):
        # "Comments about GitLab's published financial results must …" gives nothing for
        # "interne Finanzdaten": what the yes is about is not what is asked about.
        effect = Effect.INFORMS
    if effect is Effect.PERMITS:
        broken = next(
            (c for c in found if _breaks_condition(c, query) or _names_the_limit(c, asked)), None
        )
        if broken is not None:
            # "… as long as the other member is not a subordinate" and the question asks about
            # one who reports to the asker: the yes's own condition says no.
            effect, quote = Effect.PROHIBITS, broken
    if (
        not draft
        and effect is Effect.PERMITS
        and _GIVING_HEADING.search(clause.heading)
        and _SOLICITS.search(query)
    ):
        # "Can I make a contribution to the campaign …? Yes." is about giving one's own money,
        # not about asking people for theirs.
        return Assessment(clause, Effect.INFORMS, quote, [], fit=best_score)
    if not draft and effect is Effect.PROHIBITS and exception_met(quote, query):
        # "I've completed communications training and comms explicitly authorized me. Can I
        # speak on GitLab's behalf?" against "Do not … unless you have completed communications
        # training and are explicitly authorized": the exception is the question's premise.
        return Assessment(clause, Effect.PERMITS, quote, [quote], fit=best_score)
    if not draft and effect is Effect.REQUIRES_APPROVAL and approval_granted(quote, query):
        # "After Legal explicitly approves it, can I mention the case?": the yes the rule asks
        # for is the question's own premise, and the answer is yes on that condition.
        return Assessment(clause, Effect.PERMITS, quote, [quote], fit=best_score)
    return Assessment(
        clause,
        effect,
        quote,
        conditions_in(quote) if effect is Effect.PERMITS else [],
        fit=best_score,
        carried=carried if carriers.get(carried) == quote else "",
    )


def bare_item(sentence: str) -> bool:
    """A list entry without a statement: a few words and no closing stop."""
    return len(sentence.split()) <= 4 and not sentence.rstrip().endswith((".", "!", "?", ":"))


# "Only share customer information from published case studies and …": the qualifier that
# makes the restricted thing fine.
_ONLY_QUALIFIER = re.compile(
    r"\b(?:only|nur|ausschließlich)\b[^.;:]*?\b(?:from|with|by|after|if|when|once|aus|mit|von|"
    r"nach|wenn|sofern)\s+([^.;:,]+?)(?=\s+(?:and|or|und|oder)\b|[.;:,]|$)",
    re.IGNORECASE,
)
# A question that says "without", "before" or "not" may name the qualifier only to deny it.
_DENIES = re.compile(
    r"\b(?:without|before|not|no|unless|instead|ohne|vor|vorher|nicht|kein\w*|statt)\b|n't\b",
    re.IGNORECASE,
)


_WITHOUT = re.compile(r"\b(?:without|ohne)\s+([^.;:,?!]+)", re.IGNORECASE)


def _skips_obligation(sentence: str, query: str) -> bool:
    """Whether the question wants to do without what an obligation asks for: "email an analyst
    without copying Investor Relations" against "Investor Relations must be copied on …"."""
    if not (is_obligation(sentence) or is_how_to(sentence)):
        return False
    said = set(tokenize(sentence))
    if _SKIPS_ANYONE.search(query) and _INVOLVES_OTHERS.search(sentence):
        # "reply without looping anyone in" against "… must be copied on all email …"
        return True
    # "ohne Bildbeschreibung" against "… make sure the image has an accessible description":
    # what is left out, in the guideline's words by the built-in glossary. (Not where the
    # sentence also forbids: "ohne meinen Dienstgrad" leaves out what "… may not identify his
    # federal position" rules out.)
    translate = sentence_effect(sentence) is not Effect.PROHIBITS
    return any(
        _all_words_in(match.group(1), said)
        or (
            translate
            and any(
                _all_words_in(term, said)
                for group in _glossary().bridges(match.group(1))
                for term in group
            )
        )
        for match in _WITHOUT.finditer(query)
    )


# Leaving everyone else out, whoever the obligation names.
_SKIPS_ANYONE = re.compile(
    r"\bwithout\s+(?:looping|cc'?ing|copying|including|involving|telling|informing|checking with|"
    r"consulting|asking)\s+(?:in\s+)?(?:anyone|anybody|someone|somebody|others|them)\b"
    r"|\bohne\s+(?:jemanden|irgendwen|andere)\s+(?:einzubeziehen|zu informieren|in Kopie zu setzen|"
    r"zu fragen)\b",
    re.IGNORECASE,
)
# An obligation that brings someone else in: copied, informed, consulted, included.
_INVOLVES_OTHERS = re.compile(
    r"\b(?:copied|cc'?d|informed|notified|consulted|included|involved|invited|contacted|"
    r"in Kopie|informiert|einbezogen|hinzugezogen)\b",
    re.IGNORECASE,
)


# "… into my post without asking them?", "ohne zu fragen": the question wants to skip the yes.
_SKIPS_ASKING = re.compile(
    r"\b(?:without|ohne)\s+(?:first\s+|even\s+|vorher\s+)?(?:asking|permission|approval|consent|"
    r"getting (?:an?\s+|their\s+|his\s+|her\s+|the\s+)?(?:ok|okay|permission|approval|consent|"
    r"sign-off)|(?:zu\s+)?fragen|nachzufragen|Erlaubnis|Zustimmung|Genehmigung|Freigabe)\b"
    # "… before its approver has signed off", "vor der Freigabe"
    r"|\bbefore\s+(?:the|its|my|our|their|his|her|they|she|he|Legal|\w+)\s+(?:\w+\s+)?"
    r"(?:has\s+|have\s+)?(?:signed off|approved|agreed|said yes|given (?:the )?(?:ok|go-ahead))"
    r"|\bvor\s+der\s+(?:Freigabe|Genehmigung|Zustimmung)\b",
    re.IGNORECASE,
)
# The yes a rule asks for, said to be given: "After Legal explicitly approves it, …", "Once my
# colleague explicitly says yes, …", "with their permission", "Nachdem ich dem Outreach-Team
# vorher Bescheid gegeben habe, …". (Not "before …", nor "even if they don't".)
_GRANTED = re.compile(
    r"\b(?:after|once|now that|since)\s+(?P<who>[^,.;?]{1,60}?)\s+(?:has\s+|have\s+)?"
    r"(?:explicitly\s+|officially\s+|formally\s+)?(?:approves?|approved|signs? off|signed off|"
    r"says? yes|said yes|agrees?|agreed|consents?|consented|gives? (?:me\s+)?(?:the\s+)?"
    r"(?:ok|okay|go-ahead|permission|approval|consent)|gave (?:me\s+)?(?:the\s+)?(?:ok|okay|"
    r"go-ahead|permission|approval|consent))\b"
    r"|\bwith\s+(?P<whose>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:explicit\s+|written\s+|prior\s+)?"
    r"(?:approval|permission|consent|sign-off|go-ahead)\b"
    r"|\b(?:nachdem|sobald|wenn)\s+(?P<wer>[^,.;?]{1,80}?)\s+(?:zugestimmt|freigegeben|genehmigt|"
    r"Bescheid gegeben|informiert|erlaubt)\s+(?:hat|haben|habe|hast)\b"
    r"|\bmit\s+(?:der\s+|ihrer\s+|seiner\s+|deren\s+)?(?P<wessen>\w+)?\s*"
    r"(?:Zustimmung|Freigabe|Genehmigung|Erlaubnis|Einverständnis)\b"
    # Told as done, before the question: "Legal gave me explicit approval in #legal.", "The
    # Brand team approved my design.", "… and comms explicitly authorized me", "I told the
    # Outreach team beforehand", "Meine Kollegin hat ausdrücklich zugestimmt."
    r"|(?:^|(?<=[.!?;:])\s*|\b(?:and|so|but|und)\s+)(?P<done>[^,.;:?!]{1,60}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:explicitly\s+|officially\s+|formally\s+)?"
    r"(?:approved|signed off|okayed|ok'd|authori[sz]ed (?:me|us|it)|gave (?:me\s+|us\s+)?"
    r"(?:their\s+|its\s+|his\s+|her\s+|the\s+|an?\s+)?(?:explicit\s+|written\s+|formal\s+)?"
    r"(?:ok|okay|go-ahead|green light|permission|approval|consent|sign-off))\b"
    r"|\bI\s+(?:already\s+)?(?:told|informed|let)\s+(?P<told>[^,.;:?!]{1,40}?)\s+(?:know\s+)?"
    r"(?:beforehand|in advance|ahead of time)\b"
    r"|(?:^|(?<=[.!?;:])\s*)(?P<fertig>[^,.;:?!]{1,60}?)\s+(?:hat|haben)\s+(?:[^,.;:?!\s]+\s+){0,3}?"
    r"(?:schon\s+|bereits\s+)?(?:ausdrücklich\s+|schriftlich\s+)?"
    r"(?:zugestimmt|freigegeben|genehmigt|abgesegnet)\b",
    re.IGNORECASE,
)
_NOT_GRANTED = re.compile(
    r"\b(?:doesn't|does not|don't|do not|didn't|did not|won't|hasn't|haven't|never|nicht|"
    r"kein\w*|even if|auch wenn)\b",
    re.IGNORECASE,
)
# A sentence that asks, or a yes still to come, is no yes told as given.
_AUX_FIRST = re.compile(
    r"\W*(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|must|may|"
    r"might|need|needs)\b",
    re.IGNORECASE,
)
_STILL_TO_COME = re.compile(
    r"\b(?:to|must|should|will|would|can|could|need|needs)\s+(?:be|get)\s*$", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|got|gets)\s*$", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+([^,.;:?!]{1,60})", re.IGNORECASE)
_SEVERAL_APPROVERS = re.compile(r"\b(?:as well as|and also|both|sowie|als auch)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\W*(?:before|until|unless|bevor|bis|ohne)\b", re.IGNORECASE)
_APPROVAL_WORDS = frozenset(
    tokenize(
        "approval approve approves approved explicit explicitly permission consent "
        "sign off prior written obtain require requires required team the from their"
    )
)


# Telling first, as the question's premise: "If I let the Outreach team know beforehand, …",
# "Wenn ich dem Outreach-Team vorher Bescheid gebe, …". Enough where the step is only to tell.
_TELLS_FIRST = re.compile(
    r"\b(?:if|once|after|when)\s+I\s+(?:first\s+)?(?:let|tell|inform|notify)\s+"
    r"(?P<who>[^,.;:?!]{1,40}?)\s+(?:know\s+)?(?:beforehand|in advance|ahead of time|first)\b"
    r"|\b(?:wenn|sobald|nachdem)\s+ich\s+(?P<wem>[^,.;:?!]{1,60}?)\s+(?:vorher\s+|vorab\s+|"
    r"zuerst\s+)(?:Bescheid\s+gebe|informiere)\b",
    re.IGNORECASE,
)
# A step that is only to tell someone ("please let the TTS Outreach team know beforehand"),
# not to get their yes.
_TELL_STEP = re.compile(
    r"\b(?:let\s+(?:[\w'’-]+\s+){1,4}know|inform|notify|tell)\b|\bBescheid\b", re.IGNORECASE
)
_ASKS_A_YES = re.compile(
    r"\b(?:approv\w*|permission|consent|sign-?off|authori[sz]\w*|Freigabe|Genehmigung|"
    r"Zustimmung|Erlaubnis)\b",
    re.IGNORECASE,
)


# A yes only to ask someone ("feel free to ask in #tweet-this", "feel free to contact us"), not
# one that goes on to other acts ("feel free to ask questions, share public GitHub repos, …",
# "… ask questions and talk about …"; a channel's name, "#tweet-this", is no act).
_YES_TO_ASK = re.compile(
    r"\bfeel free to (?:ask|contact|reach out|ping|get in touch)\b"
    r"(?![^.;]*?\b(?:share|talk|post|tweet|publish)\b(?!-))",
    re.IGNORECASE,
)
# A question about asking: whom, where, whether one may ask.
_ASKS_ABOUT_ASKING = re.compile(
    r"\b(?:ask|asking|inquire|where|whom|who|contact|reach out|channel|fragen|nachfragen|wo|wen|"
    r"an wen|Kanal|Ansprechpartner\w*)\b",
    re.IGNORECASE,
)


def _only_to_tell(sentence: str) -> bool:
    return bool(_TELL_STEP.search(sentence)) and not _ASKS_A_YES.search(sentence)


def approval_granted(sentence: str, query: str) -> bool:
    """Whether the question says the yes the sentence asks for is given, by whom the sentence
    names (a word in common: "Legal", "colleague", "Outreach") or by anyone when it names no one
    the question could. Where the step is only to tell them, saying one tells them first is
    enough; telling is no yes where a yes is asked for."""
    granted = _GRANTED.search(query)
    if granted is not None and granted.group("told") and not _only_to_tell(sentence):
        granted = None  # "I told Legal beforehand" is not Legal's approval
    if granted is None:
        told = _TELLS_FIRST.search(query) if _only_to_tell(sentence) else None
        if told is None:
            return False
        return _names_the_giver(told.group("who") or told.group("wem") or "", sentence)
    if _NOT_GRANTED.search(granted.group(0)):
        return False
    giver = next((g for g in granted.groups() if g), "")
    if granted.group("done"):
        if _AUX_FIRST.match(giver) or _STILL_TO_COME.search(giver):
            return False  # "Does it need to be approved first?" asks; it tells nothing done
        if _PASSIVE.search(giver):
            # "My post was approved by the blog's approver": the giver follows "by".
            agent = _BY.match(query, granted.end())
            giver = agent.group(1) if agent else ""
    if _NOT_YET.match(giver):
        return False  # "Before Legal approved it, …", "Bevor die Kollegin zugestimmt hat, …"
    if _SEVERAL_APPROVERS.search(sentence):
        return False  # "… at their agency as well as at TTS and GSA": one yes is not all of them
    return _names_the_giver(giver, sentence)


def _names_the_giver(giver: str, sentence: str) -> bool:
    """Whether the sentence names the giver (a word in common, or in the guideline's language by
    the built-in glossary), or the giver is no one in particular."""
    named = set(tokenize(giver)) - _APPROVAL_WORDS
    if not named:
        return True
    said = set(tokenize(sentence))
    if _shares_a_word(named, said):
        return True
    # "Meine Kollegin hat zugestimmt" for "obtain their explicit permission" of colleagues: the
    # giver in the guideline's language, by the built-in glossary.
    translated = {
        t for group in _glossary().bridges(giver) for term in group for t in tokenize(term)
    }
    return _shares_a_word(translated - _APPROVAL_WORDS, said)


@lru_cache(maxsize=1)
def _glossary() -> QueryExpander:
    return QueryExpander.load()


# "… unless you have completed communications training and are explicitly authorized."
_UNLESS = re.compile(r"\b(?:unless|es sei denn|außer wenn)\b,?\s+([^.;:]+)", re.IGNORECASE)
# What an exception says of whom, not what must be true: "you have … and are …".
_EXCEPTION_FILLER = frozenset(tokenize("you have has are is been your sie haben sind ist ihr"))


def exception_met(sentence: str, query: str) -> bool:
    """Whether the question states, in so many words and not denied, everything a ban's
    "unless …" asks for."""
    match = _UNLESS.search(sentence)
    if match is None or _DENIES.search(query):
        return False
    wanted = [
        stems
        for word in _WORD.findall(match.group(1))
        if (stems := set(tokenize(word)) - _EXCEPTION_FILLER)
    ]
    stated = set(tokenize(query))
    return len(wanted) >= 2 and all(_shares_a_word(stems, stated) for stems in wanted)


def skips_step(sentence: str, query: str) -> bool:
    """Whether the question wants to do without what the sentence asks for: an obligation, a
    how-to's "make sure …", or an approval."""
    return _skips_obligation(sentence, query) or _skips_approval(sentence, query)


def _skips_approval(sentence: str, query: str) -> bool:
    """Whether the question wants to do without the yes a sentence asks for: "paste a diagram
    from someone's blog without asking them" against "Always obtain permission before …"."""
    return bool(_SKIPS_ASKING.search(query)) and (
        sentence_effect(sentence) is Effect.REQUIRES_APPROVAL
    )


def _all_words_in(phrase: str, stems: set[str]) -> bool:
    """Every word of the phrase (by any of its stems) is among the stems."""
    words = [set(tokenize(word)) for word in _WORD.findall(phrase)]
    words = [w for w in words if w]
    return bool(words) and all(w & stems for w in words)


def qualifier_met(sentence: str, query: str, bridged: str = "") -> bool:
    """Whether the question or draft itself states what an "only …" sentence asks for, in its
    own words or the glossary's (a German "veröffentlichte Fallstudie" for "published case
    studies")."""
    match = _ONLY_QUALIFIER.search(sentence)
    if match is None or _DENIES.search(query):
        return False
    stems = set(tokenize(f"{query}\n{bridged}"))
    if _LINK.search(query) or (_SAYS_PUBLIC.search(query) and not _SAYS_NOT_PUBLIC.search(query)):
        # "Full case study: about.gitlab.com/customers/…": what a link points to is published;
        # so is what the question asks to share once it "goes live".
        stems |= _PUBLISHED
    return _all_words_in(match.group(1), stems)


def qualifier_denied(sentence: str, query: str) -> bool:
    """Whether the question says that what an "only …" sentence asks for is not there ("None of
    them has a published case study", "keine veröffentlichte Fallstudie")."""
    match = _ONLY_QUALIFIER.search(sentence)
    if match is None or not _all_words_in(match.group(1), set(tokenize(query))):
        return False
    wanted = set(tokenize(match.group(1)))
    return any(
        set(tokenize(query[negation.end() : negation.end() + 50])) & wanted
        for negation in _NEGATION.finditer(query)
    )


# The verb a sentence rules out or limits: "… should not be referred to by name", "Do not use
# …", "… should only use plural pronouns".
_RULED_VERB = re.compile(
    r"\b(?:should|must|may|shall|can|could)\s*(?:not|only)\s+(?:be\s+)?(?P<verb>[a-z]+)"
    r"|\b(?:do not|don't|don’t|never)\s+(?P<verb2>[a-z]+)",
    re.IGNORECASE,
)


def _ruled_verb_unasked(sentence: str, asked: set[str]) -> bool:
    """Whether the sentence rules out a verb the question does not ask about."""
    ruled = _RULED_VERB.search(sentence)
    if ruled is None:
        return False
    return not set(tokenize(ruled.group("verb") or ruled.group("verb2"))) & asked


# The sentence for every case an "only …" sentence leaves out.
_OTHERWISE = re.compile(
    r"^\W*(?:for (?:any|all) other|in (?:any|all) other cases|otherwise|in every other case|"
    r"für (?:alle )?ander\w*|in allen anderen Fällen|andernfalls|ansonsten|sonst)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:no|not|none|never|without|kein\w*|nicht|ohne|noch nicht)\b|n't\b", re.IGNORECASE
)
_LINK = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:com|org|gov|io|net|de)/\S", re.IGNORECASE)
_PUBLISHED = frozenset(tokenize("published public veröffentlicht veröffentlichte öffentlich"))


_QUALIFIED = re.compile(
    r"\b(?:but|limited|subject to|restrictions?|except|unless|however|aber|eingeschränkt|"
    r"es sei denn|außer|unter Auflagen|mit Einschränkungen)\b",
    re.IGNORECASE,
)
# "Yes, unless the letterhead is used to solicit political contributions."
_YES_UNLESS = re.compile(
    r"^\W*(?:\*{0,2}[^*:\n]{0,60}:\*{0,2}\s*)?(?:yes|ja)\s*,\s*(?:unless|except (?:if|when)|"
    r"es sei denn|außer (?:wenn|falls))\s+([^.;:]+)",
    re.IGNORECASE,
)


def _exception_unasked(first: str, heading: str, asked: set[str]) -> bool:
    """A "Yes, unless X." whose X the question does not touch: the yes stands, X is its
    condition. What X shares with the heading (the matter itself, "letterhead") does not count;
    its own words ("solicit", "contributions") must be asked about to turn it."""
    unless = _YES_UNLESS.match(first)
    if unless is None:
        return False
    own = set(tokenize(unless.group(1))) - set(tokenize(heading))
    return bool(own) and not own & asked


# Words that stand for someone or something the scene names: "Can I help her?".
_PRONOUNS = re.compile(
    r"\b(?:he|she|him|her|hers|his|they|them|their|theirs|it|its|we|us|our|you|your)\b",
    re.IGNORECASE,
)
# The words any Q&A heading asks with, none of them telling; nor is a stand-in for whoever or
# whatever ("Can I volunteer for someones campaign?" asks about volunteering).
_HEADING_ASKING = frozenset(
    tokenize(
        "can may i my me we our you your allowed permitted is are am do does it there "
        "someone someones somebody anyone anybody something anything "
        # light verbs: "make a contribution" asks about the contribution
        "make have get"
    )
)
# "… a partisan candidate, or to a political party or organization?": each alternative set off
# by ", or" is a question of its own (a bare "or" joins nouns: "a party or campaign").
_EITHER_OR = re.compile(r",\s+or\s+", re.IGNORECASE)


def heading_unasked(heading: str, asked: set[str], weight: TermWeight | None) -> bool:
    """Whether a post or question leaves out the most telling word of the question a Q&A
    heading asks ("tiered" in "Can I participate in a tiered political fundraiser?"): then its
    "No." answers another question. A heading asking several things in the alternative is
    asked when one of them is."""
    if weight is None or not heading.rstrip().endswith("?"):
        return False
    parts = [words for part in _EITHER_OR.split(heading) if (words := _asks_about(part))]
    return bool(parts) and all(_telling_unasked(words, asked, weight) for words in parts)


def _asks_about(question: str) -> set[str]:
    return set(tokenize(question)) - _HEADING_ASKING


def _telling_unasked(words: set[str], asked: set[str], weight: TermWeight) -> bool:
    telling = max(sorted(words), key=weight)
    return weight(telling) > 0 and telling not in asked


_CONDITION_START = re.compile(
    r"\b(?:as long as|so long as|provided(?: that)?|solange|sofern|vorausgesetzt)\b", re.IGNORECASE
)
# "is not a subordinate", "kein Vorgesetzter": what a condition rules out, by its noun.
_RULED_OUT = re.compile(
    r"\b(?:not|nicht)\s+(?:a|an|the|ein|eine|einer|der|die|das)\s+(\w+)|\bkein\w*\s+(\w+)",
    re.IGNORECASE,
)
# Who reports to the asker is their subordinate, whatever the question calls them.
# "who doesn't report to me" says the opposite.
_SUBORDINATE = re.compile(
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )\breports? to me\b"
    r"|(?<!not )(?<!n't )(?<!n’t )\bmy (?:direct reports?|subordinates?)\b"
    r"|(?<!nicht )\bmir unterstellt\w*|(?<!nicht )(?<!kein )\bmeine\w* Untergebene\w*"
    # "I'm a supervisor … my team", "Ich bin Abteilungsleiter. Darf ich mein Team fragen …"
    r"|\b(?:I am|I'm|I’m|ich bin)\s+(?:a\s+|an\s+)?(?:supervisor|manager|team lead|"
    r"Abteilungsleiter\w*|Teamleiter\w*|Vorgesetzte\w*|Referatsleiter\w*)\b[^?]{0,80}?"
    r"\b(?:my team|my staff|mein\w* Team|mein\w* Mitarbeit\w*)\b",
    re.IGNORECASE,
)


def _breaks_condition(sentence: str, query: str) -> bool:
    """Whether the question names what a permission's "as long as …" condition rules out."""
    start = _CONDITION_START.search(sentence)
    if start is None:
        return False
    # "… a fellow member who isn't my subordinate" meets "as long as the other member is not a
    # subordinate": what the question denies it does not name.
    asked = set(tokenize(_DENIED_NOUN.sub(" ", query)))
    if _SUBORDINATE.search(query):
        asked |= set(tokenize("subordinate Untergebener"))
    for match in _RULED_OUT.finditer(sentence, start.end()):
        if set(tokenize(match.group(1) or match.group(2))) & asked:
            return True
    # "… provided the employee does not do so while on duty or in the federal workspace" and a
    # question set at work: "our office is having a party, can we raffle for a campaign?"
    return _NOT_AT_WORK.search(sentence, start.end()) is not None and names_workplace(query)


_DENIED_NOUN = re.compile(
    r"\b(?:is not|isn't|isn’t|are not|aren't|aren’t|not|nicht|kein\w*)\s+"
    r"(?:(?:my|a|an|one of my|mein\w*|ein\w*)\s+)?[\w-]+",
    re.IGNORECASE,
)
_NOT_AT_WORK = re.compile(
    r"\bnot\b[^.;]{0,40}\b(?:on duty|in the (?:federal )?(?:workplace|workspace)|federal building|"
    r"at work)\b",
    re.IGNORECASE,
)


# "… and may not identify his federal position or office": what a yes leaves out, by its noun.
_LIMIT = re.compile(
    r"\b(?:may|must|should|can|shall)\s+not\s+(?:identify|use|mention|name|list|include|display|"
    r"state|give|reveal|disclose)\s+(?:his|her|their|your|its|the)\s+(?:\w+\s+)?(\w+)",
    re.IGNORECASE,
)


# … of those, the ones that only say what to leave out of what one may do.
_LEAVE_OUT = re.compile(
    r"\b(?:and|but)\s+(?:may|must|should|shall)\s+not\s+(?:identify|mention|name|list|state)\s+"
    r"(?:his|her|their|your|its)\b",
    re.IGNORECASE,
)


def _names_the_limit(sentence: str, asked: set[str]) -> bool:
    """Whether the question (with its synonyms) asks for what a yes's sentence leaves out:
    "sign the letter with my title" and "… may not identify his federal position", "a link to
    her donation page" and "the endorsement may not contain a request for political
    contributions or information about where voters may contribute"."""
    match = _LIMIT.search(sentence)
    if match is not None and set(tokenize(match.group(1))) & asked:
        return True
    content = _CONTENT_LIMIT.search(sentence)
    return content is not None and bool(
        (set(tokenize(content.group("what"))) - _LIMIT_NOISE) & asked
    )


# What a yes's post may not contain: "… may not contain a request for political contributions".
_CONTENT_LIMIT = re.compile(
    r"\b(?:may|must|should|shall|can)\s+not\s+(?:contain|include)\s+(?P<what>[^.;,]{3,120})",
    re.IGNORECASE,
)
# (words any question on the matter has: "political", "where")
_LIMIT_NOISE = frozenset(
    tokenize("information about request requests any may can the a an or political where")
)


_CONCESSION = re.compile(
    # (after a group's label: "Less Restricted Employees: Although …")
    r"^\W*(?:[A-Z][\w -]{2,40}:\s*)?"
    r"(?:(?:thus|so|therefore|hence|however|and|daher|deshalb|also)\s*,?\s+)?"
    r"(?:although|though|even though|while|obwohl|obgleich|wenngleich|zwar)\b[^,]{3,200},"
    r"\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_CONTRAST = re.compile(r",?\s+(?:but|whereas|while|aber|jedoch|während)\s+|;\s+", re.IGNORECASE)


# "If you're promoting the contest on your channels, it will need to follow the same rules …":
# what the condition has the reader do is taken as done; the rest is how to do it.
_IF_YOU_DO = re.compile(
    r"\b(?:if|when)\s+you(?:'re|’re|\s+are)?\s+(?P<act>\w+)\b(?P<rest>[^,;.]{0,80}),\s*"
    r"(?:it|you|they|this|that|these|those)\s+(?:will\s+)?(?:needs? to|must|ha(?:s|ve) to)\b",
    re.IGNORECASE,
)
# A wish or a happening is no act done: "if you want to …", "if you are contacted by …".
_NOT_AN_ACT = re.compile(
    r"want|wish|plan|intend|would|like|ha(?:ve|d)|g[eo]t|see|feel|think|believe|are|were|\w+ed",
    re.IGNORECASE,
)


# A team's offer to do a thing for the reader: "you can contact the Outreach team to see if we
# can get it corrected".
_TEAM_OFFER = re.compile(
    r"\b(?:contact|ask|reach out to|get in touch with|talk to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:team|us)\s+(?:to see (?:if|whether)|and)\s+(?:we|they)\s+(?:can|could)\s+"
    r"(?:get\s+(?:it|that|this|them)\s+)?(?P<act>\w+)",
    re.IGNORECASE,
)
# A question about doing it oneself, and a sentence that welcomes asking a team to do it.
ON_ONES_OWN = re.compile(r"\b(?:myself|by myself|on my own|selbst|selber)\b", re.IGNORECASE)
ASK_US = re.compile(ASKING_WELCOME, re.IGNORECASE)


# A question about having a team or an official account do something: "Can I ask the official
# account to retweet my post?", "Kann ich darum bitten, dass ein offizieller Account …",
# "Where do I ask to have the 18F account tweet …?"
_ASKS_THEM = re.compile(
    r"\b(?:ask|asking|request|requesting|get|have|bitten|bitte|anfragen)\b[^.?!]{0,60}"
    r"\b(?:account|accounts|team|them|us|Account|Konto|Team)\b"
    r"|^\W*(?:can|could|will|would|kann|könnte)\s+(?:the|an|our|ein|das|der|unser)\s+"
    r"[^?]{0,30}\b(?:account|Account|Konto|team|Team)\b",
    re.IGNORECASE,
)


def _presumes_the_act(sentence: str, query: str, bridged: str) -> bool:
    """Whether an obligation is tied to the very act asked about, done by the reader (the
    condition's verb and another of its words are asked): then that act is allowed."""
    match = _IF_YOU_DO.search(sentence)
    if match is None:
        return False
    act = match.group("act")
    if _NOT_AN_ACT.fullmatch(act):
        return False
    asked = set(tokenize(f"{query} {bridged}"))
    rest = set(tokenize(match.group("rest"))) - set(tokenize(act))
    return bool(set(tokenize(act)) & asked) and bool(rest & asked)


# "… please forward the message to press@gsa.gov without responding": what to do, and what not.
_DO_WITHOUT = re.compile(
    r"\bplease\s+(?P<act>\w+)\b[^;]{0,80}?\bwithout\s+(?P<skip>\w+)"
    # "you should not respond and, instead, forward the question to …"
    r"|\bshould not\s+(?P<skip2>\w+)\s+and,?\s+instead,?\s+(?P<act2>\w+)",
    re.I,
)
_REPLYING = frozenset(tokenize("respond responding answer answering reply replying comment"))
_NEGATED = re.compile(
    r"\b(?:not|never|without|no|don't|do not|won't|nicht|ohne)\s+(?:\w+\s+)?$", re.I
)


def does_as_told(sentence: str, query: str) -> bool:
    """Whether the question asks to do just what the sentence tells the reader to do, leaving
    out what it says to leave out: "Can I forward it to press@gsa.gov and not answer?"."""
    told = _DO_WITHOUT.search(sentence)
    if told is None:
        return False
    act, skip = told.group("act") or told.group("act2"), told.group("skip") or told.group("skip2")
    if not set(tokenize(act)) & set(tokenize(query)):
        return False
    left_out = set(tokenize(skip))
    if left_out & _REPLYING:
        left_out |= _REPLYING
    for word in re.finditer(r"[^\W\d_]+", query):
        if set(tokenize(word.group(0))) & left_out and not _NEGATED.search(query[: word.start()]):
            return False  # the question does what the sentence leaves out
    return True


# Advice to do something: "Consider breaking up your post into a series …".
_ADVISED = re.compile(r"\b(?:consider|try)\s+(?P<act>\w+ing\b[^.;:]{0,100})", re.IGNORECASE)


# What the sentence says should be done, in the passive: "… every contributor should be listed
# as an author".
_TO_BE_DONE = re.compile(
    r"\b(?:should|must|shall)\s+(?:also\s+|always\s+)?be\s+(?P<verb>[a-z]+ed)\b"
    r"(?P<rest>[^.;:]{3,60})",
    re.IGNORECASE,
)


def _does_as_advised(sentence: str, query: str) -> bool:
    """Whether the question asks to do what the sentence advises, in at least two of its words
    ("Can I split my long post into a series of posts?"), or what it says should be done, by its
    verb and a word of what follows ("Can we list all five as authors?")."""
    asked = set(tokenize(query))
    advised = _ADVISED.search(sentence)
    if advised is not None and len(set(tokenize(advised.group("act"))) & asked) >= 2:
        return True
    done = _TO_BE_DONE.search(sentence)
    if done is None or _NEGATED_ASK.search(query) or not set(tokenize(done.group("rest"))) & asked:
        return False
    # The asker does it ("Can we list …"), not has it done to them ("I've been invited to …").
    verb = set(tokenize(done.group("verb")))
    if not any(
        set(tokenize(word)) & verb and not re.search(r"(?:ed|en)$", word, re.IGNORECASE)
        for word in _WORD.findall(query)
    ):
        return False
    # "Some posts may have significant amounts of text written by more than two people, in
    # which case every contributor should be listed": the question must meet the case too ("Five
    # of us wrote significant parts of the post"), not only share a word of it ("Our designer
    # made the images for my post").
    case = _IN_WHICH_CASE.search(sentence[: done.start()])
    if case is None:
        return True
    return len(set(tokenize(case.group("case") or case.group("case2"))) & asked) >= 2


_IN_WHICH_CASE = re.compile(
    r"(?P<case>[^.;:]+?)(?:,\s*)?\b(?:in which case|then)\b[^.;:]*$"
    r"|\b(?:if|when|where|once)\b(?P<case2>[^.;:]+?),",
    re.IGNORECASE,
)


# "Can we not list them?", "Should I leave him off?": asks about not doing it.
# "n't" sits outside the word boundaries: "can't" has no boundary before it.
_NEGATED_ASK = re.compile(
    r"\b(?:not|never|nicht|kein\w*|leave \w+ (?:off|out))\b|n't\b", re.IGNORECASE
)


def _effect_for(sentence: str, query: str, weight: TermWeight | None, bridged: str) -> Effect:
    """The effect of the part of a contrasting sentence that speaks to the question: "it would
    be ok to share the timeline … but it would not be ok to share the results"."""
    if qualifier_denied(sentence, query):
        # "None of them has a published case study" against "Only share customer information
        # from published case studies": no yes; what the clause says besides decides.
        return Effect.INFORMS
    if qualifier_met(sentence, query, bridged):
        return Effect.PERMITS
    if skips_step(sentence, query):
        return Effect.PROHIBITS
    if does_as_told(sentence, query) or _does_as_advised(sentence, query):
        return Effect.PERMITS
    offered = _TEAM_OFFER.search(sentence)
    if offered is not None and set(tokenize(offered.group("act"))) & set(tokenize(query)):
        # "… you can contact the Outreach team to see if we can get it corrected": correcting
        # it is theirs to do, so doing it oneself needs them first.
        return Effect.REQUIRES_APPROVAL
    whole = sentence_effect(sentence)
    if whole is Effect.INFORMS and _presumes_the_act(sentence, query, bridged):
        return Effect.PERMITS
    if whole is Effect.PERMITS and ASK_US.search(sentence):
        # "If you'd like an official account to respond to a tweet, let us know": the yes is
        # for asking them. "Can I reply from the official account myself?" needs them to agree;
        # a question that asks nobody ("reply on Hacker News …") gets no yes from it.
        if ON_ONES_OWN.search(query):
            return Effect.REQUIRES_APPROVAL
        if not _ASKS_THEM.search(query):
            return Effect.INFORMS
    concession = _CONCESSION.match(sentence)
    if concession is not None:
        # "Although the Act prohibits soliciting at any time, a union member may solicit …":
        # the main clause states the rule; the concession only sets the scene. Unless the
        # question asks nothing the main clause adds: "while the Act does not prohibit taking
        # leave to volunteer …, the employee is still prohibited from soliciting …" answers
        # "may I take leave to volunteer?" by its first part.
        main_text = concession.group(1)
        main = sentence_effect(main_text)
        scene_text = sentence[: concession.start(1)]
        scene_stems = set(tokenize(scene_text))
        asked = set(tokenize(f"{query} {bridged}"))
        adds = (set(tokenize(main_text)) - scene_stems) & asked
        scene = sentence_effect(scene_text)
        if not adds and scene is not Effect.INFORMS and scene_stems & asked:
            return scene
        return main if main is not Effect.INFORMS else whole
    parts = [p for p in _CONTRAST.split(sentence) if p.strip()]
    if len(parts) < 2:
        return whole
    ranked = ranked_sentences("\n".join(parts), query, weight, bridged)
    (best, score), runner_up = ranked[0], ranked[1][1]
    effect = sentence_effect(best)
    if effect is Effect.PERMITS and weight is not None:
        # "may attend as a spectator, but may not serve as a delegate" and a question about
        # going as a delegate: the limit speaks to a word the yes never mentions, one at least
        # as telling as any the yes shares with the question, so it holds.
        asked = set(tokenize(f"{query} {bridged}"))
        allowed = set(tokenize(best))
        bar = max((weight(t) for t in asked & allowed), default=0.0)
        for part, _fit in ranked[1:]:
            added = (set(tokenize(part)) & asked) - allowed
            said = math.fsum(map(weight, added))  # order-free: `added` is a set
            if sentence_effect(part) is Effect.PROHIBITS and said >= bar > 0:
                return Effect.PROHIBITS
    return effect if score > runner_up and effect is not Effect.INFORMS else whole


# A ban on being a candidate oneself, and a question or post about one's own run.
_CANDIDACY_BAN = re.compile(
    r"\bmay not (?:be|become|run as) (?:a )?candidates?\b"
    r"|\bprohibit\w*\b[^.;:]{0,40}\bfrom (?:being|becoming|running as) (?:a )?candidates?\b",
    re.IGNORECASE,
)
_OWN_CANDIDACY = re.compile(
    r"\b(?:I|I'm|I’m|me|my|myself|we|our|ich|mich|mein\w*|wir)\b[^.?!]{0,50}?\b(?:run|runs|running|"
    r"ran|candidacy|candidate|kandidier\w*|Kandidatur|seat|ballot|elected|reelection|re-election|"
    r"Wiederwahl|gewählt)\b"
    r"|\b(?:run|running|candidacy|kandidier\w*|Kandidatur)\b[^.?!]{0,30}?\b(?:I|me|my|ich|mich)\b",
    re.IGNORECASE,
)
# A ban on asking others for money: "may not solicit, accept, or receive political
# contributions", "prohibits an employee from sending … an e-mail that solicits contributions".
_SOLICITING_BAN = re.compile(
    r"\b(?:solicit\w*|accept\w*|receiv\w*)\b[^.;:]{0,60}\bcontributions?\b|\bfundrais(?:e|es|ing)\b",
    re.IGNORECASE,
)
# A question about giving one's own money, asking no one else for theirs: "Can I donate $50 to
# a candidate's campaign from home?", "Darf ich privat an eine Partei spenden?".
_OWN_GIVING = re.compile(
    r"\b(?:donat\w*|give|giving|gave|chip in|contribute|contributing|spende|spenden|spendete)\b",
    re.IGNORECASE,
)
_ASKS_OTHERS = re.compile(
    r"\b(?:ask\w*|invit\w*|solicit\w*|rais\w*|collect\w*|forward\w*|send\w*|share\w*|"
    r"post\w*|tweet\w*|link\w*|email\w*|e-mail\w*|fundrais\w*|host\w*|organi[sz]\w*|urg\w*|"
    r"encourag\w*|friends|others|everyone|people|followers|colleagues|coworkers|bitte\w*|"
    r"sammel\w*|aufruf\w*|teil\w*|weiterleit\w*|einlad\w*|Kollegen|Freunde|alle)\b",
    re.IGNORECASE,
)
_ALTERNATIVES = re.compile(r"\b(?:alternatives?|instead|Alternative\w*|stattdessen)\b", re.I)
# A heading about giving one's own money: "Can I make a contribution to the campaign of …?"
_GIVING_HEADING = re.compile(
    r"\b(?:make|give|making|giving) (?:a |any )?(?:political )?contributions?\b|\bdonate to\b",
    re.IGNORECASE,
)
# A question about asking others for theirs: "ask people for campaign donations", "ask my
# neighbors to donate", "Spenden sammeln".
_SOLICITS = re.compile(
    r"\b(?:ask|asking|invite|inviting|urge|urging|encourage|encouraging|get|getting)\b[^.?!]{0,40}?"
    r"\b(?:to (?:donate|give|contribute|chip in)|for (?:[\w-]+ ){0,2}(?:donations?|"
    r"contributions?|money|funds|dollars|bucks|cash)|for \$\d+)\b|\b(?:solicit\w*|fundrais\w*|"
    r"raise money|raising money|collect\w* (?:donations|money|contributions))\b"
    # "Spenden für den Wahlkampf einer Kandidatin sammeln": what is collected may come first
    r"|\b(?:Spenden|Geld)\b[^.?!]{0,60}?\b(?:zu\s+)?(?:sammeln|einsammeln|sammle|sammelt|"
    r"einwerben)\b|\bum Spenden (?:zu )?bitten\b",
    re.IGNORECASE,
)
# A question that calls what it shares public, by an adjective before the thing: "our public
# GitHub repo", "den Link zu unserem öffentlichen Repo" (not "before it is public").
_SAYS_PUBLIC = re.compile(
    r"(?<!non-)(?<!non)(?<!not )(?<!nicht )(?<!un)\b(?:public|publicly available|already-public|"
    r"öffentlich(?:e|en|er|es)|published|veröffentlicht(?:e|en|er|es))\s+(?:[\w-]+\s+)?"
    r"(?:GitHub[\w-]*|repo\w*|repositor\w*|page|website|site|information|info|report|data|post|"
    r"article|issue|roadmap|case stud\w*|docs?|documentation|code|results|figures|numbers|"
    r"earnings|Seite|Informationen|Bericht|Daten|Beitrag|Artikel|Ergebnisse|Zahlen)\b"
    # … or asks for the time after it is out: "Once our project launches publicly, …"
    r"|\b(?:once|after|now that|as soon as|sobald|nachdem)\b[^.?!,]{0,60}?\b"
    r"(?:launch\w*\s+publicly|"
    r"(?:is|are|goes|go|has gone|becomes?|has been|have been)\s+(?:made\s+)?(?:public|live|"
    r"announced|published|released)|öffentlich (?:ist|sind)|veröffentlicht (?:ist|sind|wurde))\b"
    # … or says it is out now: "The case study is live now", "went live yesterday"
    r"|\b(?:is|are) (?:now live|live now)\b|\b(?:went|has gone|have gone) live\b"
    # … or says what it shares is out already: "information that's already public", "which
    # has been published", "die bereits öffentlich sind"
    r"|\b(?:that|which|it|they|die|das|der)(?:['’]s|['’]re| is| are| has been| have been| was|"
    r" were| ist| sind| wurde| wurden)?\s+(?:already|all|bereits|schon)\s+(?:public|publicly "
    r"available|published|announced|öffentlich|veröffentlicht)\b",
    re.IGNORECASE,
)
# A question about what is not (yet) public: internal figures, a confidential plan.
_SAYS_NOT_PUBLIC = re.compile(
    r"\b(?:internal|interne[nrs]?|confidential|vertraulich\w*|non-public|nonpublic|unpublished|"
    r"unveröffentlicht\w*|not (?:yet )?public|nicht[- ]öffentlich\w*|noch nicht veröffentlicht\w*|"
    r"before (?:it|they|this|that|the \w+) (?:is|are|was|were|gets?|goes) (?:made )?"
    r"(?:public|published|announced|released)|vor (?:der|ihrer|seiner) Veröffentlichung)\b",
    re.IGNORECASE,
)


def about_what_is_out(quote: str, query: str) -> bool:
    """Whether the quote speaks of what is already public ("published financial results") and
    the question of what is not yet ("… before they are published"): the opposite case."""
    return bool(_SAYS_NOT_PUBLIC.search(query) and _SAYS_PUBLIC.search(quote))


# What a question may name that a rule on non-public matters keeps back: "internal figures", "our
# budget", "the draft", "vertrauliche Details".
_NAMES_WHAT_IS_KEPT = re.compile(
    r"\b(?:internal\w*|interne?\w*|confidential|vertraulich\w*|non-?public|nicht[- ]öffentlich\w*|"
    r"unpublished|unveröffentlicht\w*|sensitive|sensibl\w*|secret\w*|geheim\w*|budget\w*|"
    r"draft\w*|Entwurf\w*|unreleased|not (?:yet )?(?:public|announced|released)|noch nicht|before "
    r"(?:it|they|the \w+) (?:is|are|goes|go) (?:public|announced|live|out)|screenshot\w*|numbers|"
    r"figures|Zahlen|Details?)\b",
    re.IGNORECASE,
)
# A rule only about what is not public: "… aren't sharing any sensitive or non-public information".
_NON_PUBLIC_ONLY = re.compile(
    r"\b(?:non-public|nonpublic|not (?:yet )?public|nicht[- ]öffentlich\w*|unpublished|"
    r"unveröffentlicht\w*)\b",
    re.IGNORECASE,
)


def about_what_is_not_public(query: str) -> bool:
    """Whether the question names something not (yet) public: internal figures, a plan not
    announced."""
    return bool(_SAYS_NOT_PUBLIC.search(query))


def keeps_back_non_public(text: str) -> bool:
    """Whether the text has a rule that keeps back only what is not public."""
    return bool(_NON_PUBLIC_ONLY.search(text))


# The labels of the examples and the words any post has say nothing of what sets one apart.
_EXAMPLE_NOISE = frozenset(tokenize("don't don’t do my our your we i me us"))
_DONT_EXAMPLE = re.compile(r"^\W*(?:don't|don’t|do not|falsch|nicht so)\s*:", re.IGNORECASE)
_DO_EXAMPLE = re.compile(r"^\W*(?:do|richtig|besser|so)\s*:", re.IGNORECASE)


# How many of its own words a question must share with a worked example to be its scene.
SCENE_WORDS = 3
# "Comments about published results … must be shared without personal commentary": what
# follows "without" is ruled out.
_MUST_WITHOUT = re.compile(
    r"\b(?:must|should|shall)\s+be\s+\w+\s+without\s+(?:\w+\s+){0,2}?(\w{3,})\b(?=\s*[.;:,]|$)",
    re.IGNORECASE,
)


# Commentary is one's own view of a thing, however the question calls it: "my own take on
# them", "my opinion", "what I think of it", "meine Einschätzung dazu".
_COMMENTARY = re.compile(r"comment\w*|opinion\w*|kommentar\w*", re.IGNORECASE)
_OWN_VIEW = re.compile(
    r"\b(?:my|meine?[nm]?)\s+(?:own\s+|personal\s+|eigene[nm]?\s+|persönliche[nm]?\s+)?"
    r"(?:take|opinion|views?|thoughts|analysis|spin|interpretation|meinung|einschätzung|sicht|"
    r"deutung|analyse)\b|\bwhat I (?:think|make) of\b|\bwas ich (?:davon )?halte\b",
    re.IGNORECASE,
)


def _shares_a_word(stems: set[str], asked: set[str]) -> bool:
    """A stem in common, or one that begins the other ("comment", "commentari")."""
    return any(
        a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))
        for a in stems
        for b in asked
    )


# What a sentence sets aside: "… rather than opinions", "… rather than criticizing …".
_INSTEAD_OF = re.compile(
    r"\b(?:rather than|instead of|statt|anstatt)\s+((?:[\w’'-]+\s*){1,3})", re.IGNORECASE
)
# What a "limit to only …" sentence rules out after "rather than": its first word, and all of it
# to the sentence's end.
_RATHER_THAN = re.compile(
    r"\b(?:only|nur)\b[^.;:]{0,120}\b(?:rather than|instead of|statt|anstatt)\s+"
    r"(?P<first>\w+)(?P<rest>[^.;:]*)",
    re.IGNORECASE,
)

# A question that urges people to come: "… 'sign up and go!'", "Kommt alle …, meldet euch an!".
_URGES = re.compile(
    r"\b(?:encourag\w*|urg(?:e|es|ed|ing)|attend\w*|sign(?:ing)? up|register\w*|don'?t miss|"
    r"make sure to|join us|come (?:to|and|see|join)|ermutig\w*|aufruf\w*|aufforder\w*|"
    r"anmelden|meldet|kommt|teilnehm\w*)\b",
    re.IGNORECASE,
)


# A worked example: "Example 2: Several months prior to the election, an employee emails …".
_WORKED_EXAMPLE = re.compile(
    r"^[ \t]*(?:Example|Beispiel|Fallbeispiel)\s*\d*\s*:[^\n]+", re.IGNORECASE | re.MULTILINE
)


def _example_pairs(text: str) -> dict[str, str]:
    """Each "Don't: …" example and the "Do: …" example right after or before it."""
    found = sentences_of(text)
    pairs: dict[str, str] = {}
    for index, sentence in enumerate(found):
        if not _DONT_EXAMPLE.search(sentence):
            continue
        near = found[index + 1 : index + 3] + found[max(0, index - 2) : index][::-1]
        do = next((s for s in near if _DO_EXAMPLE.search(s)), None)
        if do is not None:
            pairs[sentence] = do
    return pairs


# "When in doubt, check with your manager": whom to ask when unsure, not a way to a yes.
_DOUBT = re.compile(
    r"\b(?:when|if) in doubt\b|\bim Zweifel\b|\b(?:when|if)(?: you(?:'re| are))? "
    r"(?:unsure|uncertain)\b|\bif you have (?:any )?questions\b",
    re.IGNORECASE,
)


def _approval_path(sentence: str, effect: Effect) -> bool:
    return effect is Effect.REQUIRES_APPROVAL and not _DOUBT.search(sentence)


_CONTRADICTS = {
    Effect.PERMITS: {Effect.PROHIBITS},
    Effect.REQUIRES_APPROVAL: {Effect.PERMITS},
    Effect.PROHIBITS: {Effect.PERMITS},
    Effect.INFORMS: set(),
}


def _carriers(text: str) -> dict[str, str]:
    """For a list item without modal words of its own, the lead-in that states its rule."""
    found = sentences_of(text)
    informs = {s for s in found if sentence_effect(s) is Effect.INFORMS}
    leads = lead_ins(text)
    carriers: dict[str, str] = {}
    for item in leads:
        if item not in informs:
            continue
        lead: str | None = leads[item]
        defined: str | None = None
        while lead is not None and lead in informs:
            defined = defined or _defined_term(lead)
            lead = leads.get(lead)
        if lead is None and defined is not None:
            # "Sensitive information includes: … spend" and, above the list, "do not share
            # Sensitive information without express approval from Legal": the rule on the
            # term is the rule on what it includes.
            lead = next((s for s in found if s not in informs and defined in s.lower()), None)
        if lead is not None:
            carriers[item] = lead
    # "If the content includes any of the above information, seek Legal's review": a rule
    # stated after a list, for everything listed before it.
    for index, sentence in enumerate(found):
        if _REFERS_BACK.search(sentence) and sentence not in informs:
            for earlier in found[:index]:
                if earlier in informs:
                    carriers.setdefault(earlier, sentence)
    return carriers


# "Sensitive information includes:", "Examples of material nonpublic information may include:"
_DEFINES = re.compile(
    r"(\w[\w-]*\s+\w[\w-]*)\s+(?:may\s+)?(?:includes?|umfass(?:t|en))\s*:\s*$", re.IGNORECASE
)


def _defined_term(sentence: str) -> str | None:
    match = _DEFINES.search(sentence)
    return match.group(1).lower() if match else None


_REFERS_BACK = re.compile(
    r"\b(?:(?:any|all|each|one) of the above|the above(?:-listed| listed)?|(?:oben|zuvor) "
    r"genannt\w*|vorstehend\w*|aufgeführt\w*)\b",
    re.IGNORECASE,
)


# A yes given on a premise: "If you or someone is speaking at an event, it is okay to …".
_PREMISED_YES = re.compile(
    r"^\W*(?:if|when|whenever|wenn|falls)\s+(?P<premise>[^,.;:]{3,80}),", re.IGNORECASE
)
# The act a question asks leave for: the verb after "Can I", "May we", "Is it okay to".
_ASKED_VERB = re.compile(
    r"\b(?:can|may|could|should|might)\s+(?:I|we|they|(?:my|our) [\w-]+)\s+"
    r"(?:also\s+|still\s+|even\s+|just\s+)?"
    r"(?P<verb>\w+)|\b(?:okay|ok|fine|allowed|alright) (?:for (?:me|us) )?to\s+(?P<verb2>\w+)",
    re.IGNORECASE,
)
# Who the premise is about is no part of what it presumes.
_ANYONE = frozenset(tokenize("you someone somebody anyone anybody they we i jemand man sie"))


def rules_the_premise(yes_quote: str, rule_quote: str, asking: str) -> bool:
    """Whether a restriction rules only on what a yes presumes, which the question does not ask
    to do: "… if you want to speak at an event and may need approval" beside "If you or
    someone is speaking at an event, it is okay to pre-plan or post live …", for "Can I post
    live about her talk?". The talk is the yes's premise; its approval is not asked about."""
    premised = _PREMISED_YES.search(yes_quote)
    if premised is None:
        return False
    words = [
        stems
        for word in re.findall(r"[\w’'-]+", premised.group("premise"))
        if (stems := set(tokenize(word))) and not stems & _ANYONE
    ]
    if not words:
        return False
    verb = _ASKED_VERB.search(asking)
    asked = set(tokenize(verb.group("verb") or verb.group("verb2") if verb else asking))
    ruled = set(tokenize(rule_quote))
    return all(stems & ruled for stems in words) and not any(stems & asked for stems in words)
