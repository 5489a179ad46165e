"""Block Kit builders: pure functions from verdicts to messages and views, within Slack's limits."""

from __future__ import annotations

from typing import Any

from bot.delivery.slack import texts
from bot.models import Verdict

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_FALLBACK = 3900
MAX_VIEW_BLOCKS = 100
Block = dict[str, Any]


def escape(text: str) -> str:
    """User (and model) text must not ping people or disguise links: &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def trim(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _section(markdown: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": trim(markdown, MAX_SECTION)}}


def _context(markdown: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": trim(markdown, 3000)}]}


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines() if line.strip())


def verdict_message(
    verdict: Verdict,
    *,
    asked: str | None,
    kind: str,
    check_id: str,
    source_base_url: str | None = None,
) -> dict[str, Any]:
    """text + blocks for one verdict; long answers are trimmed and clauses cut, never rejected."""
    lang = verdict.language
    header = texts.HEADERS[verdict.decision][lang if lang == "de" else "en"]
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": trim(header, MAX_HEADER)}},
        _section(escape(verdict.answer)),
    ]
    if asked:
        label = texts.t("your_draft" if kind == "draft" else "you_asked", lang)
        blocks.append(_context(f"{label}: {escape(trim(' '.join(asked.split()), 400))}"))
    if verdict.conditions:
        items = "\n".join(f"• {escape(c)}" for c in verdict.conditions)
        blocks.append(_section(f"*{texts.t('conditions', lang)}*\n{items}"))
    if verdict.findings:
        lines = [
            f"• “{escape(trim(f.span.text, 200))}” – {escape(f.problem)} → {escape(f.suggestion)} "
            f"_({escape(f.clause_id.split(':')[-1])})_"
            for f in verdict.findings
        ]
        blocks.append(_section(f"*{texts.t('findings', lang)}*\n" + "\n".join(lines)))
    citation_blocks = [_citation(c, source_base_url) for c in verdict.citations]
    room = MAX_BLOCKS - len(blocks) - 3  # divider, owner context, buttons
    if citation_blocks:
        blocks.append({"type": "divider"})
        if len(citation_blocks) > room:
            hidden = len(citation_blocks) - room + 1
            citation_blocks = citation_blocks[: room - 1]
            citation_blocks.append(_context(texts.t("more_clauses", lang, n=hidden)))
        blocks.extend(citation_blocks)
    facts = [
        f"{texts.t('owner', lang)}: {escape(verdict.owner_name)}" if verdict.owner_name else "",
        f"{verdict.engine} · {verdict.latency_ms:.0f} ms",
    ]
    blocks.append(_context(" · ".join(f for f in facts if f)))
    blocks.append(
        _buttons(check_id, lang, needs_approval=verdict.decision.value == "needs_approval")
    )
    fallback = f"{header}: {verdict.answer}"
    return {"text": escape(trim(fallback, MAX_FALLBACK)), "blocks": blocks[:MAX_BLOCKS]}


def _citation(citation: Any, source_base_url: str | None) -> Block:
    title = f"*{escape(citation.label or citation.heading)}* · {escape(citation.document)}"
    if source_base_url:
        url = source_base_url.rstrip("/") + "/" + citation.source
        title += f" · <{url}|{escape(citation.source)}>"
    return _section(f"{title}\n{_quote(escape(trim(citation.quote, 1500)))}")


def _buttons(check_id: str, lang: str, *, needs_approval: bool = False) -> Block:
    def button(action: str, label: str, style: str | None = None) -> Block:
        element: Block = {
            "type": "button",
            "action_id": action,
            "value": check_id,
            "text": {"type": "plain_text", "text": label},
        }
        if style:
            element["style"] = style
        return element

    elements = [
        button("feedback_helpful", texts.t("helpful", lang)),
        button("feedback_not_helpful", texts.t("not_helpful", lang)),
    ]
    if needs_approval:
        elements.append(button("request_approval", texts.t("request_approval", lang), "primary"))
    elements.append(
        button("ask_human", texts.t("ask_human", lang), None if needs_approval else "primary")
    )
    return {"type": "actions", "block_id": f"verdict:{check_id}", "elements": elements}


def _platform_input() -> Block:
    return {
        "type": "input",
        "block_id": "platform",
        "optional": True,
        "label": {"type": "plain_text", "text": "Platform"},
        "element": {
            "type": "static_select",
            "action_id": "value",
            "options": [
                {"text": {"type": "plain_text", "text": p}, "value": p} for p in texts.PLATFORMS
            ],
        },
    }


def check_modal(channel: str | None = None) -> dict[str, Any]:
    """/guideline-check without text: paste the draft and pick the platform."""
    return {
        "type": "modal",
        "callback_id": "guideline_check_modal",
        "private_metadata": channel or "",
        "title": {"type": "plain_text", "text": "Check a draft"},
        "submit": {"type": "plain_text", "text": "Check"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": "draft",
                "label": {"type": "plain_text", "text": "Your draft post"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "value",
                    "multiline": True,
                    "max_length": 3000,
                },
            },
            _platform_input(),
        ],
    }


def reason_modal(check_id: str) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": "feedback_reason_modal",
        "private_metadata": check_id,
        "title": {"type": "plain_text", "text": "What was wrong?"},
        "submit": {"type": "plain_text", "text": "Send"},
        "blocks": [
            {
                "type": "input",
                "block_id": "reason",
                "optional": True,
                "label": {"type": "plain_text", "text": "Reason (optional)"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "value",
                    "multiline": True,
                    "max_length": 1000,
                },
            }
        ],
    }


def home_view(
    *,
    documents: list[tuple[str, str]],
    recent: list[tuple[str, str, str]],
    source_base_url: str | None,
    queue: list[tuple[int, str, str, str]] | None = None,
    mine: list[tuple[int, str, str]] | None = None,
) -> dict[str, Any]:
    """What the bot is for, how to ask, the guideline documents, the user's recent checks, their
    escalations, and for reviewers their team's open queue."""
    h = texts.HOME
    docs = [
        f"• <{source_base_url.rstrip('/')}/{src}|{escape(title)}>"
        if source_base_url
        else f"• {escape(title)} (`{escape(src)}`)"
        for title, src in documents
    ]
    checks = [
        f"• {escape(decision)} – {escape(trim(text, 120))} _({escape(when)})_"
        for text, decision, when in recent
    ]
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": h["title"]}},
        _section(h["intro"]),
        _section(h["how"]),
        {"type": "divider"},
        _section(h["documents"] + "\n" + ("\n".join(docs) or "–")),
        {"type": "divider"},
        _section(h["recent"] + "\n" + ("\n".join(checks) or h["none"])),
    ]
    if mine:
        lines = [f"• #{i} {escape(status)} – {escape(trim(text, 100))}" for i, status, text in mine]
        blocks += [{"type": "divider"}, _section("*Your escalations*\n" + "\n".join(lines))]
    if queue is not None:
        lines = [
            f"• #{i} _{escape(age)}_ · {escape(team)} – {escape(trim(text, 100))}"
            for i, age, team, text in queue
        ]
        blocks += [
            {"type": "divider"},
            _section(
                "*Your team's open escalations* (oldest first)\n"
                + ("\n".join(lines) or "_Nothing open._")
            ),
        ]
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}


