"""Errors a person can cause, each carrying one sentence that says what to do.

LeitplankeError
├── ConfigError        a setting is missing or malformed
├── KnowledgeError     the guideline folder cannot be used
│   └── DocumentError  one document cannot be read (it is skipped, the rest goes on)
├── StoreError         the vector store is unreachable or unusable
├── EmbeddingError     the embedding backend cannot be loaded or called
└── EvalError          an evaluation case file is malformed
"""


class LeitplankeError(Exception):
    """Base class; ``str(err)`` is shown to the user as it is."""


class ConfigError(LeitplankeError):
    """A setting is missing or malformed."""


class KnowledgeError(LeitplankeError):
    """The knowledge folder cannot be used."""


class DocumentError(KnowledgeError):
    """A single document cannot be read; ingestion skips it."""


class StoreError(LeitplankeError):
    """The vector store cannot be reached or used."""


class EmbeddingError(LeitplankeError):
    """The embedding backend cannot be loaded or called."""


class EvalError(LeitplankeError):
    """An evaluation case file is malformed."""
