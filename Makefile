# Quick start:  make          (set up .venv, ingest samples/ into svodka.db, print a briefing)
#               make test     (the test suite; .ci/run calls it)
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: run test setup clean

run: $(STAMP)
	$(BIN)/svodka ingest samples --db svodka.db
	$(BIN)/svodka brief --db svodka.db

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) svodka.db svodka.db-wal svodka.db-shm
