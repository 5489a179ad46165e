"""Confirmation questions ("…, right?", "…, oder?") read as the question they confirm."""

from __future__ import annotations

import pytest

from bot.judgement.confirmation import (
    affirmed,
    after_the_fact,
    announced,
    audience_told,
    base_form,
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


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "I can't tweet our revenue numbers before the earnings call, right?",
            "Can I tweet our revenue numbers before the earnings call?",
        ),
        (
            "I'm not allowed to ask people for campaign donations even on weekends, correct?",
            "Can I ask people for campaign donations even on weekends?",
        ),
        (
            "Posts with TTS as the author shouldn't contain personal opinions, right?",
            "Can posts with TTS as the author contain personal opinions?",
        ),
        (
            "I can keep a photo of my husband on my desk even though he's running, can't I?",
            "Can I keep a photo of my husband on my desk even though he's running?",
        ),
        (
            "Sharing a link to our public GitHub repo on Twitter is fine, right?",
            "Is sharing a link to our public GitHub repo on Twitter fine?",
        ),
        # The scene before the statement stays; only the statement is turned round.
        (
            "A reporter emailed me. I'm supposed to forward it to the press office and not "
            "answer, correct?",
            "A reporter emailed me. Can I forward it to the press office and not answer?",
        ),
        (
            "My bio says 'Backend engineer @ GitLab'. That's fine, isn't it?",
            "My bio says 'Backend engineer @ GitLab'. Is that fine?",
        ),
        (
            "If a journalist emails me, I should just forward it to comms, correct?",
            "If a journalist emails me, can I forward it to comms?",
        ),
        (
            "Just checking: we go on the byline together, right?",
            "Can we go on the byline together?",
        ),
        (
            "Ich darf doch sicher nicht einfach den Namen eines Kunden auf LinkedIn nennen, oder?",
            "Darf ich den Namen eines Kunden auf LinkedIn nennen?",
        ),
        (
            "Einen Wahlkampf-Button darf ich im Büro nicht tragen, oder?",
            "Darf ich einen Wahlkampf-Button im Büro tragen?",
        ),
        ("Ich darf doch keinen Button tragen, oder?", "Darf ich einen Button tragen?"),
    ],
)
def test_a_confirmation_question_is_read_as_the_question_it_confirms(
    message: str, question: str
) -> None:
    assert restate(message) == question


@pytest.mark.parametrize(
    "message",
    [
        "Can I post this?",
        "May I share the repo? It's public, right?",  # confirms a fact, not an act
        "Is that ok?",
        "Can I post this? Yes or no?",
        "Darf ich das posten?",
        "",
        "right?",
        # A tag is a word of its own after a comma, not the end of the last word.
        "Darf ich öffentlich schreiben, wie viel ich bei GitLab verdiene?",
        "Can I like my cousin's campaign page from my own phone?",
    ],
)
def test_other_messages_are_left_as_they_are(message: str) -> None:
    assert restate(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "I changed my Twitter handle to @mike_gitlab last week. Was that okay?",
            "Is it okay that I changed my Twitter handle to @mike_gitlab last week?",
        ),
        (
            "I posted on Facebook asking friends to donate. Did I violate the Hatch Act?",
            "Is it okay that I posted on Facebook asking friends to donate?",
        ),
        (
            "From the TTS account I tweeted 'sign up and go!' Was that a mistake?",
            "Is it okay that from the TTS account I tweeted 'sign up and go!'?",
        ),
        (
            "Ich habe gestern einer Journalistin Fragen beantwortet. War das in Ordnung?",
            "Ist es in Ordnung, dass ich gestern einer Journalistin Fragen beantwortet habe?",
        ),
    ],
)
def test_a_question_after_the_fact_names_the_act(message: str, question: str) -> None:
    assert after_the_fact(message) == question


