# Học vụ số: every everyday task is one target. `make` alone prints this map.
#
#   make run     the whole portal on this machine (database, API, web app), URLs printed
#   make test    every test: backend (HTTP against PostgreSQL), frontend units, contract fuzzer, end-to-end in Chromium
#
# The scripts in scripts/ find a JDK 21+, a PostgreSQL (or start one), and say what is missing.

SHELL := /bin/bash
.DEFAULT_GOAL := help
MVNW := cd backend && JAVA_HOME="$$(../scripts/java-home.sh)" ./mvnw -B
NPM_FRONTEND := source scripts/env.sh && frontend_deps && cd frontend && npm run --silent

.PHONY: help run dev test test-backend test-frontend test-fuzz test-e2e build lint format format-check openapi keys credential-key-rotate db clean bench mock \
        backup-setup backup backup-schedule backup-status restore secrets-backup secrets-restore test-ops bench-restore soak \
        standby test-failover bench-standby run-cluster test-cluster lint-compose

help: ## this map
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

run: ## database + demo data, API on :8080, web app on :5173; Ctrl-C stops
	@scripts/run.sh

run-cluster: ## 3 API replicas behind HAProxy (:8090, statistics :8099), web app on :5174; Ctrl-C stops (HOCVUSO_CLUSTER_REPLICAS=…)
	@scripts/cluster.sh

dev: ## Quarkus dev mode (live reload, Swagger UI) + Vite dev server
	@scripts/dev.sh

test: test-backend test-frontend test-fuzz test-e2e ## every test, as CI runs them
	@echo "make test: all suites passed"

test-backend: db ## API tests through HTTP against PostgreSQL (database hocvuso_test), then package
	@scripts/media.sh ensure # the media and listening tests run the real ffmpeg and espeak-ng
	@source scripts/env.sh && load_db_env && $(MVNW) verify

test-frontend: ## the contract's lint (Redocly), type check, lint and unit/component tests of the web app, the journey against the mock
	@$(NPM_FRONTEND) lint:contract && npm run --silent typecheck && npm run --silent lint && npm test && npm run --silent test:mock

mock: ## the API mocked from openapi.yaml alone (Prism) on http://127.0.0.1:4010 (MOCK_PORT=…); no backend, no database
	@$(NPM_FRONTEND) mock

test-fuzz: ## the contract fuzzer: fast-check draws requests from openapi.yaml for the packaged API (FUZZ_SEED=… replays)
	@scripts/fuzz.sh

test-e2e: ## browser tests in headless Chromium against the packaged API and the built app
	@scripts/e2e.sh

test-cluster: ## the replicas' kill test: shared limits, keys, leases and caches; a replica killed under load, nothing acknowledged lost
	@scripts/cluster-test.sh

test-ops: ## the restore drill: backup, a mistake, restore to the moment before, checked through the API (root)
	@scripts/restore-drill.sh

build: ## package the API (backend/target/quarkus-app) and build the web app (frontend/dist)
	@$(MVNW) -q package -DskipTests
	@$(NPM_FRONTEND) build

lint: ## formatting checked, compiler warnings as errors for the API; ESLint and tsc for the web app
	@$(MAKE) --no-print-directory format-check
	@$(MVNW) -q compile -Dmaven.compiler.failOnWarning=true -Dmaven.compiler.showWarnings=true
	@$(NPM_FRONTEND) lint && npm run --silent typecheck
	@$(MAKE) --no-print-directory lint-compose

lint-compose: ## the compose files against the compose specification (dclint), their HAProxy configurations (haproxy -c)
	@scripts/compose/check.sh

format: ## apply the formatters: Spotless (palantir-java-format) to the Java code, Prettier to the web app
	@$(MVNW) -q spotless:apply
	@$(NPM_FRONTEND) format

format-check: ## fail if a file is not as `make format` would write it (Java: Spotless, web app: Prettier)
	@$(MVNW) -q spotless:check
	@$(NPM_FRONTEND) format:check

openapi: ## check the contract against the code and regenerate the web app's API types
	@source scripts/env.sh && load_db_env && $(MVNW) -q test -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false
	@$(NPM_FRONTEND) gen:api

keys: ## create the development token key pair in .secrets/jwt (once)
	@scripts/keys.sh

credential-key-rotate: ## a new current key for signing verifiable credentials (old keys kept; HOCVUSO_CREDENTIAL_KEY_DIR)
	@scripts/credential-keys.sh rotate

db: ## make sure PostgreSQL runs and the databases hocvuso and hocvuso_test exist
	@scripts/db.sh ensure hocvuso $${HOCVUSO_TEST_DB_NAME:-hocvuso_test}

clean: ## remove build output (keeps .secrets and the databases)
	@$(MVNW) -q clean
	@rm -rf frontend/dist frontend/test-results .run

bench: ## progress under load and pgbench, statistics, certificate PDFs, Lighthouse, a 60 s soak, reminders (BENCH_SUITES=…; docs/benchmarks.md)
	@scripts/bench.sh

bench-restore: ## RPO (archive lag) and RTO (restore time) on a synthetic province (BENCH_RESTORE_SIZE=100000)
	@scripts/restore-bench.sh

test-failover: ## the primary crashes under the learners' writes, its synchronous standby is promoted: writes again within 30 s, none lost (root)
	@scripts/failover.sh

standby: ## a hot standby of the cluster on PRIMARY=port (PORT=, NAME=, SYNC=on): docs/operations.md, "A standby and failover" (root)
	@scripts/standby.sh create $(if $(PRIMARY),PRIMARY=$(PRIMARY)) $(if $(PORT),PORT=$(PORT)) $(if $(NAME),NAME=$(NAME)) $(if $(SYNC),SYNC=$(SYNC))

bench-standby: ## the progress writes with synchronous replication on and off, alternating, on a primary and standby of its own (root)
	@scripts/failover.sh bench

# Backups and restore of the portal's database with pgBackRest: docs/operations.md, "Backups and restore".
backup-setup: ## protect the database: WAL archiving, encrypted repository, retention (root; asks before a restart)
	@scripts/backup-setup.sh

backup: ## one backup, recorded for the API's health (TYPE=full|diff|incr, default incr)
	@scripts/backup.sh $(TYPE)

backup-schedule: ## install the schedule: weekly full, daily differential, incrementals (systemd timers or cron)
	@scripts/backup-schedule.sh

backup-status: ## the backups kept, WAL archiving and its lag, the last runs, a live check
	@scripts/backup-status.sh

restore: ## point-in-time recovery into a new cluster: make restore TIME='2026-11-29 10:15' [NAME=… PORT=…]
	@scripts/restore.sh

secrets-backup: ## the keys that are not in the database backups, as an encrypted bundle (DEST=folder)
	@scripts/secrets.sh backup

secrets-restore: ## put back the keys of a bundle (FILE=bundle)
	@scripts/secrets.sh restore

soak: ## the morning rush: the province's mixed load for 10 minutes, process watched; fails on 5xx, blocks, leaks
	@scripts/soak.sh
