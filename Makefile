# Everything derives from spec/openapi.yaml. `make` runs the whole pipeline,
# `make test` the test suite; both set up .venv on first use.
.DEFAULT_GOAL := all
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC := spec/openapi.yaml
SANDBOX_SPEC := spec/sandbox.yaml
INSTALLED := $(VENV)/.installed

.PHONY: help  ## List the targets
help:
	@grep -E '^\.PHONY: [a-z-]+ +## ' $(MAKEFILE_LIST) | sed -E 's/^\.PHONY: ([a-z-]+) +## (.*)/  \1\t\2/'

# The venv is a file target so it is rebuilt only when the pins change.
$(INSTALLED): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check pip==26.3
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[dev]'
	$(VENV)/bin/pip install --quiet -c constraints.txt -e $(CLIENT_DIR)
	touch $@

.PHONY: install  ## Create .venv with the pinned dependencies
install: $(INSTALLED)

# constraints.txt is the full lock: pyproject.toml pins what we use directly, this pins everything
# they pull in. Regenerating installs into a scratch venv without it, so each transitive package
# comes at the newest version the direct pins allow, and freezes that.
CONSTRAINTS_VENV := build/constraints-venv

.PHONY: constraints  ## Regenerate constraints.txt from pyproject.toml's pins (then review the diff)
constraints:
	rm -rf $(CONSTRAINTS_VENV)
	$(PYTHON) -m venv $(CONSTRAINTS_VENV)
	$(CONSTRAINTS_VENV)/bin/pip install --quiet --disable-pip-version-check pip==26.3
	$(CONSTRAINTS_VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[dev]' -e $(CLIENT_DIR)
	$(CONSTRAINTS_VENV)/bin/pip freeze --exclude-editable --disable-pip-version-check > constraints.txt
	rm -rf $(CONSTRAINTS_VENV)

.PHONY: spec  ## Validate and lint the spec
spec: $(INSTALLED)
	$(PY) -m invoiced_spec $(SPEC)
	$(PY) -m invoiced_spec $(SANDBOX_SPEC)

# The generated client. The generator's post_hooks call ruff, found on PATH, so the venv's
# pinned ruff goes first. `client` writes to a scratch dir and swaps it in, so files the spec no
# longer produces disappear too; `check-client` regenerates elsewhere and diffs (the drift check).
CLIENT_DIR := generated/invoiced-client
# codegen/generate.py runs openapi-python-client with codegen/templates and adds the resource layer.
GENERATE_CLIENT = PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) codegen/generate.py --spec $(SPEC)

.PHONY: client  ## Regenerate the Python client in generated/ from the spec
client: $(INSTALLED)
	rm -rf build/client
	$(GENERATE_CLIENT) build/client
	rm -rf $(CLIENT_DIR)
	mkdir -p $(dir $(CLIENT_DIR))
	mv build/client $(CLIENT_DIR)

.PHONY: check-client  ## Fail if regenerating the client would change generated/
check-client: $(INSTALLED)
	rm -rf build/client-check
	$(GENERATE_CLIENT) build/client-check
	diff -r --exclude=__pycache__ --exclude=.mypy_cache --exclude=.pytest_cache build/client-check $(CLIENT_DIR)
	rm -rf build/client-check

.PHONY: bench-client  ## Time the generated client against raw httpx and requests on the sandbox
bench-client: $(INSTALLED)
	$(PY) bench/bench_client.py

# Each benchmark adds itself as a prerequisite of `bench`.
.PHONY: bench  ## Run the benchmarks (ratios against a baseline measured in the same run)
bench: bench-client

.PHONY: lint  ## ruff and mypy over our own code
lint: $(INSTALLED)
	$(VENV)/bin/ruff check --no-cache src tests bench codegen
	$(VENV)/bin/ruff format --no-cache --check src tests bench codegen
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --strict codegen/generate.py codegen/sdk.py

# Each stage runs as its own make goal; the summary says which passed and how
# long each took, and the first failure stops the pipeline (and make exits non-zero).
PIPELINE := spec check-client docs contract