@pytest.mark.parametrize(
    "message",
    [
        "My wife wants to host a fundraiser at our home. Is that allowed?",
        "A friend emailed my work address. Did I break the rules just by receiving it?",
        "Was that okay?",
        "Can I post the photo?",
    ],
)
def test_other_questions_stay_as_asked(message: str) -> None:
    assert after_the_fact(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "What if I park my car with a candidate's bumper sticker in the agency garage — "
            "would that violate the Hatch Act?",
            "Is it okay if I park my car with a candidate's bumper sticker in the agency garage?",
        ),
        (
            "Suppose a competitor has an outage and I reply with a laughing meme. Would that "
            "cross a line?",
            "Is it okay if a competitor has an outage and I reply with a laughing meme?",
        ),
        (
            "What if I just reshare a post from EveryoneSocial as it is — is that fine?",
            "Is it okay if I just reshare a post from EveryoneSocial as it is?",
        ),
        ("What if I live-tweet the keynote? Okay?", "Is it okay if I live-tweet the keynote?"),
        (
            "Angenommen, hinter mir hängt ein Wahlplakat – wäre das ein Problem?",
            "Ist es in Ordnung, wenn hinter mir hängt ein Wahlplakat?",
        ),
        (
            "Falls ich ein Wahlkampfbild als Profilbild nehme – wäre das erlaubt?",
            "Ist es in Ordnung, wenn ich ein Wahlkampfbild als Profilbild nehme?",
        ),
        # Only the marker goes when the rest asks on its own.
        (
            "Suppose a reporter DMs me on Twitter. Could I just answer myself?",
            "A reporter DMs me on Twitter. Could I just answer myself?",
        ),
        (
            "Hypothetically, if a customer told me their plans, could I tweet them?",
            "If a customer told me their plans, could I tweet them?",
        ),
        # "What if I …?" alone asks whether it's okay to.
        (
            "What if I donate $50 to a campaign from my desk?",
            "Is it okay if I donate $50 to a campaign from my desk?",
        ),
    ],
)
def test_a_supposed_act_is_asked_about_directly(message: str, question: str) -> None:
    assert hypothesis(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # What happens after the fact is asked, not whether it is okay.
        "What if I already posted the screenshot?",
        "What if someone reports my post?",
        # A condition and its own question: nothing to move.
        "If the results are public, can I share them?",
        "Falls die Zahlen veröffentlicht sind, darf ich sie teilen?",
        "Can I post the photo?",
    ],
)
def test_other_questions_are_not_restated_as_supposed(message: str) -> None:
    assert hypothesis(message) == message


@pytest.mark.parametrize(
    ("message", "language", "question"),
    [
        ("gitlab in my @handle?", "en", "Is it okay: gitlab in my @handle?"),
        ("glassdoor review ok?", "en", "Is it okay: glassdoor review?"),
        ("reporter DMed me. reply?", "en", "reporter DMed me. Is it okay: reply?"),
        ("Wahlplakat im Vorgarten?", "de", "Ist es in Ordnung: Wahlplakat im Vorgarten?"),
        ("Meme mit dem Logo basteln – ok?", "de", "Ist es in Ordnung: Meme mit dem Logo basteln?"),
    ],
)
def test_a_few_words_and_a_question_mark_ask_whether_the_act_is_okay(
    message: str, language: str, question: str
) -> None:
    assert elliptical(message, language) == question


@pytest.mark.parametrize(
    "message",
    [
        "Can I post this?",
        "What about Glassdoor?",
        "Darf ich das?",
        "Wo melde ich das?",
        "glassdoor review",  # no question
        "Our new yard sign went up today and the neighbours loved it, is that a problem?",
    ],
)
def test_questions_that_say_what_they_ask_stay(message: str) -> None:
    assert elliptical(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "My intern wants to know if she can put GitLab in her Twitter handle.",
            "My intern. Can I put GitLab in my Twitter handle?",
        ),
        (
            "A teammate got an email from a journalist and is asking whether he can reply himself.",
            "A teammate got an email from a journalist. Can I reply myself?",
        ),
        (
            "Ein Kollege fragt, ob er ein Wahlkampflogo auf seinem Dienstrechner haben darf.",
            "Ein Kollege. Darf ich ein Wahlkampflogo auf meinem Dienstrechner haben?",
        ),
        (
            "Mein Kollege möchte wissen, ob er ein Foto von sich im Büro aufhängen darf.",
            "Mein Kollege. Darf ich ein Foto von mir im Büro aufhängen?",
        ),
    ],
)
def test_a_question_asked_for_someone_else_is_answered_as_if_asked(
    message: str, question: str
) -> None:
    assert on_behalf(message) == question


