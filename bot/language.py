"""Which language a text is in; guidelines and questions here are German or English, mostly."""

from __future__ import annotations

import re

import py3langid

_GERMAN_HINTS = re.compile(
    r"[äöüß]|\b(?:ich|darf|dürfen|nicht|und|der|die|das|ist|wir|über)\b", re.I
)
_ENGLISH_HINTS = re.compile(r"\b(?:i|may|can|the|and|is|we|about|not|my|our)\b", re.I)


def detect_language(text: str) -> str:
    """ISO 639-1 code; short texts are decided between German and English by function words."""
    sample = text[:5000]
    if len(sample.split()) < 12:
        german = len(_GERMAN_HINTS.findall(sample))
        english = len(_ENGLISH_HINTS.findall(sample))
        if german != english:
            return "de" if german > english else "en"
    language, _score = py3langid.classify(sample)
    return str(language)