.PHONY: all  ## The whole pipeline: validate the spec, check the client, build the docs, run the contract suite
all: $(INSTALLED)
	@mkdir -p build; : > build/summary.txt; status=0; \
	for stage in $(PIPELINE); do \
	  start=$$(date +%s); \
	  if $(MAKE) --no-print-directory $$stage; then result=ok; else result=FAILED; status=1; fi; \
	  printf '  %-13s %-7s %4ss\n' "$$stage" "$$result" "$$(( $$(date +%s) - start ))" >> build/summary.txt; \
	  [ $$status -eq 0 ] || break; \
	done; \
	echo; echo "== summary =="; \
	$(PY) -m invoiced_spec --summary $(SPEC); \
	cat build/summary.txt; \
	[ $$status -eq 0 ] && echo "client:   generated/invoiced-client matches the spec" \
	  && echo "docs:     site/index.html ($$(find site -name '*.html' | wc -l) pages)" \
	  && echo "contract: test-results/contract/junit.xml, coverage.md"; \
	exit $$status

.PHONY: test  ## Run the test suite (lint first)
test: $(INSTALLED) lint system-deps portability-tools official-clients
	$(PY) -m pytest

# The inner loop: everything but the tests marked `slow` (durability, concurrency, contract
# runs, the browser, the mkdocs build, pip and mypy runs); `make test` still runs them all.
.PHONY: test-quick  ## Lint, then every test not marked slow
test-quick: $(INSTALLED) lint system-deps portability-tools official-clients
	$(PY) -m pytest -m "not slow"

# The official `invoiced` clients from PyPI, one venv per version (they cannot share one:
# 0.3.0 pins inflection==0.3.1, 3.0.0 wants >=0.5.1). tests/official drives each against a
# sandbox. A venv is rebuilt only when its pins change; it must hold exactly its pins.
OFFICIAL_VERSIONS := $(patsubst tests/official/constraints-%.txt,%,$(wildcard tests/official/constraints-*.txt))
OFFICIAL_DIR := build/official

$(OFFICIAL_DIR)/%/.installed: tests/official/constraints-%.txt tests/official/build-constraints.txt
	rm -rf $(OFFICIAL_DIR)/$*
	$(PYTHON) -m venv $(OFFICIAL_DIR)/$*
	$(OFFICIAL_DIR)/$*/bin/pip install --quiet --disable-pip-version-check pip==26.3
	$(OFFICIAL_DIR)/$*/bin/pip install --quiet --disable-pip-version-check \
	  -c tests/official/constraints-$*.txt --build-constraint tests/official/build-constraints.txt invoiced==$*
	$(OFFICIAL_DIR)/$*/bin/pip freeze --disable-pip-version-check \
	  | diff -u <(grep -v '^#' tests/official/constraints-$*.txt) -
	touch $@

.PHONY: official-clients  ## Install the official invoiced clients (0.3.0, 3.0.0) into venvs under build/official
official-clients: $(OFFICIAL_VERSIONS:%=$(OFFICIAL_DIR)/%/.installed)

# The third-party OpenAPI tools tests/portability runs against the spec. The
# npm ones (openapi-typescript, openapi-fetch, @hey-api/openapi-ts with zod,
# orval, typescript, Redocly, Spectral, Prism) are pinned by
# tests/portability/package-lock.json and installed with `npm ci` into its
# gitignored node_modules; the Python ones
# (openapi-generator-cli, datamodel-code-generator) are in pyproject.toml, and
# openapi-generator's JRE and the Go toolchain are among SYSTEM_DEPS.
PORTABILITY := tests/portability
PORTABILITY_NPM := $(PORTABILITY)/node_modules/.installed

$(PORTABILITY_NPM): $(PORTABILITY)/package.json $(PORTABILITY)/package-lock.json
	npm ci --silent --no-audit --no-fund --prefix $(PORTABILITY)
	touch $@

.PHONY: portability-tools  ## Install the pinned OpenAPI tools the portability tests drive
portability-tools: $(INSTALLED) system-deps $(PORTABILITY_NPM)

.PHONY: portability  ## Check the spec in openapi-generator, openapi-typescript, hey-api, orval, datamodel-code-generator, Redocly, Spectral, Prism
portability: portability-tools
	$(PY) -m pytest $(PORTABILITY) -q

# The docs site: mkdocs renders every page from the spec at build time
# (docs/hooks/spec_pages.py -> src/invoiced_docs). The env var silences
# mkdocs-material's banner about its successor.
MKDOCS := NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs
DOCS_PORT ?= 8001
SANDBOX_PORT ?= 8000

.PHONY: docs  ## Build the docs site into site/ from the spec
docs: $(INSTALLED)
	$(MKDOCS) build --strict

