"""The naive baseline the eval compares against: a character splitter plus dense search only."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import InMemoryVectorStore
from langchain_text_splitters import RecursiveCharacterTextSplitter

from bot.errors import DocumentError
from bot.evaluation.retrieval import Found
from bot.knowledge.formats import parse_file
from bot.knowledge.formats.encoding import read_text
from bot.knowledge.loader import guideline_files


class NaiveBaseline:
    """What a LangChain tutorial builds: 1,000-character chunks, 200 overlap, cosine top-k."""

    def __init__(self, folder: Path, embeddings: Embeddings) -> None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        texts: list[str] = []
        for path in guideline_files(folder):
            try:
                raw = (
                    read_text(path)
                    if path.suffix in (".md", ".txt")
                    else parse_file(path).plain_text()
                )
            except DocumentError:
                continue
            texts.extend(splitter.split_text(raw))
        self._store = InMemoryVectorStore.from_texts(texts, embeddings)

    def search(self, query: str, k: int) -> list[Found]:
        documents = self._store.similarity_search(query, k=k)
        return [
            Found(ref=doc.page_content[:40], heading="", text=doc.page_content) for doc in documents
        ]