@pytest.mark.parametrize(
    "message",
    [
        "My manager asked me whether team members may write Glassdoor reviews.",
        "Our intern asked if the official account can tweet this.",
        "Can she post the photo?",
    ],
)
def test_questions_for_others_by_name_or_group_stay(message: str) -> None:
    assert on_behalf(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "My sister is running for state senate and she asked me to host a fundraiser at my "
            "house. I'd only invite friends and family. Would that be okay?",
            "My sister is running for state senate. I'd only invite friends and family. "
            "Can I host a fundraiser at my house?",
        ),
        (
            "The repo is public on GitHub. I'd like to tweet the link and ask folks for "
            "feedback. Any concerns?",
            "The repo is public on GitHub. Can I tweet the link and ask folks for feedback?",
        ),
        (
            "A friend is hosting a fundraiser and asked me to spread the word, so I was going to "
            "mention it to my team on Monday. Is that a problem?",
            "A friend is hosting a fundraiser and asked me to spread the word. "
            "Can I mention it to my team on Monday?",
        ),
        (
            "After work and on weekends I want to volunteer for a campaign. I'm not an "
            "appointee. Is that allowed?",
            "I'm not an appointee. After work and on weekends, can I volunteer for a campaign?",
        ),
        (
            "Ich organisiere ein Meetup. Ich würde gern das Logo mit unserem Logo kombinieren "
            "und auf Twitter posten. Geht das so?",
            "Ich organisiere ein Meetup. "
            "Darf ich das Logo mit unserem Logo kombinieren und auf Twitter posten?",
        ),
        (
            "Eine Freundin hat mir eine Einladung geschickt, und ich würde sie gern an Kollegen "
            "weiterleiten, nach Feierabend. Spricht was dagegen?",
            "Eine Freundin hat mir eine Einladung geschickt. "
            "Darf ich sie an Kollegen weiterleiten, nach Feierabend?",
        ),
        # the act told as a gerund or with "zu", and the short asks that go with it
        (
            "I'm thinking of using a photo from Unsplash in my post about our release. Any issue?",
            "Can I use a photo from Unsplash in my post about our release?",
        ),
        (
            "I was going to serve as a delegate to my party's convention. Any problem with that?",
            "Can I serve as a delegate to my party's convention?",
        ),
        (
            "We're considering running a poll about our roadmap. Thoughts?",
            "Can we run a poll about our roadmap?",
        ),
        (
            "I'm about to hang a campaign poster in my cubicle. Is that okay?",
            "Can I hang a campaign poster in my cubicle?",
        ),
        (
            "Ich überlege, das Logo als Profilbild zu nehmen. Passt das?",
            "Darf ich das Logo als Profilbild nehmen?",
        ),
        (
            "Ich habe vor, an der Demo teilzunehmen, obwohl ich Beamtin bin. In Ordnung?",
            "Darf ich an der Demo teilnehmen, obwohl ich Beamtin bin?",
        ),
        (
            "Ich spiele mit dem Gedanken, von zu Hause an eine Partei zu spenden. Geht das?",
            "Darf ich von zu Hause an eine Partei spenden?",
        ),
        # what someone else wants the asker to do, and the short asks that go with it
        (
            "My boss told me to tweet our revenue. Is that OK?",
            "My boss. Can I tweet our revenue?",
        ),
        (
            "Our lead wants me to post the roadmap on Reddit. Am I allowed to?",
            "Our lead. Can I post the roadmap on Reddit?",
        ),
        (
            "A customer asked me to make a fun graphic with our logo. Can I just make it?",
            "A customer. Can I make a fun graphic with our logo?",
        ),
        (
            "Eine Kollegin hat mich gebeten, die internen Zahlen auf LinkedIn zu posten. Darf ich?",
            "Eine Kollegin. Darf ich die internen Zahlen auf LinkedIn posten?",
        ),
        (
            "Mein Chef hat uns gebeten, an der Demo teilzunehmen. Darf ich das?",
            "Mein Chef. Dürfen wir an der Demo teilnehmen?",
        ),
    ],
)
def test_the_act_told_before_a_bare_ask_becomes_the_question(message: str, question: str) -> None:
    assert intended(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # the last sentence names its own act
        "I'd like to tweet the link. Can I share our repo on Twitter?",
        # … even a short one: doing it oneself is what is asked
        "My manager wants me to send a reminder to everyone. Can I just email them myself?",
        # nothing the asker means to do is told
        "Our county party needs a treasurer. A friend nominated me. May I?",
        # one sentence only
        "Is that okay?",
        # a German wish without an act in the infinitive
        "Ich möchte ein Foto. Geht das?",
    ],
)
def test_messages_without_a_told_act_and_a_bare_ask_stay(message: str) -> None:
    assert intended(message) == message


