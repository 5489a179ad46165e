"""The judge's reading rules: modal language, question types, and draft detectors."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from bot.judgement.assessment import (
    Assessment,
    _names_the_limit,
    approval_granted,
    assess,
    does_as_told,
    exception_met,
    heading_unasked,
    qualifier_met,
    rules_the_premise,
    skips_step,
)
from bot.judgement.audience import for_audience, last_label
from bot.judgement.detectors import Kind, detect, names_workplace
from bot.judgement.modality import (
    about_communication,
    another_matter,
    answer_polarity,
    asked_subject,
    asks_own_step,
    asks_permission,
    conditions_in,
    heading_effect,
    own_run_unanswered,
    own_run_unasked,
    sentence_effect,
    staff_unasked,
)
from bot.judgement.offline import (
    _LEFT_OUT,
    _OFFICE_SOUGHT,
    _SEEKS_ADVICE,
    LEXICAL_MARGIN,
    MET_ONLY_DENSE_RANK,
    OTHER_MATTER_RANK,
    OfflineJudge,
    Query,
    _agreed_over_worded,
    _asking_sentence,
    _at_work_rule_off_work,
    _clearly_better_rule,
    _concepts,
    _draft_evidence_rank,
    _far_rule,
    _for_official_accounts_only,
    _for_oneself_only,
    _for_others_described,
    _for_own_people_only,
    _further_questions,
    _grants_the_organisation,
    _heading_fits,
    _lexical_standout,
    _limit_candidates,
    _met_yes_first,
    _named_as_permitted,
    _named_before,
    _no_forecast_asked,
    _org_rule_personal_post,
    _outside_examples,
    _outside_the_policy,
    _own_group_first,
    _theirs_to_do,
    _unasked_non_public_rule,
    _weak_yes_is_unclear,
)
from bot.judgement.quotes import ranked_sentences, sentences
from bot.judgement.register import Register
from bot.models import Clause, Decision, Effect, SearchHit
from bot.retrieval.lexical import tokenize


@pytest.mark.parametrize(
    ("sentence", "effect"),
    [
        ("Geschäftszahlen dürfen nicht veröffentlicht werden.", Effect.PROHIBITS),
        ("Beschäftigte dürfen keine Stellungnahmen veröffentlichen.", Effect.PROHIBITS),
        ("Auf negative Beiträge antworten Beschäftigte nicht selbst.", Effect.PROHIBITS),
        ("Never share confidential information.", Effect.PROHIBITS),
        ("The Act does not categorically prohibit a leadership position.", Effect.PERMITS),
        (
            "An employee may serve as treasurer, provided he does not solicit (or engage in any "
            "other of the Act's prohibited activities).",
            Effect.PERMITS,
        ),
        # No obligation is no prohibition, unless the rest of the sentence says one.
        ("You don’t have to be a project lead to draft a post.", Effect.PERMITS),
        ("Du musst nicht vorher fragen.", Effect.PERMITS),
        ("You don't have to ask, but you must not post numbers.", Effect.PROHIBITS),
        ("You don't share customer data.", Effect.PROHIBITS),
        ("Avoid negative commentary about competitors.", Effect.PROHIBITS),
        ("For this type of user story, you can use this simple format:", Effect.INFORMS),
        ("You can use our logo in your slides.", Effect.PERMITS),
        # "should only use X" rules out anything else; "only be written by one or two people"
        # names no approver, and praise for a quick approval process asks for none.
        ("A post with multiple authors should only use plural pronouns.", Effect.PROHIBITS),
        ("Generally, posts should only be written by one or two people.", Effect.INFORMS),
        (
            "Fewer authors make a post feel personal and help speed up the editing and approval "
            "process.",
            Effect.INFORMS,
        ),
        ("Customer names may only be used by Communications.", Effect.REQUIRES_APPROVAL),
        (
            "Namen dürfen nur genannt werden, wenn der Kunde zugestimmt hat.",
            Effect.REQUIRES_APPROVAL,
        ),
        (
            "Auf Geräten dürfen nur von der IT freigegebene Apps installiert werden.",
            Effect.REQUIRES_APPROVAL,
        ),
        ("Legal matters require explicit approval from the Legal team.", Effect.REQUIRES_APPROVAL),
        ("Only Communications comments on accidents or fires.", Effect.REQUIRES_APPROVAL),
        (
            "You may not participate in stock forums without the prior written approval of "
            "our Legal Team.",
            Effect.REQUIRES_APPROVAL,
        ),
        (
            "Except as approved by our Legal Team, you may not respond to rumors.",
            Effect.REQUIRES_APPROVAL,
        ),
        (
            "Fotos dürfen nicht ohne Zustimmung der Abgebildeten geteilt werden.",
            Effect.REQUIRES_APPROVAL,
        ),
        ("Generally, we will not confirm or deny rumors.", Effect.PROHIBITS),
        ("The Hatch Act would not prohibit you from using your title.", Effect.PERMITS),
        ("It is okay to post live to social media while at an event.", Effect.PERMITS),
        ("Das Teilen von Pressemitteilungen ist in Ordnung.", Effect.PERMITS),
        ("Stellenanzeigen dürfen und sollen geteilt werden.", Effect.PERMITS),
        ("Feel free to share public GitHub repos.", Effect.PERMITS),
        ("Share pre-approved content from the advocacy tool.", Effect.PERMITS),
        ("You can learn more about contests in the handbook.", Effect.INFORMS),
        ("You may be responsible for a contest.", Effect.INFORMS),
        ("Next steps may include contacting the production team.", Effect.INFORMS),
        (
            "Please forward the message to the press office without responding.",
            Effect.PROHIBITS,
        ),
        ("Die Leitlinie wird jährlich überprüft.", Effect.INFORMS),
        ("It would be ok to share the release timeline.", Effect.PERMITS),
        ("It would not be ok to share the quarterly results.", Effect.PROHIBITS),
        # An obligation says what to do, not whether one may: a person reads it with them.
        ("Comments about published results must be consistent with the framework.", Effect.INFORMS),
        ("Beiträge müssen die Nutzungsbedingungen der Plattform einhalten.", Effect.INFORMS),
        ("Posts must be approved by Communications.", Effect.REQUIRES_APPROVAL),
        ("This Policy does *not* apply to review platforms such as Glassdoor.", Effect.PERMITS),
        ("Die Leitlinie gilt nicht für private Bewertungsportale.", Effect.PERMITS),
        ("The exemption does not apply to your staff.", Effect.INFORMS),
        ("Team members should seek the Legal team's review first.", Effect.REQUIRES_APPROVAL),
        ("This policy was approved by the Board on September 14, 2021.", Effect.INFORMS),
        (
            "When connecting with team members on social media, maintain the same standards.",
            Effect.PERMITS,
        ),
        ("When in doubt, ask Communications.", Effect.INFORMS),
        ("Candidates in nonpartisan elections are not barred from soliciting.", Effect.PERMITS),
        (
            "The Act prohibits employees from displaying campaign pictures at work.",
            Effect.PROHIBITS,
        ),
        ("The Act does not prohibit employees from displaying family photos.", Effect.PERMITS),
        ("To be exempt from this prohibition, three criteria must be met.", Effect.INFORMS),
        ("Make sure you aren't sharing any non-public information.", Effect.PROHIBITS),
        # "may not comply" says what may turn out so; "may not post" forbids.
        ("The disclosure may not comply with SEC rules.", Effect.INFORMS),
        ("Reporters also may not be transparent about their topic.", Effect.INFORMS),
        ("Team members may not post it.", Effect.PROHIBITS),
        (
            "Nothing about this discussion suggests that it is activity prohibited by the Act.",
            Effect.PERMITS,
        ),
        ("The organiser must consult our Legal Team in advance.", Effect.REQUIRES_APPROVAL),
        ("Come talk to the Outreach team if you'd like help with:", Effect.PERMITS),
        ("He was appointed with the advice and consent of the Senate.", Effect.INFORMS),
        (
            "The company will not apply this policy against employees' rights to discuss wages.",
            Effect.PERMITS,
        ),
        (
            "Confidential information does not include what employees know about their wages.",
            Effect.PERMITS,
        ),
        ("Das bitte vorher mit der Kommunikation abstimmen.", Effect.REQUIRES_APPROVAL),
        (
            "Be careful to limit your tweet to only sharing facts rather than encouraging people "
            "to attend a conference.",
            Effect.PROHIBITS,
        ),
        (
            "If a story is inaccurate, you can contact the Outreach team to see if we can get it "
            "corrected.",
            Effect.INFORMS,
        ),
        (
            "If you’d like an official account to tweet something, let us know in #tweet-this.",
            Effect.PERMITS,
        ),
        ("The TTS blogs welcome guest authors from other government agencies.", Effect.PERMITS),
        ("Auf Messen darf man keine Prototypen fotografieren.", Effect.PROHIBITS),
        ("Obwohl Beiträge erwünscht sind, darf ich keine Kundennamen nennen.", Effect.PROHIBITS),
        ("You should also not include people as authors who did not write.", Effect.PROHIBITS),
        ("Avoid negative commentary about competitors.", Effect.PROHIBITS),
        ("For this type of user story, you can use this simple format:", Effect.INFORMS),
        ("You can use our logo in your slides.", Effect.PERMITS),
        # Advice against is a no; what a reader can avoid grants nothing.
        (
            "“General public” or “the federal government” is too broad of an audience to be "
            "useful.",
            Effect.PROHIBITS,
        ),
        ("Posting from a shared device is not recommended.", Effect.PROHIBITS),
        ("Das ist nicht ratsam.", Effect.PROHIBITS),
        ("It is helpful to add an image description.", Effect.INFORMS),
        ("A checklist helps readers, so they can avoid the same mistakes.", Effect.INFORMS),
        # An open door: anyone may send one.
        ("We accept pitches for blog ideas from anyone in TTS.", Effect.PERMITS),
        ("Everyone at TTS is encouraged to contribute to our blogs.", Effect.PERMITS),
        ("We accept no liability for linked pages.", Effect.INFORMS),
        # A possibility offered to the reader is a yes; one that merely may happen is not.
        (
            "Depending on the content, it is possible that you could publish to the blog of a "
            "team that isn't your own.",
            Effect.PERMITS,
        ),
        ("It is not possible to delete posts.", Effect.INFORMS),
        # What is not expressly prohibited is permitted; what is not only prohibited is not.
        (
            "Employees may take part in political activities to the extent not expressly "
            "prohibited by the Act.",
            Effect.PERMITS,
        ),
        ("Such conduct is not only prohibited but also punished.", Effect.PROHIBITS),
        (
            "Examples of permitted activities include: canvassing votes; distributing campaign "
            "literature.",
            Effect.PERMITS,
        ),
    ],
)
def test_sentence_effects(sentence: str, effect: Effect) -> None:
    assert sentence_effect(sentence) is effect


def test_what_a_reader_can_avoid_is_no_rule_to_avoid() -> None:
    advice = (
        "Saying a problem was hard isn't helpful unless we offer a solution so they can avoid "
        "this problem in their own work."
    )
    assert sentence_effect(advice) is not Effect.PROHIBITS
    assert sentence_effect(advice) is not Effect.PERMITS  # "they can avoid" is no "you may"


def test_headings_and_answers_that_state_their_rule() -> None:
    assert heading_effect("DON’T bash competitors") is Effect.PROHIBITS
    assert heading_effect("DO disclose that you're a team member") is Effect.PERMITS
    assert heading_effect("Do the guidelines apply?") is None
    assert heading_effect("Is an official who is covered prohibited from running again?") is None
    assert (
        heading_effect("DON'T use third-party images without permission from the owner")
        is Effect.REQUIRES_APPROVAL
    )
    assert (
        answer_polarity("**Less Restricted Employees:** Yes. You may place a sign.")
        is Effect.PERMITS
    )
    assert answer_polarity("No. Covered employees may not engage in it.") is Effect.PROHIBITS
    # A hedged answer still answers; a sentence that merely opens with "Not" does not.
    assert answer_polarity("Generally not.  The Act prohibits candidacy.") is Effect.PROHIBITS
    assert answer_polarity("In der Regel nicht. Das Gesetz verbietet es.") is Effect.PROHIBITS
    assert answer_polarity("Generally yes. You may sign.") is Effect.PERMITS
    assert answer_polarity("Generally, employees may not run.") is None
    assert answer_polarity("Not everyone may post for the company.") is None
    # Under a heading that asks whether something is forbidden, "No." is the permission.
    radio = "Will I violate the Act if I listen to political radio at work?"
    assert answer_polarity("No. Merely listening is no violation.", radio) is Effect.PERMITS
    rerun = "I hold an office. Is this still a violation of the Act?"
    assert answer_polarity("Yes. The rules apply anywhere.", rerun) is Effect.PROHIBITS
    assert answer_polarity("Nein, das ist erlaubt.", "Ist es verboten, X zu teilen?") is (
        Effect.PERMITS
    )
    assert answer_polarity("No.", "Can agencies discipline staff for violating a policy?") is (
        Effect.PROHIBITS
    )
    # "Does the Act apply …?": a "Yes." says the rules apply, which permits nothing.
    special = "My town holds a special election, does the Hatch Act apply to the special election?"
    assert answer_polarity("Yes. You would be prohibited from running.", special) is None
    # A heading that asks whether something is forbidden decides, even when it says "covered".
    sheriff = "Is an elected official who is covered by the Act prohibited from running again?"
    assert answer_polarity("No, not if the office is the official's job.", sheriff) is (
        Effect.PERMITS
    )
    # Under a question of fact ("Am I still considered on duty?"), "Yes." permits nothing.
    duty = "I am a union official on official time. Am I still considered on duty?"
    assert answer_polarity("Yes. They may not engage in political activity.", duty) is None
    sabbatical = "If I am covered by the Act, will a sabbatical allow me to be a candidate?"
    assert answer_polarity("No. A sabbatical changes nothing.", sabbatical) is Effect.PROHIBITS


@pytest.mark.parametrize(
    ("question", "permission"),
    [
        ("Darf ich Fotos posten?", True),
        ("Who is allowed to open a company page?", True),
        ("Someone wrote a nasty post. Should I reply?", True),
        ("What happens if I break the rules?", False),
        ("I'm not sure. What should I do?", False),
        ("Muss ich eine Schulung machen?", False),
        ("Where can I ask whether I'm allowed to use someone else's image?", False),
        ("Is it a violation if our office TV shows a news channel?", True),
        ("Verstößt es gegen die Richtlinie, wenn ich das teile?", True),
        ("Wo kann ich fragen, ob ich das Bild verwenden darf?", False),
        ("Should all five be listed as authors of the post?", True),
        ("Sollte der Beitrag vorher freigegeben werden?", True),
        ("Is it a problem if someone sends a campaign email to my work address?", True),
        ("When I'm teleworking, can I have a campaign poster behind me on a call?", True),
        ("When is the blog's next review meeting?", False),
        ("Is it permissible for staff to disclose metrics in a blog post?", True),
        ("Is it appropriate for an official account to call an event its favorite?", True),
        ("Falls die Zahlen öffentlich sind, dürfte ich sie dann posten?", True),
        ("Would it cross a line if I reply to their outage post with a meme?", True),
        ("Ein Reporter hat mich angeschrieben – soll ich ihm selbst antworten?", True),
    ],
)
def test_question_types(question: str, permission: bool) -> None:
    assert asks_permission(question) is permission


def test_sentences_keep_abbreviations_and_are_verbatim() -> None:
    text = "Fotos, z. B. vom Stand, sind erwünscht. Prototypen nicht!\nNeue Zeile ohne Punkt"
    found = sentences(text)
    assert found == [
        "Fotos, z. B. vom Stand, sind erwünscht.",
        "Prototypen nicht!",
        "Neue Zeile ohne Punkt",
    ]
    assert all(s in text for s in found)


def test_official_abbreviations_end_no_sentence() -> None:
    text = (
        "Yes. The Act's prohibitions on state, D.C., and local employees apply. It is defined in "
        "5 C.F.R. § 734.101. See Special Counsel v. Gallagher, 44 M.S.P.R. 57. The U.S. Postal "
        "Service is covered."
    )
    assert sentences(text) == [
        "Yes.",
        "The Act's prohibitions on state, D.C., and local employees apply.",
        "It is defined in 5 C.F.R. § 734.101.",
        "See Special Counsel v. Gallagher, 44 M.S.P.R. 57.",
        "The U.S. Postal Service is covered.",
    ]


def test_a_stop_inside_an_address_or_number_ends_no_sentence() -> None:
    text = "Forward it to press@gsa.gov without responding. Version 1.5 ships."
    assert sentences(text) == [
        "Forward it to press@gsa.gov without responding.",
        "Version 1.5 ships.",
    ]
    assert sentence_effect(sentences(text)[0]) is Effect.PROHIBITS


REGISTER = Register(customers=["Nordstahl"], unreleased=["X200"], competitors=["Krüger"])


def _kinds(text: str) -> set[Kind]:
    """The kinds of finding the detectors report for a text."""
    return {hit.kind for hit in detect(text, REGISTER)}


@pytest.mark.parametrize(
    ("draft", "kind", "text"),
    [
        ("Plus von 12 % beim Umsatz", Kind.FINANCIAL, "12 % beim Umsatz"),
        ("Order intake: EUR 31 million", Kind.FINANCIAL, "EUR 31 million"),
        (
            "We expect to double our revenue next year",
            Kind.FORECAST,
            "expect to double our revenue",
        ),
        ("Die Aktie wird bald steigen", Kind.FORECAST, "Aktie wird bald steigen"),
        (
            "Darf ich kommentieren, dass wir im Gegenteil stark wachsen werden?",
            Kind.FORECAST,
            "wir im Gegenteil stark wachsen",
        ),
        ("Honestly, we will grow 30% next year.", Kind.FORECAST, "we will grow 30%"),
        (
            "Wir rechnen damit, dass unser Umsatz um 50 % wächst!",
            Kind.FORECAST,
            "rechnen damit, dass unser Umsatz",
        ),
        ("Auftrag von Bergmann Logistik gewonnen", Kind.CUSTOMER, "Auftrag von Bergmann Logistik"),
        ("Zu Besuch bei Nordstahl", Kind.CUSTOMER, "Nordstahl"),
        (
            "Proud to announce that MegaCorp now runs all of its pipelines on our platform!",
            Kind.CUSTOMER,
            "Proud to announce that MegaCorp now runs",
        ),
        (
            "We welcome Acme Corp as a new client",
            Kind.CUSTOMER,
            "welcome Acme Corp as a new client",
        ),
        ("Wir begrüßen Nordstahl als neuen Kunden!", Kind.CUSTOMER, "Nordstahl als neuen Kunden"),
        ("Der X200-Prototyp", Kind.UNRELEASED, "X200"),
        ("Mail an anna@firma.example", Kind.PERSONAL_DATA, "anna@firma.example"),
        ("Ruf an: +49 711 1234567", Kind.PERSONAL_DATA, "+49 711 1234567"),
        ("IBAN DE89 3704 0044 0532 0130 00", Kind.PERSONAL_DATA, "DE89 3704 0044 0532 0130 00"),
        ("Anna now lives at 12 Elm Street!", Kind.PERSONAL_DATA, "lives at 12 Elm Street"),
        (
            "Happy birthday to teammate Lena, who turns 40!",
            Kind.PERSONAL_DATA,
            "teammate Lena, who turns 40",
        ),
        ("I think the numbers will blow everyone away.", Kind.FORECAST, "numbers will blow"),
        ("Darf ich empfehlen, jetzt GitLab-Aktien zu kaufen?", Kind.FORECAST, "Aktien zu kaufen"),
        ("Die Gehaltsbänder bei uns liegen intern bei 120k.", Kind.INTERNAL, "Gehaltsbänder"),
        ("The audit found three high-risk findings.", Kind.CRISIS, "audit found"),
        ("Sad to see my manager Tom let go today.", Kind.PERSONNEL, "manager Tom let go"),
        (
            "Off to the Harris rally in my government car!",
            Kind.POLITICS_AT_WORK,
            "Harris rally in my government car",
        ),
        (
            "A 'Vote Lopez' sticker on my government laptop",
            Kind.POLITICS_AT_WORK,
            "Vote Lopez' sticker on my government laptop",
        ),
        (
            "The Green Party's petition in the break room",
            Kind.POLITICS_AT_WORK,
            "Green Party's petition in the break room",
        ),
        (
            "Kommt alle und meldet euch heute noch an!",
            Kind.CALL_TO_ACTION,
            "meldet euch heute noch an",
        ),
        (
            "My work email signature: Proud supporter of Miller for Congress",
            Kind.POLITICS_AT_WORK,
            "work email signature: Proud supporter of Miller for Congress",
        ),
        (
            "Vom @18F-Account: Unser Lieblingspodcast!",
            Kind.ENDORSEMENT,
            "Vom @18F-Account: Unser Lieblingspodcast",
        ),
        (
            "My work video calls: the Garcia for Governor banner",
            Kind.POLITICS_AT_WORK,
            "work video calls: the Garcia for Governor",
        ),
        (
            "Ein Witz über die Ausfälle eines Konkurrenten",
            Kind.COMPETITOR,
            "Witz über die Ausfälle eines Konkurrenten",
        ),
        ("Everyone should sign up and go!", Kind.CALL_TO_ACTION, "Everyone should sign up"),
        ("Vote for Jane Doe on Tuesday!", Kind.CALL_TO_ACTION, "Vote for"),
        ("Wählt Müller am Sonntag!", Kind.CALL_TO_ACTION, "Wählt M"),
        ("I'll ask passers-by to donate", Kind.CALL_TO_ACTION, "ask passers-by to donate"),
        (
            "Can I ask my neighbor for five dollars for her campaign?",
            Kind.CALL_TO_ACTION,
            "ask my neighbor for five dollars for her campaign",
        ),
        (
            "Crab feast fundraiser Saturday – link to buy tickets in my bio!",
            Kind.CALL_TO_ACTION,
            "fundraiser Saturday – link to buy tickets",
        ),
        ("Darf ich im Blog um Spenden bitten?", Kind.CALL_TO_ACTION, "um Spenden bitten"),
        ("Join me at the fundraiser on Friday!", Kind.CALL_TO_ACTION, "Join me at the fundraiser"),
        ("All proceeds go to the campaign", Kind.CALL_TO_ACTION, "All proceeds go to the campaign"),
        ("Kommt alle zur Spendengala!", Kind.CALL_TO_ACTION, "Kommt alle zur Spendengala"),
        ("Please sign the petition for Sam Lee", Kind.CALL_TO_ACTION, "Please sign the petition"),
        ("Unterschreibt alle die Petition!", Kind.CALL_TO_ACTION, "Unterschreibt alle die"),
        ("Stimmt für Müller!", Kind.CALL_TO_ACTION, "Stimmt für"),
        (
            "Can I ask my friends twice a month to give $10 to my candidate's campaign?",
            Kind.CALL_TO_ACTION,
            "ask my friends twice a month to give $10 to my candidate's campaign",
        ),
        # A rival's weaknesses listed, the rival named after them.
        (
            "Darf ich einen Post schreiben, der die Schwächen eines Konkurrenzprodukts aufzählt?",
            Kind.COMPETITOR,
            "Schwächen eines Konkurrenzprodukts",
        ),
        ("Here are the flaws of a competitor's tool", Kind.COMPETITOR, "flaws of a competitor"),
        # A reporter's question in public, and an official account by its acronym.
        (
            "A reporter tweeted a question about our project at me",
            Kind.MEDIA,
            "reporter tweeted a question about our project at me",
        ),
        ("A journalist mentioned me in a thread", Kind.MEDIA, "journalist mentioned me"),
        (
            "Darf der 18F-Account „Mein Lieblingsvortrag des Jahres!“ dazu schreiben?",
            Kind.ENDORSEMENT,
            "18F-Account „Mein Lieblingsvortrag",
        ),
        # A call that opens a sentence is capitalised, in a quoted post too.
        (
            "Darf ich „Unbedingt anmelden und hingehen!“ twittern?",
            Kind.CALL_TO_ACTION,
            "Unbedingt anmelden",
        ),
        ("Alle sollten hingehen!", Kind.CALL_TO_ACTION, "Alle sollten hingehen"),
        (
            "Bitte vergesst nicht zu spenden!",
            Kind.CALL_TO_ACTION,
            "Bitte vergesst nicht zu spenden",
        ),
        ("Rumor has it our CFO is moving on.", Kind.RUMOR, "Rumor has it"),
        (
            "@GitHub's CEO, your new pricing is a joke",
            Kind.INSULT,
            "@GitHub's CEO, your new pricing is a joke",
        ),
        ("Here's the draft procurement memo", Kind.INTERNAL, "draft procurement memo"),
        ("Hearing whispers that our CRO is leaving", Kind.RUMOR, "Hearing whispers"),
        ("Here's how our Q3 pipeline is shaping up", Kind.INTERNAL, "Q3 pipeline"),
        (
            "A hedge fund analyst called and I walked him through our plans",
            Kind.INTERNAL,
            "hedge fund analyst called and I walked him through",
        ),
        ("Per an internal planning doc, SMS codes go", Kind.INTERNAL, "internal planning doc"),
        ("Which features are on our internal-only roadmap?", Kind.INTERNAL, "internal-only"),
        (
            "Our budget got cut by 30% and nobody outside knows yet",
            Kind.INTERNAL,
            "nobody outside knows",
        ),
        ("Unter uns gesagt: das Projekt wird eingestellt", Kind.INTERNAL, "Unter uns gesagt"),
        (
            "From our internal leadership channel: news",
            Kind.INTERNAL,
            "internal leadership channel",
        ),
        (
            "Link to our private blog-drafts repo for an early look",
            Kind.INTERNAL,
            "our private blog-drafts repo",
        ),
        (
            "A big reorg is coming for 18F next month",
            Kind.UNRELEASED,
            "reorg is coming for 18F next month",
        ),
        ("Our ATO is stuck on 14 open high findings", Kind.CRISIS, "14 open high findings"),
        (
            "Please welcome Priya, who starts on our Gitaly team next Monday!",
            Kind.PERSONNEL,
            "starts on our Gitaly team next Monday",
        ),
        ("Heard our CFO is leaving after Q4", Kind.RUMOR, "Heard our CFO is"),
        (
            "Set my agency Teams status to 'Ortiz 2028' for the week",
            Kind.POLITICS_AT_WORK,
            "agency Teams status to 'Ortiz 2028",
        ),
        (
            "A journalist wants to talk to me on background",
            Kind.MEDIA,
            "journalist wants to talk to me",
        ),
        (
            "Earnings drop tomorrow and I have a really good feeling",
            Kind.FORECAST,
            "Earnings drop tomorrow and I have a really good feeling",
        ),
        ("Can I post that it's a buying opportunity?", Kind.FORECAST, "a buying opportunity"),
        (
            "Our gross margin on SaaS is way better than people think",
            Kind.FINANCIAL,
            "Our gross margin on SaaS is way better",
        ),
        (
            "Off to the Diaz rally, still in my Park Service uniform",
            Kind.POLITICS_AT_WORK,
            "Diaz rally, still in my Park Service uniform",
        ),
        (
            "An AMA on r/devops about our strategy, speaking for the company!",
            Kind.SPEAKING_FOR,
            "speaking for the company",
        ),
        ("Snapped this candid of half the team dozing off", Kind.PEOPLE, "candid of half the team"),
        (
            "May I mention how much a customer spends with us?",
            Kind.CUSTOMER,
            "how much a customer spends",
        ),
        (
            "Workshop heute bei der Allianz, die wollen bis Jahresende auf GitLab umsteigen!",
            Kind.CUSTOMER,
            "bei der Allianz, die wollen bis Jahresende auf GitLab umsteigen",
        ),
        (
            "Deutsche Bahn just signed a three-year Ultimate deal with us!",
            Kind.CUSTOMER,
            "Deutsche Bahn just signed a three-year Ultimate deal",
        ),
        (
            "Acme hat gerade den Vertrag mit uns verlängert",
            Kind.CUSTOMER,
            "Acme hat gerade den Vertrag mit uns verlängert",
        ),
        (
            "Hosting a fundraiser for Senator Park on Friday!",
            Kind.CALL_TO_ACTION,
            "Hosting a fundraiser",
        ),
        ("$100 suggested donation at the door", Kind.CALL_TO_ACTION, "suggested donation"),
        ("Venmo me if you want to help her campaign", Kind.CALL_TO_ACTION, "Venmo me"),
        (
            "From @TTS: We absolutely love the new design",
            Kind.ENDORSEMENT,
            "From @TTS: We absolutely love",
        ),
        # laughing at another's outage is about the competitor, not an incident of ours
        (
            "Bitbucket down again? Some things never change",
            Kind.COMPETITOR,
            "Bitbucket down again? Some things never change",
        ),
        (
            "Another GitHub outage today 🙃 glad my pipelines live on GitLab",
            Kind.COMPETITOR,
            "Another GitHub outage today 🙃",
        ),
        (
            "Imagine still babysitting Jenkins plugins in 2026 🤡 Couldn't be our customers.",
            Kind.COMPETITOR,
            "Imagine still babysitting Jenkins plugins in 2026 🤡",
        ),
        (
            "Schon wieder ein GitHub-Ausfall 😂 zum Glück nutzen wir GitLab",
            Kind.COMPETITOR,
            "Schon wieder ein GitHub-Ausfall 😂",
        ),
        ("Our CI is down again, sorry folks", Kind.CRISIS, "CI is down again"),
        ("The old system stores SSNs in plain text", Kind.CRISIS, "stores SSNs in plain text"),
        # inviting people to a campaign's fundraiser is soliciting for it
        (
            "Who's coming to the Harris for Senate fundraiser Thursday? DM me to RSVP!",
            Kind.CALL_TO_ACTION,
            "Who's coming to the Harris for Senate fundraiser",
        ),
        (
            "Lopez for Council kickoff Friday, $25 at the door",
            Kind.CALL_TO_ACTION,
            "Lopez for Council kickoff Friday, $25 at the door",
        ),
        # a named organisation helped through its own trouble is a customer story
        (
            "Spent all night helping Acme Bank recover from their botched upgrade",
            Kind.CUSTOMER,
            "helping Acme Bank recover from their",
        ),
        # a must-read is a recommendation, not reading at one's desk
        (
            "From my .gov email: must-read op-ed on why Governor Lee deserves reelection!",
            Kind.POLITICS_AT_WORK,
            "gov email: must-read op-ed on why Governor Lee deserves reelection",
        ),
        # someone else's child, named or aged, is their family's to share
        (
            "Best moment of today's call: Marco's daughter Sofia (4) waving at all of us",
            Kind.PERSONAL_DATA,
            "Marco's daughter Sofia",
        ),
        ("Annas Tochter Lena (3) hat heute mitgemacht", Kind.PERSONAL_DATA, "Annas Tochter Lena"),
        ("Found a way to bypass MFA on staging", Kind.CRISIS, "bypass MFA"),
        (
            "The staging site still uses the default admin password",
            Kind.CRISIS,
            "default admin password",
        ),
        ("Das Standardpasswort ist noch aktiv", Kind.CRISIS, "Standardpasswort"),
        ("GTLB up 12% today!", Kind.FORECAST, "GTLB up 12%"),
        ("Told you it was undervalued", Kind.FORECAST, "undervalued"),
        (
            "My work Slack status: Vote Garcia",
            Kind.POLITICS_AT_WORK,
            "work Slack status: Vote Garcia",
        ),
        (
            "Vom @18F-Konto: Seid dabei beim Civic Tech Day!",
            Kind.CALL_TO_ACTION,
            "Vom @18F-Konto: Seid dabei",
        ),
        ("Shoutout to Acme Corp's ops team!", Kind.CUSTOMER, "Acme Corp"),
        ("Their GitLab instance was down for a day", Kind.CRISIS, "instance was down"),
        ("Memes that mock a coworker's accent", Kind.COLLEAGUE, "mock a coworker"),
        ("Dieses Jahr knacken wir 10.000 Kunden!", Kind.FORECAST, "Dieses Jahr knacken"),
        (
            "I expect the launch to double our user numbers next year.",
            Kind.FORECAST,
            "expect the launch to double our user numbers",
        ),
        (
            "Ich erwarte, dass sich unsere Nutzerzahlen verdoppeln.",
            Kind.FORECAST,
            "erwarte, dass sich unsere Nutzerzahlen verdoppeln",
        ),
        ("Our customer base will double by spring.", Kind.FORECAST, "customer base will double"),
        (
            "Ich will Spenden für den Wahlkampf meiner Kandidatin sammeln.",
            Kind.CALL_TO_ACTION,
            "Spenden für den Wahlkampf meiner Kandidatin sammeln",
        ),
        ("This year we'll hit 10,000 customers", Kind.FORECAST, "This year we'll hit"),
        (
            "He asked about our product roadmap for next year",
            Kind.UNRELEASED,
            "our product roadmap",
        ),
        (
            "Budget cut by 30%, it hasn't been announced yet.",
            Kind.UNRELEASED,
            "hasn't been announced yet",
        ),
        ("If you can, chip in $10 here: ortiz.com/donate", Kind.CALL_TO_ACTION, "chip in $10"),
        ("Link: ortizforsenate.com/donate", Kind.CALL_TO_ACTION, "ortizforsenate.com/donate"),
        (
            "Danke an Kollege Max, wegen dem der Deploy gescheitert ist",
            Kind.COLLEAGUE,
            "Kollege Max, wegen dem der Deploy gescheitert",
        ),
        (
            "The release failed because of my teammate.",
            Kind.COLLEAGUE,
            "failed because of my teammate",
        ),
        ("My screen shows an internal GitLab issue", Kind.INTERNAL, "internal GitLab issue"),
        ("Ein Blick in ein internes GitLab-Issue", Kind.INTERNAL, "internes GitLab-Issue"),
        ("A reporter asked me about login.gov today", Kind.MEDIA, "reporter asked me"),
        ("Ein Journalist hat mich nach den Plänen gefragt", Kind.MEDIA, "Journalist hat mich"),
        (
            "A journalist invited me onto her podcast to talk about our work",
            Kind.MEDIA,
            "journalist invited me onto her podcast",
        ),
        (
            "Ein Journalist lädt mich in seinen Podcast ein",
            Kind.MEDIA,
            "Journalist lädt mich in seinen Podcast",
        ),
        (
            "@reporter_jane Happy to chat about the new rollout, DM me!",
            Kind.MEDIA,
            "@reporter_jane Happy to chat",
        ),
        ("GitLab stock is a steal, buy before the call!", Kind.FORECAST, "stock is a steal"),
        (
            "Psst, Insider-Info: unser nächstes großes Feature kommt im März",
            Kind.UNRELEASED,
            "Insider-Info",
        ),
        (
            "From @GSA: we think this is the most exciting project in government!",
            Kind.ENDORSEMENT,
            "From @GSA: we think this is the most exciting",
        ),
        (
            "Mein neues Bild fürs Büro: ich mit Senatorin Miller",
            Kind.POLITICS_AT_WORK,
            "Büro: ich mit Senatorin",
        ),
        (
            "Campaign buttons for everyone at my desk!",
            Kind.POLITICS_AT_WORK,
            "Campaign buttons for everyone at my desk",
        ),
        ("Don't miss the keynote, register now!", Kind.CALL_TO_ACTION, "Don't miss"),
        ("Spenden bitte hier: https://example.org", Kind.CALL_TO_ACTION, "Spenden bitte hier"),
        (
            "Workshop at Deutsche Bahn, they're rolling out our platform",
            Kind.CUSTOMER,
            "at Deutsche Bahn, they're rolling out",
        ),
        (
            "Konkurrent X mal verbessert, jetzt sieht man, wie langsam die sind",
            Kind.COMPETITOR,
            "Konkurrent X mal verbessert, jetzt sieht man, wie langsam",
        ),
        ("Gerüchten zufolge wird umgebaut.", Kind.RUMOR, "Gerüchten zufolge"),
        ("Our CFO is leaving after the call.", Kind.PERSONNEL, "CFO is leaving"),
        ("We're cutting 10% of staff next week.", Kind.PERSONNEL, "cutting 10% of staff"),
        ("Unsere Kollegin Sarah verlässt uns.", Kind.PERSONNEL, "Kollegin Sarah verlässt"),
        (
            "From the GSA account, may I tweet that the talk was truly inspiring?",
            Kind.ENDORSEMENT,
            "From the GSA account, may I tweet that the talk was truly inspiring",
        ),
        (
            "Unser Lieblingsevent des Jahres, gepostet vom offiziellen Konto",
            Kind.ENDORSEMENT,
            "Lieblingsevent des Jahres, gepostet vom offiziellen Konto",
        ),
        ("Der Erlös geht an die Partei.", Kind.CALL_TO_ACTION, "Der Erlös geht an die Partei"),
        ("We are settling the patent lawsuit next week", Kind.LEGAL, "settling the patent lawsuit"),
        ("Wir haben die Klage gegen X gewonnen!", Kind.LEGAL, "Klage"),
        ("Darf ich posten, wie schlecht mein Chef ist?", Kind.COLLEAGUE, "wie schlecht mein Chef"),
        ("My boss is useless.", Kind.COLLEAGUE, "boss is useless"),
        (
            "Max wohnt jetzt in der Lindenstraße 4.",
            Kind.PERSONAL_DATA,
            "wohnt jetzt in der Lindenstraße 4",
        ),
        ("Der Chef ist ein Vollidiot", Kind.INSULT, "Vollidiot"),
        ("watch your back", Kind.INSULT, "watch your back"),
        ("Krüger baut Schrott", Kind.COMPETITOR, "Krüger baut Schrott"),
        (
            "Die Software von Konkurrent X ist Müll",
            Kind.COMPETITOR,
            "Konkurrent X ist Müll",
        ),
        ("our internal dashboards show it", Kind.INTERNAL, "internal dashboards"),
        ("Screenshot aus dem Intranet", Kind.INTERNAL, "Screenshot"),
        ("<!channel> schaut mal", Kind.BROADCAST, "<!channel>"),
        ("Fotos aus der Produktionshalle", Kind.PREMISES, "Fotos aus der Produktionshalle"),
        ("Team photo with my colleagues", Kind.PEOPLE, "photo with my colleagues"),
        ("In Halle 3 hat es gebrannt", Kind.CRISIS, "gebrannt"),
        (
            "Reminder from my office account: the Smith for Senate rally is Saturday!",
            Kind.POLITICS_AT_WORK,
            "my office account: the Smith for Senate",
        ),
        (
            "Unterstützt bitte die Kampagne von Maria Lopez, jeder Dollar zählt!",
            Kind.CALL_TO_ACTION,
            "Unterstützt bitte die Kampagne",
        ),
        ("Every dollar counts, chip in!", Kind.CALL_TO_ACTION, "Every dollar counts"),
        (
            "You heard it here first: next week GSA will announce a new contract.",
            Kind.UNRELEASED,
            "You heard it here first",
        ),
        (
            "Next week the agency will announce the winner.",
            Kind.UNRELEASED,
            "Next week the agency will announce",
        ),
        ("The portal still has an unpatched login bug.", Kind.CRISIS, "unpatched"),
        ("GitLab.com was down for three hours today.", Kind.CRISIS, "GitLab.com was down"),
        (
            "Sorry everyone, GitLab.com is having issues right now, our SRE team is on it!",
            Kind.CRISIS,
            "GitLab.com is having issues",
        ),
        (
            "The API is experiencing intermittent errors.",
            Kind.CRISIS,
            "API is experiencing intermittent errors",
        ),
        ("Unsere Plattform war offline.", Kind.CRISIS, "Plattform war offline"),
        ("Our internal postmortem says so.", Kind.INTERNAL, "internal postmortem"),
        ("Our team's FY27 budget request just got cut in half 😬", Kind.INTERNAL, "FY27 budget"),
        (
            "Revenue grew again. I bet next quarter will be even bigger!",
            Kind.FORECAST,
            "next quarter will be even bigger",
        ),
        (
            "Sending love to my teammate Tom, who is in the hospital after heart surgery.",
            Kind.PERSONAL_DATA,
            "teammate Tom, who is in the hospital",
        ),
        (
            "Gute Besserung an Kollegin Ana nach ihrer Krebsdiagnose!",
            Kind.PERSONAL_DATA,
            "Kollegin Ana nach ihrer Krebsdiagnose",
        ),
        (
            "A teammate's merge request broke production yesterday.",
            Kind.COLLEAGUE,
            "teammate's merge request broke",
        ),
        (
            "Unser Kollege hat den Release verbockt.",
            Kind.COLLEAGUE,
            "Kollege hat den Release verbockt",
        ),
        (
            "Announcing my run for a second term on city council (D)!",
            Kind.CANDIDACY,
            "Announcing my run",
        ),
        ("Ich kandidiere für die Republikaner im Stadtrat", Kind.CANDIDACY, "kandidiere"),
        (
            "Shoutout to the Deutsche Telekom team for the collaboration on their GitLab rollout",
            Kind.CUSTOMER,
            "to the Deutsche Telekom team for the collaboration on their GitLab rollout",
        ),
        (
            "From @GSA: RT @RepSmith: Proud of this funding, our best bill of the year!",
            Kind.ENDORSEMENT,
            "From @GSA: RT @RepSmith: Proud of this funding, our best",
        ),
        (
            "Our budget is getting cut by a third, announcement next month",
            Kind.UNRELEASED,
            "announcement next month",
        ),
        (
            "Found a way to read other projects' CI variables, writing it up tonight",
            Kind.CRISIS,
            "Found a way to read other",
        ),
        (
            "Collecting signatures for my party's ballot petition in the agency lobby at lunch",
            Kind.POLITICS_AT_WORK,
            "ballot petition in the agency lobby",
        ),
        (
            "Pretty sure we're about to win the big DHS contract, fingers crossed",
            Kind.UNRELEASED,
            "about to win the big DHS contract",
        ),
        (
            "Our staging site leaked test data yesterday",
            Kind.CRISIS,
            "leaked test data",
        ),
        (
            "Can I answer it from my own account on behalf of 18F?",
            Kind.SPEAKING_FOR,
            "answer it from my own account on behalf of 18F",
        ),
        (
            "Our slide from today's internal sales kickoff",
            Kind.INTERNAL,
            "internal sales kickoff",
        ),
        (
            "My new office mug: 'Green Party 2028' ☕",
            Kind.POLITICS_AT_WORK,
            "My new office mug: 'Green Party",
        ),
        (
            "I'm now GitLab's Head of Security! (unofficially, my manager is on leave)",
            Kind.TITLE_CLAIM,
            "I'm now GitLab's Head of Security! (unofficially",
        ),
        (
            "May I call myself a VP on LinkedIn even though I'm a senior engineer?",
            Kind.TITLE_CLAIM,
            "call myself a VP on LinkedIn even though I'm",
        ),
        (
            "Darf ich mich als 'Engineering Manager' bezeichnen, obwohl ich Senior Engineer bin?",
            Kind.TITLE_CLAIM,
            "mich als 'Engineering Manager' bezeichnen, obwohl ich",
        ),
        (
            "I'm running for State Senate in the Green Party primary",
            Kind.CANDIDACY,
            "I'm running for",
        ),
    ],
)
def test_detectors(draft: str, kind: Kind, text: str) -> None:
    found = [(h.kind, h.text) for h in detect(draft, REGISTER)]
    assert (kind, text) in found


def test_a_run_for_office_is_a_finding_only_where_the_draft_marks_it_partisan() -> None:
    for draft in (
        "I'm running for school board this fall, wish me luck!",
        "My friend is running for Senate as a Republican.",  # not the author's own run
        "I was elected to city council as a Democrat before I joined the agency.",
    ):
        assert Kind.CANDIDACY not in {h.kind for h in detect(draft, REGISTER)}, draft


def test_one_s_own_title_and_one_s_own_nonpartisan_run_are_no_findings() -> None:
    for draft in (
        "Proud to share that I've been promoted to Staff Backend Engineer!",
        "Can I list my title on LinkedIn exactly as it is in our HR system?",
        "I'm now the team lead for the runner group!",
        "Our mayoral race is nonpartisan, so I'm running! Vote for me on March 3",
        "My school board race is nonpartisan. "
        "Can I ask people for contributions to my own campaign?",
    ):
        assert detect(draft, REGISTER) == [], draft
    assert detect("Thanks to my team for their help with the migration", REGISTER) == []
    assert detect("I found a way to see my pipeline logs faster", REGISTER) == []
    assert detect("We will lobby Congress for the funding", REGISTER) == []
    consented = "Team offsite! Photo of all eight of us, shared with everyone's OK"
    assert Kind.PEOPLE not in {h.kind for h in detect(consented, REGISTER)}
    assert detect("I did my best today, announcement of results was last month", REGISTER) == []
    urging = detect("Vote for Jane Doe on March 3!", REGISTER)
    assert [h.kind for h in urging] == [Kind.CALL_TO_ACTION]


def test_harmless_text_trips_no_detector() -> None:
    assert detect("Wir feiern 25 Jahre Firmenjubiläum mit einem Sommerfest!", REGISTER) == []
    assert detect("The storm was down for the count, and we went down to the lake.", REGISTER) == []
    assert detect("We will talk about growth mindset at the meetup.", REGISTER) == []
    assert (
        detect("Visit our booth at Messe Allee 1, or our office at 5 Main Street.", REGISTER) == []
    )
    assert detect("Besucht uns auf der EMO in Hannover, Halle 12!", REGISTER) == []
    assert detect("We will vote on the proposal tomorrow.", REGISTER) == []
    assert detect("We settled on a new logo for the team.", REGISTER) == []
    assert detect("Proud of my team, best colleagues ever!", REGISTER) == []
    assert detect("I asked my team to vote on the new logo.", REGISTER) == []
    # A journalist's invitation to something other than her show is no press contact.
    assert Kind.MEDIA not in _kinds("A journalist friend invited me to her birthday party.")
    # Praise is an endorsement only where an official account says it.
    assert detect("My favorite conference of the year, amazing talks!", REGISTER) == []
    assert detect("Can I post my favorite recipe on my X account?", REGISTER) == []
    assert detect("Working on my own weaknesses with a coach.", REGISTER) == []
    assert Kind.CALL_TO_ACTION not in _kinds("Can I ask people to give their time to the campaign?")
    assert detect("My favorite IT account manager retired today.", REGISTER) == []
    assert detect("My favorite recipes, now on my IRS account lol", REGISTER) == []
    assert Kind.MEDIA not in _kinds("The reporter replied to my tweet about lunch.")
    assert detect("I'm leaving the office early to catch the keynote.", REGISTER) == []
    assert detect("Can I run for an office within my political party?", REGISTER) == []
    assert detect("My colleague and I toured the new hospital wing we built.", REGISTER) == []
    assert detect("Our team broke the record for most merge requests in a week!", REGISTER) == []
    assert detect("We will publish our quarterly results on Dec 5.", REGISTER) == []
    assert detect("Our summer intern shipped her first feature!", REGISTER) == []
    assert detect("No one else knows how to bake like my grandma.", REGISTER) == []
    assert detect("I'm not speaking for my employer here, views my own.", REGISTER) == []
    assert detect("Ich arbeite bei GitLab und wir wechseln bald das Büro.", REGISTER) == []
    assert detect("A candid conversation with my team about burnout.", REGISTER) == []
    assert detect("Just made my private Instagram public again.", REGISTER) == []
    assert detect("We had 3 high-fives at the end of the sprint.", REGISTER) == []
    assert detect("Heard our team is growing, so excited!", REGISTER) == []
    assert detect("Our margins in the garden were wider than I thought.", REGISTER) == []
    assert detect("Wearing my soccer uniform to the game tonight.", REGISTER) == []
    assert detect("Set my work Slack status to 'Berlin 2026 offsite'.", REGISTER) == []
    assert detect("Good feeling about our team dinner tonight!", REGISTER) == []
    assert detect("We signed a contract with our landlord today.", REGISTER) == []
    assert detect("I changed my default password during onboarding.", REGISTER) == []
    assert detect("The stock rally continued, said my manager at the office.", REGISTER) == []
    assert detect("We will vote on the proposal in the office tomorrow.", REGISTER) == []
    assert detect("The team call will start at 10, join from the office.", REGISTER) == []
    # Asking neighbours to vote for someone is canvassing, which the guidelines weigh as such;
    # money for a charity run is no campaign's.
    assert Kind.CALL_TO_ACTION not in _kinds("I'm asking my neighbors to vote for her.")
    assert Kind.CALL_TO_ACTION in _kinds("I'm asking my neighbors to donate to her.")
    assert _kinds("Wir sammeln Spenden für das Tierheim beim Spendenlauf.") == set()
    assert _kinds("We expect the new office to double as a meetup space.") == set()


def test_rare_shared_terms_outweigh_common_ones_when_ranking_sentences() -> None:
    text = "Official accounts may tweet about events. Do not urge anyone to attend a conference."
    query = "Can the official account tweet that people should attend the conference?"
    unweighted = ranked_sentences(text, query)
    assert unweighted[0][0].startswith("Official accounts")  # more words in common
    common = {"offici", "official", "account", "tweet"}
    weighted = ranked_sentences(text, query, lambda term: 0.2 if term in common else 2.0)
    assert weighted[0][0].startswith("Do not urge")


def test_platform_names_do_not_make_a_sentence_fit() -> None:
    text = (
        "Reporters reach out in many ways, such as email, Facebook, LinkedIn or Twitter. "
        "If a reporter contacts you, you should not reply."
    )
    ranked = ranked_sentences(text, "A reporter asked me on Twitter. May I reply?")
    assert ranked[0][0].startswith("If a reporter contacts you")
    # A question about the platform itself still fits the sentence that names it.
    assert ranked_sentences(text, "Is Twitter covered?")[0][0].startswith("Reporters reach")


def test_glossary_terms_count_for_less_than_the_askers_own_words() -> None:
    text = "Job ads may be shared. Staff may talk about their industry."
    ranked = ranked_sentences(text, "talk about my industry", bridged="job ads")
    assert ranked[0][0].startswith("Staff may talk")


def _hit(cid: str, lexical_rank: int, lexical_score: float) -> SearchHit:
    clause = Clause(clause_id=cid, doc_id="d", document="d", heading=cid, text=cid, source="d.md")
    return SearchHit(
        clause=clause, score=0.0, lexical_rank=lexical_rank, lexical_score=lexical_score
    )


def test_a_clause_stands_out_by_its_words_only_with_a_clear_lead() -> None:
    lead = _hit("confidential", 1, 8.7)
    assert _lexical_standout([_hit("other", 2, 8.7 / LEXICAL_MARGIN - 0.1), lead]) is lead
    assert _lexical_standout([_hit("other", 2, 8.0), lead]) is None
    assert _lexical_standout([lead]) is lead  # nothing else shares a word
    # The embedding does not have it among its candidates: it must lead by the question's own
    # words too, not only by the glossary's.
    assert (
        _lexical_standout([_hit("other", 2, 1.0), lead], own_first=lambda: "confidential") is lead
    )
    assert _lexical_standout([_hit("other", 2, 1.0), lead], own_first=lambda: "other") is None


def test_a_far_rule_on_non_public_matters_stands_out_only_for_what_is_not_public() -> None:
    rule = "Always use discretion when posting, so you aren't sharing any non-public information."
    discretion = SearchHit(
        clause=Clause(
            clause_id="discretion", doc_id="d", document="d", heading="h", text=rule, source="s"
        ),
        score=0.0,
        lexical_rank=1,
        lexical_score=5.7,
        dense_rank=24,
    )
    blog = "Darf ich meinen Beitrag im Blog eines anderen Teams veröffentlichen?"
    # First only by the glossary's "post" and "publish", far down by meaning: a coincidence.
    assert _unasked_non_public_rule(discretion, blog)
    # … not when the question names what is not public, nor shares the rule's own words,
    assert not _unasked_non_public_rule(discretion, "Darf ich nicht öffentliche Zahlen posten?")
    assert not _unasked_non_public_rule(discretion, "Can my manager read my posting?")
    # … nor when the embedding ranks it near the top, nor for a rule on anything else.
    discretion.dense_rank = 12
    assert not _unasked_non_public_rule(discretion, blog)
    discretion.dense_rank = 24
    press = discretion.model_copy(
        update={"clause": discretion.clause.model_copy(update={"text": "Forward it to press@"})}
    )
    assert not _unasked_non_public_rule(press, blog)


def test_a_yes_to_ask_someone_answers_only_a_question_about_asking() -> None:
    clause = Clause(
        clause_id="c",
        doc_id="d",
        document="d",
        heading="Social media",
        text=(
            "If you have any questions about whether to put something on social media, feel "
            "free to ask in #tweet-this. In general, feel free to ask questions, share public "
            "GitHub repos, and talk about your project."
        ),
        source="s",
    )
    reply = assess(clause, "A reporter tweeted a question at me. Can I reply to the tweet?")
    assert reply.effect is Effect.INFORMS
    where = assess(clause, "Where can I ask whether I may put something on social media?")
    assert where.effect is Effect.PERMITS
    # "ask questions, share public GitHub repos, …" gives leave to share them.
    assert assess(clause, "Can I share our public GitHub repos?").effect is Effect.PERMITS


def test_a_question_about_what_a_policy_does_not_apply_to_is_not_ruled_by_its_other_clauses() -> (
    None
):
    def clause(cid: str, doc: str) -> Clause:
        return Clause(clause_id=cid, doc_id=doc, document=doc, heading=cid, text=cid, source="s")

    out = Assessment(
        clause("exclusions", "policy"),
        Effect.PERMITS,
        "This Policy does not apply to anonymous review platforms, such as Glassdoor or Indeed.",
        [],
    )
    privacy = Assessment(clause("privacy", "policy"), Effect.REQUIRES_APPROVAL, "q", [])
    other_doc = Assessment(clause("sec", "securities"), Effect.PROHIBITS, "q", [])
    named = replace(privacy, detected=True)
    glassdoor = "A former colleague reviewed us on Glassdoor. May I write an honest review too?"
    assert _outside_the_policy([privacy, out, other_doc, named], glassdoor) == [
        out,
        other_doc,
        named,
    ]
    # By a name it gives, not by what every review shares.
    linkedin = "Can I write a review of a former colleague on LinkedIn?"
    assert _outside_the_policy([privacy, out], linkedin) == [privacy, out]


def test_an_only_condition_denied_leaves_the_decision_to_the_sentence_for_any_other_case() -> None:
    clause = _clause_of(
        "Customer Information: Only share customer information from published case studies. "
        "For any other customer-related content, obtain prior approval from the customer "
        "reference team.",
        heading="Customer information",
    )
    denied = "Can I name ten customers on LinkedIn? None of them has a published case study."
    assert assess(clause, denied).effect is Effect.REQUIRES_APPROVAL
    assert "For any other" in assess(clause, denied).quote
    met = "Can I share what the published case study says about the customer?"
    assert assess(clause, met).effect is Effect.PERMITS


def test_a_question_that_does_what_should_be_done_meets_no_rule_on_another_verb() -> None:
    clause = _clause_of(
        "Some posts may have significant amounts of text written by more than two people, in "
        "which case every contributor should be listed as an author. If a post has multiple "
        "authors, then it should only use plural pronouns (we, our). Team members who are "
        "listed as authors should not be referred to by name or quoted in the text of the post.",
        heading="Multiple authors",
    )
    scene = "Five of us wrote significant parts of the post. "

    def effect(asking: str) -> Effect:
        return assess(clause, scene + asking, asking=asking).effect

    assert effect("Can we list all five as authors?") is Effect.PERMITS
    assert effect("Can we quote one of the authors by name in the text?") is Effect.PROHIBITS
    assert effect("Can we not list all five as authors?") is not Effect.PERMITS
    assert effect("Can't we list all five as authors?") is not Effect.PERMITS
    # The case the sentence names must be met, not only a word of it shared.
    designer = "Our designer made all the images for my post. Can we list her as an author?"
    assert assess(clause, designer).effect is not Effect.PERMITS
    # The asker must do it, not have it done: "must be invited to attend any conferences".
    investors = _clause_of(
        "A member of the Investor Relations Team must be invited to attend any conferences."
    )
    invited = "I've been invited to speak at a conference. May I attend?"
    assert assess(investors, invited).effect is not Effect.PERMITS


def test_a_yes_whose_post_may_not_contain_what_the_question_adds_is_no_yes() -> None:
    limit = (
        "Finally, the endorsement may not contain a request for political contributions or "
        "information about where voters may contribute, even if the employee makes the "
        "endorsement anonymously."
    )

    def names(question: str, bridged: str = "") -> bool:
        return _names_the_limit(limit, set(tokenize(f"{question}\n{bridged}")))

    link = "Can I update my letter to the editor endorsing a candidate with her donation page?"
    assert names(link, bridged="where voters may contribute solicit contributions")
    # Endorsing, information about the candidate and politics are no request for money.
    assert not names("May I appear in a political campaign ad endorsing a candidate?")
    assert not names("Can I write a letter with information about where she stands?")


def test_platform_names_are_no_concept_of_a_question() -> None:
    concepts = _concepts(Query("Can I connect with my teammates on LinkedIn?"), lambda t: 1.0)
    stems = set().union(*(found for found, _weight in concepts))
    assert "linkedin" not in stems
    assert stems & set(tokenize("teammates")) and stems & set(tokenize("connect"))


def test_whom_a_formal_question_asks_for_is_no_concept_of_it() -> None:
    concepts = _concepts(
        Query("Are team members permitted to share links to our public repositories?"),
        lambda t: 1.0,
    )
    stems = set().union(*(found for found, _weight in concepts))
    assert not stems & set(tokenize("team members"))
    assert stems & set(tokenize("repositories")) and stems & set(tokenize("links"))
    assert about_communication("Are employees permitted to express opinions on pending bills?")
    assert about_communication("Darf ich mich beruflich in einen Kommentar-Thread einschalten?")


def test_a_harmless_draft_s_yes_needs_its_clause_near_the_top_by_meaning_or_by_fused_rank() -> None:
    first, second, third, fourth = (_hit(c, 1, 5.0) for c in ("a", "b", "c", "d"))
    first.dense_rank, second.dense_rank, third.dense_rank, fourth.dense_rank = 4, 1, 2, 3
    hits = [first, second, third, fourth]

    def rank(hit: SearchHit) -> int | None:
        return _draft_evidence_rank(hits, Assessment(hit.clause, Effect.PERMITS, "q", []))

    assert rank(first) == 1  # first by fusion, fourth by meaning
    assert rank(fourth) == 3
    assert rank(_hit("elsewhere", 9, 1.0)) is None
    # First by fusion on shared words alone, far down by meaning: what the draft is about went
    # unrecognised, so it is no evidence for a yes.
    first.dense_rank = 30
    assert rank(first) is None


def test_a_rule_that_fits_twice_as_well_outranks_a_top_clause_that_barely_speaks_to_it() -> None:
    brand, logos, other = _hit("brand", 1, 6.0), _hit("logos", 2, 5.0), _hit("other", 3, 1.0)
    brand.dense_rank, logos.dense_rank, other.dense_rank = 2, 3, 9
    query = Query("Can I make a meme that alters another company's logo?")
    for hit, effect, fit in (
        (brand, Effect.PROHIBITS, 0.1),
        (logos, Effect.REQUIRES_APPROVAL, 0.25),
        (other, Effect.PERMITS, 0.9),
    ):
        query.assessed[hit.clause.clause_id] = Assessment(hit.clause, effect, "q", [], fit=fit)
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments
    assert judge._relevant([brand, logos, other], query)[0].clause.clause_id == "logos"
    # Twice the fit is the bar; a yes never takes the lead this way.
    query.assessed["logos"] = Assessment(logos.clause, Effect.REQUIRES_APPROVAL, "q", [], fit=0.15)
    assert judge._relevant([brand, logos, other], query)[0].clause.clause_id == "brand"
    query.assessed["logos"] = Assessment(logos.clause, Effect.PERMITS, "q", [], fit=0.25)
    assert judge._relevant([brand, logos, other], query)[0].clause.clause_id == "brand"


def test_a_clause_on_published_figures_yields_for_figures_not_yet_out() -> None:
    published, financial, third = (
        _hit("published", 2, 5.0),
        _hit("financial", 1, 6.0),
        _hit("third", 9, 1.0),
    )
    published.dense_rank, financial.dense_rank, third.dense_rank = 12, 24, 5
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments

    def first(question: str, rule_fit: float = 0.33) -> str:
        query = Query(question)
        for hit, effect, quote, fit in (
            (
                published,
                Effect.INFORMS,
                "Comments about our published financial results must be shared without "
                "personal commentary.",
                0.32,
            ),
            (financial, Effect.PROHIBITS, "It would not be ok to share the results.", rule_fit),
            (third, Effect.REQUIRES_APPROVAL, "Ask before using others' images.", 0.19),
        ):
            query.assessed[hit.clause.clause_id] = Assessment(
                hit.clause, effect, quote, [], fit=fit
            )
        return judge._relevant([published, third, financial], query)[0].clause.clause_id

    before = "Can I post this quarter's revenue numbers before they are published?"
    assert first(before) == "financial"
    assert first(before, rule_fit=0.2) == "published"  # a rule that fits less does not decide
    # Once they are out, the clause on published results speaks to them.
    assert first("Can I post our published financial results with a comment?") == "published"


def test_a_qa_no_to_another_question_yields_to_a_yes_whose_heading_asks_it() -> None:
    def hit(cid: str, heading: str, dense: int, lexical: int) -> SearchHit:
        clause = Clause(
            clause_id=cid, doc_id="d", document="d", heading=heading, text=cid, source="d.md"
        )
        return SearchHit(
            clause=clause, score=0.0, dense_rank=dense, lexical_rank=lexical, lexical_score=1.0
        )

    saver = hit("saver", "Can I have a screen saver with a political message at work?", 1, 5)
    receive = hit("receive", "May an employee at work receive a partisan political email?", 4, 2)
    weights = {"saver": 3.0, "sav": 3.0, "screen": 2.5, "receiv": 2.0, "email": 1.5}
    retriever = SimpleNamespace(term_weight=lambda term: weights.get(term, 1.0))
    judge = OfflineJudge(retriever, None, None)  # type: ignore[arg-type]  # weights and cache

    def first(question: str, yes_fit: float) -> str:
        query = Query(question)
        query.assessed["saver"] = Assessment(saver.clause, Effect.PROHIBITS, "No.", [], fit=0.03)
        query.assessed["receive"] = Assessment(
            receive.clause, Effect.PERMITS, "Yes.", [], fit=yes_fit
        )
        return judge._relevant([saver, receive], query)[0].clause.clause_id

    asked = "A campaign emailed my work address. Is just receiving it a problem?"
    assert first(asked, 0.3) == "receive"
    assert first(asked, 0.06) == "saver"  # not three times as well
    # The "No." answers what is asked: it decides.
    assert first("Can I have a screen saver with a campaign logo?", 0.3) == "saver"


def _qa(cid: str, heading: str, text: str = "") -> Clause:
    return Clause(
        clause_id=cid, doc_id="d", document="d", heading=heading, text=text or cid, source="d.md"
    )


def test_what_a_limit_concedes_is_no_matter_it_limits() -> None:
    volunteer = _qa("volunteer", "Can I volunteer for someone's campaign?")
    soliciting = _qa(
        "soliciting",
        "Does the Hatch Act prohibit me from soliciting political contributions even when I am "
        "off duty and not in the federal workplace?",
    )
    retriever = SimpleNamespace(term_weight=lambda term: 1.0)
    judge = OfflineJudge(retriever, None, None)  # type: ignore[arg-type]  # weights and cache

    def limit(question: str) -> Assessment | None:
        query = Query(question)
        query.assessed["soliciting"] = Assessment(
            soliciting,
            Effect.PROHIBITS,
            "Thus, even when an employee is off duty and away from the workplace, he may not "
            "fundraise for a partisan candidate.",
            [],
            fit=0.3,
        )
        permit = Assessment(volunteer, Effect.PERMITS, "Yes, employees may volunteer.", [])
        hit = SearchHit(clause=soliciting, score=0.0, dense_rank=2, lexical_rank=2)
        return judge._limiting(permit, [hit], query)

    assert limit("Off duty and outside the workplace, can I circulate a petition?") is None
    # "… at all times" says the limit holds whenever one acts: no time it limits.
    query = Query("In my free time, can I volunteer for a campaign?")
    query.assessed["soliciting"] = Assessment(
        soliciting, Effect.PROHIBITS, "Employees may not solicit contributions at all times.", []
    )
    permit = Assessment(volunteer, Effect.PERMITS, "Yes, employees may volunteer.", [])
    hit = SearchHit(clause=soliciting, score=0.0, dense_rank=2, lexical_rank=2)
    assert judge._limiting(permit, [hit], query) is None
    fundraising = limit("Off duty, can I fundraise for a candidate?")
    assert fundraising is not None and fundraising.clause.clause_id == "soliciting"


def test_a_yes_under_a_heading_that_asks_it_is_not_overruled_by_a_no_to_another_question() -> None:
    speak = _qa("speak", "Can I speak at a political fundraiser?")
    tiered = _qa("tiered", "Can I participate in a tiered political fundraiser?", "No.")
    weights = {"tier": 3.0, "speak": 2.5}
    retriever = SimpleNamespace(term_weight=lambda term: weights.get(term, 1.0))
    judge = OfflineJudge(retriever, None, None)  # type: ignore[arg-type]  # weights only
    relevant = [
        Assessment(speak, Effect.PERMITS, "An employee is allowed to give a speech.", [], fit=0.3),
        Assessment(tiered, Effect.PROHIBITS, "No.", [], fit=0.35),
    ]
    kept = judge._answering_the_asked(relevant, Query("Can I speak at a fundraiser?"))
    assert [a.clause.clause_id for a in kept] == ["speak"]
    # A question that asks about the tiered one keeps its "No." in play.
    asked = judge._answering_the_asked(relevant, Query("Can I speak at a tiered fundraiser?"))
    assert [a.clause.clause_id for a in asked] == ["speak", "tiered"]


def test_under_an_answer_about_ones_own_run_the_next_clause_near_the_top_answers() -> None:
    def hit(cid: str, heading: str, rank: int) -> SearchHit:
        clause = Clause(
            clause_id=cid, doc_id="d", document="d", heading=heading, text=cid, source="d.md"
        )
        return SearchHit(
            clause=clause, score=0.0, dense_rank=rank, lexical_rank=rank, lexical_score=1.0
        )

    own = hit(
        "own",
        "If I run as a candidate for public office in a nonpartisan election, does the Hatch "
        "Act allow me to ask for and accept political contributions?",
        1,
    )
    give = hit("give", "Can I make a contribution to the campaign of a partisan candidate?", 5)
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments

    def first(question: str, pool: list[SearchHit]) -> Assessment:
        query = Query(question)
        for h in pool:
            query.assessed[h.clause.clause_id] = Assessment(
                h.clause, Effect.PERMITS, "Yes.", [], fit=0.3
            )
        return judge._relevant(pool, query)[0]

    asked = "Darf ich 100 Dollar an die Kampagne einer Kandidatin spenden?"
    assert first(asked, [own, give]).clause.clause_id == "give"
    give.dense_rank = OTHER_MATTER_RANK  # tenth still answers …
    assert first(asked, [own, give]).clause.clause_id == "give"
    # … eleventh is too far down for both retrievers: a person says.
    give.dense_rank = OTHER_MATTER_RANK + 1
    chosen = first(asked, [own, give])
    assert (chosen.clause.clause_id, chosen.effect) == ("own", Effect.INFORMS)


def test_a_restriction_may_stand_beyond_the_top_five_when_the_words_put_it_first_or_second() -> (
    None
):
    pool = [_hit(f"c{i}", i + 3, 1.0) for i in range(7)]
    listed = _hit("confidential", 2, 4.0)
    pool.insert(6, listed)
    found = [h.clause.clause_id for h in _limit_candidates(pool)]
    assert found == ["c0", "c1", "c2", "c3", "c4", "confidential"]


def test_political_activity_is_a_matter_for_the_guidelines_and_parking_is_not() -> None:
    assert about_communication("Can I circulate nominating petitions for a partisan candidate?")
    assert about_communication("Darf ich für den Stadtrat kandidieren?")
    assert not about_communication("Where can I park my car?")
    assert about_communication("can i drop the link to our public github repo in my bio?")
    # Formats count too: a livestream, a newsletter.
    assert about_communication("Can I livestream on Twitch while I walk through our roadmap?")
    assert about_communication("In my Substack newsletter, can I write about the lawsuit?")
    assert about_communication("Darf ich „GitLab“ in meinen Anzeigenamen aufnehmen?")
    assert about_communication("Darf ich als Delegierte zum Parteitag meiner Partei fahren?")


def _clause_of(text: str, heading: str = "Official accounts") -> Clause:
    return Clause(
        clause_id="c", doc_id="d", document="d", heading=heading, text=text, source="d.md"
    )


def test_a_dont_example_warns_only_of_what_sets_it_apart_from_its_do_example() -> None:
    clause = _clause_of(
        "Tweets highlighting a principal's appearance on a podcast are fine.\n"
        "Don't: @18F's Ana is speaking at this event - make sure to sign up and go!\n"
        "Do: @18F's Ana is speaking about GSA priorities."
    )
    facts = assess(clause, "@18F's Jo is speaking about forms on the Tech Podcast on Monday.")
    assert facts.effect is Effect.PERMITS
    urging = assess(clause, "@18F's Jo is speaking at the summit, make sure to sign up!")
    assert urging.effect is Effect.PROHIBITS
    assert urging.quote.startswith("Don't:")


def test_one_shared_word_or_a_pronoun_does_not_make_a_post_the_bad_example() -> None:
    clause = _clause_of(
        "Avoid personalized statements.\n"
        "Don't: This is my favorite fed IT event of the year! @GovMatters\n"
        "Do: The GSA Administrator is speaking tomorrow: @GovMatters"
    )
    anniversary = assess(clause, "Three years on my team today. Grateful!", draft=True)
    assert anniversary.effect is not Effect.PROHIBITS
    favorite = assess(clause, "My favorite gov tech event of the year starts today!", draft=True)
    assert favorite.effect is Effect.PROHIBITS


@pytest.mark.parametrize(
    ("question", "own_step"),
    [
        ("I want to speak at an event. Who handles the approval?", True),
        ("Muss ein Beitrag eines Gastautors von der Kommunikation freigegeben werden?", True),
        ("What do I have to do?", True),
        ("Does each blog have its own approver?", False),
        ("Müssen sich Gastautoren an den Content Guide halten?", False),
        ("Who reviews and approves public content like marketing materials?", False),
        ("Do spokespersons have to use an approved script for results?", False),
    ],
)
def test_an_approval_answers_a_question_about_ones_own_next_step(
    question: str, own_step: bool
) -> None:
    assert asks_own_step(question) is own_step


def test_a_yes_for_platforms_named_by_example_says_nothing_of_another_platform() -> None:
    exclusion = (
        "This Policy does not apply to review platforms, such as Glassdoor, Fishbowl, or Indeed."
    )
    assert _outside_examples(exclusion, "Darf ich anonym auf Reddit über mein Team schreiben?")
    assert not _outside_examples(exclusion, "May I review GitLab on Glassdoor?")
    assert not _outside_examples(exclusion, "May I post an anonymous review?")
    # Examples of where to get something are no places to post: the question's platform is
    # not left out by them.
    resources = "Use permissively-licensed resources like Unsplash for images"
    assert not _outside_examples(resources, "Can I use an Unsplash photo in my LinkedIn post?")
    # A yes that points back to the platforms named before it is read with them.
    text = (
        "This Policy does not apply to review platforms, such as Glassdoor or Indeed. GitLab "
        "respects team members' right to share their experience on those platforms."
    )
    quote = "GitLab respects team members' right to share their experience on those platforms."
    assert _named_before(quote, text) == text
    assert _outside_examples(_named_before(quote, text), "May I share the release on LinkedIn?")
    assert _named_before("You may share releases.", text) == "You may share releases."


def test_a_question_that_seeks_advice_is_told_so() -> None:
    assert _SEEKS_ADVICE.search("Should I publish it as one long post?")
    assert _SEEKS_ADVICE.search("Sollte ich das als Serie veröffentlichen?")
    assert not _SEEKS_ADVICE.search("Can I publish it as one long post?")


def test_a_link_in_the_text_says_what_it_points_to_is_published() -> None:
    only = "Only share customer information from published case studies."
    assert qualifier_met(only, "How Acme cut build times. Case study: example.com/customers/acme")
    assert not qualifier_met(only, "How Acme cut build times, from our case study draft")


def test_a_question_that_names_what_a_yes_s_condition_rules_out_meets_a_no() -> None:
    clause = _clause_of(
        "Yes, in one limited circumstance. A union member may solicit a contribution to the "
        "union PAC from another member, as long as the other member is not a subordinate.",
        heading="May a union member solicit a contribution?",
    )
    boss = assess(clause, "May I ask a union member who reports to me to contribute to our PAC?")
    assert boss.effect is Effect.PROHIBITS
    assert "not a subordinate" in boss.quote
    peer = assess(clause, "May I ask a fellow union member to contribute to our PAC?")
    assert peer.effect is Effect.PERMITS
    # Saying the colleague does not report to one meets the condition rather than breaking it.
    negated = assess(clause, "May I ask a union member who doesn't report to me to contribute?")
    assert negated.effect is Effect.PERMITS


def test_an_enumerated_condition_of_a_yes_is_kept_whole() -> None:
    sentence = (
        "A union member may solicit a contribution, as long as (1) the contribution is for the "
        "union PAC; (2) the other member is not a subordinate; and (3) the activity does not "
        "take place while the employee is on duty."
    )
    (condition,) = conditions_in(sentence)
    assert condition.startswith("as long as (1)") and condition.endswith("is on duty")
    assert conditions_in("You may post it if it is public; otherwise ask.") == ["if it is public"]


def test_a_qualified_yes_leaves_the_decision_to_the_sentences_that_draw_its_limits() -> None:
    clause = _clause_of(
        "Yes, but only in a limited capacity. An employee may suggest names for the invitation "
        "list. The employee, however, cannot suggest his co-worker(s) for the list.",
        heading="My spouse is hosting a fundraiser. Can I assist?",
    )
    coworkers = assess(clause, "May I suggest my coworkers for the invitation list?")
    assert coworkers.effect is Effect.PROHIBITS
    assert "co-worker(s)" in coworkers.quote
    assert assess(clause, "May I suggest names for the invitation list?").effect is Effect.PERMITS


def test_the_main_clause_of_a_concession_states_the_rule() -> None:
    clause = _clause_of(
        "Although the Act prohibits employees from soliciting contributions at any time, a union "
        "member may solicit a contribution to the union PAC from another member."
    )
    assessment = assess(clause, "May I solicit a contribution to our union PAC from a member?")
    assert assessment.effect is Effect.PERMITS


def test_a_concession_after_a_group_label_still_states_its_rule_in_the_main_clause() -> None:
    clause = _clause_of(
        "Less Restricted Employees: Although the Hatch Act would prohibit an employee from "
        "hosting or serving as a point of contact for a fundraiser, the employee is allowed to "
        "help organize a fundraiser.",
        heading="Can I help organize a political fundraiser?",
    )
    assert assess(clause, "Can I help organize a fundraiser?").effect is Effect.PERMITS
    assert assess(clause, "Can I host a fundraiser at my house?").effect is Effect.PROHIBITS


_LEGAL = (
    "All legal matters, including cases, issues, or attorney interactions, require explicit "
    "approval from the Legal team before any social media mention."
)


@pytest.mark.parametrize(
    ("question", "granted"),
    [
        ("After Legal explicitly approves it, can I mention the patent case?", True),
        ("Once the Legal team has signed off, can I mention the case?", True),
        ("With Legal's written approval, may I mention the case?", True),
        ("Nachdem die Rechtsabteilung (Legal) zugestimmt hat, darf ich den Fall erwähnen?", True),
        # someone else's yes, a yes still to come, or none
        ("After my manager approves it, can I mention the case?", False),
        ("Before Legal approves it, can I mention the case?", False),
        ("Even if Legal doesn't approve, can I mention the case?", False),
        ("Can I mention the patent case?", False),
    ],
)
def test_a_yes_the_rule_asks_for_may_be_the_questions_premise(question: str, granted: bool) -> None:
    assert approval_granted(_LEGAL, question) is granted


_COLLEAGUES = (
    "Respect colleagues’ privacy and obtain their explicit permission before sharing their "
    "personal information."
)
_GUESTS = (
    "Posts from guest authors will have to go through the communications approval process at "
    "their agency as well as at TTS and GSA."
)


@pytest.mark.parametrize(
    ("sentence", "question", "granted"),
    [
        # told as done, before the question
        (_LEGAL, "Legal gave me explicit approval in #legal. Can I now mention the case?", True),
        (_LEGAL, "The Legal team has already signed off. Can I mention the case?", True),
        (
            _COLLEAGUES,
            "Meine Kollegin hat ausdrücklich zugestimmt. Darf ich ihre Nummer teilen?",
            True,
        ),
        # by someone the rule does not name, not yet, or denied
        (_LEGAL, "My manager approved it. Can I mention the case?", False),
        (
            _COLLEAGUES,
            "Mein Chef hat zugestimmt. Darf ich die Nummer einer Kollegin teilen?",
            False,
        ),
        (_LEGAL, "Before Legal approved it, I drafted a post. Can I mention the case?", False),
        (_LEGAL, "The Legal team hasn't approved it. Can I mention the case?", False),
        (_LEGAL, "My post was approved by Legal. Can I mention the case?", True),
        (_LEGAL, "My post was approved by my manager. Can I mention the case?", False),
        # a question, or a yes still to come
        (_LEGAL, "I wrote a post on the case. Does it need to be approved first?", False),
        (_LEGAL, "My post needs to be approved by Legal. Can I mention the case?", False),
        # one yes of several the rule asks for
        (
            _GUESTS,
            "My own agency's comms office approved my post. Can it go up on the blog?",
            False,
        ),
    ],
)
def test_a_yes_told_as_already_given_counts_only_from_whom_the_rule_names(
    sentence: str, question: str, granted: bool
) -> None:
    assert approval_granted(sentence, question) is granted


_TELL_OUTREACH = (
    "If you'd like to engage in a discussion or comment thread in your professional capacity as "
    "a GSA employee, please let the TTS Outreach team know beforehand so they can provide "
    "guidance."
)


@pytest.mark.parametrize(
    ("sentence", "question", "granted"),
    [
        # where the step is only to tell, saying one tells them first meets it
        (
            _TELL_OUTREACH,
            "If I let the Outreach team know beforehand, can I join the thread?",
            True,
        ),
        (
            _TELL_OUTREACH,
            "Wenn ich dem TTS-Outreach-Team vorher Bescheid gebe, darf ich mitdiskutieren?",
            True,
        ),
        (_TELL_OUTREACH, "I told the Outreach team beforehand. Can I join the thread?", True),
        # … but telling someone else, or telling where a yes is asked for, does not
        (_TELL_OUTREACH, "If I tell my manager first, can I join the thread?", False),
        (_LEGAL, "If I tell Legal beforehand, can I mention the case?", False),
        (_LEGAL, "I told Legal beforehand. Can I mention the case?", False),
        (
            _COLLEAGUES,
            "Wenn ich meine Kollegin vorher informiere, darf ich ihre Nummer teilen?",
            False,
        ),
    ],
)
def test_telling_first_meets_only_a_step_that_asks_to_tell(
    sentence: str, question: str, granted: bool
) -> None:
    assert approval_granted(sentence, question) is granted


_BEHALF = (
    "Do not use social media to speak on GitLab’s behalf, unless you have completed "
    "communications training and are explicitly authorized."
)


@pytest.mark.parametrize(
    ("question", "met"),
    [
        (
            "I've completed communications training and comms explicitly authorized me. "
            "Can I speak on GitLab's behalf on Twitter?",
            True,
        ),
        ("I completed communications training. Can I speak on GitLab's behalf?", False),
        (
            "I haven't completed communications training, but I'm explicitly authorized. "
            "Can I speak on GitLab's behalf?",
            False,
        ),
        ("Can I speak on GitLab's behalf on Twitter?", False),
    ],
)
def test_a_ban_s_exception_the_question_states_in_full_is_met(question: str, met: bool) -> None:
    assert exception_met(_BEHALF, question) is met
    effect = assess(_clause_of(_BEHALF, heading="DO Distinguish Personal Views"), question).effect
    assert effect is (Effect.PERMITS if met else Effect.PROHIBITS)


def test_a_member_the_question_says_is_no_subordinate_meets_the_yes_s_condition() -> None:
    clause = _clause_of(
        "Although the Act prohibits employees from soliciting political contributions at any "
        "time, a member of a union that has a PAC may solicit a contribution from another member "
        "of the same union, as long as the other member is not a subordinate.",
        heading="May a union member solicit a political contribution?",
    )
    fellow = "Can I ask a fellow union member who isn't my subordinate to give to our union PAC?"
    assert assess(clause, fellow).effect is Effect.PERMITS
    theirs = "Can I ask a union member who reports to me to give to our union PAC?"
    assert assess(clause, theirs).effect is Effect.PROHIBITS


def test_a_reporter_who_walks_up_to_one_is_a_press_contact() -> None:
    found = detect("A reporter walked up to me in the lobby. Can I answer her?", Register())
    assert [h.kind for h in found] == [Kind.MEDIA]


_IMAGE = (
    "When tweeting an image from a TTS account, follow Twitter’s directions to make sure the "
    "image has an accessible description."
)


@pytest.mark.parametrize(
    ("question", "effect"),
    [
        ("Can I tweet a photo from the TTS account without alt text?", Effect.PROHIBITS),
        ("Darf ich vom TTS-Account ein Foto ohne Bildbeschreibung twittern?", Effect.PROHIBITS),
        ("Can I tweet a photo from the TTS account without a filter?", Effect.PERMITS),
    ],
)
def test_doing_without_what_a_how_to_makes_sure_of_breaks_it(question: str, effect: Effect) -> None:
    assert assess(_clause_of(_IMAGE, heading="Social media"), question).effect is effect


def test_leaving_out_what_a_sentence_forbids_skips_no_step_of_it() -> None:
    # "ohne meinen Dienstgrad" is "federal position" by the glossary, but the sentence forbids
    # naming it: leaving it out does as told.
    sentence = (
        "Furthermore, he must endorse the candidate in his personal capacity and may not "
        "identify his federal position or office."
    )
    assert not skips_step(sentence, "Darf ich einen Leserbrief schreiben, ohne meinen Dienstgrad?")


def test_a_brand_is_no_fire_in_english() -> None:
    assert detect("The Brand team approved my design. Can I post it?", Register()) == []
    fire = detect("Im Werk gab es gestern einen Brand. Darf ich ein Foto posten?", Register())
    assert [(h.kind, h.text) for h in fire] == [(Kind.CRISIS, "Brand")]


def test_with_the_asked_for_yes_given_the_answer_is_yes_on_that_condition() -> None:
    clause = _clause_of(_LEGAL, heading="DON'T share legal information")
    given = assess(clause, "After Legal explicitly approves it, can I mention the patent case?")
    assert given.effect is Effect.PERMITS and given.conditions == [_LEGAL]
    plain = assess(clause, "Can I mention the patent case on LinkedIn?")
    assert plain.effect is Effect.REQUIRES_APPROVAL
    skipped = assess(clause, "Can I mention the patent case before Legal has signed off?")
    assert skipped.effect is Effect.PROHIBITS


def test_what_a_team_offers_to_get_done_needs_them_first() -> None:
    clause = _clause_of(
        "If you see something inaccurate in a story posted in press, you can contact the "
        "Outreach team to see if we can get it corrected.",
        heading="Slack channels",
    )
    fixing = assess(clause, "A story about us got a fact wrong. Can I correct it on Twitter?")
    assert fixing.effect is Effect.REQUIRES_APPROVAL
    reading = assess(clause, "Can I read the press channel?")
    assert reading.effect is not Effect.REQUIRES_APPROVAL


def test_a_word_named_in_quotes_gives_no_leave() -> None:
    clause = _clause_of(
        "Team members must not speculate or add forward-looking statements to their opinions. "
        "Some language indicators that you're talking about forward-looking statements would be "
        'using one of the following words: "will," "may," "should," "expects," or "continue".',
        heading="DON’T speculate or add forward-looking statements",
    )
    asked = assess(clause, "May I say what the analysts expect?")
    assert asked.effect is Effect.PROHIBITS


def test_a_worked_example_decides_its_own_scene_only() -> None:
    clause = _clause_of(
        "Generally, all employees may discuss policy issues at work.\n\n"
        "Example 3: Although the editorial deals solely with a policy issue, an employee's post "
        "sharing it at work and tagging 50 coworkers the day before the election is political "
        "activity prohibited by the Act.",
        heading="May employees express their views about policy issues at work?",
    )
    general = assess(clause, "May I talk with coworkers about a policy issue at work?")
    assert general.effect is Effect.PERMITS
    scene = assess(clause, "The day before the election, may I tag 50 coworkers in an editorial?")
    assert scene.effect is Effect.PROHIBITS


def test_a_concession_after_thus_answers_what_only_it_speaks_to() -> None:
    clause = _clause_of(
        "Thus, while the Act does not prohibit an employee from taking leave to volunteer for a "
        "partisan campaign, the employee is still prohibited from soliciting or receiving "
        "political contributions while they are on leave."
    )
    soliciting = assess(clause, "May I solicit contributions for a campaign while on leave?")
    assert soliciting.effect is Effect.PROHIBITS
    volunteering = assess(clause, "May I take leave to volunteer for a partisan campaign?")
    assert volunteering.effect is Effect.PERMITS


def test_a_limit_in_the_same_sentence_holds_for_a_question_that_names_what_it_limits() -> None:
    clause = _clause_of(
        "An employee may attend a party convention as a spectator, but the employee may not "
        "serve as a delegate or address the convention. Delegates are chosen by the party."
    )
    idf = {"deleg": 2.0, "convent": 1.5, "spectat": 2.0}

    def weight(term: str) -> float:
        return idf.get(term, 0.5)

    delegate = assess(clause, "May I go to the party convention as a delegate?", weight)
    assert delegate.effect is Effect.PROHIBITS
    spectator = assess(clause, "May I watch the party convention as a spectator?", weight)
    assert spectator.effect is Effect.PERMITS


def test_a_yes_unless_is_decided_by_the_sentence_that_spells_out_the_unless() -> None:
    clause = _clause_of(
        "Yes, unless the letterhead is used to solicit political contributions. An employee's name "
        "may not appear on letterhead soliciting such contributions.",
        heading="May my name appear on the party's letterhead?",
    )
    asking = assess(clause, "May my name appear on party letterhead soliciting contributions?")
    assert asking.effect is Effect.PROHIBITS


def test_a_question_that_says_which_group_it_is_from_reads_only_that_group_s_answer() -> None:
    clause = _clause_of(
        "Less Restricted Employees: Yes. You may run for an office within a political party.\n"
        "Further Restricted Employees: No. You may not hold a position in a political party.",
        heading="May I run for an office within my political party?",
    )
    further = assess(clause, "I'm further restricted. May I run for my party's committee?")
    assert further.effect is Effect.PROHIBITS
    assert "may not hold a position" in further.quote
    less = assess(clause, "I'm a less restricted employee. May I run for my party's committee?")
    assert less.effect is Effect.PERMITS
    only_less = _clause_of("Less Restricted Employees: Yes. You may serve as an elector.")
    assert assess(only_less, "I'm further restricted. May I be an elector?").effect is (
        Effect.INFORMS
    )


def test_a_top_clause_written_only_for_another_group_makes_way() -> None:
    further = _hit("further", 1, 5.0)
    further.clause.text = "Further Restricted Employees: Yes. They may not volunteer on leave."
    less = _hit("less", 2, 3.0)
    less.clause.text = "Thus the Act does not prohibit a less restricted employee from it."
    question = "I'm less restricted. May I take leave to volunteer for a campaign?"
    pool = _own_group_first([further, less], lambda clause: assess(clause, question))
    assert [h.clause.clause_id for h in pool] == ["less"]
    assert assess(further.clause, question).elsewhere
    unnamed = "May I take leave to volunteer for a campaign?"  # no group: everything stays
    assert _own_group_first([further, less], lambda clause: assess(clause, unnamed)) == [
        further,
        less,
    ]


def test_a_question_that_skips_the_yes_a_sentence_asks_for_meets_a_no() -> None:
    clause = _clause_of(
        "Internet content is typically copyright protected. Always obtain permission before "
        "using others' content in your posts.",
        heading="Copyright",
    )
    skipping = assess(clause, "Can I use others' content in my posts without asking them?")
    assert skipping.effect is Effect.PROHIBITS
    assert "obtain permission" in skipping.quote
    asking = assess(clause, "Can I use others' content in my posts?")
    assert asking.effect is Effect.REQUIRES_APPROVAL


def test_a_q_and_a_no_reaches_a_post_only_through_its_heading_s_telling_word() -> None:
    clause = _clause_of(
        "No. A less restricted employee may be a guest speaker at a political fundraiser. "
        "Offering donors tiered access to the speaker counts as soliciting.",
        heading="Can I participate in a tiered political fundraiser?",
    )

    def weight(term: str) -> float:
        return 3.0 if term.startswith("tier") else 1.0

    speaker = "Honored to be the guest speaker at the party's fundraiser dinner!"
    assert assess(clause, speaker, weight, draft=True).effect is not Effect.PROHIBITS
    tiered = "Tiered fundraiser: $500 gets you dinner with me, the guest speaker!"
    assert assess(clause, tiered, weight, draft=True).effect is Effect.PROHIBITS
    # A question is answered by the "No." as before: it may ask in other words.
    assert assess(clause, speaker, weight).effect is Effect.PROHIBITS


def test_a_rule_on_non_public_information_does_not_reach_what_the_question_calls_public() -> None:
    clause = _clause_of(
        "Feel free to share public GitHub repos. Always make sure you aren't sharing any "
        "sensitive or non-public information about your project.",
        heading="Social media",
    )
    public = assess(clause, "May I share our public GitHub repo about the project?")
    assert public.effect is Effect.PERMITS
    german = assess(clause, "Darf ich unser öffentliches Repo zum Projekt teilen? (GitHub repo)")
    assert german.effect is not Effect.PROHIBITS
    early = assess(clause, "May I share project information before it is public?")
    assert early.effect is Effect.PROHIBITS
    # … nor a question about the time after it is out.
    launched = assess(
        clause, "Once our project launches publicly, can I share information about it?"
    )
    assert launched.effect is not Effect.PROHIBITS
    announced = assess(clause, "After it is announced, may I share information about the project?")
    assert announced.effect is not Effect.PROHIBITS
    # … nor one that says what it shares is out already, after the noun.
    out = "Can I make a TikTok about my project using only information that's already public?"
    assert assess(clause, out).effect is not Effect.PROHIBITS
    schon = "Darf ich über mein Projekt Informationen posten, die bereits öffentlich sind?"
    assert assess(clause, schon).effect is not Effect.PROHIBITS
    isnt = assess(
        clause, "Can I make a TikTok about my project with information that's not public?"
    )
    assert isnt.effect is Effect.PROHIBITS


def test_a_yes_about_published_material_gives_nothing_for_internal_material() -> None:
    clause = _clause_of(
        "Comments about the company's published financial results must be consistent with the "
        "disclosure policy.",
        heading="DO distinguish personal views from company positions",
    )
    published = assess(clause, "May I comment on our published financial results?")
    assert published.effect is Effect.PERMITS
    internal = assess(clause, "Darf ich interne Finanzdaten auf LinkedIn posten?")
    assert internal.effect is Effect.INFORMS
    early = assess(clause, "May I share the financial results before they are public?")
    assert early.effect is not Effect.PERMITS


def test_a_yes_for_the_organisation_is_no_verdict_on_what_it_may_do() -> None:
    # Neither on what the organisation may do ("Can GitLab change the policy …?"), which is for
    # a person to weigh, nor on what the asker may do: it is the organisation's to do.
    assert _grants_the_organisation("GitLab may update this Policy as practices evolve.")
    removal = "In situations like these, GitLab may request the removal of specific content."
    assert _grants_the_organisation(removal)
    assert not _grants_the_organisation("Employees may post about it.")
    assert not _grants_the_organisation("In general, you may share public repos.")


def test_a_ban_on_being_a_candidate_reaches_only_one_s_own_run() -> None:
    clause = _clause_of(
        "An employee whose salary is entirely federally funded may not be a candidate for public "
        "office in a partisan election.",
        heading="Can I run for office?",
    )
    canvass = "Canvassing for the Democratic candidate for governor this Saturday!"
    assert assess(clause, canvass, draft=True).effect is not Effect.PROHIBITS
    own = "May I run as the Democratic candidate for governor in a partisan election?"
    assert assess(clause, own).effect is Effect.PROHIBITS


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("I'm further restricted. May I help?", ["Intro.", "Further Restricted Employees: No."]),
        ("May I help?", None),  # names no group: the whole clause
        ("Am I a restricted employee?", None),  # "a restricted" names no group
    ],
)
def test_for_audience_keeps_unlabelled_paragraphs_and_the_named_group(
    question: str, kept: list[str] | None
) -> None:
    text = "Intro.\nLess Restricted Employees: Yes.\nFurther Restricted Employees: No."
    narrowed = for_audience(text, question)
    assert narrowed == (text if kept is None else "\n".join(kept))


def test_a_do_heading_heads_advice_and_grants_no_yes_for_a_no_in_its_text() -> None:
    clause = _clause_of(
        "Your posts reflect your personal views, only. Do not use social media to speak on the "
        "company's behalf, unless you have completed communications training.",
        heading="DO Distinguish Personal Views from Company Positions",
    )
    untrained = assess(clause, "May I speak on the company's behalf without the training?")
    assert untrained.effect is Effect.PROHIBITS
    assert untrained.quote.startswith("Do not use social media")


def test_a_no_the_embedding_ranks_first_overrules_a_yes_by_the_words_when_it_fits_too() -> None:
    speaker, tiered = _hit("speaker", 1, 6.0), _hit("tiered", 2, 5.0)
    speaker.dense_rank, tiered.dense_rank = 2, 1
    query = Query("At a fundraiser, donors who give extra get a photo with me. Is that OK?")
    yes = Assessment(speaker.clause, Effect.PERMITS, "q", [], fit=0.48)
    query.assessed["speaker"] = yes
    query.assessed["tiered"] = Assessment(tiered.clause, Effect.PROHIBITS, "q", [], fit=0.21)
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments
    judge._retriever = SimpleNamespace(term_weight=lambda t: 1.0)  # type: ignore[assignment]
    assert judge._meaning_says_no(yes, [speaker, tiered], query) is query.assessed["tiered"]
    # A no that barely speaks to the question's words is about something else.
    query.assessed["tiered"] = Assessment(tiered.clause, Effect.PROHIBITS, "q", [], fit=0.1)
    assert judge._meaning_says_no(yes, [speaker, tiered], query) is None
    # The embedding's first choice must be the no, not merely a clause near the top.
    query.assessed["tiered"] = Assessment(tiered.clause, Effect.PROHIBITS, "q", [], fit=0.3)
    tiered.dense_rank = 2
    assert judge._meaning_says_no(yes, [speaker, tiered], query) is None


def test_a_no_the_embedding_ranks_first_yields_when_the_question_asks_the_yes_very_question() -> (
    None
):
    ministerial = SearchHit(
        clause=_clause_of(
            "Less Restricted Employees: Yes.",
            "May I perform ministerial duties related to funds already received by the party?",
        ),
        score=0.0,
        dense_rank=2,
        lexical_rank=1,
    )
    tiered = SearchHit(
        clause=Clause(
            clause_id="tiered",
            doc_id="d",
            document="d",
            heading="Can I participate in a tiered political fundraiser?",
            text="Less Restricted Employees: No.",
            source="d.md",
        ),
        score=0.0,
        dense_rank=1,
        lexical_rank=3,
    )
    weights = {"alreadi": 4.4, "already": 4.4, "receiv": 3.3, "received": 3.3}
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments
    judge._retriever = SimpleNamespace(term_weight=lambda t: weights.get(t, 0.8))  # type: ignore[assignment]
    asked = Query("May I do the bookkeeping for donations the party has already received?")
    yes = Assessment(ministerial.clause, Effect.PERMITS, "q", [], fit=0.41)
    asked.assessed["c"] = yes
    asked.assessed["tiered"] = Assessment(tiered.clause, Effect.PROHIBITS, "q", [], fit=0.19)
    assert judge._meaning_says_no(yes, [ministerial, tiered], asked) is None
    # Words of the yes's heading that say little ("party") leave the no standing.
    other = Query("May I help my party with donations at its events?")
    other.assessed["c"] = yes
    other.assessed["tiered"] = asked.assessed["tiered"]
    assert judge._meaning_says_no(yes, [ministerial, tiered], other) is other.assessed["tiered"]


def test_a_rule_against_what_the_question_does_not_name_yields_to_a_yes_that_fits_far_better() -> (
    None
):
    def hit(cid: str, heading: str, dense: int, lexical: int, score: float) -> SearchHit:
        clause = Clause(
            clause_id=cid, doc_id="d", document="d", heading=heading, text=cid, source="d.md"
        )
        return SearchHit(
            clause=clause, score=0.0, dense_rank=dense, lexical_rank=lexical, lexical_score=score
        )

    mimic = hit("mimic", "Mimicking the GitLab Brand", 3, 2, 2.1)
    disclose = hit("disclose", "DO disclose that you're a team member", 5, 1, 4.8)
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments

    def relevant(question: str, rule_fit: float = 0.32) -> list[Assessment]:
        query = Query(question)
        query.assessed["mimic"] = Assessment(
            mimic.clause,
            Effect.PROHIBITS,
            "Do not use the GitLab logo as your profile picture",
            [],
            fit=rule_fit,
        )
        query.assessed["disclose"] = Assessment(
            disclose.clause,
            Effect.PERMITS,
            "Including GitLab in your profile biography",
            [],
            fit=1.0,
        )
        return judge._relevant([mimic, disclose], query)

    assert relevant("May I say in my profile bio that I work at GitLab?")[0].effect is (
        Effect.PERMITS
    )
    # The question names what the rule is about: the rule stays on top.
    assert relevant("May I use the GitLab logo in my profile bio?")[0].effect is (Effect.PROHIBITS)
    # Twice the fit is enough ("Can I keep GitLab in my profile bio?"); less is not.
    assert relevant("Can I keep GitLab in my profile bio?", 0.45)[0].effect is Effect.PERMITS
    assert relevant("Can I keep GitLab in my profile bio?", 0.55)[0].effect is Effect.PROHIBITS


def test_a_yes_whose_examples_name_what_a_loose_rule_rules_out_goes_first() -> None:
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments

    def relevant(examples: str) -> list[Assessment]:
        rule = Clause(
            clause_id="rule",
            doc_id="d",
            document="d",
            heading="Own candidacy",
            text="rule",
            source="d.md",
        )
        volunteer = Clause(
            clause_id="yes",
            doc_id="d",
            document="d",
            heading="Volunteering",
            text=f"Yes, employees may volunteer for a campaign. {examples}",
            source="d.md",
        )
        query = Query("Can I go canvassing for a candidate on weekends?")
        query.assessed["rule"] = Assessment(
            rule,
            Effect.PROHIBITS,
            "An employee may not coordinate mailers or canvassing.",
            [],
            fit=0.14,
        )
        query.assessed["yes"] = Assessment(
            volunteer, Effect.PERMITS, "Yes, employees may volunteer for a campaign.", [], fit=0.84
        )
        hits = [
            SearchHit(clause=c, score=0.0, dense_rank=r, lexical_rank=r, lexical_score=1.0)
            for r, c in ((2, rule), (3, volunteer))
        ]
        return judge._relevant(hits, query)

    # The quote says "volunteer"; the clause's examples name canvassing.
    assert relevant("Permitted: canvassing votes.")[0].effect is Effect.PERMITS
    assert relevant("Permitted: stuffing envelopes.")[0].effect is Effect.PROHIBITS


def test_a_yes_to_the_heading_asked_is_not_overruled_by_a_no_to_another_question() -> None:
    def qa(cid: str, heading: str, answer: str, effect: Effect) -> Assessment:
        clause = Clause(
            clause_id=cid, doc_id="d", document="d", heading=heading, text=answer, source="d.md"
        )
        return Assessment(clause, effect, answer, [], fit=0.5)

    yes = qa(
        "attend",
        "Can I attend a state or national party convention? If so, in what capacity?",
        "Less Restricted Employees: Yes. A federal employee may serve as a delegate.",
        Effect.PERMITS,
    )
    no = qa(
        "pay",
        "May an employee solicit contributions to help pay for the costs of attending a "
        "party convention as a delegate?",
        "Less Restricted Employees: No.",
        Effect.PROHIBITS,
    )
    weights = {"pay": 3.9, "convent": 3.5, "convention": 3.5, "deleg": 3.3, "delegate": 3.3}
    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]
    judge._retriever = SimpleNamespace(term_weight=lambda t: weights.get(t, 1.0))  # type: ignore[assignment]
    going = Query("I'm less restricted. Can I go to my party's convention as a delegate?")
    assert judge._answering_the_asked([yes, no], going) == [yes]
    # Asked about paying for it, the no answers the question too.
    paying = Query("Can I raise money to pay for my trip to the convention as a delegate?")
    assert judge._answering_the_asked([yes, no], paying) == [yes, no]


def test_a_post_s_agreed_top_clause_is_not_overruled_by_a_rule_only_its_words_bring_near() -> None:
    def hit(cid: str, dense: int, lexical: int) -> SearchHit:
        clause = Clause(
            clause_id=cid, doc_id="d", document="d", heading=cid, text=cid, source="d.md"
        )
        return SearchHit(clause=clause, score=0.0, dense_rank=dense, lexical_rank=lexical)

    def read(h: SearchHit, effect: Effect) -> Assessment:
        return Assessment(h.clause, effect, "q", [], fit=0.3)

    podcast, guests, near = hit("podcast", 1, 2), hit("guests", 7, 1), hit("near", 3, 3)
    relevant = [read(podcast, Effect.PERMITS), read(guests, Effect.REQUIRES_APPROVAL)]
    assert _agreed_over_worded(relevant, [podcast, guests]) == relevant[:1]
    # A rule the embedding ranks near the top too is weighed.
    weighed = [read(podcast, Effect.PERMITS), read(near, Effect.PROHIBITS)]
    assert _agreed_over_worded(weighed, [podcast, near]) == weighed
    # A top clause only one retriever ranks high decides nothing alone.
    loose = hit("loose", 4, 1)
    both = [read(loose, Effect.PERMITS), read(guests, Effect.REQUIRES_APPROVAL)]
    assert _agreed_over_worded(both, [loose, guests]) == both


def test_a_list_entry_the_question_names_leaves_the_clause_to_its_statements() -> None:
    clause = _clause_of(
        "TTS has a number of blogs.\nNormally folks will publish to their team's blog. Depending "
        "on the content, however, it is possible that you could publish to the blog of a team "
        "that isn't your own.\n- 18F blog\n- digital.gov blog\n- data.gov blog",
        heading="Choosing a blog",
    )
    asked = assess(clause, "I'm on the 18F team. May I publish my post on the digital.gov blog?")
    assert asked.effect is Effect.PERMITS
    assert asked.quote.startswith("Depending on the content")
    # A post that names the entry asks nothing of the clause, not even of a rule beside it.
    post = assess(clause, "Read the announcement on the digital.gov blog.", draft=True)
    assert post.effect is Effect.INFORMS
    approvals = _clause_of(
        "These are our blogs:\n- 18F blog\n- digital.gov blog\n\n"
        "New posts on any blog need approval from its editor.",
        heading="Choosing a blog",
    )
    assert assess(approvals, "New on the 18F blog", draft=True).effect is Effect.INFORMS


def test_what_a_defined_term_includes_carries_the_rule_on_the_term() -> None:
    clause = _clause_of(
        "Do not share Sensitive information without express approval from Legal.\n"
        "What is considered Sensitive information?\n"
        "- Data not generally known. Sensitive information includes:\n"
        "  - Customer or partner information (logos, trademarks, spend)",
        heading="Sensitive",
    )
    spend = assess(clause, "May I post how much a customer spends with us?")
    assert spend.effect is Effect.REQUIRES_APPROVAL
    assert spend.quote.startswith("Do not share Sensitive information")


def test_a_yes_needs_its_clause_among_the_embedding_s_first_four() -> None:
    assert _weak_yes_is_unclear(Decision.ALLOWED, 4) is Decision.ALLOWED
    assert _weak_yes_is_unclear(Decision.ALLOWED, 5) is Decision.UNCLEAR
    assert _weak_yes_is_unclear(Decision.ALLOWED, None) is Decision.UNCLEAR
    assert _weak_yes_is_unclear(Decision.NOT_ALLOWED, None) is Decision.NOT_ALLOWED
    # … or its first eight, where the question states the yes's "only …" condition.
    assert _weak_yes_is_unclear(Decision.ALLOWED, 8, MET_ONLY_DENSE_RANK) is Decision.ALLOWED
    assert _weak_yes_is_unclear(Decision.ALLOWED, 9, MET_ONLY_DENSE_RANK) is Decision.UNCLEAR


def test_a_harmless_looking_draft_next_to_a_rule_falls_under_it() -> None:
    preamble, scope, incidents, other = (_hit(c, 1, 1.0) for c in ("pre", "scope", "inc", "x"))
    query = Query("GitLab.com was down for three hours. Our internal postmortem says why.")

    def effects(*found: Effect) -> list[SearchHit]:
        hits = [preamble, scope, incidents, other]
        for hit, effect in zip(hits, found, strict=True):
            query.assessed[hit.clause.clause_id] = Assessment(hit.clause, effect, "q", [])
        return hits

    judge = OfflineJudge(None, None, None)  # type: ignore[arg-type]  # only cached assessments
    inform, permit, prohibit = Effect.INFORMS, Effect.PERMITS, Effect.PROHIBITS
    top = Assessment(preamble.clause, inform, "q", [])
    pool = effects(inform, inform, prohibit, Effect.REQUIRES_APPROVAL)
    incidents.dense_rank = 2
    assert judge._rule_beside(pool, query, top) is query.assessed["inc"]
    # Third by fusion but far down by meaning: the words it shares are not the matter.
    incidents.dense_rank = 10
    assert judge._rule_beside(pool, query, top) is None
    # The first rule among the next two counts; one further down, or no rule, does not.
    pool = effects(inform, Effect.REQUIRES_APPROVAL, prohibit, permit)
    assert judge._rule_beside(pool, query, top) is query.assessed["scope"]
    assert judge._rule_beside(effects(inform, permit, inform, prohibit), query, top) is None
    assert judge._rule_beside(pool[:1], query, top) is None
    # A rule whose words fit the draft less than half as well as the top clause's speaks to
    # something else ("Do not use the GitLab logo as your profile picture" for a booth selfie).
    pool = effects(inform, prohibit, inform, inform)
    query.assessed["scope"] = replace(query.assessed["scope"], fit=0.05)
    assert judge._rule_beside(pool, query, replace(top, fit=0.32)) is None
    assert judge._rule_beside(pool, query, replace(top, fit=0.1)) is query.assessed["scope"]


def test_only_the_asking_sentence_can_meet_a_restriction_the_yes_leaves_out() -> None:
    question = "My daughter is running as a Democrat. Can I keep a photo of her on my desk?"
    assert _asking_sentence(question) == "Can I keep a photo of her on my desk?"
    single = "May I share the job ad and name last quarter's revenue?"
    assert _asking_sentence(single) == single
    assert _asking_sentence("I'm further restricted. May I attend? Thanks.") == "May I attend?"
    # A purpose given first is told, not asked.
    assert (
        _asking_sentence("To help recruiting, can I post the job ad on LinkedIn?")
        == "can I post the job ad on LinkedIn?"
    )
    assert (
        _asking_sentence("Um Kunden zu gewinnen, darf ich unsere Referenzen posten?")
        == "darf ich unsere Referenzen posten?"
    )
    # … but a question that begins with "to" and asks nothing after a comma stays whole.
    whole = "To whom should I send a press inquiry?"
    assert _asking_sentence(whole) == whole


def test_a_yes_for_employees_answers_nothing_about_someone_else() -> None:
    quote = "TTS has a number of blogs that employees can publish to."
    outsider = "My friend works at the Census Bureau. Can she publish it on the 18F blog?"
    assert _for_own_people_only(quote, outsider)
    assert not _for_own_people_only(quote, "Can I publish my post on another team's blog?")
    assert not _for_own_people_only("Anyone may pitch an idea.", outsider)


def test_a_published_budget_is_no_internal_material() -> None:
    assert not [h for h in detect("The FY25 budget is public on usaspending.gov", REGISTER)]


def test_a_gov_account_is_the_workplace_for_campaign_material() -> None:
    draft = "Sending this from my .gov account: please join me at the Miller for Mayor kickoff!"
    kinds = {hit.kind for hit in detect(draft, REGISTER)}
    assert {Kind.POLITICS_AT_WORK, Kind.CALL_TO_ACTION} <= kinds


def test_a_teaser_of_what_is_coming_is_news_before_its_announcement() -> None:
    draft = "Can't say much yet, but big changes are coming to cloud.gov pricing next quarter 👀"
    assert Kind.UNRELEASED in {hit.kind for hit in detect(draft, REGISTER)}
    assert detect("Stay tuned, more news next week on our blog!", REGISTER) == []
    award = "Can't say which vendor yet, but the contract award lands next week, a big one 👀"
    assert Kind.UNRELEASED in {hit.kind for hit in detect(award, REGISTER)}
    assert detect("Can't say which talk I liked more, both were great!", REGISTER) == []
    named_later = detect("Three got in. Can't name them yet!", REGISTER)
    assert Kind.UNRELEASED in {hit.kind for hit in named_later}
    assert detect("I can't name a better tool than this one", REGISTER) == []


def test_showing_a_colleague_drunk_is_about_the_colleague() -> None:
    draft = "Throwback to @sam_dev absolutely wasted at the holiday party last night 😂🍻"
    assert Kind.COLLEAGUE in {hit.kind for hit in detect(draft, REGISTER)}
    assert detect("Wasted a whole afternoon on flaky tests today", REGISTER) == []


def test_party_offices_and_candidacies_are_matters_for_the_guidelines() -> None:
    assert about_communication("May I be treasurer of my county's Democratic Party?")
    assert about_communication("Can I run for state senate as a Democrat?")
    assert about_communication("On Teams calls, can I keep a 'Re-elect Chen' magnet behind me?")
    assert not about_communication("Can I throw an office party on Friday?")


def test_a_german_question_names_its_group_through_the_glossary() -> None:
    clause = _clause_of(
        "Further Restricted Employees: No. Further restricted employees may not serve as poll "
        "watchers for a party.\nLess Restricted Employees: Yes. They may serve as poll watchers.",
        heading="May I serve as a poll watcher?",
    )
    question = (
        "Ich bin weniger eingeschränkt. Darf ich als Wahlbeobachter für meine Partei arbeiten?"
    )
    assert assess(clause, question, bridged="poll watcher party").effect is Effect.PROHIBITS
    # "weniger eingeschränkt" bridges to "less restricted": only that group's answer is read.
    bridged = "less restricted poll watcher party"
    assert assess(clause, question, bridged=bridged).effect is Effect.PERMITS


def test_an_opinion_in_an_official_account_s_voice_is_a_personalized_statement() -> None:
    draft = "From the TTS account: honestly, we think the new OMB memo is a big mistake."
    assert Kind.ENDORSEMENT in {hit.kind for hit in detect(draft, REGISTER)}
    assert detect("From the TTS account: the Administrator speaks at 3 pm.", REGISTER) == []
    # Any account named as the voice, not only one called official, TTS or GSA.
    praise = "From the 18F account: the best accessibility conference of the year, hands down!"
    assert Kind.ENDORSEMENT in {hit.kind for hit in detect(praise, REGISTER)}
    assert detect("From the 18F account: our director speaks on a podcast today.", REGISTER) == []


def test_an_unnamed_customer_s_move_is_customer_news() -> None:
    kinds = {
        hit.kind for hit in detect("A Fortune 50 bank is about to switch to GitLab!", REGISTER)
    }
    assert Kind.CUSTOMER in kinds
    assert detect("A company is moving to a new office next month.", REGISTER) == []


def test_a_part_split_off_a_labelled_group_reads_as_that_group_s() -> None:
    before = "Intro.\nLess Restricted Employees: Yes.\nFurther Restricted Employees: Possibly."
    assert last_label(before) == ("further", "restricted")
    assert last_label("Intro only.") is None
    rest = "They may not, however, serve as poll watchers for a party."
    less = "I'm less restricted. May I be a poll watcher for my party?"
    assert for_audience(rest, less, last_label(before)) is None
    assert for_audience(rest, less) == rest  # without the label, nothing tells the groups apart
    further = "I'm further restricted. May I be a poll watcher for my party?"
    assert for_audience(rest, further, last_label(before)) == rest


@pytest.mark.parametrize(
    ("text", "at_work"),
    [
        ("Darf ich außerhalb der Dienstzeit als Wahlbeobachter für meine Partei arbeiten?", False),
        ("Darf ich in der Dienstzeit für meine Partei werben?", True),
        ("I'm not on duty: may I hand out flyers for the campaign?", False),
        ("Handing out flyers for the campaign while on duty", True),
        ("Outside the office I volunteer for the Green Party", False),
        ("Campaign flyers in the office kitchen", True),
    ],
)
def test_being_away_from_work_is_not_the_workplace(text: str, at_work: bool) -> None:
    kinds = {hit.kind for hit in detect(text, REGISTER)}
    assert (Kind.POLITICS_AT_WORK in kinds) is at_work


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to my teammate the deploy went smoothly",
        "Great article by a reporter at the Post about open data",
        "The internal combustion engine is a marvel",
        # One's own vote, not a call to vote.
        "On my personal account: can't wait to vote for Senator Diaz in November!",
        "I will vote for Lee.",
        # One's employer by its legal name, a public roadmap, a figure of speech.
        "Proud to work at GitLab Inc.!",
        "Our public roadmap is online.",
        "This year we will double down on quality.",
        # Reading at one's desk; one's own talk on a personal account.
        "Can I read a book about the presidential candidates at my desk during lunch?",
        "I'll be speaking at DevOpsDays Berlin next week, see you there!",
        # Someone else's fundraiser asked about; a photo whose people agreed to it.
        "My spouse is hosting a fundraiser. Can I help?",
        "Team photo from our booth! Everyone in it agreed to be posted.",
        # Praise for an account, a draft post of one's own, a first prototype that is history.
        "Thanks @18F, the new site is great",
        "My draft blog post is ready for review",
        "New on the blog: what we learned when our first prototype flopped.",
    ],
)
def test_praise_and_mere_mentions_are_no_findings(text: str) -> None:
    assert detect(text, REGISTER) == []


def test_a_worded_yes_beside_a_description_answers_a_request_for_permission() -> None:
    describes = Assessment(
        _clause_of("If you shared unsafe information, tell the team.", "What if"),
        Effect.INFORMS,
        "If you shared unsafe information, tell the team.",
        [],
        fit=0.5,
    )

    def permit(quote: str, heading: str) -> Assessment:
        clause = _clause_of(quote, heading).model_copy(update={"clause_id": heading})
        return Assessment(clause, Effect.PERMITS, quote, [], fit=0.45)

    worded = permit("These posts are pre-approved for external sharing.", "Share content")
    advice = permit("Be truthful about your role.", "DO act responsibly")

    def hits(*ranked: tuple[Assessment, int]) -> list[SearchHit]:
        return [
            SearchHit(clause=a.clause, score=0.0, dense_rank=rank, lexical_rank=rank)
            for a, rank in ranked
        ]

    near = hits((describes, 1), (worded, 4))
    assert OfflineJudge._answering(describes, [describes, worded], near) is worded
    # Far down for the embedding, or a yes only in a "DO …" heading: no answer.
    far = hits((describes, 1), (worded, 7))
    assert OfflineJudge._answering(describes, [describes, worded], far) is None
    heading_only = hits((describes, 1), (advice, 2))
    assert OfflineJudge._answering(describes, [describes, advice], heading_only) is None


def test_a_post_that_does_not_do_what_a_limit_rules_out_is_not_caught_by_it() -> None:
    clause = _clause_of(
        "Be careful to limit your tweet to only sharing facts rather than encouraging people to "
        "attend a conference."
    )
    facts = "RT @GSA: Our Administrator speaks at the FedTalks conference on Thursday."
    assert assess(clause, facts, draft=True).effect is Effect.INFORMS
    urging = "Encouraging everyone to attend the FedTalks conference on Thursday!"
    assert assess(clause, urging, draft=True).effect is Effect.PROHIBITS
    # So is a question: one that urges no one is not what the limit rules out, one that urges
    # people to come is.
    assert assess(clause, "May I tweet about the conference?").effect is Effect.INFORMS
    urged = "May I tweet that everyone should attend the conference?"
    assert assess(clause, urged).effect is Effect.PROHIBITS


def test_a_heading_that_names_the_question_covers_it_when_both_retrievers_rank_it_top_three() -> (
    None
):
    clause = _clause_of("Less Restricted Employees: yes.", "May I serve as a presidential elector?")
    question = "I'm less restricted. Can I serve as a presidential elector for my party?"

    def hit(dense: int, lexical: int) -> SearchHit:
        return SearchHit(clause=clause, score=0.0, dense_rank=dense, lexical_rank=lexical)

    assert _heading_fits(hit(2, 1), question)
    assert _heading_fits(hit(1, 3), question)
    assert not _heading_fits(hit(4, 1), question)
    assert not _heading_fits(hit(1, 4), question)


def test_every_kind_of_finding_has_its_words_and_its_topic() -> None:
    from bot.judgement import texts
    from bot.judgement.detectors import TOPIC_QUERIES

    for kind in Kind:
        assert kind in TOPIC_QUERIES
        for table in (texts.PROBLEMS, texts.SUGGESTIONS):
            assert set(table[kind]) == {"de", "en"} and all(table[kind].values())


def test_a_draft_ruled_out_without_a_flagged_passage_says_so_not_zero_passages() -> None:
    from bot.judgement import texts

    for lang in ("de", "en"):
        by_rule, flagged = (
            texts.draft_answer(Decision.NOT_ALLOWED, lang, label="§ 4", owner="Comms", count=n)
            for n in (0, 2)
        )
        assert "0" not in by_rule and "§ 4" in by_rule
        assert "2" in flagged


def test_a_draft_is_not_ruled_out_by_a_rule_neither_retriever_ranks_near_the_top() -> None:
    rule = _clause_of("You may not respond to comments on behalf of the Company.")
    deciding = Assessment(rule, Effect.PROHIBITS, rule.text, [], fit=0.5)

    def pool(dense: int | None, lexical: int | None) -> list[SearchHit]:
        hit = SearchHit(clause=rule, score=0.0, dense_rank=dense, lexical_rank=lexical)
        return [hit]

    assert _far_rule(pool(5, 3), deciding)
    assert not _far_rule(pool(2, 9), deciding)
    assert not _far_rule(pool(None, 1), deciding)
    informs = Assessment(rule, Effect.INFORMS, rule.text, [], fit=0.5)
    assert not _far_rule(pool(5, 3), informs)


def test_a_yes_for_people_a_clause_describes_needs_the_question_to_name_their_mark() -> None:
    quote = (
        "An employee who is a candidate for public office in a nonpartisan election is not "
        "barred by the Hatch Act from soliciting political contributions."
    )
    weights = {"nonpartisan": 3.0, "candid": 1.0, "elect": 1.0, "public": 1.2, "offic": 1.1}

    def weight(stem: str) -> float:
        return weights.get(stem, 0.5)

    asks_for_a_party = Query("May I ask a coworker to donate to my candidate?")
    assert _for_others_described(quote, asks_for_a_party, weight)
    running = Query("I'm running in a nonpartisan school board race. May I ask for donations?")
    assert not _for_others_described(quote, running, weight)
    assert not _for_others_described("Employees may donate to a party.", asks_for_a_party, weight)


def test_what_was_heard_in_a_leadership_meeting_is_internal() -> None:
    draft = "Heard in today's leadership meeting: we're pausing all hiring after the new year."
    assert Kind.INTERNAL in {hit.kind for hit in detect(draft, REGISTER)}
    assert detect("I learned a lot in today's team meeting with our designers", REGISTER) == []


def test_feeling_bullish_about_the_stock_is_a_forecast() -> None:
    draft = "Just bought more $GTLB shares, feeling very bullish about next year 📈"
    assert Kind.FORECAST in {hit.kind for hit in detect(draft, REGISTER)}
    assert detect("Feeling bullish about next year's hackathon projects", REGISTER) == []


def test_what_a_rule_says_to_leave_out_is_ruled_out_for_a_question_that_does_it() -> None:
    clause = _clause_of(
        "Remember, your posts reflect your personal views. Comments about published financial "
        "results must be consistent with the SAFE Framework and must be shared without "
        "personal commentary.",
        heading="DO distinguish personal views from company positions",
    )
    commenting = assess(clause, "May I comment on today's jump in our share price on LinkedIn?")
    assert commenting.effect is Effect.PROHIBITS
    assert "without personal commentary" in commenting.quote
    blogging = assess(clause, "Can I write a tutorial on my personal blog about our CI?")
    assert blogging.effect is not Effect.PROHIBITS


def test_a_colleague_s_home_address_a_customer_s_instance_and_a_teaser_are_findings() -> None:
    party = "Surprise party for teammate Lena at her place tonight, 42 Elm Street, bring snacks!"
    assert Kind.PERSONAL_DATA in _kinds(party)
    assert Kind.CUSTOMER in _kinds("Spent all day debugging Bosch's self-managed instance 💪")
    assert Kind.UNRELEASED in _kinds("Can't wait until we can finally say which agency it is 🤐")
    assert _kinds("Can't wait until the weekend, finally some rest") == set()


def test_a_workplace_rule_does_not_reach_a_post_about_after_work() -> None:
    rule = _clause_of(
        "No. Covered employees may not engage in political activity while on duty.",
        heading="Can I wear a partisan political T-shirt while I am at work?",
    )
    no = Assessment(rule, Effect.PROHIBITS, "No.", [])
    assert _at_work_rule_off_work(no, "My campaign T-shirt at the gym after work 💪")
    assert not _at_work_rule_off_work(no, "My campaign T-shirt at my desk today 💪")
    anywhere = _clause_of("Never solicit contributions.", heading="Fundraising")
    never = Assessment(anywhere, Effect.PROHIBITS, "Never solicit contributions.", [])
    assert not _at_work_rule_off_work(never, "Donate to my candidate, link below! (after work)")


def test_a_rule_for_speaking_on_the_company_s_behalf_does_not_reach_a_personal_post() -> None:
    quote = (
        "Except as approved by our Legal Team, you may not respond to comments, rumors or "
        "discussions on social media sites on behalf of the Company."
    )
    rule = Assessment(
        _clause_of(quote, heading="Online Forums"), Effect.REQUIRES_APPROVAL, quote, []
    )
    assert _org_rule_personal_post(rule, "In Lisbon all week, DM me if you're around!")
    assert not _org_rule_personal_post(rule, "From @GitLab: we hear you and we're on it.")
    assert not _org_rule_personal_post(rule, "Answering your questions officially for GitLab!")
    elsewhere = Assessment(
        _clause_of("Never share confidential information."),
        Effect.PROHIBITS,
        "Never share confidential information.",
        [],
    )
    assert not _org_rule_personal_post(elsewhere, "In Lisbon all week, DM me!")


def test_ones_own_donation_is_no_business_figure() -> None:
    assert detect("Chipped in $25 to the Diaz campaign tonight, proud supporter!", REGISTER) == []
    assert Kind.FINANCIAL in {h.kind for h in detect("Tickets are $100, RSVP to me!", REGISTER)}


def test_a_photo_that_shows_the_quarter_s_plans_is_internal() -> None:
    draft = "Working from the office today (pic of my desk, whiteboard of our Q1 plans in the back)"
    assert Kind.INTERNAL in {hit.kind for hit in detect(draft, REGISTER)}
    assert detect("Bought a whiteboard for my kids' homework plans", REGISTER) == []
    assert detect("Our Q1 plans are public in the handbook", REGISTER) == []


def test_batch_37_drafts_the_word_lists_did_not_know() -> None:
    assert Kind.UNRELEASED in _kinds("The Premium price goes up 20% on March 1, not announced yet")
    assert Kind.RUMOR in _kinds("Word is one of our board members is stepping down next month 👀")
    assert _kinds("The word is out: our new docs site is live!") == set()
    official = "From @18F: We'll be at #GovTechCon next week. Stop by booth 12 and say hi!"
    assert Kind.CALL_TO_ACTION in _kinds(official)
    assert Kind.COMPETITOR in _kinds("GitHub Actions down AGAIN lol, good thing we use GitLab 😂")
    assert Kind.COMPETITOR not in _kinds("Our CI is down again, sorry folks, we are on it")
    # sympathy, or relief about one's own failover, is no gloating
    assert Kind.COMPETITOR not in _kinds("Another Cloudflare outage today, hugs to their SREs")
    assert Kind.COMPETITOR not in _kinds("Yet another AWS outage, glad we had failover ready")
    # advice against the practice is no incident
    assert Kind.CRISIS not in _kinds("Never store passwords in plain text, kids")
    assert Kind.CUSTOMER not in _kinds("Helping Sarah debug her pipeline today")
    # one's own pay is one's own to talk about; the company's figures beside it are not
    assert Kind.FINANCIAL not in _kinds("After 3 years my salary is finally $180k, transparency!")
    assert Kind.FINANCIAL not in _kinds("Mein Gehalt liegt jetzt bei 70.000 €")
    assert Kind.FINANCIAL in _kinds("My bonus depends on our $500M ARR target")
    assert Kind.FINANCIAL in _kinds("Our ARR hit $500M, my bonus will be great")
    # … and money one gives is one's own, also with the verb at the end of the clause
    assert Kind.FINANCIAL not in _kinds(
        "Darf ich 100 Dollar an die Kampagne einer Kandidatin spenden?"
    )
    assert Kind.FINANCIAL in _kinds("Wir haben 3 Mio. Euro Umsatz gemacht und spenden viel")
    # a dinner or a charity's fundraiser is no campaign's
    assert Kind.CALL_TO_ACTION not in _kinds("DM me to RSVP for the team offsite dinner")
    assert Kind.CALL_TO_ACTION not in _kinds("Who's coming to the animal shelter fundraiser?")
    # one's own child is the poster's choice
    assert Kind.PERSONAL_DATA not in _kinds("My daughter Sofia (4) joined my call today")
    assert Kind.PERSONAL_DATA not in _kinds("Marco's son says hi to everyone")


def test_a_no_close_to_the_asking_sentence_holds_against_a_yes_the_scene_fits() -> None:
    clause = _clause_of(
        "Team members who contributed editing, images, or small amounts of text should not be "
        "included as authors. If people helped make a blog post a reality (for example, by "
        "helping with idea generation, design, or editing), you can thank them with an "
        "italicized section at the bottom of the post.",
        heading="Multiple authors",
    )
    question = (
        "A few teammates helped with design and idea generation for my blog post but didn't "
        "write it. Should they be listed as authors?"
    )
    scene_only = assess(clause, question)
    assert scene_only.effect is Effect.PERMITS  # the scene's words fit the thanks best
    asked = assess(clause, question, asking="Should they be listed as authors?")
    assert asked.effect is Effect.PROHIBITS
    assert "should not be included as authors" in asked.quote


def test_a_yes_unless_stands_for_a_question_that_does_not_touch_the_unless() -> None:
    clause = _clause_of(
        "Less Restricted Employees:\u00a0 Yes, unless the letterhead is used to solicit political "
        "contributions. Because the Hatch Act prohibits an employee from soliciting political "
        "contributions, an employee's name may not appear on letterhead soliciting such "
        "contributions.",
        heading="May my name appear on the party or campaigns letterhead?",
    )
    newsletter = assess(clause, "May my name appear on the party letterhead for its newsletter?")
    assert newsletter.effect is Effect.PERMITS
    assert newsletter.conditions == [
        "unless the letterhead is used to solicit political contributions"
    ]
    asking = assess(clause, "May my name appear on party letterhead that solicits contributions?")
    assert asking.effect is Effect.PROHIBITS


def test_sentence_scores_do_not_depend_on_the_hash_seed() -> None:
    """A sum over a set of terms follows the set's hash-seeded order; its last bits once tipped
    a comparison at a threshold and turned a verdict from one run to the next."""
    import os
    import subprocess
    import sys

    script = (
        "from bot.judgement.quotes import ranked_sentences\n"
        "text = 'Team members must not speculate or add forward-looking statements to their "
        "opinions. Share GitLab content using our advocacy platform, pre-approved for sharing. "
        "Comments about published financial results must be shared without commentary.'\n"
        'query = "May I share a pre-approved post and add my own prediction about next '
        "quarter's numbers and growth outlook on LinkedIn today?\"\n"
        "w = {}\n"
        "def weight(t):\n"
        "    return w.setdefault(t, 0.1 + (sum(map(ord, t)) % 97) / 7.0)\n"
        "print(repr([s for _, s in ranked_sentences(text, query, weight, 'forecast outlook')]))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 9)
    }
    assert len(outputs) == 1


def test_an_obligation_tied_to_the_asked_act_done_by_the_reader_allows_that_act() -> None:
    clause = _clause_of(
        "As part of your role, you may be responsible for a contest with social media elements. "
        "As a representative of the company, if you’re promoting the contest on your social "
        "media channels, it will need to follow the same rules as the brand channels.",
        heading="Contests or Sweepstakes on Your Social Media Profiles",
    )
    promoting = assess(clause, "Can I promote the contest I run for work on my personal Twitter?")
    assert promoting.effect is Effect.PERMITS
    assert "same rules" in promoting.quote
    # Something that happens to the reader is no act of theirs: the obligation stays one.
    press = _clause_of(
        "If you are contacted by a reporter about the company, you must forward the message to "
        "the press team.",
        heading="Press",
    )
    replying = assess(press, "A reporter contacted me about the company. Can I reply?")
    assert replying.effect is not Effect.PERMITS


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Can my spouse host a fundraiser?", "other"),
        ("My spouse is hosting a political fundraiser. Can I assist with the event?", "self"),
        ("My husband isn't a federal employee. Can he host a fundraiser at our house?", "other"),
        (
            "Meine Frau arbeitet nicht beim Bund. Darf sie eine Spendenveranstaltung ausrichten?",
            "other",
        ),
        ("Darf Sie als Bundesbedienstete spenden?", "self"),  # the polite "you"
        ("Is it okay to post this?", None),
    ],
)
def test_whom_a_question_asks_about(question: str, subject: str | None) -> None:
    assert asked_subject(question) == subject


def test_a_fundraiser_with_the_author_as_contact_and_our_metrics_this_quarter_are_findings() -> (
    None
):
    invitation = (
        "Fundraiser for Maria Lopez for Congress, Friday 7pm at the Elks Lodge. Questions? "
        "Contact me, Dan Miller, at 555-0147."
    )
    assert Kind.CALL_TO_ACTION in _kinds(invitation)
    assert Kind.CALL_TO_ACTION not in _kinds("Great turnout at the library fundraiser, contact me")
    metric = "Happy to walk you through how our net retention is trending this quarter"
    assert Kind.FINANCIAL in _kinds(metric)
    assert Kind.FINANCIAL not in _kinds("Our release notes this quarter are extra long 📚")


def test_a_post_that_names_one_of_its_several_authors_is_a_finding() -> None:
    post = 'By Ana Ruiz and Ben Cole. As Ana likes to say: "Ship small." That shaped our migration.'
    found = [hit for hit in detect(post, REGISTER) if hit.kind is Kind.AUTHOR_NAMED]
    assert [hit.text for hit in found] == ["Ana"]
    assert found[0].start > post.index("Cole")  # the mention, not the byline
    # One author, or several who are not named again, break nothing.
    assert all(
        hit.kind is not Kind.AUTHOR_NAMED
        for text in (
            'By Ana Ruiz. As Ana likes to say: "Ship small."',
            "By Ana Ruiz and Ben Cole. We moved forty forms in a month.",
        )
        for hit in detect(text, REGISTER)
    )


def test_a_workshop_with_a_named_organisation_s_team_and_borrowed_pictures_are_findings() -> None:
    workshop = "Just wrapped a migration workshop with the platform team at Deutsche Bahn, great!"
    assert Kind.CUSTOMER in _kinds(workshop)
    assert Kind.CUSTOMER not in _kinds("Great workshop with my own team at our offsite in Lisbon")
    assert Kind.THIRD_PARTY in _kinds(
        "Found this great diagram on someone's blog and reposted it here, so clear [image]"
    )
    assert Kind.THIRD_PARTY in _kinds("Hab eine Grafik aus einem fremden Blog gepostet, super!")
    assert Kind.THIRD_PARTY not in _kinds("Drew this diagram of our CI cache myself, enjoy [image]")


def test_running_down_a_product_and_pointing_to_another_disparages_a_competitor() -> None:
    kinds = {
        hit.kind
        for hit in detect(
            "GitHub Actions is a total dumpster fire, just switch to GitLab 🔥", REGISTER
        )
    }
    assert kinds == {Kind.COMPETITOR}  # and a "dumpster fire" is no fire
    assert detect("My kitchen is a total mess after the party, time to clean up", REGISTER) == []


def test_passing_a_campaigns_request_for_money_on_is_a_call_to_give() -> None:
    assert Kind.CALL_TO_ACTION in _kinds(
        "Can I send my candidate's fundraising letter to people in my community?"
    )
    assert Kind.CALL_TO_ACTION in _kinds("Darf ich den Spendenaufruf der Partei verschicken?")
    assert Kind.CALL_TO_ACTION not in _kinds("Can I read my candidate's fundraising letter?")


def test_a_reporters_handle_says_who_asks() -> None:
    assert Kind.MEDIA in _kinds("@govreporter tweeted a question at me about our project.")
    assert Kind.MEDIA not in _kinds("@janedoe tweeted a question at me about our project.")


def test_the_plain_verbs_of_putting_words_out_are_no_matter_a_rule_limits() -> None:
    concepts = _concepts(Query("Can I write 'Engineer @gitlab' in my Twitter bio?"), lambda t: 1.0)
    stems = set().union(*(found for found, _weight in concepts))
    assert not stems & set(tokenize("write"))  # "did not write the post" limits no bio
    assert stems & set(tokenize("bio")) and stems & set(tokenize("engineer"))


def test_a_guess_about_the_numbers_is_a_forecast() -> None:
    assert Kind.FORECAST in _kinds("Can I post my guess about GitLab's revenue next quarter?")
    assert Kind.FORECAST in _kinds(
        "Darf ich meine Schätzung zum Umsatz im nächsten Quartal posten?"
    )
    assert Kind.FORECAST not in _kinds("Can I post my guess about the venue of next year's party?")


def test_an_act_a_yes_lists_among_its_permitted_examples_is_named_as_permitted() -> None:
    clause = _clause_of(
        "Yes, employees may volunteer for a partisan candidate's campaign. Examples of permitted "
        "activities that constitute political campaigning include: initiating or circulating "
        "nominating petitions; canvassing votes; distributing campaign literature.",
        heading="Can I volunteer for someones campaign?",
    )
    yes = Assessment(clause, Effect.PERMITS, "Yes, employees may volunteer.", [], fit=0.6)
    assert _named_as_permitted(yes, "Can I circulate nominating petitions for a candidate?")
    assert _named_as_permitted(yes, "May I distribute campaign literature on weekends?")
    # One word of an example is no example named: "petitions" alone, "campaign" alone.
    assert not _named_as_permitted(yes, "Can I sign petitions at work?")
    assert not _named_as_permitted(yes, "Can I post about the campaign?")


def test_a_product_called_rubbish_outright_disparages_a_competitor() -> None:
    assert Kind.COMPETITOR in _kinds("Can I post that GitHub Actions is garbage?")
    assert Kind.COMPETITOR in _kinds("Darf ich posten, dass Jenkins totaler Schrott ist?")
    # One's own things and plain words are no rival's product.
    assert Kind.COMPETITOR not in _kinds("Can I post that our old CI was garbage?")
    assert Kind.COMPETITOR not in _kinds("Is it okay to post that the weather is garbage?")


def test_a_question_asking_for_what_a_sentence_sets_aside_meets_a_no() -> None:
    clause = _clause_of(
        "On occasion, posts are written by the team as an organisation. Posts with the team as "
        "author have a formal tone and are about statements of policy or fact rather than "
        "opinions.",
        heading="No authors",
    )
    opinion = assess(clause, "Can a post with the team as author share my personal opinion?")
    assert opinion.effect is Effect.PROHIBITS
    facts = assess(clause, "Can a post with the team as author state our new policy?")
    assert facts.effect is not Effect.PROHIBITS


def test_a_yes_whose_only_condition_the_question_states_goes_before_a_loosely_fitting_no() -> None:
    rule = _clause_of("Do not speak on the company's behalf.", heading="Personal views")
    customers = _clause_of(
        "Only share customer information from published case studies.", heading="Customers"
    )
    no = Assessment(rule, Effect.PROHIBITS, "Do not speak on the company's behalf.", [], fit=0.23)
    yes = Assessment(
        customers,
        Effect.PERMITS,
        "Only share customer information from published case studies.",
        [],
        fit=0.53,
    )
    stated = Query("Can I say Siemens uses our product? It's in the published case studies.")
    assert _met_yes_first([no, yes], stated)[0] is yes
    unstated = Query("Can I say Siemens uses our product?")
    assert _met_yes_first([no, yes], unstated)[0] is no
    close = Assessment(rule, Effect.PROHIBITS, "Do not speak on the company's behalf.", [], fit=0.4)
    assert _met_yes_first([close, yes], stated)[0] is close  # a no that fits about as well holds
    # … and before a yes on top that shares only its general words ("published").
    results = _clause_of(
        "Comments about published financial results must be shared without commentary.",
        heading="Personal views",
    )
    loose = Assessment(results, Effect.PERMITS, results.text, [], fit=0.23)
    case_study = Query("Can I share one of our published case studies on LinkedIn?")
    near = SearchHit(clause=customers, score=0.0, dense_rank=MET_ONLY_DENSE_RANK)
    assert _met_yes_first([loose, yes], case_study, [near])[0] is yes
    # … when the embedding ranks it near enough for its yes to be said.
    far = near.model_copy(update={"dense_rank": MET_ONLY_DENSE_RANK + 1})
    assert _met_yes_first([loose, yes], case_study, [far])[0] is loose
    # A yes on top whose own condition is met stays first.
    met = Assessment(customers, Effect.PERMITS, yes.quote, [], fit=0.2)
    assert _met_yes_first([met, replace(yes, fit=0.9)], case_study, [near])[0] is met


def test_naming_ones_agency_while_backing_a_candidate_is_a_finding() -> None:
    assert Kind.OFFICIAL_POSITION in _kinds(
        "As a Deputy Director at the Department of Labor, I fully endorse Maria Lopez for Congress!"
    )
    assert Kind.OFFICIAL_POSITION not in _kinds("I fully endorse Maria Lopez for Congress!")
    assert Kind.OFFICIAL_POSITION not in _kinds(
        "As a Deputy Director at the Department of Labor, I support our new forms toolkit."
    )


def test_a_rival_run_down_in_the_sentence_after_it_is_named_is_a_finding() -> None:
    assert Kind.COMPETITOR in _kinds(
        "A competitor just announced their new CI feature on X. Can I comment under it that "
        "theirs is a cheap copy of ours?"
    )
    assert Kind.COMPETITOR in _kinds(
        "Ein Konkurrent hat ein Feature angekündigt. Darf ich schreiben, dass ihr Produkt ein "
        "billiger Abklatsch ist?"
    )
    assert Kind.COMPETITOR not in _kinds(
        "Our competitor hired three of our engineers. They are great people and I wish them well."
    )


def test_growth_without_a_figure_or_a_pace_is_no_forecast() -> None:
    assert Kind.FORECAST not in _kinds("We will grow the team next year.")
    assert Kind.FORECAST not in _kinds("Wir wachsen stark im Bereich Cloud, sagt der Bericht.")


def test_a_campaign_post_sent_from_a_work_device_is_politics_at_work() -> None:
    assert Kind.POLITICS_AT_WORK in _kinds(
        "schaut euch die Rede von Senatorin Ruiz an, die muss gewinnen!! "
        "(geschickt vom Dienstrechner)"
    )
    assert Kind.POLITICS_AT_WORK in _kinds("Vote for Lopez on Tuesday!! (sent from my work laptop)")
    assert Kind.POLITICS_AT_WORK not in _kinds("Great game tonight! (sent from my work laptop)")


def test_findings_buried_in_a_long_post() -> None:
    assert Kind.COMPETITOR in _kinds(
        "Meanwhile Jenkins is honestly a pile of plugins held together with duct tape and prayer."
    )
    assert Kind.COMPETITOR not in _kinds("Our old wiki was held together with duct tape, too.")
    assert Kind.PERSONAL_DATA in _kinds(
        "Special thanks to Maria, who led the whole project while going through chemotherapy."
    )
    assert Kind.PERSONAL_DATA not in _kinds("Special thanks to Maria, who led the whole project.")
    endorsement = (
        "As a senior program manager at the Department of Energy, I've seen what good leadership "
        "looks like, and Dana Ruiz has it. She understands infrastructure, she keeps her "
        "promises, and she works across the aisle. I endorse her for state senate."
    )
    assert Kind.OFFICIAL_POSITION in _kinds(endorsement)
    opening = "Posted from the TTS account: What a day at the forum. Our team presented. " * 3
    assert Kind.ENDORSEMENT in _kinds(opening + "This was hands down our favorite panel.")
    assert Kind.ENDORSEMENT not in _kinds("My personal account: my favorite panel of the year.")


def test_a_price_change_to_come_is_a_forecast() -> None:
    assert Kind.FORECAST in _kinds("Ich sage, dass wir nächstes Jahr die Preise erhöhen werden.")
    assert Kind.FORECAST in _kinds("Heads up: we are raising prices in January.")
    assert Kind.FORECAST not in _kinds("Wir haben die Preise letztes Jahr erhöht.")


def test_another_product_run_down_by_its_possessive_is_a_finding() -> None:
    assert Kind.COMPETITOR in _kinds("Ich habe kommentiert, dass deren Tool total veraltet ist.")
    assert Kind.COMPETITOR in _kinds("Honestly their platform is garbage.")
    assert Kind.COMPETITOR not in _kinds("Their platform team shipped a great release.")


def test_findings_in_chat_style_posts() -> None:
    assert Kind.COMPETITOR in _kinds("github copilot right now: 🤡🤡🤡 gitlab duo: 😎 just saying")
    assert Kind.COMPETITOR not in _kinds("my code right now: 🤡 lol")
    assert Kind.POLITICS_AT_WORK in _kinds(
        "posting this from my government laptop because it matters: VOTE RUIZ on tuesday"
    )
    assert Kind.ENDORSEMENT in _kinds("From @18F: best. demo day. EVER 🔥🔥🔥")


def test_a_supervisor_sending_campaign_material_to_their_people_is_a_finding() -> None:
    assert Kind.SUBORDINATES in _kinds(
        "To my whole team (I'm your supervisor): forwarding the Ruiz campaign's latest email!"
    )
    assert Kind.SUBORDINATES in _kinds(
        "Liebes Team, als eure Vorgesetzte lade ich euch zur Wahlkampfparty von Senator Ruiz ein."
    )
    # Not without a campaign, and not for a campaign shared with one's own boss.
    assert Kind.SUBORDINATES not in _kinds("To my team (I'm your supervisor): pizza on Friday!")
    assert Kind.SUBORDINATES not in _kinds("Forwarding the Ruiz campaign's email to my supervisor.")


def test_a_yes_for_asking_a_team_is_no_yes_for_doing_it_oneself() -> None:
    clause = _clause_of(
        "If you’d like an official account to tweet something or respond to a tweet, let us "
        "know in the tweet-this channel.",
        heading="Official accounts",
    )
    asking = assess(clause, "Can I ask the official account to respond to a tweet for me?")
    assert asking.effect is Effect.PERMITS
    myself = assess(clause, "Can I respond to a tweet from the official account myself?")
    assert myself.effect is Effect.REQUIRES_APPROVAL
    # A question that asks nobody ("respond on Hacker News …") gets no yes from it either.
    nobody = assess(clause, "Can I respond on Hacker News to a tweet about our project?")
    assert nobody.effect is Effect.INFORMS


@pytest.mark.parametrize(
    ("heading", "question", "unasked"),
    [
        (
            "I am a candidate in a nonpartisan election. May I work with a party?",
            "my wife's running for state rep. can i knock doors for her on weekends??",
            True,
        ),
        (
            "Can I be a candidate in a partisan election?",
            "Can I collect signatures for a candidate's nominating petition?",
            True,
        ),
        # The asker's own run: the heading is theirs.
        (
            "Can I be a candidate in a partisan election?",
            "I'm running for council. Can my neighbour's kids hand out my campaign flyers?",
            False,
        ),
        # "run an advertisement" is no run for office.
        (
            "May I run an advertisement in my local newspaper endorsing a candidate?",
            "Can I pay for an ad for a candidate's campaign?",
            False,
        ),
        # A question about candidacy in general names nobody else's run.
        ("Can I be a candidate in a partisan election?", "Can I run for the state senate?", False),
        (
            "May I be a candidate in a partisan primary?",
            "May I be a candidate in a primary?",
            False,
        ),
        # … and one about no run at all is not answered by a rule for one's own.
        (
            "May I be a candidate in a partisan primary?",
            "Can federal employees vote in primaries?",
            True,
        ),
        # Giving to a candidate is someone else's run.
        (
            "If I run as a candidate for public office in a nonpartisan election, does the Hatch "
            "Act allow me to ask for and accept political contributions?",
            "Can I donate to a Senate candidate online from home?",
            True,
        ),
        (
            "If I run as a candidate for public office in a nonpartisan election, does the Hatch "
            "Act allow me to ask for and accept political contributions?",
            "Darf ich 100 Dollar an die Kampagne einer Kandidatin spenden?",
            True,
        ),
        (
            "May I be a candidate in a partisan primary?",
            "Darf ich im Wahlkampf meiner Schwester helfen?",
            True,
        ),
        # The candidate one backs is someone else's run; one's own candidacy is not.
        (
            "May I be a candidate in a partisan primary?",
            "To help my candidate, can I hand out flyers at the mall?",
            True,
        ),
        (
            "May I be a candidate in a partisan primary?",
            "Darf ich für meine Kandidatin Flyer verteilen?",
            True,
        ),
        (
            "May I be a candidate in a partisan primary?",
            "Can I ask friends to support my candidacy for the school board?",
            False,
        ),
        # "our candidate" is the one a group backs
        (
            "I am a candidate in a nonpartisan election. Can I use my official title?",
            "Can we hang a poster of our candidate in our shared office at the agency?",
            True,
        ),
    ],
)
def test_a_heading_about_ones_own_run_and_a_question_about_someone_else_s(
    heading: str, question: str, unasked: bool
) -> None:
    assert own_run_unasked(heading, question) is unasked


def test_hurried_drafts_the_word_lists_did_not_know() -> None:
    assert {Kind.RUMOR, Kind.PERSONNEL} <= _kinds("lol apparently the CFO is out after Q4?? 😂")
    assert Kind.RUMOR in _kinds("Hearing our CFO is stepping down next month 👀")
    assert Kind.PERSONNEL not in _kinds("Our CFO is out of office today, back tomorrow")
    assert Kind.COMPETITOR in _kinds(
        "cant beleive github actions is still this slow in 2026, thank god for gitlab ci lmao"
    )
    assert Kind.COMPETITOR not in _kinds("My laptop is still this slow, thank god for coffee")
    assert Kind.PEOPLE in _kinds(
        "is it fine if i post pics from family day? my kids + some coworkers' kids are in them"
    )
    assert Kind.PEOPLE not in _kinds("Pics from family day with my own kids at the lake!")


def test_a_yes_provided_it_is_not_done_at_work_says_no_to_a_question_set_at_work() -> None:
    clause = _clause_of(
        "Yes. A federal employee may contribute to the campaign of a partisan candidate, "
        "provided the employee does not do so while on duty or in the federal workspace.",
        heading="Can I make a contribution to the campaign of a partisan candidate?",
    )
    office = assess(
        clause,
        "Our office is having a party and someone suggested a raffle where the proceeds go to a "
        "congressman's reelection campaign. Can we do that?",
    )
    assert office.effect is Effect.PROHIBITS
    home = assess(clause, "Can I contribute to a candidate's campaign from home in the evening?")
    assert home.effect is Effect.PERMITS


def test_background_first_questions_the_word_lists_did_not_know() -> None:
    assert Kind.CALL_TO_ACTION in _kinds(
        "A raffle at the party, and the proceeds go to a congressman's reelection campaign!"
    )
    assert Kind.MEDIA in _kinds(
        "Danach hat mich eine Journalistin angesprochen, die über unser Projekt schreiben will."
    )
    assert Kind.MEDIA in _kinds("A reporter approached me after my talk about our project.")
    assert Kind.MEDIA not in _kinds("Danach hat mich eine Kollegin angesprochen.")
    assert Kind.MEDIA in _kinds("Ein Podcast möchte mich zu unserem Projekt interviewen.")
    assert Kind.MEDIA not in _kinds("Meine Kollegin möchte mich für ihre Masterarbeit interviewen.")


def _topic_of(kind: Kind, first: Clause, second: Clause) -> Clause:
    """The clause a finding of this kind cites when retrieval ranks these two first."""
    hits = [
        SearchHit(clause=c, score=0.0, dense_rank=r, lexical_rank=r, lexical_score=1.0)
        for r, c in ((1, first), (2, second))
    ]
    retriever = SimpleNamespace(
        generation=0,
        search=lambda text, k: hits,
        bridges=lambda text: [],
        term_weight=None,
        part_before=lambda clause: None,
    )
    judge = OfflineJudge(retriever, SimpleNamespace(findings={}), REGISTER)  # type: ignore[arg-type]
    found = judge._topic(kind)
    assert found is not None
    return found.clause


def test_a_finding_s_topic_is_the_stricter_rule_right_behind_that_fits_it_better() -> None:
    channels = _clause_of(
        "The outreach channel is for all general inquiries, including members of the press "
        "asking you questions.",
        heading="Slack channels",
    )
    services = _clause_of(
        "If you're contacted by a journalist or member of the press, please forward the message "
        "to the press office without responding.",
        heading="Outreach services",
    )
    services = services.model_copy(update={"clause_id": "services"})

    def topic(second: Clause) -> Clause:
        return _topic_of(Kind.MEDIA, channels, second)

    assert topic(services) is services
    # A clause behind it that is no stricter leaves the nearest one in place.
    welcome = _clause_of("Members of the press are welcome at our demo days.", heading="Press")
    welcome = welcome.model_copy(update={"clause_id": "welcome"})
    assert topic(welcome) is channels


def test_doing_what_a_sentence_advises_is_allowed() -> None:
    clause = _clause_of(
        "It's likely that as you're writing, new ideas will pop into your head. Consider "
        "breaking up your post into a series that will bring the reader along.",
        heading="If it feels like a marathon, make it a series",
    )
    asked = "My draft post has grown really long. Can I split it into a series of posts?"
    assert assess(clause, asked).effect is Effect.PERMITS
    # One shared word is not the advice.
    assert assess(clause, "Can I tweet about my favourite TV series?").effect is not (
        Effect.PERMITS
    )


def test_what_to_leave_out_of_a_yes_rules_out_only_a_question_that_includes_it() -> None:
    clause = _clause_of(
        "Less Restricted Employees: Yes, but with some limitations. Employees may express their "
        "opinions on political subjects.\n\n"
        "Accordingly, a federal employee may write a letter to the editor endorsing a candidate, "
        "provided he does not do so while on duty. Furthermore, he must endorse the candidate in "
        "his personal capacity and may not identify his federal position or office.\n\n"
        "Further Restricted Employees: Similarly, they may write a letter to the editor.",
        heading="May I write a letter to the editor endorsing a partisan political candidate?",
    )
    private = (
        "Darf ich am Wochenende in meinem privaten Newsletter einen Beitrag schreiben, der eine "
        "Kandidatin unterstützt?"
    )
    bridged = "personal opinion private candidate endorse"
    assert assess(clause, private, bridged=bridged).effect is Effect.PERMITS
    titled = "Can I write a letter to the editor endorsing a candidate and sign it with my title?"
    assert assess(clause, titled, bridged="position").effect is Effect.PROHIBITS


def test_doing_just_what_a_sentence_tells_the_reader_to_do_is_allowed() -> None:
    told = (
        "If you're contacted by a journalist, please forward the message to press@gsa.gov "
        "without responding."
    )
    assert does_as_told(told, "A reporter emailed me. Can I forward it to press@gsa.gov?")
    assert does_as_told(told, "Can I forward it to press@gsa.gov and not answer her?")
    # Answering too is what the sentence leaves out; answering alone is not forwarding.
    assert not does_as_told(told, "Can I answer her and forward it to press@gsa.gov?")
    assert not does_as_told(told, "A journalist emailed me, can I reply?")
    clause = _clause_of(told, heading="Outreach services")
    assert assess(clause, "Can I forward the reporter's email to press@gsa.gov?").effect is (
        Effect.PERMITS
    )
    assert assess(clause, "Can I reply to the reporter's email?").effect is Effect.PROHIBITS


def test_our_figures_before_they_are_out_are_financial() -> None:
    assert Kind.FINANCIAL in _kinds("Can I tweet our revenue numbers before the earnings call?")
    assert Kind.FINANCIAL in _kinds(
        "Darf ich unsere Quartalszahlen vor der Veröffentlichung posten?"
    )
    assert Kind.FINANCIAL not in _kinds("Can I share our published revenue numbers?")


def test_german_drafts_with_english_words_the_word_lists_did_not_know() -> None:
    assert Kind.PERSONNEL in _kinds("Krass, heute wurde unser Teamlead einfach gefeuert 🤷")
    assert Kind.UNRELEASED in _kinds(
        "Kleiner Spoiler: Nächstes Quartal bringen wir ein richtig großes KI-Feature raus 🚀"
    )
    assert Kind.UNRELEASED in _kinds("Next quarter we're launching our biggest feature yet!")
    assert Kind.UNRELEASED not in _kinds("Spoiler alert: the finale of that show is amazing")


def test_a_supervisor_asking_their_team_asks_subordinates() -> None:
    clause = _clause_of(
        "Yes, a union member may ask another member to contribute to the union's PAC, as long "
        "as the other member is not a subordinate.",
        heading="May I ask a fellow union member to contribute to our union's PAC?",
    )
    team = assess(clause, "I'm a supervisor. Can I ask my team to contribute to our union's PAC?")
    assert team.effect is Effect.PROHIBITS
    german = assess(
        clause,
        "Ich bin Abteilungsleiter. Darf ich mein Team fragen, ob sie an die Gewerkschafts-PAC "
        "spenden?",
    )
    assert german.effect is Effect.PROHIBITS
    fellow = assess(clause, "Can I ask a fellow union member to contribute to our union's PAC?")
    assert fellow.effect is Effect.PERMITS


def test_not_on_duty_in_german_does_not_put_a_question_at_work() -> None:
    assert names_workplace("Darf ich das im Dienst posten?")
    assert not names_workplace("Darf ich einen Leserbrief schreiben? Natürlich nicht im Dienst.")
    assert not names_workplace("Ich poste das nie im Dienst.")


def test_the_office_a_candidate_runs_for_is_no_matter_a_rule_limits_by() -> None:
    def left(text: str) -> str:
        return _OFFICE_SOUGHT.sub(" ", text)

    assert "Senate" not in left("Can I donate to a Senate candidate from home?")
    assert "presidential" not in left("Can I volunteer for a presidential campaign?")
    # Those the Senate confirmed, or the Senate itself, stay.
    for kept in (
        "I was confirmed by the Senate. Can I speak at a rally?",
        "As a Senate-confirmed appointee, can I attend?",
        "Can I hand out flyers in the Senate committee's office?",
    ):
        assert left(kept) == kept


def test_left_out_words_are_content_not_a_skipped_step() -> None:
    assert "confidential" not in _LEFT_OUT.sub(" ", "a pic of my desk, nothing confidential on it")
    assert "interne" not in _LEFT_OUT.sub(" ", "Fotos vom Offsite, ohne interne Sachen")
    for kept in (
        "Can I post it without approval?",
        "Darf ich antworten, ohne vorher wen zu fragen?",
        "Can I email an analyst without copying Investor Relations?",
        "Darf ich den Kunden nennen, obwohl es keine veröffentlichte Fallstudie gibt?",
    ):
        assert _LEFT_OUT.sub(" ", kept) == kept


def test_what_the_asker_promises_to_leave_out_is_content_too() -> None:
    def left(text: str) -> str:
        return _LEFT_OUT.sub(" ", text)

    assert "trash" not in left("Can I compare us if I stick to our strengths and don't trash them?")
    assert "attend" not in left("if I say she is speaking and don't ask anyone to attend, ok?")
    # Asking people for money is an act left out, not a yes asked for.
    assert "money" not in left("Can I speak at a fundraiser without asking for money?")
    assert "agency" not in left("Can I put up a sign if I keep my agency's name off it?")
    assert "sensiblen" not in left("Darf ich posten, wenn ich keine sensiblen Infos nenne?")
    german = left("Darf ich hin, wenn ich außer Dienst bin und meine Behörde nicht erwähne?")
    assert "Behörde" not in german and "außer Dienst" in german
    # "nicht" that says what the thing is names it: nothing is left out.
    named = "Und darf ich dabei die noch nicht veröffentlichten Testergebnisse erwähnen?"
    assert left(named) == named
    for kept in (
        "Can I post it if I don't ask my manager?",
        "Can I post it if I don't tell anyone?",
        "Can I post it without informing my manager?",
    ):
        assert left(kept) == kept


def test_what_the_asker_takes_out_first_is_left_out_too() -> None:
    def left(text: str) -> str:
        return _LEFT_OUT.sub(" ", text)

    handle = left("If I take GitLab out of my display name, can I say in my bio that I work there?")
    assert "display name" not in handle and "bio" in handle
    assert "keys" not in left("If I remove the API keys first, can I share the repo?")
    assert "Namen" not in left("Wenn ich den Namen des Kunden rausnehme, darf ich das posten?")
    # Asking to remove something is the act itself, not a premise.
    for kept in ("Can I remove a colleague's name from my post?", "Darf ich den Post löschen?"):
        assert left(kept) == kept


def test_doing_instead_what_a_sentence_says_to_do_instead_is_allowed() -> None:
    told = (
        "If you are contacted by a reporter, you should not respond and, instead, forward the "
        "question to the Director, Corporate Communications via the #external-comms channel."
    )
    assert does_as_told(told, "Can I forward the reporter's question to #external-comms?")
    assert not does_as_told(told, "Can I respond to the reporter and forward it too?")
    assert not does_as_told(told, "Can I respond to the reporter?")


def test_the_formal_register_asks_for_a_decision() -> None:
    assert asks_permission("Kindly clarify whether I am authorised to respond to the enquiry.")
    assert asks_permission(
        "Would my service as an election official be consistent with the Hatch Act?"
    )
    assert asks_permission("Would it be in order for me to state this in a blog post?")
    assert asks_permission("Is sharing it in accordance with policy?")
    # … but a question about what a policy says is still a question for information.
    assert not asks_permission("What does the policy say about enquiries from journalists?")


def test_what_something_may_be_considered_is_no_leave() -> None:
    considered = "An election designated as nonpartisan may still be considered a partisan one."
    assert sentence_effect(considered) is Effect.INFORMS
    assert sentence_effect("Employees may still attend the rally.") is Effect.PERMITS


def test_chat_slang_asks_for_a_decision() -> None:
    assert asks_permission("ngl kinda wanna drop an honest glassdoor review, is that chill?")
    assert asks_permission("a reporter hit me up on email, cool if i answer her?")
    assert asks_permission("can i slap a sign in my front yard or nah")
    assert asks_permission("gonna tweet a pic w/o alt text, no biggie right?")


def test_a_question_about_ones_own_run_is_not_answered_by_a_heading_about_another_act() -> None:
    brochures = "May I distribute brochures for a political party to people arriving at a polls?"
    own = "Can I stand as a candidate of a political party in the municipal election?"
    assert own_run_unanswered(brochures, own)
    assert own_run_unanswered(brochures, "Can I run as my party's candidate for mayor?")
    # A heading about running or about an office may answer it.
    assert not own_run_unanswered("Can I hold party office?", "Can I run for party chair?")
    assert not own_run_unanswered("May I be a candidate in a partisan primary?", own)
    # … and a question about someone else's run is not one about one's own.
    assert not own_run_unanswered(brochures, "Can I hand out brochures for my candidate?")
    # Party office answers a run for an office within the party, not a public race.
    party = "Can I hold party office?"
    assert own_run_unanswered(party, "Can I run as a party's candidate in the municipal election?")
    assert not own_run_unanswered(party, "Can I run for an office within my political party?")
    assert not own_run_unanswered(party, "May I run for a seat on my party's state committee?")
    # A nonpartisan race answers no run as a party's candidate.
    nonpartisan = "I want to run for an office that is designated as nonpartisan. May I do so?"
    assert own_run_unanswered(nonpartisan, "Can I run in the county election as a party candidate?")
    assert not own_run_unanswered(
        nonpartisan, "Can I run in the school board election? It is nonpartisan."
    )


def test_asking_whether_one_does_it_right_asks_for_a_decision() -> None:
    assert asks_permission("If I forward it to press@gsa.gov and don't reply, am I doing it right?")
    assert asks_permission("Any concerns?")
    assert asks_permission("Spricht etwas dagegen?")
    assert asks_permission("Would anyone mind if I volunteered for a campaign on weekends?")
    assert asks_permission("Wäre es schlimm, wenn ein Wahlplakat im Hintergrund zu sehen ist?")


def test_a_supposed_scene_names_its_matter_in_the_present_tense() -> None:
    # "Suppose a reporter DMs me …" names a press inquiry as "A reporter DMed me" does.
    assert Kind.MEDIA in _kinds("Suppose a reporter DMs me on Twitter asking about our delays.")
    assert Kind.MEDIA in _kinds("Angenommen, eine Journalistin fragt mich nach der Roadmap.")
    assert Kind.MEDIA not in _kinds("My colleague DMs me about the reporter's article.")
    # What an unnamed customer told or plans is theirs to tell.
    assert Kind.CUSTOMER in _kinds(
        "A customer mentioned on a call that they're moving all their teams to GitLab."
    )
    assert Kind.CUSTOMER in _kinds("Ein Kunde hat mir erzählt, dass er zu uns wechselt.")
    assert Kind.CUSTOMER not in _kinds("Customers can read our published case studies.")


def test_answering_a_press_inquiry_oneself_names_it() -> None:
    assert Kind.MEDIA in _kinds("Presseanfrage selbst beantworten?")
    assert Kind.MEDIA in _kinds("Can I answer a press inquiry myself?")
    assert Kind.MEDIA not in _kinds("Press inquiries go to the communications team.")


def test_a_limit_rules_out_only_what_it_names_beside_a_yes() -> None:
    clause = _clause_of(
        "In general, feel free to ask questions and talk about already-public information "
        "about your project. Be careful to limit your tweet or retweet to only sharing facts "
        "rather than encouraging people or GSA employees to attend a conference.",
        heading="Social media",
    )
    assert assess(clause, "Can I tweet about my project?").effect is Effect.PERMITS
    urging = "Can I tweet about my project urging everyone to sign up for the conference?"
    assert assess(clause, urging).effect is Effect.PROHIBITS


def test_a_yes_for_official_accounts_is_none_for_a_personal_one() -> None:
    official = (
        "From an official GSA account, tweets or retweets from a group highlighting a GSA "
        "principal's appearance on a program are fine."
    )
    assert _for_official_accounts_only(official, "Can I retweet it from my personal account?")
    assert not _for_official_accounts_only(official, "Can the official account retweet it?")
    assert not _for_official_accounts_only(
        "Tweets highlighting an appearance are fine.", "Can I retweet it from my personal account?"
    )


def test_a_yes_headed_by_advice_for_oneself_is_none_for_someone_elses_things() -> None:
    assert _for_oneself_only("DO protect yourself", "Can I post my coworker's phone number?")
    assert _for_oneself_only(
        "DO protect yourself", "Darf ich die Telefonnummer meines Kollegen posten?"
    )
    assert not _for_oneself_only(
        "DO protect yourself", "Can I share my location tag after I leave?"
    )
    assert not _for_oneself_only(
        "DO disclose that you're a team member", "Can I post my coworker's number?"
    )


def test_before_it_is_public_is_weighed_against_a_rule_on_non_public_information() -> None:
    clause = _clause_of(
        "In general, feel free to talk about already-public information about your project. "
        "Always use discretion when posting to make sure you aren't sharing any sensitive or "
        "non-public information. If you have any questions about whether to put something on "
        "social media, feel free to ask in the tweet-this channel.",
        heading="Social media",
    )

    # In a store where "public" is a common word, the non-public sentence fits these words
    # far worse than the pointer to the channel; it still speaks to "before they are public".
    def weight(stem: str) -> float:
        return 0.2 if stem.startswith("public") else 1.0

    early = assess(clause, "Can I put the findings on social media before they are public?", weight)
    assert early.effect is Effect.PROHIBITS
    assert "non-public" in early.quote
    published = assess(clause, "Can I put the published findings on social media?", weight)
    assert published.effect is not Effect.PROHIBITS


def test_a_clause_saying_its_team_does_it_needs_them_for_doing_it_oneself() -> None:
    clause = _clause_of(
        "You might need to tell all of TTS about a policy reminder. To send, reach out to us in "
        "the outreach channel. We will: copyedit the message, get approvals, email all of TTS.",
        heading="How to make TTS-wide announcements",
    )
    informs = Assessment(clause, Effect.INFORMS, "Policy changes or reminders", [])
    theirs = _theirs_to_do(informs)
    assert theirs.effect is Effect.REQUIRES_APPROVAL
    assert theirs.quote == "To send, reach out to us in the outreach channel."
    # A clause with a rule of its own keeps it.
    permits = replace(informs, effect=Effect.PERMITS)
    assert _theirs_to_do(permits) is permits


def test_a_heading_asking_in_the_alternative_is_asked_by_either_and_light_verbs_tell_nothing() -> (
    None
):
    weight = {"make": 9.0, "organization": 5.0, "contribution": 3.0, "campaign": 2.0}.get
    heading = (
        "Can I make a contribution to the campaign of a partisan candidate, or to a political "
        "party or organization?"
    )
    asked = set(tokenize("Can I donate to a candidate? contribution"))
    assert not heading_unasked(heading, asked, lambda stem: weight(stem, 1.0))
    # None of its alternatives asked: another question.
    assert heading_unasked(heading, set(tokenize("Can I wear a button?")), lambda s: 1.0)


def test_a_stand_in_for_whoever_is_no_telling_word_of_a_heading() -> None:
    weight = {"someones": 9.0, "volunteer": 3.0, "campaign": 2.0}.get
    heading = "Can I volunteer for someones campaign?"
    asked = set(tokenize("Can I volunteer on her state senate campaign on weekends?"))
    assert not heading_unasked(heading, asked, lambda stem: weight(stem, 1.0))
    assert heading_unasked(heading, set(tokenize("Can I wear a button?")), lambda s: 1.0)


@pytest.mark.parametrize(
    ("heading", "question", "unasked"),
    [
        (
            "I am a Hatch Act covered employee and a supervisor; can I ask my staff to "
            "volunteer for the governors campaign?",
            "A friend. Can I volunteer on her state senate campaign on weekends?",
            True,
        ),
        (
            "May a Presidential appointee (PAS) ask his chief of staff (or any other subordinate "
            "employee) to contact a political party?",
            "Can our office holiday party include a speech by a Senate candidate?",
            True,
        ),
        # Someone above or below the asker is in the question: the heading may be theirs.
        (
            "I am a Hatch Act covered employee and a supervisor; can I ask my staff to "
            "volunteer for the governors campaign?",
            "Can I ask my team to volunteer for the campaign?",
            False,
        ),
        (
            "May a PAS ask his executive assistant (or any other subordinate employee) to attend "
            "a political party meeting?",
            "I'm a Senate-confirmed appointee. Can I ask my executive assistant to go instead?",
            False,
        ),
        (
            "May a federal employee send or forward a partisan political email to subordinate "
            "employees?",
            "My boss forwarded me a campaign email. Was that okay?",
            False,
        ),
        ("Can I volunteer for someones campaign?", "Can I volunteer on weekends?", False),
    ],
)
def test_a_heading_about_enlisting_ones_staff_and_a_question_with_no_rank_in_it(
    heading: str, question: str, unasked: bool
) -> None:
    assert staff_unasked(heading, question) is unasked
    assert another_matter(heading, question) is unasked


def test_a_pronoun_in_the_asking_sentence_stands_for_the_scene_not_the_clause() -> None:
    clause = _clause_of(
        "A covered employee may assist his spouse with addressing envelopes or cleaning the "
        "venue. The covered employee, however, cannot suggest his co-worker(s) if his spouse "
        "does not know them well enough to include them of his or her own accord.",
        heading="My spouse is hosting a political fundraiser. Can I assist with the event?",
    )
    question = (
        "My wife is hosting a fundraiser and asked me to address the invitation envelopes. "
        "Can I help her?"
    )

    def weight(stem: str) -> float:
        return 0.2 if stem in {"his", "her", "them", "can", "cover", "covered", "employe"} else 1.0

    helping = assess(clause, question, weight, asking="Can I help her?")
    assert helping.effect is Effect.PERMITS
    assert "addressing envelopes" in helping.quote
    # A question that asks about co-workers in so many words still meets the no.
    naming = assess(
        clause,
        "My wife is hosting a fundraiser. Can I suggest my co-workers for her invitation list?",
        weight,
        asking="Can I suggest my co-workers for her invitation list?",
    )
    assert naming.effect is Effect.PROHIBITS


def test_a_yes_to_giving_ones_own_money_is_none_for_asking_others_for_theirs() -> None:
    clause = _clause_of(
        "Yes. A federal employee may contribute to the campaign of a partisan candidate, "
        "provided the employee does not do so while on duty or in the federal workspace.",
        heading="Can I make a contribution to the campaign of a partisan candidate?",
    )
    assert assess(clause, "Can I donate to a candidate from home?").effect is Effect.PERMITS
    for asking in (
        "Can I ask people for campaign donations on weekends?",
        "Can I ask my neighbors to donate to the campaign?",
        "Darf ich am Wochenende Spenden sammeln?",
    ):
        assert assess(clause, asking).effect is Effect.INFORMS, asking


def test_of_two_rules_on_the_question_the_one_that_fits_it_clearly_better_decides() -> None:
    mimicking = Assessment(
        _clause_of("Do not use the GitLab logo as your profile picture.", "Mimicking"),
        Effect.PROHIBITS,
        "Do not use the GitLab logo as your profile picture.",
        [],
        fit=0.26,
    )
    quote = (
        "Company logos and service marks are registered trademarks requiring explicit "
        "permission before use."
    )
    third_party = Assessment(
        _clause_of(quote, "DON'T use third-party materials"),
        Effect.REQUIRES_APPROVAL,
        quote,
        [],
        fit=0.38,
    )
    question = set(tokenize("Can I use a customer's logo in my LinkedIn post?"))
    ruled = question & set(tokenize(mimicking.quote))
    assert _clearly_better_rule(mimicking, [third_party], ruled) is third_party
    # About as close is not clearly better: the top rule stands (a stricter one would win).
    close = replace(third_party, fit=0.3)
    assert _clearly_better_rule(mimicking, [close], ruled) is None
    # Nor does a rule that leaves out a word the top one speaks to ("profile picture").
    asked = set(tokenize("Can I use a customer's logo as my profile picture?"))
    assert (
        _clearly_better_rule(mimicking, [third_party], asked & set(tokenize(mimicking.quote)))
        is None
    )
    # A yes is no rule here (the twice-as-well check above is for that).
    permit = replace(third_party, effect=Effect.PERMITS)
    assert _clearly_better_rule(mimicking, [permit], ruled) is None


def test_a_question_naming_public_and_not_yet_public_things_meets_the_non_public_rule() -> None:
    clause = _clause_of(
        "In general, feel free to share public GitHub repos and talk about already-public "
        "information about your project. Always use discretion when posting to make sure you "
        "aren't sharing any sensitive or non-public information.",
        heading="Social media",
    )
    public = assess(clause, "Can I share our public repo on Mastodon?")
    assert public.effect is Effect.PERMITS
    both = assess(
        clause, "Can I share our public repo on Mastodon and mention the unpublished test results?"
    )
    assert both.effect is Effect.PROHIBITS


def test_asking_others_to_give_and_a_reporter_asking_for_an_interview_are_named() -> None:
    assert Kind.CALL_TO_ACTION in _kinds("Und darf ich meine Kollegen bitten, auch zu spenden?")
    assert Kind.CALL_TO_ACTION not in _kinds("Darf ich an einen Kandidaten spenden?")
    assert Kind.MEDIA in _kinds(
        "And if a reporter replies asking for an interview, can I answer her myself?"
    )
    assert Kind.MEDIA not in _kinds("Can I ask my manager for an interview slot?")


def test_beside_a_clause_without_a_rule_a_rule_that_fits_less_closely_still_decides() -> None:
    def assessed(effect: Effect, fit: float, heading: str) -> Assessment:
        return Assessment(_clause_of("Text.", heading), effect, "Text.", [], fit=fit)

    informs = assessed(Effect.INFORMS, 0.27, "Attending Conferences")
    rule = assessed(Effect.REQUIRES_APPROVAL, 0.18, "Customer Information")
    assert OfflineJudge._deciding([informs, rule]) is rule
    # Beside a yes, a no must fit about as closely (three quarters) to overrule it.
    permits = replace(informs, effect=Effect.PERMITS)
    assert OfflineJudge._deciding([permits, rule]) is permits
    # … and a rule that barely speaks to the question decides nothing either way.
    assert OfflineJudge._deciding([informs, replace(rule, fit=0.1)]) is informs


def test_an_alternative_the_rule_offers_is_a_yes_when_the_question_names_it() -> None:
    clause = _clause_of(
        "Internet content is typically copyright protected. Always obtain permission before "
        "using others' content in your posts. Alternatives when permission isn't available:\n"
        "Link to the original content instead of copying it\n"
        "Use permissively-licensed resources like Unsplash for images\n"
        "When uncertain about usage rights, consult the legal channel.",
        heading="DON'T use third-party materials without permission from the owner",
    )

    def weight(stem: str) -> float:
        return 2.0 if stem == "unsplash" else 1.0

    unsplash = assess(clause, "Can I use Unsplash photos in my posts?", weight)
    assert unsplash.effect is Effect.PERMITS
    assert "Unsplash" in unsplash.quote
    other = assess(clause, "Can I use a photographer's content in my posts?", weight)
    assert other.effect is Effect.REQUIRES_APPROVAL


def test_days_off_are_off_work() -> None:
    rule = Assessment(
        _clause_of("Employees may not engage in political activity while on duty.", "Note"),
        Effect.PROHIBITS,
        "Employees may not engage in political activity while on duty.",
        [],
    )
    assert _at_work_rule_off_work(rule, "Can I volunteer for a campaign on my days off?")
    assert _at_work_rule_off_work(rule, "Darf ich an meinen freien Tagen Wahlkampf machen?")
    assert not _at_work_rule_off_work(rule, "Can I volunteer for a campaign?")


def test_german_forms_of_tweeting_and_posting_are_about_communication() -> None:
    assert about_communication("Darf ich die Ergebnisse aus dem Projekt meines Kollegen twittern?")
    assert about_communication("Ich habe das gestern getwittert. War das okay?")
    assert about_communication("Ich habe das Foto gepostet. Ist das ein Problem?")
    assert not about_communication("Darf ich mein Auto in der Tiefgarage parken?")


def test_whose_it_is_is_no_concept_of_a_question() -> None:
    # "my profile" shares "my" with "… for my official email account?", a heading about
    # partisan profile pictures: no matter a rule limits.
    concepts = _concepts(Query("Can I list GitLab as my employer on my profile?"), lambda t: 1.0)
    stems = set().union(*(found for found, _weight in concepts))
    assert not stems & set(tokenize("my mein our"))
    assert stems & set(tokenize("profile")) and stems & set(tokenize("employer"))


def test_auxiliaries_and_question_words_are_no_concept_of_a_question() -> None:
    # "who's been at TTS for two weeks" shares "been" with "if you've been asked to speak at an
    # event and may need approval": no matter a rule could limit a yes to pitch a post with.
    question = "As a new hire who's been at TTS for two weeks, can I pitch a post for the blog?"
    stems = set().union(*(found for found, _weight in _concepts(Query(question), lambda t: 1.0)))
    assert not stems & set(tokenize("been who has have does"))
    assert stems & set(tokenize("pitch")) and stems & set(tokenize("weeks"))


def test_each_further_question_of_a_message_is_asked_alone() -> None:
    message = (
        "Zwei Fragen: Darf ich über veröffentlichte Ergebnisse twittern? Und darf das offizielle "
        "Konto schreiben, dass das unser Lieblingsprojekt ist?"
    )
    assert _further_questions(message) == [
        "darf das offizielle Konto schreiben, dass das unser Lieblingsprojekt ist?"
    ]
    english = "Can I post live? And can the 18F account call it our favorite event? Thanks!"
    assert _further_questions(english) == ["can the 18F account call it our favorite event?"]
    # One question, or a second that asks for no permission: nothing further to ask.
    assert _further_questions("My talk is tomorrow. Can I post live?") == []
    assert _further_questions("Can I post live? What happens if I don't?") == []
    # A message of many questions (a pasted FAQ, 50,000 characters) is judged a bounded number
    # of times.
    many = " ".join(f"Can I post item {n}?" for n in range(2000))
    assert len(_further_questions(many)) == 3


def test_a_rule_against_urging_people_to_come_leaves_a_question_that_urges_no_one() -> None:
    clause = _clause_of(
        "If you or someone is speaking at an event, it is okay to pre-plan or post live to "
        "social media while at an event. Be careful to limit your tweet or retweet to only "
        "sharing facts rather than encouraging people or employees to attend a conference.",
        heading="Social media",
    )
    live = assess(clause, "Can I live-tweet my colleague's talk at a conference?")
    assert live.effect is Effect.PERMITS
    assert "post live" in live.quote
    urging = assess(clause, "Can I tweet 'sign up and come to our conference talk'?")
    assert urging.effect is Effect.PROHIBITS


def test_collecting_donations_and_a_journalist_who_wrote_are_named_in_german() -> None:
    collecting = (
        "Darf ich während meines Urlaubs Spenden für den Wahlkampf einer Kandidatin sammeln?"
    )
    assert Kind.CALL_TO_ACTION in _kinds(collecting)
    assert Kind.CALL_TO_ACTION not in _kinds("Darf ich im Urlaub an eine Kandidatin spenden?")
    assert Kind.MEDIA in _kinds("Eine Journalistin hat mir geschrieben. Darf ich antworten?")
    assert Kind.MEDIA in _kinds("Ein Reporter hat mir gestern eine Mail geschickt. Und nun?")
    assert Kind.MEDIA not in _kinds("Meine Kollegin hat mir geschrieben. Darf ich antworten?")


def test_a_yes_to_giving_is_none_for_collecting_donations_in_german() -> None:
    clause = _clause_of(
        "Yes. A federal employee may contribute to the campaign of a partisan candidate.",
        heading="Can I make a contribution to the campaign of a partisan candidate?",
    )
    giving = assess(clause, "Darf ich im Urlaub an den Wahlkampf einer Kandidatin spenden?")
    assert giving.effect is Effect.PERMITS
    collecting = "Darf ich im Urlaub Spenden für den Wahlkampf einer Kandidatin sammeln?"
    assert assess(clause, collecting).effect is not Effect.PERMITS


def test_a_security_weakness_found_is_a_crisis_matter() -> None:
    weakness = "Can I describe online a security weakness we found in a partner agency's system?"
    assert Kind.CRISIS in _kinds(weakness)
    assert Kind.CRISIS in _kinds(
        "Darf ich über eine Sicherheitsschwäche in unserem Portal bloggen?"
    )
    assert Kind.CRISIS not in _kinds("Can I write about how we strengthened our security culture?")


def test_one_s_own_take_is_the_commentary_a_must_without_sentence_rules_out() -> None:
    clause = _clause_of(
        "Comments about our published financial results must be shared without personal "
        "commentary.",
        heading="DO distinguish personal views",
    )
    for asked in (
        "Once our quarterly results are published tomorrow, can I post my own take on them?",
        "Can I add my opinion when I share our published financial results?",
        "Darf ich meine Einschätzung zu unseren veröffentlichten Ergebnissen posten?",
    ):
        assert assess(clause, asked).effect is Effect.PROHIBITS, asked
    plain = "Can I share our published financial results on LinkedIn?"
    assert assess(clause, plain).effect is not Effect.PROHIBITS


def test_what_goes_live_is_published_for_an_only_from_published_condition() -> None:
    only = "Only share customer information from published case studies."
    for asked in (
        "As soon as the case study with our customer goes live, may I share their story?",
        "The case study with our customer is live now. May I share their story?",
    ):
        assert qualifier_met(only, asked), asked
    before = "May I share our customer's story before the case study goes live?"
    assert not qualifier_met(only, before)
    assert not qualifier_met(only, "May I share our customer's story in a case study?")


def test_how_many_customers_we_won_is_a_business_figure() -> None:
    assert Kind.FINANCIAL in _kinds("Can I post how many customers we won last quarter?")
    assert Kind.FINANCIAL in _kinds(
        "Darf ich posten, wie viele Kunden wir im letzten Quartal gewonnen haben?"
    )
    assert Kind.FINANCIAL in _kinds("Can I tweet our customer count?")
    assert Kind.FINANCIAL not in _kinds("How many customers came to our booth? Can I post it?")
    assert Kind.FINANCIAL not in _kinds("Darf ich posten, wie viele Kunden uns besucht haben?")


def test_a_finding_s_topic_is_the_rule_behind_a_top_clause_that_states_none() -> None:
    consider = _clause_of(
        "Team members should also consider that revenue figures and financial results can be "
        "used to figure a financial value of the company.",
        heading="Financial",
    )
    confidential = _clause_of(
        "Never post non-public revenue figures or financial results.",
        heading="DON'T share confidential information",
    ).model_copy(update={"clause_id": "confidential"})

    def topic(second: Clause) -> Clause:
        return _topic_of(Kind.FINANCIAL, consider, second)

    assert topic(confidential) is confidential
    # A rule that only mentions the matter in passing does not fit about as well: it stays behind.
    images = _clause_of(
        "Images of others must not be used without a licence; otherwise the company may face "
        "claims, some of them financial.",
        heading="Copyright",
    ).model_copy(update={"clause_id": "images"})
    assert topic(images) is consider
    # Behind it only another description: the nearest one stays.
    history = _clause_of(
        "Our financial history is told in the annual report.", heading="History"
    ).model_copy(update={"clause_id": "history"})
    assert topic(history) is consider


def test_the_next_clause_when_the_first_is_another_matter_may_rank_tenth() -> None:
    def hit(cid: str, heading: str, dense: int, lexical: int) -> SearchHit:
        return SearchHit(
            clause=_qa(cid, heading), score=0.0, dense_rank=dense, lexical_rank=lexical
        )

    staff = hit("staff", "May an elected official ask subordinate employees to help?", 3, 5)
    own_run = hit("run", "If I run as a candidate in a nonpartisan election, may I …?", 5, 6)
    leave = hit("leave", "Does the Hatch Act still apply to me if I take leave?", 6, 10)
    retriever = SimpleNamespace(term_weight=lambda term: 1.0, first_by_own_words=lambda t: None)
    judge = OfflineJudge(retriever, None, None)  # type: ignore[arg-type]  # weights and cache

    def first(leave_hit: SearchHit) -> str:
        query = Query(
            "I'm on leave all of next month to help a campaign. Can I ask people for donations "
            "during that time?"
        )
        query.assessed["staff"] = Assessment(staff.clause, Effect.INFORMS, "It is coercive.", [])
        query.assessed["run"] = Assessment(own_run.clause, Effect.PERMITS, "Yes.", [])
        query.assessed["leave"] = Assessment(
            leave.clause, Effect.PROHIBITS, "He may not solicit contributions on leave.", []
        )
        return judge._relevant([staff, own_run, leave_hit], query)[0].clause.clause_id

    assert first(leave) == "leave"
    # Both retrievers must rank it in their first OTHER_MATTER_RANK.
    far = leave.model_copy(update={"lexical_rank": OTHER_MATTER_RANK + 1})
    assert first(far) == "staff"


def test_the_finding_of_a_worked_example_answers_the_question_that_is_its_scene() -> None:
    clause = _clause_of(
        "Generally, all federal employees may discuss current events at work.\n\n"
        "Example 1: While on their lunch break, several employees discuss a recent proposal to "
        "eliminate their agency. The proposal was made by a candidate for partisan political "
        "office. However, the candidate's name does not come up during the discussion. Even "
        "though this proposal was made by a candidate, nothing about this discussion suggests "
        "that it is political activity prohibited by the Hatch Act.\n\n"
        "Example 2: The day before the election, an employee emails an editorial to everyone "
        "in his office, urging a vote against the candidate. This is political activity "
        "prohibited by the Hatch Act.",
        heading="May federal employees express their views about current events at work?",
    )
    lunch = (
        "Over lunch today, can my coworkers and I talk about the proposal to eliminate our agency?"
    )
    assert assess(clause, lunch).effect is Effect.PERMITS
    editorial = (
        "The day before the election, can I email an editorial to everyone in my office, urging "
        "a vote against the candidate?"
    )
    assert assess(clause, editorial).effect is Effect.PROHIBITS


def test_a_rule_on_what_a_yes_presumes_does_not_reach_a_question_that_asks_only_the_yes() -> None:
    yes = (
        "If you or someone is speaking at an event, it is okay to pre-plan or post live to "
        "social media while at an event."
    )
    rule = "This is where you go if you want to speak at an event and may need approval."
    assert rules_the_premise(yes, rule, "Can I post live about her talk?")
    assert rules_the_premise(yes, rule, "Can I tweet live from the conference where she speaks?")
    # A question that asks to do what the yes presumes asks what the rule rules on.
    assert not rules_the_premise(yes, rule, "Can I speak at a conference next month?")
    # A yes without a premise, or a rule on something else, is left as it is.
    assert not rules_the_premise("It is okay to post live.", rule, "Can I post live?")
    other = "Posts about an event must not encourage people to attend."
    assert not rules_the_premise(yes, other, "Can I post live about her talk?")


def test_a_question_that_predicts_nothing_is_not_ruled_by_a_rule_against_predicting() -> None:
    def assessed(heading: str, quote: str, effect: Effect, *, detected: bool = False) -> Assessment:
        clause = _clause_of(quote, heading).model_copy(update={"clause_id": heading})
        return Assessment(clause, effect, quote, [], detected=detected)

    forward = assessed(
        "DON'T speculate",
        "Team members must not speculate or add forward-looking statements.",
        Effect.PROHIBITS,
    )
    legal = assessed(
        "DON'T share legal information",
        "All legal matters require explicit approval from the Legal team.",
        Effect.REQUIRES_APPROVAL,
    )
    settled = "Once the lawsuit against us is settled, can I tweet about how it went?"
    assert _no_forecast_asked([forward, legal], settled) == [legal]
    # A question that predicts, or the rule found by a detector in it, keeps it.
    predicting = "Once the lawsuit is settled, can I tweet that our stock will go up?"
    assert _no_forecast_asked([forward, legal], predicting) == [forward, legal]
    detected = replace(forward, detected=True)
    assert _no_forecast_asked([detected, legal], settled) == [detected, legal]
    # Nothing else to answer: it stays.
    assert _no_forecast_asked([forward], settled) == [forward]


def test_a_bare_entry_on_top_does_not_hold_back_the_yes_beside_it() -> None:
    launched = Assessment(
        _clause_of("What we launched", "Grand idea project launch"),
        Effect.INFORMS,
        "What we launched",
        [],
        fit=0.4,
    )
    yes_clause = _clause_of(
        "Feel free to talk about already-public information about your project.", "Social media"
    ).model_copy(update={"clause_id": "social"})
    yes = Assessment(yes_clause, Effect.PERMITS, yes_clause.text, [], fit=0.18)
    hits = [
        SearchHit(clause=launched.clause, score=0.0, dense_rank=2, lexical_rank=1),
        SearchHit(clause=yes.clause, score=0.0, dense_rank=1, lexical_rank=4),
    ]
    assert OfflineJudge._answering(launched, [launched, yes], hits) is yes
    # A stated description on top that fits twice as well still holds it back.
    described = replace(launched, quote="We describe what we launched in the post.")
    assert OfflineJudge._answering(described, [described, yes], hits) is None


def test_answering_a_journalist_s_questions_is_a_press_matter() -> None:
    assert Kind.MEDIA in _kinds(
        "Darf ich einer Journalistin per E-Mail ein paar Fragen zu unserem Projekt beantworten?"
    )
    assert Kind.MEDIA in _kinds("Can I answer a reporter's questions about my project?")
    assert Kind.MEDIA not in _kinds("Darf ich einer Kollegin ein paar Fragen beantworten?")
    assert Kind.MEDIA not in _kinds("Can I answer a customer's questions about my project?")


def test_a_yes_for_oneself_is_none_for_the_number_of_someone_named_before() -> None:
    assert _for_oneself_only("DO protect yourself", "Can I share her private phone number?")
    assert _for_oneself_only("DO protect yourself", "Darf ich ihre Handynummer teilen?")
    assert not _for_oneself_only("DO protect yourself", "Can I share my home address?")


def test_a_qa_yes_whose_heading_asks_the_question_answers_beside_a_description() -> None:
    rule = _qa("soliciting", "Does the Hatch Act prohibit me from soliciting contributions?")
    describes = Assessment(
        rule, Effect.INFORMS, "The Hatch Act prohibits forwarding an e-mail at home.", [], fit=0.4
    )
    giving = _qa("giving", "Can I make a contribution to the campaign of a partisan candidate?")
    yes = Assessment(giving, Effect.PERMITS, "Yes.", [], fit=0.09)
    hits = [
        SearchHit(clause=rule, score=0.0, dense_rank=7, lexical_rank=1),
        SearchHit(clause=giving, score=0.0, dense_rank=1, lexical_rank=7),
    ]
    assert OfflineJudge._answering(describes, [describes, yes], hits) is None
    assert OfflineJudge._answering(describes, [describes, yes], hits, lambda a: True) is yes
    assert OfflineJudge._answering(describes, [describes, yes], hits, lambda a: False) is None


def test_a_non_public_rule_beside_a_better_fitting_yes_keeps_back_only_what_is_named() -> None:
    clause = _clause_of(
        "If you or someone is speaking at an event, it is okay to pre-plan or post live to "
        "social media while at an event. Always use discretion when posting on social media "
        "about your work to make sure you aren't sharing any sensitive or non-public "
        "information.",
        heading="Social media",
    )
    live = "Can my team post on social media about our work live from the event?"
    assert assess(clause, live).effect is Effect.PERMITS
    internal = (
        "Can my team post on social media about our work's internal numbers live from the event?"
    )
    assert assess(clause, internal).effect is Effect.PROHIBITS


def test_a_yes_for_official_accounts_is_none_for_acting_in_one_s_official_capacity() -> None:
    official = (
        "From an official GSA account, tweets or retweets highlighting an appearance are fine."
    )
    role = "Darf ich mich in meiner dienstlichen Rolle in eine Kommentar-Diskussion einschalten?"
    assert _for_official_accounts_only(official, role)
    capacity = "Can I join a comment thread in my professional capacity as a GSA employee?"
    assert _for_official_accounts_only(official, capacity)
    # From the official account itself, in whatever capacity, the yes stands.
    account = "In my professional capacity, can I retweet it from the official TTS account?"
    assert not _for_official_accounts_only(official, account)
    assert not _for_official_accounts_only(official, "Can I retweet the Administrator's talk?")
