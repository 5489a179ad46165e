"""The clause store: one Chroma collection, embedded on disk by default or on a Chroma server."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from bot.config import Settings
from bot.errors import StoreError
from bot.models import Clause

_BATCH = 500  # Chroma limits batch sizes; stay well below


def open_client(settings: Settings) -> ClientAPI:
    """PersistentClient in the store folder, or HttpClient when a Chroma host is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    logging.getLogger("chromadb.telemetry").setLevel(logging.CRITICAL)
    if settings.chroma_host:
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        try:
            client = chromadb.HttpClient(
                host=settings.chroma_host,
                port=settings.chroma_port,
                ssl=settings.chroma_ssl,
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:
            raise StoreError(
                f"Cannot reach the Chroma server at {where}; start it "
                "or unset LEITPLANKE_CHROMA_HOST to use the embedded store."
            ) from exc
        return client
    folder = settings.resolved_store_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(folder), settings=chroma_settings)
    except Exception as exc:
        raise StoreError(
            f"Cannot open the store in {folder}; check that the folder is writable "
            "or pass another one with --store DIR."
        ) from exc


@dataclass(frozen=True)
class StoredRecord:
    clause: Clause
    embedding_hash: str


class ClauseStore:
    """Clauses with their embeddings. The collection remembers which embedder built it."""

    def __init__(self, client: ClientAPI, name: str, embeddings_name: str) -> None:
        self._client = client
        self._name = name
        self.embeddings_name = embeddings_name
        self._collection: Collection | None = None

    @property
    def collection(self) -> Collection:
        if self._collection is None:
            try:
                self._collection = self._client.get_or_create_collection(
                    self._name,
                    metadata={"hnsw:space": "cosine", "embeddings": self.embeddings_name},
                    embedding_function=None,
                )
            except Exception as exc:
                raise StoreError(
                    f"Cannot open the collection '{self._name}'; the store may be damaged, "
                    "delete it and run `leitplanke ingest` again."
                ) from exc
        return self._collection

    def built_with(self) -> str | None:
        """The embedder the stored vectors came from (None for an empty, new store)."""
        if self.count() == 0:
            return None
        return str((self.collection.metadata or {}).get("embeddings") or "") or None

    def reset(self) -> None:
        """Drop everything, for a switch of embedder (vectors of two models don't mix)."""
        with contextlib.suppress(Exception):  # absent already
            self._client.delete_collection(self._name)
        self._collection = None

    def count(self) -> int:
        return int(self.collection.count())

    def records(self) -> dict[str, StoredRecord]:
        found: dict[str, StoredRecord] = {}
        total = self.count()
        for offset in range(0, total, _BATCH):
            page = self.collection.get(
                include=["documents", "metadatas"], limit=_BATCH, offset=offset
            )
            for text, meta in zip(page["documents"] or [], page["metadatas"] or [], strict=True):
                clause = Clause.from_record(text or "", dict(meta or {}))
                found[clause.clause_id] = StoredRecord(
                    clause, str((meta or {}).get("embedding_hash") or "")
                )
        return found

    def upsert(
        self, clauses: Sequence[Clause], vectors: Sequence[Sequence[float]], hashes: Sequence[str]
    ) -> None:
        for start in range(0, len(clauses), _BATCH):
            batch = clauses[start : start + _BATCH]
            self.collection.upsert(
                ids=[c.clause_id for c in batch],
                documents=[c.text for c in batch],
                embeddings=np.asarray(vectors[start : start + _BATCH], dtype=np.float32),
                metadatas=[
                    _metadata(c, h)
                    for c, h in zip(batch, hashes[start : start + _BATCH], strict=True)
                ],
            )

    def update_metadata(self, clauses: Sequence[Clause], hashes: Sequence[str]) -> None:
        """Metadata only: the text is unchanged (else it would be re-embedded), and passing
        documents without embeddings would make Chroma call its own, downloading embedder."""
        if clauses:
            self.collection.update(
                ids=[c.clause_id for c in clauses],
                metadatas=[_metadata(c, h) for c, h in zip(clauses, hashes, strict=True)],
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _BATCH):
            self.collection.delete(ids=list(ids[start : start + _BATCH]))

    def vectors(self) -> tuple[list[str], np.ndarray]:
        """Every clause id and its embedding, rows normalised, for exact search in memory."""
        ids: list[str] = []
        rows: list[np.ndarray] = []
        for offset in range(0, self.count(), _BATCH):
            page = self.collection.get(include=["embeddings"], limit=_BATCH, offset=offset)
            ids.extend(page["ids"])
            if page["embeddings"] is not None and len(page["embeddings"]):
                rows.append(np.asarray(page["embeddings"], dtype=np.float32))
        matrix = np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)
        return ids, matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)

    def nearest(self, vector: Sequence[float], n: int) -> list[tuple[str, float]]:
        """(clause id, cosine similarity), best first."""
        # Chroma returns fewer than n results for a small or empty collection; counting first
        # would cost a second round trip per query.
        result = self.collection.query(
            query_embeddings=np.asarray([vector], dtype=np.float32),
            n_results=n,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = (result["distances"] or [[]])[0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]


def _metadata(clause: Clause, embedding_hash: str) -> dict[str, Any]:
    return {**clause.to_metadata(), "embedding_hash": embedding_hash}
