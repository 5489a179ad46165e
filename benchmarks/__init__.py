"""Rerunnable benchmarks that need the test fakes (run with: python -m benchmarks.<name>)."""
