# The few commands a person needs. Every target builds the virtualenv first, so a fresh clone
# needs nothing but Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo generate check-generated lint typecheck test bench

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

test: check-generated lint typecheck
	$(BIN)/pytest

bench: venv
	$(BIN)/python scripts/bench.py
