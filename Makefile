# One command surface, used the same way locally and in .ci/run.
SHELL := /bin/bash
PYTHON_VERSION ?= 3.11
# A pinned uv of our own, so every machine resolves and installs the same way.
UV := .tools/bin/uv
RUN := $(UV) run --frozen --no-sync
export PYTHONPATH := $(CURDIR)
# aerich asks MySQL's version for its rename syntax when generating offline.
export AERICH_MYSQL_VERSION := 8.0
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

.PHONY: run worker test test-fast preflight fuzz lint typecheck migrations-check migrations bench install env audit clean assets h5

$(UV):
	python3 -m pip install --quiet --target .tools/uv-pkg uv==0.13.9
	# Keep only the standalone binary; the wheel's Python wrapper is not needed.
	mkdir -p .tools/bin && mv .tools/uv-pkg/bin/uv .tools/bin/uv && rm -rf .tools/uv-pkg

.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON_VERSION)
	touch $@

install: .venv/.installed

.env:
	$(RUN) python -m backend.manage env

env: .env

# npm writes node_modules/.package-lock.json on every install: redo `npm ci` when it is missing or the lock changed.
frontend-assets/node_modules/.package-lock.json: frontend-assets/package.json frontend-assets/package-lock.json
	cd frontend-assets && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

h5/node_modules/.package-lock.json: h5/package.json h5/package-lock.json
	cd h5 && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

## The H5 app (h5/, served under /h5/): the API's OpenAPI schema dumped from the app, the client
## types generated from it, type-checked (vue-tsc) and built; the build prints the size budget
h5: install h5/node_modules/.package-lock.json
	$(RUN) python scripts/dump_openapi.py h5/src/api/openapi.json
	cd h5 && npm run --silent gen && npm run --silent typecheck && npm run --silent build

## amis/vue/history from npm into backend/admin/static, so the admin needs no CDN (offline intranets); the H5 app
assets: install frontend-assets/node_modules/.package-lock.json h5
	$(RUN) python scripts/vendor_assets.py

## Run the product: embedded SQLite, demo hospital, in-process jobs, http://$(HOST):$(PORT)
run: install assets .env
	SEED_DEMO=$${SEED_DEMO:-true} $(RUN) python -m backend.manage serve

## arq workers (needs REDIS_URL)
worker: install .env
	$(RUN) arq backend.jobs.worker.WorkerSettings

## Debian packages (unixODBC, FreeTDS, Chromium, CJK fonts) and services the tests need: installed
## and started when root with apt-get, otherwise the exact command is printed (seconds, not minutes)
preflight:
	scripts/preflight.sh

## The whole suite on SQLite, PostgreSQL and MariaDB (preflight first, so nothing slow runs in vain)
test: preflight install assets
	scripts/test.sh

## schemathesis against the OpenAPI schema as three roles on a fresh demo hospital (~3 minutes):
## 0 server errors, 0 schema violations. Bounds and database as options, e.g.
## make fuzz FUZZ_ARGS="--max-examples 60 --seconds 90 --database-url postgres://..."
fuzz: install assets
	$(RUN) python scripts/fuzz.py $(FUZZ_ARGS)

lint: install
	$(RUN) ruff check backend integrations tests bench
	$(RUN) ruff format --check backend integrations tests bench

typecheck: install
	$(RUN) mypy backend integrations

migrations-check: install .env
	$(RUN) python -m backend.manage migrations-check

## Write a migration for every database after changing models: make migrations NAME=add_x
migrations: install .env
	$(RUN) python -m backend.manage makemigrations $(NAME)

## Benchmarks (PostgreSQL, Redis): each prints a ratio to a same-run baseline; the first that fails stops the run.
## Two checkouts side by side: BENCH_DB_SUFFIX=_b make bench (database names), BENCH_REDIS_DB (bench_sms).
bench: install assets .env
	@set -e; for b in bench/bench_*.py; do echo "== $$b"; $(RUN) python $$b; done

## Vulnerability audit of the locked dependencies (needs the vulnerability service reachable)
audit: install
	$(UV) export --frozen --no-hashes --no-emit-project > .tools/requirements.txt
	$(RUN) pip-audit --strict -r .tools/requirements.txt

clean:
	rm -rf .venv .tools var .pytest_cache .mypy_cache .ruff_cache