@pytest.mark.parametrize(
    ("gerund", "verb"),
    [
        ("using", "use"),
        ("running", "run"),
        ("tweeting", "tweet"),
        ("writing", "write"),  # read as a noun by the word list
        ("hanging", "hang"),
        ("thinking", "think"),  # not "thinke"
        ("adding", "add"),
    ],
)
def test_a_gerund_becomes_its_verb(gerund: str, verb: str) -> None:
    assert base_form(gerund) == verb


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "I was wondering whether I'm allowed to write an honest review on Glassdoor.",
            "Can I write an honest review on Glassdoor?",
        ),
        (
            "Does anyone know if I can retweet our published results?",
            "Can I retweet our published results?",
        ),
        (
            "Is it true that I can't even donate to a candidate online from home?",
            "Can I donate to a candidate online from home?",
        ),
        (
            "Curious whether it's fine to post a location tag once I've left the venue.",
            "Can I post a location tag once I've left the venue?",
        ),
        ("Curious whether I could run for precinct chair.", "Can I run for precinct chair?"),
        (
            "Does anyone know if federal employees can put a sign in their front yard?",
            "Can federal employees put a sign in their front yard?",
        ),
        (
            "We have a new repo. I was wondering if I can share it on Twitter.",
            "We have a new repo. Can I share it on Twitter?",
        ),
        (
            "I wonder if, as a supervisor, I may forward a campaign email to my team.",
            "As a supervisor, can I forward a campaign email to my team?",
        ),
        (
            "Ich frage mich, ob ich GitLab in meinen Twitter-Handle aufnehmen darf.",
            "Darf ich GitLab in meinen Twitter-Handle aufnehmen?",
        ),
        (
            "Weiß jemand, ob man als neue Mitarbeiterin einen Blogbeitrag schreiben darf?",
            "Darf man als neue Mitarbeiterin einen Blogbeitrag schreiben?",
        ),
        (
            "Ich bin unsicher, ob wir nach Feierabend eine Petition herumreichen können.",
            "Können wir nach Feierabend eine Petition herumreichen?",
        ),
        (
            "Stimmt es, dass ich im Büro keinen Button tragen darf?",
            "Darf ich im Büro einen Button tragen?",
        ),
    ],
)
def test_a_question_asked_indirectly_is_asked_directly(message: str, question: str) -> None:
    assert indirect(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # what is wondered about is no act of the asker's
        "I wonder if it will rain.",
        "Does anyone know if the policy applies to Glassdoor?",
        # asked directly already
        "Can I write a review on Glassdoor?",
        # someone else's question is on_behalf's
        "My intern was wondering if she can post the photo.",
        "Ich frage mich, ob das erlaubt ist.",
    ],
)
def test_other_wondering_stays(message: str) -> None:
    assert indirect(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Isn't it against the rules to put GitLab in my Twitter handle?",
            "Can I put GitLab in my Twitter handle?",
        ),
        ("Am I not allowed to write a Glassdoor review?", "Can I write a Glassdoor review?"),
        (
            "Isn't it illegal for a federal employee to put a campaign sign in their front yard?",
            "Can a federal employee put a campaign sign in their front yard?",
        ),
        (
            "Is there no rule against using Unsplash photos in my posts?",
            "Can I use Unsplash photos in my posts?",
        ),
        (
            "Is there no rule against the 18F account tweeting that it was our favorite event?",
            "Can the 18F account tweet that it was our favorite event?",
        ),
        (
            "Wouldn't it be a problem if I volunteered for a Senate campaign on my days off?",
            "Can I volunteer for a Senate campaign on my days off?",
        ),
        (
            "We met at a booth. Wouldn't it be a problem to tweet our non-public budget?",
            "We met at a booth. Can I tweet our non-public budget?",
        ),
        # The act asked about by what would forbid it.
        (
            "Is running for school board in a nonpartisan election off limits?",
            "Can I run for school board in a nonpartisan election?",
        ),
        ("Would posting the team photo be a problem?", "Can I post the team photo?"),
        (
            "Ist es nicht verboten, im Büro einen Wahlkampfbutton zu tragen?",
            "Darf ich im Büro einen Wahlkampfbutton tragen?",
        ),
        (
            "Spricht nichts dagegen, wenn ich Inhalte aus EveryoneSocial auf LinkedIn teile?",
            "Darf ich Inhalte aus EveryoneSocial auf LinkedIn teilen?",
        ),
        (
            "Darf ich als neuer Mitarbeiter etwa keinen Beitrag für den Blog schreiben?",
            "Darf ich als neuer Mitarbeiter einen Beitrag für den Blog schreiben?",
        ),
    ],
)
def test_a_question_asked_in_the_negative_asks_about_the_act(message: str, question: str) -> None:
    assert affirmed(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # asked plainly: the other readers' business, or no act at all
        "Is it okay to post a photo of my kids?",
        "Would it be a problem if I tweeted it?",
        "Isn't the policy a bit strict?",
        "Ist es nicht schön, dass wir jetzt einen Blog haben?",
    ],
)
def test_questions_not_turned_in_the_negative_stay(message: str) -> None:
    assert affirmed(message) == message


