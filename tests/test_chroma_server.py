"""With a Chroma host set, the same ingest and search run against a real `chroma run` server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import StoreError
from bot.retrieval.store import open_client
from bot.services import Services


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = _free_port()
    chroma = Path(sys.executable).with_name("chroma")
    data = tmp_path_factory.mktemp("chroma-server")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("chroma run did not start within 60 s")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_ingest_and_search_through_a_chroma_server(
    knowledge: Path, chroma_server: int, tmp_path: Path
) -> None:
    settings = Settings(
        knowledge_dir=knowledge,
        data_dir=tmp_path,
        chroma_host="127.0.0.1",
        chroma_port=chroma_server,
    )
    services = Services(settings)
    assert services.ingest().embedded == 4
    assert services.ingest().embedded == 0
    hits = services.retriever.search("Darf ich Umsätze posten?", k=1)
    assert hits[0].clause.clause_id == "leitlinie:2.1"
    assert not (tmp_path / "stores").exists()  # nothing was written locally


def test_two_knowledge_folders_share_a_server_without_mixing(
    knowledge: Path, chroma_server: int, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.md").write_text("# X\n\n## Presse\n\nAnfragen weiterleiten.\n", encoding="utf-8")
    counts = []
    for folder in (knowledge, other):
        settings = Settings(
            knowledge_dir=folder, chroma_host="127.0.0.1", chroma_port=chroma_server
        )
        services = Services(settings)
        services.ingest()
        counts.append(services.store.count())
    assert counts == [4, 1]


def test_unreachable_server_gives_one_sentence() -> None:
    settings = Settings(chroma_host="127.0.0.1", chroma_port=_free_port())
    with pytest.raises(StoreError) as caught:
        open_client(settings)
    assert str(caught.value) == (
        f"Cannot reach the Chroma server at 127.0.0.1:{settings.chroma_port}; start it "
        "or unset LEITPLANKE_CHROMA_HOST to use the embedded store."
    )
