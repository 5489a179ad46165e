"""Leitplanke: social media guideline answers with cited clauses."""

__version__ = "0.1.0"