REVIEW_ACTIONS = (
    ("esc_claim", "Claim", None),
    ("esc_approved", "Approve", "primary"),
    ("esc_approved_with_changes", "Approve with changes", None),
    ("esc_rejected", "Reject", "danger"),
    ("esc_answered", "Answer", None),
)
OUTCOME_LABELS = {
    "approved": "✅ Approved",
    "approved_with_changes": "✏️ Approved with changes",
    "rejected": "⛔ Rejected",
    "answered": "💬 Answered",
    "expired": "⌛ Expired",
}


def review_card(
    *,
    escalation_id: int,
    status: str,
    requester: str,
    kind: str,
    text: str | None,
    verdict: dict[str, Any],
    owner_name: str,
    assignee: str | None = None,
    decided_by: str | None = None,
    reason: str | None = None,
    context: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The card in the owner team's channel: what was asked, what the bot said, and the buttons."""
    said = f"{verdict.get('decision', '?')}: {verdict.get('answer', '')}"
    clauses = (
        ", ".join(
            escape(c.get("label") or c.get("clause_id", "?"))
            for c in verdict.get("citations", [])[:5]
        )
        or "–"
    )
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": trim(f"Escalation #{escalation_id} · {owner_name}", MAX_HEADER),
            },
        },
        _section(
            f"*From* <@{escape(requester)}> · *{escape(kind)}*\n"
            f"{_quote(escape(trim(text or '(erased)', 2500)))}"
        ),
        _section(f"*Leitplanke said* {escape(trim(said, 1200))}\n*Clauses* {clauses}"),
    ]
    facts = " · ".join(f"*{escape(k)}* {escape(str(v))}" for k, v in (context or {}).items() if v)
    if facts:
        blocks.append(_context(facts))
    if status in OUTCOME_LABELS:
        blocks.append(
            _section(
                f"*{OUTCOME_LABELS[status]}* by <@{escape(decided_by or '?')}>"
                + (f"\n{_quote(escape(trim(reason, 2000)))}" if reason else "")
            )
        )
    else:
        if assignee:
            blocks.append(_context(f"Claimed by <@{escape(assignee)}>"))
        blocks.append(
            {
                "type": "actions",
                "block_id": f"escalation:{escalation_id}",
                "elements": [
                    {
                        "type": "button",
                        "action_id": action,
                        "value": str(escalation_id),
                        "text": {"type": "plain_text", "text": label},
                        **({"style": style} if style else {}),
                    }
                    for action, label, style in REVIEW_ACTIONS
                    if not (action == "esc_claim" and assignee)
                ],
            }
        )
    return {
        "text": trim(f"Escalation #{escalation_id}: {escape(text or '')}", MAX_FALLBACK),
        "blocks": blocks,
    }


