"""Every supported format yields clauses with the structure a person sees in the document."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bot.errors import KnowledgeError
from bot.knowledge.loader import load_document, load_folder
from bot.knowledge.owners import load_owners
from bot.models import Effect
from tests.conftest import GUIDELINE, write


def ids(folder: Path, name: str) -> list[str]:
    result = load_document(folder, folder / name)
    assert result.error is None, result.error
    return [c.clause_id.split(":", 1)[1] for c in result.clauses]


def test_markdown_numbered_clauses_get_their_numbers_as_ids(knowledge: Path) -> None:
    assert ids(knowledge, "leitlinie.md") == ["1.1", "2.1", "2.2", "3.1"]


def test_markdown_sub_items_stay_with_their_clause(knowledge: Path) -> None:
    clause = load_document(knowledge, knowledge / "leitlinie.md").clauses[2]
    assert clause.number == "2.2"
    assert "(a) aus Chats" in clause.text and "(b) aus Videokonferenzen" in clause.text


def test_front_matter_sets_owner_and_effect_with_section_inheritance(knowledge: Path) -> None:
    clauses = {c.number: c for c in load_document(knowledge, knowledge / "leitlinie.md").clauses}
    assert (clauses["2.1"].owner, clauses["2.1"].effect) == ("legal", Effect.PROHIBITS)
    assert (clauses["3.1"].owner, clauses["3.1"].effect) == ("comms", Effect.REQUIRES_APPROVAL)
    assert clauses["1.1"].effect is None
    assert clauses["1.1"].version == "1.0" and clauses["1.1"].language == "de"
    assert clauses["3.1"].heading_path == ["Testleitlinie", "3 Fotos", "3.1 Werksgelände"]


def test_plain_text_with_paragraph_sign_and_lettered_items(tmp_path: Path) -> None:
    write(
        tmp_path,
        "regeln.txt",
        """\
        Social Media Regeln

        § 1 Geltung
        Diese Regeln gelten für alle Beschäftigten.

        § 2 Fotos
        (1) Fotos von Personen brauchen deren Zustimmung.
        (2) Fotos aus dem Labor sind verboten.
        """,
    )
    result = load_document(tmp_path, tmp_path / "regeln.txt")
    assert result.title == "Social Media Regeln"
    assert [c.number for c in result.clauses] == ["§1", "§2(1)", "§2(2)"]
    assert result.clauses[2].text == "(2) Fotos aus dem Labor sind verboten."


def test_html_headings_lists_and_no_scripts(tmp_path: Path) -> None:
    write(
        tmp_path,
        "policy.html",
        """\
        <html><head><title>Social Media Policy</title><script>var x = "secret";</script></head>
        <body><nav>Home | Jobs</nav>
        <h1>Social Media Policy</h1>
        <h2>Customers</h2>
        <p>Never name a customer without written consent.</p>
        <ul><li>No logos.<ul><li>Not even cropped.</li></ul></li><li>No project names.</li></ul>
        <h2>Press</h2><p>Forward press enquiries to communications.</p>
        </body></html>
        """,
    )
    result = load_document(tmp_path, tmp_path / "policy.html")
    assert result.title == "Social Media Policy"
    assert [c.heading for c in result.clauses] == ["Customers", "Press"]
    customers = result.clauses[0].text
    assert "No logos." in customers and "Not even cropped." in customers
    assert "secret" not in customers and "Home" not in customers
    assert result.clauses[0].language == "en"


def test_pdf_structure_is_recovered_from_wrapped_lines(tmp_path: Path) -> None:
    path = tmp_path / "richtlinie.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in [
        "Richtlinie Soziale Medien",
        "1 Grundsätze",
        "1.1 Beschäftigte dürfen keine vertraulichen Informationen veröffentlichen, auch",
        "nicht in Andeutungen oder in geschlossenen Gruppen.",
        "1.2 Presseanfragen gehen an die Kommunikation.",
        "2 Fotos",
        "2.1 Fotos aus der Produktion nur mit Genehmigung.",
    ]:
        pdf.drawString(60, y, line)
        y -= 18
    pdf.drawString(280, 40, "1")  # page number, not content
    pdf.save()
    result = load_document(tmp_path, path)
    assert result.error is None
    assert [c.number for c in result.clauses] == ["1.1", "1.2", "2.1"]
    assert "geschlossenen Gruppen" in result.clauses[0].text
    assert result.clauses[2].heading == "2 Fotos"


def test_docx_heading_styles_and_sidecar_metadata(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Guidelines for Social Media", level=1)
    document.add_heading("Customer projects", level=2)
    document.add_paragraph("Projects are only mentioned after the customer approved.")
    document.add_paragraph("Ask communications first.", style="List Bullet")
    document.add_heading("Recruiting", level=2)
    document.add_paragraph("Share our job ads freely.")
    document.save(str(tmp_path / "hr.docx"))
    write(
        tmp_path,
        "hr.docx.meta.yaml",
        """\
        owner: hr
        clauses:
          Customer projects: {owner: comms, effect: requires_approval}
        """,
    )
    result = load_document(tmp_path, tmp_path / "hr.docx")
    assert [c.clause_id for c in result.clauses] == ["hr:customer-projects", "hr:recruiting"]
    first, second = result.clauses
    assert "Ask communications first." in first.text
    assert (first.owner, first.effect) == ("comms", Effect.REQUIRES_APPROVAL)
    assert (second.owner, second.effect) == ("hr", None)


def test_document_without_any_metadata_still_works(tmp_path: Path) -> None:
    write(tmp_path, "raw.md", "# Regeln\n\n## Fotos\n\nKeine Fotos vom Prüfstand.\n")
    (clause,) = load_document(tmp_path, tmp_path / "raw.md").clauses
    assert clause.owner is None and clause.effect is None
    assert clause.clause_id == "raw:fotos"


def test_repeated_headings_get_distinct_ids(tmp_path: Path) -> None:
    write(tmp_path, "faq.md", "# FAQ\n\n## Example\n\nOne.\n\n## Example\n\nTwo.\n")
    assert ids(tmp_path, "faq.md") == ["example", "example~2"]


def test_long_unnumbered_sections_are_split_into_parts(tmp_path: Path) -> None:
    paragraphs = "\n\n".join(f"Rule {n}: " + "be careful online. " * 12 for n in range(8))
    write(tmp_path, "long.md", f"# Policy\n\n## What to avoid\n\n{paragraphs}\n")
    found = ids(tmp_path, "long.md")
    assert found[0] == "what-to-avoid" and found[1] == "what-to-avoid~2"
    assert all(len(c.text) <= 1400 for c in load_document(tmp_path, tmp_path / "long.md").clauses)


def _encrypted_pdf(path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="geheim", algorithm="AES-128")
    with path.open("wb") as handle:
        writer.write(handle)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", b"", "the file is empty"),
        ("notes.xlsx", b"PK\x03\x04", "unknown file type '.xlsx'"),
        ("broken.txt", b"Fotos \x81\x8d\x90 kaputt", "the text encoding is broken"),
        ("binary.txt", b"\x00\x01\x02binary", "the file is binary"),
        ("damaged.pdf", b"%PDF-1.4 this is not a pdf", "the PDF cannot be read"),
        ("damaged.docx", b"not a zip", "the Word file cannot be read"),
        ("headings.md", b"# Only\n\n## Headings\n", "no clauses found"),
        ("badmeta.md", b"---\ntitle: [unclosed\n---\n# T\n\nText.\n", "front matter is not valid"),
    ],
)
def test_bad_files_get_a_one_line_reason(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    result = load_document(tmp_path, tmp_path / name)
    assert result.error is not None and message in result.error
    assert "\n" not in result.error


def test_pdf_protected_only_against_editing_is_read(tmp_path: Path) -> None:
    path = tmp_path / "open.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(60, 800, "1.1 Fotos aus dem Labor sind verboten.")
    pdf.save()
    writer = PdfWriter(clone_from=str(path))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    with path.open("wb") as handle:
        writer.write(handle)
    (clause,) = load_document(tmp_path, path).clauses
    assert clause.number == "1.1"


def test_encrypted_pdf_is_reported_and_the_rest_is_loaded(tmp_path: Path) -> None:
    write(tmp_path, "good.md", GUIDELINE)
    _encrypted_pdf(tmp_path / "secret.pdf")
    results = {r.path.name: r for r in load_folder(tmp_path)}
    assert results["secret.pdf"].error == "the PDF is encrypted; save an unprotected copy"
    assert len(results["good.md"].clauses) == 4


def test_support_files_are_not_taken_for_guidelines(knowledge: Path) -> None:
    write(knowledge, "owners.yaml", "default: comms\nteams: {comms: {name: C}}\n")
    write(knowledge, "README.md", "# About this folder\n\nNot a guideline.\n")
    write(knowledge, ".hidden/draft.md", "# Draft\n\nText.\n")
    assert [r.path.name for r in load_folder(knowledge)] == ["leitlinie.md"]


def test_bold_only_lines_act_as_headings(tmp_path: Path) -> None:
    write(
        tmp_path,
        "policy.md",
        """\
        # Policy

        ## What to avoid

        **DON'T bash competitors**

        Highlight our strengths instead.

        **DON'T share legal information**

        Ask **legal** first.
        """,
    )
    clauses = load_document(tmp_path, tmp_path / "policy.md").clauses
    assert [c.heading for c in clauses] == [
        "DON'T bash competitors",
        "DON'T share legal information",
    ]
    assert clauses[1].heading_path == ["Policy", "What to avoid", "DON'T share legal information"]
    assert clauses[1].text == "Ask legal first."


def test_owners_may_name_who_decides_a_kind_of_finding(tmp_path: Path) -> None:
    teams = "default: comms\nteams: {comms: {name: C}, legal: {name: L}}\n"
    write(tmp_path, "owners.yaml", teams + "findings: {legal_matter: legal}\n")
    assert load_owners(tmp_path / "owners.yaml").findings == {"legal_matter": "legal"}
    write(tmp_path, "owners.yaml", teams + "findings: {legal_matter: lawyers}\n")
    with pytest.raises(
        KnowledgeError, match="findings name 'lawyers', which is not one of the teams"
    ):
        load_owners(tmp_path / "owners.yaml")


def test_files_concatenated_into_one_keep_their_own_sections(tmp_path: Path) -> None:
    write(
        tmp_path,
        "handbook.md",
        """\
        <!-- FILE: social-media.md -->
        ---
        title: Social media
        ---

        Avoid personalized statements from official accounts.

        <!-- FILE: outreach.md -->
        ---
        title: Outreach
        redirect_from:
          - /outreach/
        ---

        Outreach is responsible for the brand.

        ## Services

        Come talk to the Outreach team.

        ---

        A thematic break is no front matter.
        """,
    )
    result = load_document(tmp_path, tmp_path / "handbook.md")
    assert result.title == "Social media"
    texts = " ".join(c.text for c in result.clauses)
    assert "title:" not in texts and "redirect_from" not in texts
    first = result.clauses[0]
    assert first.text == "Avoid personalized statements from official accounts."
    outreach = next(c for c in result.clauses if c.text.startswith("Outreach is responsible"))
    assert outreach.heading == "Outreach"
    services = next(c for c in result.clauses if c.heading == "Services")
    assert services.heading_path[-2:] == ["Outreach", "Services"]
    assert "A thematic break is no front matter." in services.text


def test_words_a_dropped_dash_glued_in_a_heading_are_split_again(tmp_path: Path) -> None:
    # Copied from a web page, "employee—while on duty or in the workplace—forward" lost its
    # dashes. The body uses every part on its own, and never the glued word.
    write(
        tmp_path,
        "faq.md",
        """\
        # Hatch Act FAQ

        ## Activity in the Workplace

        ### May a federal employeewhile on duty or in the workplaceforward a partisan email?

        Yes. An employee while on duty in the workplace may forward it to a personal account.
        The employee may not forward it to others while in the workplace. A federal employee
        who does so while on duty violates the Act; the workplace rules apply to each employee.
        Whether to forward an email is the employee's choice while off duty. The workplace
        includes the office.
        """,
    )
    result = load_document(tmp_path, tmp_path / "faq.md")
    headings = {clause.heading for clause in result.clauses}
    assert (
        "May a federal employee while on duty or in the workplace forward a partisan email?"
        in headings
    )


def test_compounds_the_body_uses_and_german_headings_stay_whole(tmp_path: Path) -> None:
    write(
        tmp_path,
        "policy.md",
        """\
        # Policy

        ## Workplace conduct

        Keep the workplace civil. Work in a place where work is done; the place of work matters.
        Work, work, work: the place, the place, the place.
        """,
    )
    english = load_document(tmp_path, tmp_path / "policy.md")
    assert {c.heading for c in english.clauses} == {"Workplace conduct"}
    write(
        tmp_path,
        "leitlinie.md",
        """\
        # Leitlinie

        ## Kundennamen

        Nennen Sie keine Kunden ohne Freigabe. Kunden sind Kunden; Namen sind Namen, und Namen
        von Kunden bleiben intern. Die Namen der Kunden stehen im CRM.
        """,
    )
    german = load_document(tmp_path, tmp_path / "leitlinie.md")
    assert {c.heading for c in german.clauses} == {"Kundennamen"}
