"""The one place where store, embedder and retriever are built and wired together."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from bot.config import Settings
from bot.errors import StoreError
from bot.escalation.store import EscalationStore
from bot.judgement.meaning import meaning_net
from bot.judgement.offline import OfflineJudge
from bot.judgement.register import Register, load_register
from bot.knowledge.ingest import IngestReport, Progress, ingest
from bot.knowledge.loader import require_folder
from bot.knowledge.owners import Owners, load_owners
from bot.pipeline import Judge, Pipeline
from bot.retrieval.embeddings import build_embeddings
from bot.retrieval.expansion import QueryExpander
from bot.retrieval.hybrid import HybridRetriever
from bot.retrieval.store import ClauseStore, open_client

if TYPE_CHECKING:
    from chromadb.api import ClientAPI


class Services:
    """Built lazily from settings, so a command only loads what it uses."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @cached_property
    def embeddings(self) -> Embeddings:
        return build_embeddings(self.settings.embeddings)

    @cached_property
    def owners(self) -> Owners:
        return load_owners(self.settings.resolved_owners_file())

    @cached_property
    def register(self) -> Register:
        return load_register(self.settings.knowledge_dir / "register.yaml")

    @cached_property
    def offline_judge(self) -> OfflineJudge:
        net = meaning_net(self.embeddings, self.settings.embeddings)
        return OfflineJudge(self.retriever, self.owners, self.register, net)

    @cached_property
    def judge(self) -> Judge:
        if not self.settings.llm:
            return self.offline_judge
        from bot.judgement.llm import LLMJudge
        from bot.judgement.models import build_chat_model
        from bot.judgement.prompts import load_prompt

        return LLMJudge(
            model=build_chat_model(self.settings.llm, timeout_s=self.settings.llm_timeout_s),
            model_name=self.settings.llm,
            offline=self.offline_judge,
            retriever=self.retriever,
            owners=self.owners,
            prompts={name: load_prompt(name) for name in ("judge_question", "judge_draft")},
            timeout_s=self.settings.llm_timeout_s,
        )

    @cached_property
    def pipeline(self) -> Pipeline:
        return Pipeline(self.judge)

    @cached_property
    def escalations(self) -> EscalationStore:
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return EscalationStore(self.settings.resolved_database_url())

    @cached_property
    def chroma(self) -> ClientAPI:
        return open_client(self.settings)

    @cached_property
    def store(self) -> ClauseStore:
        return ClauseStore(self.chroma, self.settings.collection_name(), self.settings.embeddings)

    @cached_property
    def rulings(self) -> ClauseStore:
        """Decided escalations published as rulings: a collection of their own, cited like
        clauses, untouched by ingest."""
        name = self.settings.collection_name("rulings")
        return ClauseStore(self.chroma, name, self.settings.embeddings)

    @cached_property
    def retriever(self) -> HybridRetriever:
        built_with = self.store.built_with()
        if built_with not in (None, self.settings.embeddings):
            raise StoreError(
                f"The store was built with embeddings '{built_with}', not "
                f"'{self.settings.embeddings}'; run `leitplanke ingest` to rebuild it."
            )
        if self.rulings.built_with() not in (None, self.settings.embeddings):
            from bot.escalation.workflow import reembed

            reembed(self.rulings, self.embeddings)
        knowledge = self.settings.knowledge_dir
        expander = QueryExpander.load(
            knowledge / "glossary.yaml", synonyms=(knowledge / "synonyms.yaml",)
        )
        return HybridRetriever(
            self.store, self.embeddings, extra_stores=(self.rulings,), expander=expander
        )

    def ingest(self, progress: Progress | None = None) -> IngestReport:
        require_folder(self.settings.knowledge_dir)
        report = ingest(
            self.settings.knowledge_dir,
            self.store,
            self.embeddings,
            owners=self.owners,
            progress=progress,
        )
        if "retriever" in self.__dict__:
            self.retriever.refresh()
        return report

    def ensure_ingested(self, progress: Progress | None = None) -> IngestReport | None:
        """Ingest when the store is empty, so a first search just works."""
        if not self.settings.chroma_host and not self.settings.resolved_store_dir().exists():
            require_folder(self.settings.knowledge_dir)  # before Chroma creates the folder
        if self.store.count() == 0:
            return self.ingest(progress)
        return None
