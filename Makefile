# diplograph — the front door. `make run` and `make test` are the two set-up commands.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
DATA_DIR ?= .diplograph/data
HOST ?= 127.0.0.1
PORT ?= 8000
CORPUS ?= ../shared/corpus
# The test Neo4j never shares a database with an analyst's: own home, own ports, no auth.
TEST_NEO4J_HOME ?= .diplograph/neo4j-test
TEST_BOLT_PORT ?= 17687
TEST_HTTP_PORT ?= 17474
NEO4J_HOME ?= .diplograph/neo4j
NEO4J_LOCAL := $(PY) -m graph.neo4j_local

.PHONY: install run ingest-sample serve test test-quick lint fmt typecheck all \
        neo4j-fetch neo4j-start neo4j-stop neo4j-status neo4j-logs neo4j-test-start neo4j-test-stop \
        eval eval-heldout eval-blind eval-blind2 bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

run: install ingest-sample serve

ingest-sample: install
	$(BIN)/diplograph ingest examples/ --data-dir $(DATA_DIR)

serve: install
	$(BIN)/diplograph serve --host $(HOST) --port $(PORT) --data-dir $(DATA_DIR)

# The whole suite, Neo4j tier included: starts a throw-away local Neo4j (jars fetched
# from Maven Central on first use), requires every Neo4j test to run, stops it after.
test: install
	$(NEO4J_LOCAL) start --home $(TEST_NEO4J_HOME) --bolt-port $(TEST_BOLT_PORT) --http-port $(TEST_HTTP_PORT)
	status=0; \
	DIPLOGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:$(TEST_BOLT_PORT) DIPLOGRAPH_REQUIRE_NEO4J=1 \
	  $(BIN)/pytest || status=$$?; \
	$(NEO4J_LOCAL) stop --home $(TEST_NEO4J_HOME); \
	exit $$status

# Embedded-store tiers only (Neo4j tests skip): for a quick loop without Java.
test-quick: install
	$(BIN)/pytest -m "not neo4j"

lint: install
	$(BIN)/ruff check graph api ingest tests
	$(BIN)/ruff format --check graph api ingest tests

fmt: install
	$(BIN)/ruff format graph api ingest tests
	$(BIN)/ruff check --fix graph api ingest tests

typecheck: install
	$(BIN)/mypy

eval: install
	$(BIN)/diplograph eval --gold $(CORPUS)/gold.jsonl --corpus $(CORPUS)

# Articles the extractor's authors never saw while writing its rules (tests/data/*/INDEX.md).
eval-heldout: install
	$(BIN)/diplograph eval --gold tests/data/heldout/gold.jsonl --corpus tests/data/heldout

eval-blind: install
	$(BIN)/diplograph eval --gold tests/data/blind/gold.jsonl --corpus tests/data/blind

eval-blind2: install
	$(BIN)/diplograph eval --gold tests/data/blind2/gold.jsonl --corpus tests/data/blind2

bench: install
	$(BIN)/python -m tests.bench.bench_extract
	$(BIN)/python -m tests.bench.bench_store

all: lint typecheck test

neo4j-fetch: install
	$(NEO4J_LOCAL) fetch

# The demo instance: auth on, password from the environment or .env.
neo4j-start: install
	set -a; [ -f .env ] && . ./.env; set +a; \
	$(NEO4J_LOCAL) start --home $(NEO4J_HOME) --password-env DIPLOGRAPH_STORE__NEO4J_PASSWORD

neo4j-stop: install
	$(NEO4J_LOCAL) stop --home $(NEO4J_HOME)

neo4j-status: install
	$(NEO4J_LOCAL) status --home $(NEO4J_HOME)

neo4j-logs:
	tail -n 50 $(NEO4J_HOME)/logs/console.log

neo4j-test-start: install
	$(NEO4J_LOCAL) start --home $(TEST_NEO4J_HOME) --bolt-port $(TEST_BOLT_PORT) --http-port $(TEST_HTTP_PORT)

neo4j-test-stop: install
	$(NEO4J_LOCAL) stop --home $(TEST_NEO4J_HOME)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
