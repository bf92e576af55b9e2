# `make run`: set up and extract the bundled corpus; `make test`: set up and run the tests.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: install run test lint bench browser clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/extract run corpus -o out/facts.jsonl --overwrite

# Debian's chromium for the browser tests (Playwright drives /usr/bin/chromium).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null)

test: install browser
	$(BIN)/ruff check src tests scripts
	$(BIN)/pytest -q

bench: install
	$(BIN)/python scripts/bench.py

clean:
	rm -rf out .pytest_cache
