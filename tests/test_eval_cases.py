"""Case files: one file, or a folder of batches read in name order."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import EvalError
from bot.evaluation.cases import load_cases
from bot.evaluation.decisions import CaseOutcome, DecisionReport
from bot.models import Decision, Verdict
from tests.conftest import write

FIRST = """\
- id: a
  text: "Darf ich Fotos posten?"
  expected: {decision: needs_approval}
"""
SECOND = """\
- id: b
  kind: draft
  text: "Wir sind auf der Messe!"
  expected: {decision: allowed}
"""


def test_a_folder_of_case_files_is_read_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "cases", "2-later.yaml", SECOND)
    write(tmp_path / "cases", "1-first.yaml", FIRST)
    cases = load_cases(tmp_path / "cases")
    assert [c.id for c in cases] == ["a", "b"] and cases[1].kind == "draft"


def test_subfolders_are_read_too_and_named_by_their_path(tmp_path: Path) -> None:
    write(tmp_path / "cases" / "acme", "1-first.yaml", FIRST)
    write(tmp_path / "cases" / "globex", "1-first.yaml", SECOND)
    cases = load_cases(tmp_path / "cases")
    assert [(c.id, c.file) for c in cases] == [
        ("a", "acme/1-first.yaml"),
        ("b", "globex/1-first.yaml"),
    ]


def test_ids_must_be_unique_across_the_folder(tmp_path: Path) -> None:
    write(tmp_path / "cases", "1.yaml", FIRST)
    write(tmp_path / "cases", "2.yaml", FIRST)
    with pytest.raises(EvalError, match="repeated: a"):
        load_cases(tmp_path / "cases")


def test_a_folder_without_case_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvalError, match="holds no"):
        load_cases(tmp_path / "empty")


def test_the_report_gives_each_file_of_a_folder_its_own_figures(tmp_path: Path) -> None:
    write(tmp_path / "cases", "1-first.yaml", FIRST)
    write(tmp_path / "cases", "2-later.yaml", SECOND)
    cases = load_cases(tmp_path / "cases")
    said = {"a": Decision.NEEDS_APPROVAL, "b": Decision.ALLOWED}
    report = DecisionReport(
        engine="offline",
        outcomes=[
            CaseOutcome(c, Verdict(decision=said[c.id], answer="…", language="de")) for c in cases
        ],
    )
    assert {name: m["cases"] for name, m in report.by_file().items()} == {
        "1-first.yaml": 1,
        "2-later.yaml": 1,
    }
    assert "  2-later.yaml: 1 cases, decision accuracy 1.000, false permits 0" in report.lines()
    single = DecisionReport(engine="offline", outcomes=report.outcomes[:1])
    assert single.by_file() == {}
