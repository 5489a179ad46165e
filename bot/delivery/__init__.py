"""Delivery: the edges people use (CLI, console, later Slack), thin over the engine."""
