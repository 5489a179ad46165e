# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval bench bench-slack bench-escalations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: ingest the knowledge (incremental) and start the assistant (console without Slack tokens)
run: $(STAMP)
	$(BIN)/leitplanke run

## test: lint, type-check and run the whole test suite
test: $(STAMP)
	$(BIN)/ruff check bot tests
	$(BIN)/ruff format --check bot tests
	$(BIN)/mypy
	$(BIN)/pytest -q

## eval: retrieval eval on the sample knowledge, with the naive baseline beside it
eval: $(STAMP)
	$(BIN)/leitplanke retrieval-eval --cases evals/sample.yaml --baseline

## bench: search latency and ingest speed on a 1,000-clause store
bench: $(STAMP)
	$(BIN)/leitplanke bench --clauses 1000

## bench-slack: ack latency under 50 concurrent slash commands, DM → answer latency
bench-slack: $(STAMP)
	$(BIN)/python -m benchmarks.slack

## bench-escalations: escalation creation latency on SQLite and PostgreSQL
bench-escalations: $(STAMP)
	$(BIN)/python -m benchmarks.escalations

clean:
	rm -rf $(VENV) data