# The sandbox runs in the background on the port the spec names for it, so
# the samples can be tried there; mkdocs watches spec/ and rebuilds the pages
# when it changes. Ctrl-C stops both.
.PHONY: serve  ## Serve the docs on :8001 (rebuilt when the spec changes) and a sandbox on :8000
serve: $(INSTALLED)
	@$(VENV)/bin/invoiced-sandbox --host 127.0.0.1 --port $(SANDBOX_PORT) --api-key sandbox_dev_key & \
	sandbox_pid=$$!; trap 'kill $$sandbox_pid 2>/dev/null' EXIT INT TERM; \
	echo "sandbox: http://127.0.0.1:$(SANDBOX_PORT) (API key sandbox_dev_key)"; \
	echo "docs:    http://127.0.0.1:$(DOCS_PORT)/"; \
	$(MKDOCS) serve --dev-addr 127.0.0.1:$(DOCS_PORT)

# Debian tools the tests drive: a headless browser for the site, the Ruby and
# PHP interpreters that syntax-check the samples, the Java runtime
# openapi-generator runs on, and the Go toolchain with the one Go library
# openapi-generator's Go client imports (tests/portability builds it offline,
# from Debian's /usr/share/gocode). CI runs as root on a fresh machine; tools
# already on PATH, and files already present, are skipped. Entries are
# command-or-path:package[,package...].
GO_VALIDATOR := /usr/share/gocode/src/gopkg.in/validator.v2
SYSTEM_DEPS := chromium:chromium,fonts-liberation ruby:ruby php:php-cli java:default-jre-headless \
  go:golang-go $(GO_VALIDATOR):golang-gopkg-validator.v2-dev

.PHONY: system-deps  ## Install chromium, ruby, php-cli, a JRE and Go with apt-get when missing
system-deps:
	@missing=""; for dep in $(SYSTEM_DEPS); do \
	  command -v "$${dep%%:*}" >/dev/null || [ -e "$${dep%%:*}" ] || missing="$$missing $${dep#*:}"; \
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

# The database is the CLI's default file (invoiced-sandbox.db in this directory).
.PHONY: sandbox  ## Run the sandbox on http://127.0.0.1:$(SANDBOX_PORT) (default 8000) with the key sandbox_dev_key
sandbox: $(INSTALLED)
	$(VENV)/bin/invoiced-sandbox --host 127.0.0.1 --port $(SANDBOX_PORT) --api-key sandbox_dev_key

# The contract suite (settings in schemathesis.toml). Without BASE_URL it starts
# a sandbox on a free port with a fresh database and stops it afterwards;
# MAX_EXAMPLES bounds the cases per operation; API_KEY_B (a second business's key) turns on the
# tenant-isolation check. Reports: test-results/contract/junit.xml, coverage.json, coverage.md.
.PHONY: contract  ## Run the contract suite (BASE_URL=... API_KEY=... for another server, MAX_EXAMPLES=N)
contract: $(INSTALLED)
	BASE_URL='$(BASE_URL)' API_KEY='$(API_KEY)' API_KEY_B='$(API_KEY_B)' MAX_EXAMPLES='$(MAX_EXAMPLES)' $(PY) -m invoiced_contract

.PHONY: bench-contract  ## Time the default contract run against the sandbox, and the server's share of it
bench-contract: $(INSTALLED)
	$(PY) bench/bench_contract.py

bench: bench-contract

# The server benchmark: wrk (Debian) drives the sandbox, Prism mocking the same spec
# (the portability tools' copy, pinned by their lockfile), and a bare Starlette endpoint.
.PHONY: bench-lifecycle  ## 1,000 monthly subscriptions advanced 12 months (10% declining); other reads' p99 meanwhile
bench-lifecycle: $(INSTALLED)
	$(PY) bench/bench_lifecycle.py

bench: bench-lifecycle

.PHONY: bench-sandbox  ## wrk: sandbox vs Prism vs bare Starlette, req/s, p99 and the ratios to the targets
bench-sandbox: $(INSTALLED) $(PORTABILITY_NPM)
	@command -v wrk >/dev/null || { sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends wrk; }
	$(PY) bench/bench_sandbox.py

bench: bench-sandbox

.PHONY: bench-docs  ## Docs pages: gzipped weight and first contentful paint, against the targets and a bare page
bench-docs: $(INSTALLED) system-deps
	$(PY) bench/bench_docs.py

bench: bench-docs
