"""Hybrid search: dense (Chroma) and lexical (BM25) rankings fused by reciprocal rank."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Mapping
from pathlib import PurePosixPath

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.models import Clause, SearchHit
from bot.retrieval.embeddings import embed_queries
from bot.retrieval.expansion import QueryExpander
from bot.retrieval.lexical import PLATFORM_NAMES, LexicalIndex
from bot.retrieval.store import ClauseStore

DENSE_TERMS = 1  # bridged terms per glossary entry in the embedded query
# Up to this many clauses, dense search is exact, over the vectors held in memory: Chroma's
# approximate index, built anew, now and then left a clause out of the 40 candidates and turned
# a verdict. Beyond it, Chroma's index answers.
EXACT_MAX = 50_000
RRF_K = 60  # the usual constant; it damps the difference between rank 1 and rank 2
_WORDS = re.compile(r"[^\W\d_]+")


class HybridRetriever:
    """Finds clauses for a question; holds the clause texts in memory for BM25 and display."""

    def __init__(
        self,
        store: ClauseStore,
        embeddings: Embeddings,
        *,
        extra_stores: tuple[ClauseStore, ...] = (),
        expander: QueryExpander | None = None,
        candidates: int = 40,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
    ) -> None:
        self._stores = (store, *extra_stores)  # the guidelines, then rulings
        self._embeddings = embeddings
        self._expander = expander or QueryExpander([])
        self._candidates = candidates
        self._weights = (dense_weight, lexical_weight)
        self._clauses: dict[str, Clause] = {}
        self._lexical = LexicalIndex([], [])
        self._placed: dict[tuple[str, int], Clause] = {}
        self._exact: tuple[list[str], np.ndarray] | None = None
        self._lock = threading.Lock()
        self.generation = 0  # counts refreshes, so callers can drop what they derived
        self._vocabulary: tuple[int, Mapping[str, int]] = (-1, {})
        self.refresh()

    def refresh(self) -> None:
        """Reload clauses from the stores, after an ingest or a new ruling."""
        # Chroma's page order depends on a store's history (upserts, flushes); BM25 breaks
        # ties by position in the index, so a fixed order keeps answers reproducible.
        clauses = {
            clause.clause_id: clause
            for store in self._stores
            for clause in sorted(
                (record.clause for record in store.records().values()), key=_reading_order
            )
        }
        ids = list(clauses)
        lexical = LexicalIndex(ids, [clauses[i].embedding_text() for i in ids])
        placed = {(c.doc_id, c.position): c for c in clauses.values()}
        exact = None
        if len(clauses) <= EXACT_MAX:
            loaded = [store.vectors() for store in self._stores]
            rows = [matrix for _, matrix in loaded if len(matrix)]
            exact = (
                [cid for store_ids, _ in loaded for cid in store_ids],
                np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32),
            )
        with self._lock:
            self._clauses, self._lexical, self._placed = clauses, lexical, placed
            self._exact = exact
            self.generation += 1

    @property
    def clauses(self) -> dict[str, Clause]:
        return self._clauses

    def part_before(self, clause: Clause) -> Clause | None:
        """The part a long section's continuation ('…~2') was split from, else None."""
        before = self._placed.get((clause.doc_id, clause.position - 1))
        if (
            before is None
            or before.heading_path != clause.heading_path
            or "~" not in clause.clause_id
        ):
            return None
        return before

    def first_by_own_words(self, query: str) -> str | None:
        """The clause BM25 ranks first for the query's own words, without the glossary's."""
        found = self._lexical.search(query, 1)
        return found[0][0] if found else None

    def bridges(self, query: str) -> list[tuple[str, ...]]:
        """The glossary's bridged terms for the query, one tuple per matched entry."""
        return self._expander.bridges(query)

    @property
    def vocabulary(self) -> Mapping[str, int]:
        """The words of the clauses, lower case, with how often each occurs; the glossary's
        words and the platforms' names count once. Built on first use after each refresh."""
        with self._lock:
            generation, counted = self._vocabulary
            if generation != self.generation:
                words = Counter(
                    word.lower()
                    for clause in self._clauses.values()
                    for word in _WORDS.findall(f"{clause.heading}\n{clause.text}")
                )
                for word in self._expander.words | set(PLATFORM_NAMES):
                    words[word] = words[word] or 1
                counted = words
                self._vocabulary = (self.generation, counted)
            return counted

    def term_weight(self, term: str) -> float:
        """The idf of a stem in the current clauses (see LexicalIndex.weight)."""
        return self._lexical.weight(term)

    def search(self, query: str, k: int = 5) -> list[SearchHit]:
        query = query.strip()
        if not query or not self._clauses:
            return []
        # BM25 gains from every synonym; the embedding only needs the leading terms, and
        # each extra word costs embedding time.
        dense = self._dense(
            query, self._expander.expand(query, per_entry=DENSE_TERMS, synonyms=False)
        )
        lexical = self._lexical.search(self._expander.expand(query), self._candidates)
        return fuse(dense, lexical, self._clauses, weights=self._weights)[:k]

    def _nearest(self, vector: list[float]) -> list[tuple[str, float]]:
        if self._exact is not None:
            ids, matrix = self._exact
            if not ids:
                return []
            query = np.asarray(vector, dtype=np.float32)
            scores = matrix @ (query / max(float(np.linalg.norm(query)), 1e-12))
            k = min(self._candidates, len(ids))
            top = np.argpartition(-scores, k - 1)[:k]
            order = sorted(top.tolist(), key=lambda i: (-float(scores[i]), ids[i]))
            return [(ids[i], float(scores[i])) for i in order]
        found = [hit for store in self._stores for hit in store.nearest(vector, self._candidates)]
        return sorted(found, key=lambda item: -item[1])[: self._candidates]

    def _dense(self, query: str, expanded: str) -> list[tuple[str, float]]:
        """Similarity to the question, plus to its expansion when the glossary bridged terms."""
        if expanded == query:
            return self._nearest(self._embeddings.embed_query(query))
        vector, bridged_vector = embed_queries(self._embeddings, [query, expanded])
        ranked, bridged = self._nearest(vector), self._nearest(bridged_vector)
        if not ranked or not bridged:
            return ranked or bridged
        # A clause outside one candidate list counts with that list's lowest similarity.
        first, second = dict(ranked), dict(bridged)
        floor_first, floor_second = min(first.values()), min(second.values())
        combined = {
            cid: first.get(cid, floor_first) + second.get(cid, floor_second)
            for cid in first | second
        }
        return sorted(combined.items(), key=lambda item: -item[1])


