#!/usr/bin/env bash
# `make test-cluster`: the replicas' kill test (scripts/cluster/kill-test.mjs). Starts the cluster of
# `make run-cluster` (scripts/cluster.sh: the packaged API three times, Debian's HAProxy in front) on a database
# of its own, recreated (CLUSTER_TEST_DB, default hocvuso_cluster_test), checks what the replicas share, kills
# one under load and brings it back; stops everything it started, whatever happens. About 2 to 3 minutes
# (CLUSTER_SKIP_BUILD=1 reuses the package already built).
#   Ports (all on 127.0.0.1): replicas CLUSTER_API_PORT [18400..], their management ports
#   CLUSTER_MANAGEMENT_PORT [18410..], the balancer CLUSTER_PORT [18418], its statistics CLUSTER_STATS_PORT [18419].
#   CLUSTER_TEST_CLIENTS [8] learners under load (plus one administrator).
set -euo pipefail
. "$(dirname "$0")/env.sh"
export HOCVUSO_CLUSTER_REPLICAS=${HOCVUSO_CLUSTER_REPLICAS:-3}
export CLUSTER_API_PORT=${CLUSTER_API_PORT:-18400} CLUSTER_MANAGEMENT_PORT=${CLUSTER_MANAGEMENT_PORT:-18410}
export CLUSTER_PORT=${CLUSTER_PORT:-18418} CLUSTER_STATS_PORT=${CLUSTER_STATS_PORT:-18419}
export CLUSTER_DB=${CLUSTER_TEST_DB:-hocvuso_cluster_test} CLUSTER_DIR="$RUN_DIR/cluster-test"
# The test's clients all come from 127.0.0.1: exempt from the limits per address (the lockout still counts,
# and is what the test checks); a first request cut off by the kill holds its Idempotency-Key as unfinished
# for 5 s instead of a minute, so that the retries the test makes answer soon.
export CLUSTER_API_ENV="HOCVUSO_LIMITS_EXEMPT=127.0.0.1/32 HOCVUSO_INTEGRATIONS_IDEMPOTENCY_PENDING_TIMEOUT=PT5S QUARKUS_HTTP_ACCESS_LOG_ENABLED=false ${CLUSTER_API_ENV:-}"
# A replica started again on a busy machine (2 cores, niced) has taken 90 s to be ready.
export API_START_SECONDS=${API_START_SECONDS:-240}
need node "install Node.js 20.19 or newer"
need psql "install PostgreSQL's client: apt-get install postgresql-client"

trap '"$ROOT/scripts/cluster.sh" stop' EXIT INT TERM
"$ROOT/scripts/cluster.sh" stop # what an interrupted run left
"$ROOT/scripts/db.sh" recreate "$CLUSTER_DB"
load_db_env
export PGHOST=$HOCVUSO_DB_HOST PGPORT=$HOCVUSO_DB_PORT PGUSER=$HOCVUSO_DB_USER PGPASSWORD=$HOCVUSO_DB_PASSWORD PGDATABASE=$CLUSTER_DB
started=$SECONDS
"$ROOT/scripts/cluster.sh" start
echo "[cluster] started in $((SECONDS - started)) s; the kill test:"
node "$ROOT/scripts/cluster/kill-test.mjs"
echo "[cluster] test-cluster took $((SECONDS - started)) s (cluster started and stopped included)"
