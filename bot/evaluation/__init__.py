"""Evaluation: the case format any company can write, and the metrics run over it."""
