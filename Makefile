# Học vụ số: every everyday task is one target. `make` alone prints this map.
#
#   make run     the whole portal on this machine (database, API, web app), URLs printed
#   make test    every test: backend (HTTP against PostgreSQL), frontend units, end-to-end in Chromium
#
# The scripts in scripts/ find a JDK 21+, a PostgreSQL (or start one), and say what is missing.

SHELL := /bin/bash
.DEFAULT_GOAL := help
MVNW := cd backend && JAVA_HOME="$$(../scripts/java-home.sh)" ./mvnw -B
NPM_FRONTEND := source scripts/env.sh && frontend_deps && cd frontend && npm run --silent

.PHONY: help run dev test test-backend test-frontend test-e2e build lint openapi keys db clean bench

help: ## this map
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: ## database + demo data, API on :8080, web app on :5173; Ctrl-C stops
	@scripts/run.sh

dev: ## Quarkus dev mode (live reload, Swagger UI) + Vite dev server
	@scripts/dev.sh

test: test-backend test-frontend test-e2e ## every test, as CI runs them
	@echo "make test: all suites passed"

test-backend: db ## API tests through HTTP against PostgreSQL (database hocvuso_test), then package
	@source scripts/env.sh && load_db_env && $(MVNW) verify

test-frontend: ## type check, lint and unit/component tests of the web app
	@$(NPM_FRONTEND) typecheck && npm run --silent lint && npm test

test-e2e: ## browser tests in headless Chromium against the packaged API and the built app
	@scripts/e2e.sh

build: ## package the API (backend/target/quarkus-app) and build the web app (frontend/dist)
	@$(MVNW) -q package -DskipTests
	@$(NPM_FRONTEND) build

lint: ## compiler warnings as errors for the API; ESLint and tsc for the web app
	@$(MVNW) -q compile -Dmaven.compiler.failOnWarning=true -Dmaven.compiler.showWarnings=true
	@$(NPM_FRONTEND) lint && npm run --silent typecheck

openapi: ## check the contract against the code and regenerate the web app's API types
	@source scripts/env.sh && load_db_env && $(MVNW) -q test -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false
	@$(NPM_FRONTEND) gen:api

keys: ## create the development token key pair in .secrets/jwt (once)
	@scripts/keys.sh

db: ## make sure PostgreSQL runs and the databases hocvuso and hocvuso_test exist
	@scripts/db.sh ensure hocvuso $${HOCVUSO_TEST_DB_NAME:-hocvuso_test}

clean: ## remove build output (keeps .secrets and the databases)
	@$(MVNW) -q clean
	@rm -rf frontend/dist frontend/test-results .run

bench: ## the progress endpoint under load and pgbench on the same SQL (results: docs/benchmarks.md)
	@scripts/bench.sh