def test_a_short_question_tag_asks_for_confirmation_too() -> None:
    assert (
        restate("We're not supposed to quote customers from published case studies, are we?")
        == "Can we quote customers from published case studies?"
    )


@pytest.mark.parametrize(
    ("message", "question"),
    [
        # "Does that mean I can …?" asks for the act; the reported rule stays as the scene
        # ("there" points back at it).
        (
            "The policy says EveryoneSocial content is pre-approved. Does that mean I can post "
            "the customer story I found there?",
            "The policy says EveryoneSocial content is pre-approved. Can I post the customer "
            "story I found there?",
        ),
        (
            "I read in the handbook that it's okay to post live at events. Heißt das, ich darf "
            "live twittern?",
            "I read in the handbook that it's okay to post live at events. Darf ich live twittern?",
        ),
        # "Does that also hold …?", "Gilt das auch …?": the reported act, asked of another case.
        (
            "The FAQ says I can put a campaign sign in my front yard. Does that also hold if I'm "
            "further restricted?",
            "Can I put a campaign sign in my front yard, if I'm further restricted?",
        ),
        (
            "Laut FAQ darf ich kein Parteisymbol als Profilbild nutzen. Gilt das auch für mein "
            "Profilbild in Teams?",
            "Darf ich ein Parteisymbol als Profilbild nutzen, für mein Profilbild in Teams?",
        ),
        (
            "In den FAQ steht, dass ich an eine Partei spenden darf. Darf ich das auch vom "
            "Bürorechner aus machen?",
            "Darf ich an eine Partei spenden, vom Bürorechner aus?",
        ),
        # … unless the case names its own act.
        (
            "In der Richtlinie steht, dass wir Wettbewerber nicht schlechtmachen sollen. Gilt "
            "das auch, wenn ich unter einen Post schreibe, ihr Produkt sei Müll?",
            "Darf ich unter einen Post schreiben, ihr Produkt sei Müll?",
        ),
        # A reported no before a question that stands on its own is left out.
        (
            "The authorship section says people who only edited shouldn't be listed as authors. "
            "Can I thank my editor at the bottom of the post instead?",
            "Can I thank my editor at the bottom of the post instead?",
        ),
        (
            "According to the handbook, legal matters need Legal's approval. So, can I tweet "
            "about the lawsuit?",
            "According to the handbook, legal matters need Legal's approval. Can I tweet about "
            "the lawsuit?",
        ),
    ],
)
def test_a_question_after_the_guideline_it_quotes_asks_its_own_case(
    message: str, question: str
) -> None:
    assert quoted(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # a reported yes or fact names the matter asked about
        "Im Handbuch steht, dass Gastautoren willkommen sind. Darf eine Bekannte einen Beitrag "
        "schreiben?",
        "The handbook says to feel free to share public repos. Can I tweet our repo?",
        # the question points back at the reported no ("it")
        "The FAQ says I may not use my title. Can I use it in a footnote?",
        # nothing reported, or nothing asked after it
        "My manager says I can post the photo. Can I?",
        "The policy says what about Glassdoor?",
        "The policy says I can post live. I will.",
        # a reported rule with no act of the asker's in it, asked of another case
        "The FAQ says coverage does not transfer to spouses. Does that also hold for my son?",
    ],
)
def test_other_quoting_stays(message: str) -> None:
    assert quoted(message) == message


