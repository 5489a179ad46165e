"""Judgement: retrieved clauses → a verdict with citations (offline rules or a LangChain model)."""
