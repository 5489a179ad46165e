"""Block Kit builders stay within Slack's limits whatever the verdict holds."""

from __future__ import annotations

import json

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.delivery.slack.blocks import check_modal, escape, home_view, reason_modal, verdict_message
from bot.models import Citation, Decision, Finding, Span, Verdict


def citation(
    n: int, quote: str = "Fotos dürfen nur mit Genehmigung veröffentlicht werden."
) -> Citation:
    return Citation(
        clause_id=f"doc:{n}",
        heading=f"{n} Fotos",
        text=quote * 3,
        quote=quote,
        source="leitlinie.md",
        label=f"{n} Fotos",
        document="Leitlinie",
    )


def verdict(**extra: object) -> Verdict:
    base: dict[str, object] = {
        "decision": Decision.NEEDS_APPROVAL,
        "answer": "Nur mit Freigabe.",
        "language": "de",
        "owner_name": "Kommunikation",
        "citations": [citation(1)],
    }
    base.update(extra)
    return Verdict(**base)  # type: ignore[arg-type]


def valid(message: dict[str, object]) -> list[dict[str, object]]:
    blocks = message["blocks"]
    assert isinstance(blocks, list) and 0 < len(blocks) <= 50
    assert isinstance(message["text"], str) and 0 < len(message["text"]) < 4000
    for block in blocks:
        Block.parse(block).validate_json()  # type: ignore[union-attr]
    return blocks


def test_ordinary_verdict_has_header_answer_quote_and_buttons() -> None:
    blocks = valid(
        verdict_message(
            verdict(),
            asked="Darf ich?",
            kind="question",
            check_id="c1",
            source_base_url="https://intranet.example/leitlinien/",
        )
    )
    assert blocks[0]["text"]["text"] == "✋ Nur mit Freigabe"
    text = json.dumps(blocks, ensure_ascii=False)
    assert "> Fotos dürfen nur mit Genehmigung" in text
    assert "<https://intranet.example/leitlinien/leitlinie.md|leitlinie.md>" in text
    assert [e["action_id"] for e in blocks[-1]["elements"]] == [
        "feedback_helpful",
        "feedback_not_helpful",
        "request_approval",
        "ask_human",
    ]
    assert {e["value"] for e in blocks[-1]["elements"]} == {"c1"}


def test_sixty_citations_and_huge_texts_are_cut_to_fit() -> None:
    huge = "x" * 10_000
    message = verdict_message(
        verdict(
            answer=huge,
            citations=[citation(n, huge) for n in range(60)],
            findings=[
                Finding(
                    kind="insult_or_threat",
                    span=Span(start=0, end=5, text=huge),
                    problem="p",
                    clause_id="doc:1",
                    suggestion="s",
                    decision=Decision.NOT_ALLOWED,
                )
            ]
            * 40,
            conditions=[huge] * 3,
        ),
        asked=huge,
        kind="draft",
        check_id="c2",
    )
    blocks = valid(message)
    assert "… und" in json.dumps(blocks, ensure_ascii=False)  # says that clauses were left out


def test_user_text_is_escaped_everywhere() -> None:
    nasty = "<!channel> <@U0123ABCD> <http://evil.example|trusted> & more"
    message = verdict_message(
        verdict(
            answer=nasty,
            conditions=[nasty],
            findings=[
                Finding(
                    kind="llm",
                    span=Span(start=0, end=10, text=nasty),
                    problem=nasty,
                    clause_id="doc:1",
                    suggestion=nasty,
                    decision=Decision.NEEDS_APPROVAL,
                )
            ],
        ),
        asked=nasty,
        kind="draft",
        check_id="c3",
    )
    dumped = json.dumps(message)
    assert (
        "<!channel>" not in dumped and "<@U0123ABCD>" not in dumped and "<http://evil" not in dumped
    )
    assert (
        escape(nasty)
        == "&lt;!channel&gt; &lt;@U0123ABCD&gt; &lt;http://evil.example|trusted&gt; &amp; more"
    )


def test_views_validate() -> None:
    View(**check_modal("C0456EFGH")).validate_json()
    View(**reason_modal("c1")).validate_json()
    home = home_view(
        documents=[("Leitlinie <b>", "leitlinie.md")] * 5,
        recent=[("<!here> darf ich?", "allowed", "2026-11-29 08:00")] * 10,
        source_base_url=None,
    )
    View(**home).validate_json()
    assert "<!here>" not in json.dumps(home)