def _reading_order(clause: Clause) -> tuple[tuple[str, ...], int, str]:
    """Documents in the order ingest reads them (sorted paths), clauses in document order."""
    return PurePosixPath(clause.source).parts, clause.position, clause.clause_id


def fuse(
    dense: list[tuple[str, float]],
    lexical: list[tuple[str, float]],
    clauses: dict[str, Clause],
    *,
    weights: tuple[float, float] = (1.0, 1.0),
) -> list[SearchHit]:
    """Reciprocal rank fusion; each hit keeps its ranks and raw scores for later judgement."""
    hits: dict[str, SearchHit] = {}
    for rank, (cid, similarity) in enumerate(dense, start=1):
        if cid in clauses:
            hits[cid] = SearchHit(
                clause=clauses[cid],
                score=weights[0] / (RRF_K + rank),
                dense_rank=rank,
                dense_score=similarity,
            )
    for rank, (cid, bm25) in enumerate(lexical, start=1):
        if cid not in clauses:
            continue
        hit = hits.get(cid) or SearchHit(clause=clauses[cid], score=0.0)
        hit.score += weights[1] / (RRF_K + rank)
        hit.lexical_rank, hit.lexical_score = rank, bm25
        hits[cid] = hit
    return sorted(hits.values(), key=lambda h: (-h.score, h.clause.position, h.clause.clause_id))
