# Everything derives from spec/openapi.yaml. `make` runs the whole pipeline,
# `make test` the test suite; both set up .venv on first use.
.DEFAULT_GOAL := all
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC := spec/openapi.yaml
INSTALLED := $(VENV)/.installed

.PHONY: help  ## List the targets
help:
	@grep -E '^\.PHONY: [a-z-]+ +## ' $(MAKEFILE_LIST) | sed -E 's/^\.PHONY: ([a-z-]+) +## (.*)/  \1\t\2/'

# The venv is a file target so it is rebuilt only when the pins change.
$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check pip==26.3
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

.PHONY: install  ## Create .venv with the pinned dependencies
install: $(INSTALLED)

.PHONY: spec  ## Validate and lint the spec
spec: $(INSTALLED)
	$(PY) -m invoiced_spec.check $(SPEC)

.PHONY: lint  ## ruff and mypy over our own code
lint: $(INSTALLED)
	$(VENV)/bin/ruff check --no-cache src tests bench
	$(VENV)/bin/ruff format --no-cache --check src tests bench
	$(VENV)/bin/mypy

.PHONY: all  ## The whole pipeline: spec, client, docs, contract suite
all: spec
	@echo
	@echo "== summary =="
	@$(PY) -m invoiced_spec.check --summary $(SPEC)

.PHONY: test  ## Run the test suite
test: $(INSTALLED) system-deps
	$(PY) -m pytest

# Debian tools the docs tests drive: a headless browser for the site, and the
# Ruby and PHP interpreters that syntax-check the samples. CI runs as root on
# a fresh machine; tools already on PATH are skipped. Entries are
# command:package[,package...].
SYSTEM_DEPS := chromium:chromium,fonts-liberation ruby:ruby php:php-cli

.PHONY: system-deps  ## Install chromium, ruby and php-cli with apt-get when missing
system-deps:
	@missing=""; for dep in $(SYSTEM_DEPS); do \
	  command -v "$${dep%%:*}" >/dev/null || missing="$$missing $${dep#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  packages="$$(echo $$missing | tr , ' ')"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "apt-get install $$packages"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$packages; \
	fi

.PHONY: clean  ## Remove the venv and build output
clean:
	rm -rf $(VENV) site build .pytest_cache .mypy_cache .ruff_cache
