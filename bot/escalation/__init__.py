"""Escalations: what the guidelines don't settle goes to the owning team; all of it audited."""
