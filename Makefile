# custos: two commands for a newcomer (make demo, make test) and one for CI (make check).
SHELL := /bin/bash
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install sysdeps test check fmt tour demo bench clean

help:
	@echo "make test    install everything and run the whole test suite"
	@echo "make check   ruff (lint + format check) and mypy --strict"
	@echo "make demo    a vendor's job trained with DP at a hospital node, released with a signed receipt"
	@echo "make tour    walk through node init, dataset, DUA, signed job, approval, audit"
	@echo "make bench   run the benchmarks and update BENCHMARKS.md"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[train,fed,test,dev,examples]'
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

test: install sysdeps
	$(BIN)/python -m pytest -q

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

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis tour demo
