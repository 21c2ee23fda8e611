# custos: two commands for a newcomer (make demo, make test) and one for CI (make check).
SHELL := /bin/bash
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install sysdeps test test-postgres check fmt tour demo bench text-tagger clean

help:
	@echo "make test    install everything and run the whole test suite (SQLite, then the"
	@echo "             database-bound tests again on a throwaway PostgreSQL server)"
	@echo "make test-postgres   only the database-bound tests, on PostgreSQL"
	@echo "make check   ruff (lint + format check) and mypy --strict"
	@echo "make demo    a vendor's job trained with DP at a hospital node, released with a signed receipt"
	@echo "make tour    walk through node init, dataset, DUA, signed job, approval, audit"
	@echo "make bench   run the benchmarks and update BENCHMARKS.md"
	@echo "make text-tagger   retrain the text de-identifier's tagger on bench/data's labelled notes"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[train,fed,deid,synth,contract,test,dev,examples,bench]'
	$(BIN)/python -m pip install -q --no-deps 'anonymeter==1.1.0'
	@touch $(STAMP)

install: $(STAMP)

# System packages the project needs. Installed when missing and we may (root + apt).
sysdeps:
	@if ! command -v bwrap >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing bubblewrap"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap) >/dev/null; \
	  else \
	    echo "warning: bubblewrap (bwrap) is missing; install it (Debian: apt-get install bubblewrap)"; \
	  fi; \
	fi
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing postgresql (the tests start a throwaway server on loopback)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null; \
	  else \
	    echo "warning: PostgreSQL is missing; its tests skip (Debian: apt-get install postgresql)"; \
	  fi; \
	fi
	@if ! command -v tesseract >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing tesseract-ocr (burned-in text in DICOM pixels)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-eng) >/dev/null; \
	  else \
	    echo "warning: tesseract is missing; DICOM pixel cleaning refuses images it must read (Debian: apt-get install tesseract-ocr)"; \
	  fi; \
	fi
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (the web console's browser tests)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
	  else \
	    echo "warning: chromium is missing; the console's browser tests skip (Debian: apt-get install chromium)"; \
	  fi; \
	fi

# The database-bound tests, run a second time on PostgreSQL (CUSTOS_TEST_DB).
PG_TESTS ?= tests/core tests/ledger tests/node tests/governance tests/jobs tests/policy tests/cli tests/api \
	tests/gateway/test_calls.py tests/gateway/test_report.py tests/fed/test_site.py tests/fed/test_failures.py

# Without PostgreSQL the second run is skipped with a note, except under CI=true
# (there the harness fails: CI must exercise PostgreSQL).
test: install sysdeps
	$(BIN)/python -m pytest -q --durations=15
	@if [ "$${CI:-}" = true ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	    || command -v initdb >/dev/null 2>&1; then \
	  echo "CUSTOS_TEST_DB=postgresql $(BIN)/python -m pytest -q $(PG_TESTS)"; \
	  CUSTOS_TEST_DB=postgresql $(BIN)/python -m pytest -q --durations=15 $(PG_TESTS); \
	else \
	  echo "skipping the PostgreSQL run: PostgreSQL is not installed (apt-get install postgresql)"; \
	fi

test-postgres: install sysdeps
	CUSTOS_TEST_DB=postgresql $(BIN)/python -m pytest -q $(PG_TESTS)

check: install
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples
	$(BIN)/mypy

fmt: install
	$(BIN)/ruff format src tests bench examples
	$(BIN)/ruff check --fix src tests bench examples

tour: install sysdeps
	PATH="$(abspath $(BIN)):$$PATH" bash scripts/tour.sh

demo: install sysdeps
	PATH="$(abspath $(BIN)):$$PATH" bash scripts/demo.sh

bench: install
	$(BIN)/python -m bench.audit_log --out BENCHMARKS.md
	$(BIN)/python -m bench.training --out BENCHMARKS.md
	$(BIN)/python -m bench.sandbox --out BENCHMARKS.md
	$(BIN)/python -m bench.audit --out BENCHMARKS.md
	$(BIN)/python -m bench.fed --out BENCHMARKS.md
	$(BIN)/python -m bench.fed_deploy --out BENCHMARKS.md
	$(BIN)/python -m bench.api_load --out BENCHMARKS.md
	$(BIN)/python -m bench.deid_dicom --out BENCHMARKS.md
	$(BIN)/python -m bench.deid_text --out BENCHMARKS.md
	$(BIN)/python -m bench.deid_table --out BENCHMARKS.md
	$(BIN)/python -m bench.synth --out BENCHMARKS.md
	$(BIN)/python -m bench.synth_node --out BENCHMARKS.md
	$(BIN)/python -m bench.gateway --out BENCHMARKS.md

text-tagger: install
	$(BIN)/python -m bench.train_text_tagger

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis tour demo
