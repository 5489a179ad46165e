"""The Slack app: thin handlers that turn payloads into engine calls and verdicts into Block Kit."""
