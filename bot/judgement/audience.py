"""Parts of a clause written for one group of readers: "Less Restricted Employees: Yes. …" and
"Further Restricted Employees: No. …" answer the same question for two groups, and a question
that says which group it is from reads only its own part."""

from __future__ import annotations

import re

# A paragraph opening with a two-word group label ("Further Restricted Employees:"). One-word
# labels ("Federal Employees:") are left alone: "a federal employee" in a question is how people
# describe themselves, not a choice between two answers.
_LABEL = re.compile(r"^\W*([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+[Ee]mployees?\W*:")


Label = tuple[str, str]  # ("further", "restricted")

_NOT_QUALIFIER = re.compile(r"(?:a|an|the|am|is|are|was|were|be|been|being|not|also)")


def _label(line: str) -> Label | None:
    match = _LABEL.match(line)
    return (match.group(1).lower(), match.group(2).lower()) if match else None


def _group_named(question: str, kind: str) -> str | None:
    """The qualifier the question gives the group ("further" in "I'm further restricted")."""
    for match in re.finditer(rf"\b([a-z]+)\s+{re.escape(kind)}\b", question.lower()):
        if not _NOT_QUALIFIER.fullmatch(match.group(1)):
            return match.group(1)
    return None


def last_label(text: str) -> Label | None:
    """The group label still in force where the text ends, for the part split off after it."""
    return next((label for line in reversed(text.splitlines()) if (label := _label(line))), None)


def for_audience(text: str, question: str, label_in_force: Label | None = None) -> str | None:
    """The clause's text without the paragraphs labelled for a group other than the one the
    question names. Unchanged when the question names none; None when nothing is left.
    `label_in_force` is the label where the text begins: a long section split into parts
    leaves a group's later paragraphs in a part without the label."""
    lines = text.splitlines()
    labels = {label for line in lines if (label := _label(line)) is not None}
    if label_in_force is not None:
        labels.add(label_in_force)
    if not labels:
        return text
    kinds = {kind for _, kind in labels}
    named = {kind: q for kind in kinds if (q := _group_named(question, kind)) is not None}
    if not named:
        return text
    kept: list[str] = []
    current = label_in_force
    for line in lines:
        current = _label(line) or current  # a label rules until the next one
        if current is None or named.get(current[1], current[0]) == current[0]:
            kept.append(line)
    narrowed = "\n".join(kept).strip()
    return narrowed or None
