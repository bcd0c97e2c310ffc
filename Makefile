# The two set-up commands of the README are `make serve` and `make test`.
# Both create the virtual environment on first use and install the project into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TOKEN_FILE := .ncg-steward-token

.PHONY: serve test check lint typecheck wheel-check servers clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Start the service on the embedded store (data loaded on first start) at http://127.0.0.1:8000
## (NCG_PORT=8001 make serve for another port). Writes need a steward token: unless
## NCG_API_TOKENS is set, the steward "steward" gets the token in $(TOKEN_FILE).
serve: $(STAMP) $(TOKEN_FILE)
	NCG_API_TOKENS="$${NCG_API_TOKENS:-steward:$$(cat $(TOKEN_FILE))}" $(BIN)/ncg serve

## A random steward token for local use, written once, readable by you only
$(TOKEN_FILE):
	@umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(24))" > $@
	@echo "A steward token for local use is in $@ (steward name: steward)."

## Run the whole test suite (installs the test servers it needs first)
test: $(STAMP) servers
	$(BIN)/pytest

## Install what the tests start: Virtuoso (Debian) for the remote-store tests, Chromium (Debian)
## for the explorer's browser tests; oxigraph server comes from PyPI with the dev extra
servers:
	@command -v virtuoso-t >/dev/null 2>&1 || bash scripts/install-virtuoso
	@[ -x /usr/bin/chromium ] || bash scripts/install-chromium

lint: $(STAMP)
	$(BIN)/ruff check src api tests bench data/build
	$(BIN)/ruff format --check src api tests bench data/build

typecheck: $(STAMP)
	$(BIN)/mypy src api tests bench data/build

check: lint typecheck

## Build the wheel, install it (not editable) in a fresh venv and run ncg from another directory
wheel-check: $(STAMP)
	bash scripts/wheel-check

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