def test_who_someone_is_told_in_passing_becomes_the_scene() -> None:
    assert scene_first(
        "Can I keep a framed photo of my husband, who is running for mayor as a Democrat, on my "
        "desk at work?"
    ) == (
        "My husband is running for mayor as a Democrat. Can I keep a framed photo of my husband "
        "on my desk at work?"
    )
    # How they stand to the asker is part of what is asked; a clause at the end is no aside.
    for unchanged in (
        "Can I ask a fellow member, who doesn't report to me, to give to the union PAC?",
        "Can I tag a coworker, who asked me to, in my post?",
        "Can I share a post by my manager, who works at GSA?",
    ):
        assert scene_first(unchanged) == unchanged


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "My Instagram is private and only close friends see it. "
            "Can I post a photo of this quarter's revenue numbers?",
            "My Instagram. Can I post a photo of this quarter's revenue numbers?",
        ),
        (
            "Our team blog only has a few dozen readers. "
            "Can I publish my post without going through the approval process?",
            "Our team blog. Can I publish my post without going through the approval process?",
        ),
        (
            "It's the family group chat. Only my family reads along. "
            "Can I tell them which customer is switching to us?",
            "It's the family group chat. Can I tell them which customer is switching to us?",
        ),
        (
            "Only my family reads along. Can I tell them which customer is switching to us?",
            "Can I tell them which customer is switching to us?",
        ),
        (
            "Unsere geschlossene Gruppe hat 15 Mitglieder. "
            "Darf ich unsere veröffentlichte Fallstudie teilen?",
            "Darf ich unsere veröffentlichte Fallstudie teilen?",
        ),
    ],
)
def test_how_few_a_post_reaches_is_no_fact_of_the_case(message: str, question: str) -> None:
    assert audience_told(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # the question points back at the place, or asks whether the guideline reaches it
        "It's only a private LinkedIn group of about 20 friends. Can I share our roadmap there?",
        "My account is private. Does the policy apply to what I post on it?",
        "Meinen Blog lesen nur ein paar enge Freunde. Darf ich dort eine Kandidatin unterstützen?",
        # what the asker means to do, or who someone is, is part of the case
        "I only want to tell my 40 followers about it. Can I post our revenue numbers today?",
        "My colleague is a close friend. Can I post a photo of her at the team offsite?",
        # a single sentence
        "Can I post our revenue numbers on my private Instagram?",
        # what someone else did is the case, however private
        "My teammate posted a photo from our offsite on her private Instagram. "
        "Can I repost it on my public Twitter?",
        "Eine Journalistin hat mir nur eine private Direktnachricht geschrieben. "
        "Darf ich ihr selbst antworten?",
    ],
)
def test_an_audience_the_question_turns_on_stays(message: str) -> None:
    assert audience_told(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Heads-up: I'm going to write an honest review of GitLab on Glassdoor this weekend.",
            "Can I write an honest review of GitLab on Glassdoor this weekend?",
        ),
        (
            "Just so you know, I'll share today's release post on LinkedIn.",
            "Can I share today's release post on LinkedIn?",
        ),
        # the scene before stays; a time before the plan leads the question
        (
            "A reporter emailed me about login.gov. I'm planning to answer her tonight.",
            "A reporter emailed me about login.gov. Can I answer her tonight?",
        ),
        (
            "Tomorrow I'm going to wear my campaign button at the office.",
            "Tomorrow, can I wear my campaign button at the office?",
        ),
        ("We've decided to run a booth at the fair.", "Can we run a booth at the fair?"),
        (
            "Just letting you know: I signed up to be a poll worker.",
            "Can I be a poll worker?",
        ),
        # the present progressive tells a plan when a time goes with it
        (
            "FYI, I'm posting a screenshot of our budget on LinkedIn tonight.",
            "Can I post a screenshot of our budget on LinkedIn tonight?",
        ),
        # a dot inside a name and a quoted "!" stay in the act
        (
            "I'll tweet 'Come see us at cloud.gov's booth!' from the official account.",
            "Can I tweet 'Come see us at cloud.gov's booth!' from the official account?",
        ),
        (
            "Ich werde morgen während meines Vortrags live twittern.",
            "Darf ich morgen während meines Vortrags live twittern?",
        ),
        (
            "Ich plane, in einem Reddit-Thread über cloud.gov mitzudiskutieren.",
            "Darf ich in einem Reddit-Thread über cloud.gov mitdiskutieren?",
        ),
        # German tells a plan in the present with a time to it; the verb goes to the end
        (
            "Ich schreibe gleich auf Twitter, dass die Konkurrenz Müll ist.",
            "Darf ich gleich auf Twitter schreiben, dass die Konkurrenz Müll ist?",
        ),
        (
            "Ich ändere gleich meinen Profilnamen auf Twitter.",
            "Darf ich gleich meinen Profilnamen auf Twitter ändern?",
        ),
        (
            "Ich stelle morgen das Teamfoto online.",
            "Darf ich morgen das Teamfoto online stellen?",
        ),
        (
            "Am Wochenende lade ich das Foto hoch.",
            "Darf ich am Wochenende das Foto hochladen?",
        ),
        (
            "Zur Info: wir sammeln heute Abend Spenden für die Kandidatin.",
            "Dürfen wir heute Abend Spenden für die Kandidatin sammeln?",
        ),
    ],
)
def test_a_plan_told_without_a_question_becomes_the_question(message: str, question: str) -> None:
    assert announced(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # it asks already
        "I'm going to tweet our repo. Is that okay?",
        # no plan of the asker's
        "The policy covers Twitter and LinkedIn.",
        "My colleague will post the roadmap tomorrow.",
        # the progressive without a time tells what is, not what is planned
        "I'm posting a lot on LinkedIn these days about DevOps.",
        # German present without a time, and a German "werde" without an act
        "Ich schreibe oft Blogposts über unsere Arbeit.",
        "Ich werde nächste Woche 40.",
    ],
)
def test_messages_that_ask_or_tell_no_plan_stay(message: str) -> None:
    assert announced(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Would you kindly advise whether it would be permissible for me to publish a review "
            "on Glassdoor?",
            "Can I publish a review on Glassdoor?",
        ),
        (
            "I should be grateful if you could confirm whether employees are permitted to "
            "share the roadmap via Twitter.",
            "Can employees share the roadmap via Twitter?",
        ),
        (
            "Kindly clarify whether I am authorised to respond to an enquiry from a journalist.",
            "Can I respond to an enquiry from a journalist?",
        ),
        (
            "I respectfully request confirmation as to whether I may wear a campaign pin at work.",
            "Can I wear a campaign pin at work?",
        ),
        (
            "Would it be permissible under the Hatch Act for me to display a sign on my lawn?",
            "Can I display a sign on my lawn?",
        ),
        (
            "Is it in accordance with policy to publish an image without a description?",
            "Can I publish an image without a description?",
        ),
        (
            "Sehr geehrte Damen und Herren, ich bitte um Auskunft, ob es zulässig ist, auf "
            "LinkedIn über Wettbewerber zu schreiben.",
            "Darf ich auf LinkedIn über Wettbewerber schreiben?",
        ),
        (
            "Ich ersuche um Auskunft, ob es mir als Bundesbediensteter gestattet ist, Bekannte um "
            "Spenden zu bitten.",
            "Darf ich als Bundesbediensteter Bekannte um Spenden bitten?",
        ),
        (
            "Ich möchte höflich anfragen, ob ich den Namen eines Kunden nennen darf, zu dem es "
            "keine Fallstudie gibt.",
            "Darf ich den Namen eines Kunden nennen, zu dem es keine Fallstudie gibt?",
        ),
    ],
)
def test_a_question_asked_formally_is_asked_plainly(message: str, question: str) -> None:
    assert indirect(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "pls tell me i can post the budget numbers on linkedin 🙏",
            "Can i post the budget numbers on linkedin 🙏?",
        ),
        ("Please tell me that we may share the repo.", "Can we share the repo?"),
    ],
)
def test_asking_to_be_told_yes_is_asking(message: str, question: str) -> None:
    assert indirect(message) == question


