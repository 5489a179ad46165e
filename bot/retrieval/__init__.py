"""Retrieval: embeddings, the Chroma clause store, BM25, and their fusion."""