def decision_modal(escalation_id: int, outcome: str) -> dict[str, Any]:
    label = {"approved_with_changes": "The changed text", "answered": "Your answer"}.get(
        outcome, "Reason (optional)"
    )
    return {
        "type": "modal",
        "callback_id": "escalation_decision",
        "private_metadata": f"{escalation_id}|{outcome}",
        "title": {"type": "plain_text", "text": trim(f"#{escalation_id}: decide", 24)},
        "submit": {"type": "plain_text", "text": "Decide"},
        "blocks": [
            {
                "type": "input",
                "block_id": "reason",
                "optional": outcome not in ("approved_with_changes", "answered"),
                "label": {"type": "plain_text", "text": label},
                "element": {
                    "type": "plain_text_input",
                    "action_id": "value",
                    "multiline": True,
                    "max_length": 2500,
                },
            },
            {
                "type": "input",
                "block_id": "ruling",
                "optional": True,
                "label": {"type": "plain_text", "text": "Ruling"},
                "element": {
                    "type": "checkboxes",
                    "action_id": "value",
                    "options": [
                        {
                            "text": {"type": "plain_text", "text": "Publish as a ruling"},
                            "description": {
                                "type": "plain_text",
                                "text": "Later answers cite this decision like a clause.",
                            },
                            "value": "ruling",
                        }
                    ],
                },
            },
        ],
    }


def context_modal(check_id: str) -> dict[str, Any]:
    """'Request approval': what the approvers need to know."""
    return {
        "type": "modal",
        "callback_id": "approval_request",
        "private_metadata": check_id,
        "title": {"type": "plain_text", "text": "Request approval"},
        "submit": {"type": "plain_text", "text": "Send"},
        "blocks": [
            _platform_input(),
            {
                "type": "input",
                "block_id": "audience",
                "optional": True,
                "label": {"type": "plain_text", "text": "Audience"},
                "element": {"type": "plain_text_input", "action_id": "value", "max_length": 200},
            },
            {
                "type": "input",
                "block_id": "deadline",
                "optional": True,
                "label": {"type": "plain_text", "text": "Needed by"},
                "element": {"type": "datepicker", "action_id": "value"},
            },
        ],
    }


def decision_notice(
    *, escalation_id: int, outcome: str, reviewer: str, reason: str | None, owner_name: str
) -> dict[str, Any]:
    """What the employee reads in the thread where they asked."""
    head = f"{OUTCOME_LABELS.get(outcome, outcome)} by <@{escape(reviewer)}> ({escape(owner_name)})"
    body = f"*{head}* – escalation #{escalation_id}"
    if reason:
        body += "\n" + _quote(escape(trim(reason, 2500)))
    return {
        "text": trim(
            f"{OUTCOME_LABELS.get(outcome, outcome)}: {escape(reason or '')}", MAX_FALLBACK
        ),
        "blocks": [_section(body)],
    }