def test_formal_words_for_without_and_while_read_plainly() -> None:
    assert (
        plain_words("Can I post an image absent an accessible description whilst on duty?")
        == "Can I post an image without an accessible description while on duty?"
    )
    assert plain_words("Can I tweet prior to the announcement?") == (
        "Can I tweet before the announcement?"
    )
    assert plain_words("gonna tweet a pic w/o alt text") == "gonna tweet a pic without alt text"
    assert plain_words("a post w/ our logo") == "a post with our logo"
    assert plain_words("see http://x.org/w/o") == "see http://x.org/w/o"
    # "absent" as an adjective stays.
    assert plain_words("Can I post about an absent colleague?") == (
        "Can I post about an absent colleague?"
    )


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Can I circulate nominating petitions for a partisan candidate without putting my "
            "own name on them?",
            "Can I circulate nominating petitions for a partisan candidate?",
        ),
        (
            "Can I donate to a partisan candidate's campaign without my name being public?",
            "Can I donate to a partisan candidate's campaign?",
        ),
        (
            "Can I write a letter to the editor supporting my candidate and sign it with a pen "
            "name?",
            "Can I write a letter to the editor supporting my candidate?",
        ),
        (
            "Darf ich unter einem Pseudonym für den Stadtrat kandidieren?",
            "Darf ich für den Stadtrat kandidieren?",
        ),
    ],
)
def test_keeping_ones_name_off_an_act_is_no_part_of_it(message: str, question: str) -> None:
    assert unnamed(message) == question


