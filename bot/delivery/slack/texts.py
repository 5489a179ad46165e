"""Everything the Slack app says, in German and English."""

from __future__ import annotations

from bot.models import Decision

HEADERS: dict[Decision, dict[str, str]] = {
    Decision.ALLOWED: {"de": "✅ Erlaubt", "en": "✅ Allowed"},
    Decision.NOT_ALLOWED: {"de": "⛔ Nicht erlaubt", "en": "⛔ Not allowed"},
    Decision.NEEDS_APPROVAL: {"de": "✋ Nur mit Freigabe", "en": "✋ Needs approval"},
    Decision.UNCLEAR: {
        "de": "❓ Unklar – ein Mensch entscheidet",
        "en": "❓ Unclear – a person decides",
    },
}
T: dict[str, dict[str, str]] = {
    "you_asked": {"de": "Deine Frage", "en": "You asked"},
    "your_draft": {"de": "Dein Entwurf", "en": "Your draft"},
    "conditions": {"de": "Bedingungen", "en": "Conditions"},
    "findings": {"de": "Was zu ändern ist", "en": "What to change"},
    "clauses": {"de": "Worauf sich die Antwort stützt", "en": "What this answer rests on"},
    "owner": {"de": "Zuständig", "en": "Owner"},
    "helpful": {"de": "👍 Hilfreich", "en": "👍 Helpful"},
    "not_helpful": {"de": "👎 Nicht hilfreich", "en": "👎 Not helpful"},
    "ask_human": {"de": "🙋 Mensch fragen", "en": "🙋 Ask a human"},
    "request_approval": {"de": "📨 Freigabe anfragen", "en": "📨 Request approval"},
    "expired": {
        "de": "Zu deiner Anfrage (Eskalation #{id}) hat {owner} nicht rechtzeitig entschieden; sie "
        "ist abgelaufen. Frag gern noch einmal, wenn es noch aktuell ist.",
        "en": "{owner} did not decide your request (escalation #{id}) in time, so it expired. "
        "Ask again if it still matters.",
    },
    "more_clauses": {"de": "… und {n} weitere Klauseln", "en": "… and {n} more clauses"},
    "thanks": {"de": "Danke für dein Feedback!", "en": "Thanks for your feedback!"},
    "human_sent": {
        "de": "Ich habe deine Frage an {owner} weitergegeben (Eskalation #{id}). Die Antwort "
        "kommt hier im Thread an.",
        "en": "I've passed your question to {owner} (escalation #{id}). The answer will arrive "
        "here in the thread.",
    },
    "working": {"de": "prüft die Leitlinien …", "en": "is checking the guidelines …"},
    "failed": {
        "de": "Das hat gerade nicht geklappt. Bitte versuch es gleich noch einmal.",
        "en": "That didn't work just now. Please try again in a moment.",
    },
    "greeting": {
        "de": "Hallo! Frag mich, ob du etwas posten darfst, oder schick mir deinen Entwurf.",
        "en": "Hi! Ask me whether you may post something, or send me your draft.",
    },
}
SUGGESTED_PROMPTS = [
    ("Kundenprojekt", "Darf ich über ein Kundenprojekt posten?"),
    ("Check my draft", "Check my draft: "),
    ("Fotos vom Werk", "Darf ich Fotos aus der Werkshalle posten?"),
]
PLATFORMS = ["LinkedIn", "XING", "Instagram", "Facebook", "X", "TikTok", "YouTube", "Blog", "Other"]
HOME = {
    "title": "Leitplanke – social media guidelines",
    "intro": "I answer questions about our social media guidelines in seconds, with the exact "
    "clauses, and hand anything unclear to the team that owns the answer. "
    "Ich antworte auf Deutsch oder Englisch.",
    "how": "*How to ask*\n• Send me a direct message: _Darf ich über Projekt X posten?_\n"
    "• Mention me in a channel: _@Leitplanke may I share this photo?_\n"
    "• Review a draft: `/guideline-check <your draft>` or the message shortcut "
    "_Check against guidelines_",
    "documents": "*The guidelines*",
    "recent": "*Your recent checks*",
    "none": "_No checks yet._",
}


def t(key: str, lang: str, **values: object) -> str:
    return T[key]["de" if lang == "de" else "en"].format(**values)