@pytest.mark.parametrize(
    "message",
    [
        # Anonymity itself is a matter some guidelines speak to ("anonymous workplace review
        # platforms"); only the name kept off goes.
        "Can I leave an anonymous review of GitLab on Glassdoor?",
        "Is it okay to post on Fishbowl anonymously about what it's like to work at GitLab?",
        "May the treasurer's name appear on campaign letters?",
    ],
)
def test_anonymity_and_names_as_the_matter_stay(message: str) -> None:
    assert unnamed(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Can I translate our published case study into Spanish and share it on LinkedIn?",
            "Can I translate our published case study and share it on LinkedIn?",
        ),
        (
            "A Spanish-language reporter emailed me. Can I reply to him in Spanish myself?",
            "A reporter emailed me. Can I reply to him myself?",
        ),
        (
            "Can the official account post a Spanish version of 'our favorite event'?",
            "Can the official account post a version of 'our favorite event'?",
        ),
        (
            "Darf ich eine spanische Übersetzung unseres öffentlichen Blogposts teilen?",
            "Darf ich eine Übersetzung unseres öffentlichen Blogposts teilen?",
        ),
        (
            "Darf ich die Flugblätter ins Türkische übersetzen und auf Englisch posten?",
            "Darf ich die Flugblätter übersetzen und posten?",
        ),
    ],
)
def test_the_language_a_post_is_in_is_no_part_of_the_question(message: str, question: str) -> None:
    assert in_any_language(message) == question


def test_a_language_that_names_something_else_stays() -> None:
    # A German newspaper is a newspaper of its own, not the language of a post.
    message = "A German newspaper sent me questions. Can I answer them?"
    assert in_any_language(message) == message


def test_a_message_in_capitals_is_read_as_if_typed_plainly() -> None:
    assert unshouted("DARF ICH FÜR MEINEN KANDIDATEN SPENDEN?!?! ALSO MEIN EIGENES GELD!!") == (
        "Darf ich für meinen kandidaten spenden?!?! Also mein eigenes geld!!"
    )
    assert unshouted("CAN I TWEET THAT I EXPECT OUR REVENUE TO DOUBLE???") == (
        "Can I tweet that I expect our revenue to double???"
    )
    # A few words in capitals, or a short message, keep them: they may be names or acronyms.
    quoted = "Can the official 18F account tweet 'THIS IS OUR FAVORITE EVENT!!!'?"
    assert unshouted(quoted) == quoted
    assert unshouted("Is GTLB OK?") == "Is GTLB OK?"


def test_a_manager_s_reports_are_the_people_on_the_team() -> None:
    assert plain_words("Can I tell my reports they may share the posts?") == (
        "Can I tell my team members they may share the posts?"
    )
    assert plain_words("Can I ask my direct reports to volunteer?") == (
        "Can I ask my team members to volunteer?"
    )
    # News reports stay news reports.
    assert plain_words("Can I share the news reports about our launch?") == (
        "Can I share the news reports about our launch?"
    )


def test_a_hyphenated_german_negation_reads_as_two_words() -> None:
    assert plain_words("Darf ich nicht-öffentliche Details twittern?") == (
        "Darf ich nicht öffentliche Details twittern?"
    )
    assert plain_words("Ist das Nicht-Raucher-Schild okay?") == "Ist das Nicht-Raucher-Schild okay?"
