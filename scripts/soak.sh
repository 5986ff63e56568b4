#!/usr/bin/env bash
# `make soak`: the morning rush (issue 20). A province is seeded into a database of its own, the packaged
# API started on it as in production (plus a blocked-thread warning at 100 ms and this machine trusted as
# its load balancer, so that the load generator can play many client addresses), and bench/soak.mjs
# plays the documented mix against it, watching the process: a warm-up of SOAK_WARMUP_SECONDS (default
# 60) ramped from SOAK_WARMUP_FROM (default 0.1) of the rates to the full mix, reported but not judged,
# then SOAK_SECONDS (default 600) at the full mix, judged. The exit code is the verdict; the report goes
# to bench/results/soak-*.md (docs/benchmarks.md records runs).
#
#   SOAK_SECONDS=60 scripts/soak.sh          the short version (`make bench`, .ci/run): 60 s warm-up,
#                                            60 s judged, up to 150 s of drain; ~6 minutes with seeding
#   SOAK_SCALE=0.5                           half the morning peak's rates
#   SOAK_DB, SOAK_API_PORT (default BENCH_API_PORT or 18090), SOAK_RECEIVER_PORT (API port + 6),
#   SOAK_MANAGEMENT_PORT (API port + 7), SOAK_LEARNERS (the province, default 20000),
#   SOAK_JAVA_OPTS (default a fixed, pre-touched heap of 768 MiB), SOAK_API_ENV ("VAR=value ..." more settings of the API, e.g. a
#   webhook allow-list naming the receiver), SOAK_RECEIVER_URL (the receiver as the API should call it)
set -euo pipefail
. "$(dirname "$0")/env.sh"
DURATION=${SOAK_SECONDS:-600}
DATABASE=${SOAK_DB:-hocvuso_soak}
PORT=${SOAK_API_PORT:-${BENCH_API_PORT:-18090}}
RECEIVER_PORT=${SOAK_RECEIVER_PORT:-$((PORT + 6))}
MANAGEMENT_PORT=${SOAK_MANAGEMENT_PORT:-$((PORT + 7))}
LEARNERS=${SOAK_LEARNERS:-20000}
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
LOG="$RUN_DIR/soak-backend.log"
SAFEPOINTS="$RUN_DIR/soak-safepoints.log"
need psql "install PostgreSQL's client: apt-get install postgresql-client"
need node "install Node.js 20.19 or newer"
for port in "$PORT" "$RECEIVER_PORT"; do
  port_free "$port" || { echo "[soak] port $port is in use; set SOAK_API_PORT / SOAK_RECEIVER_PORT" >&2; exit 1; }
done

"$ROOT/scripts/db.sh" recreate "$DATABASE"
load_db_env
"$ROOT/scripts/keys.sh"
export PGHOST=$HOCVUSO_DB_HOST PGPORT=$HOCVUSO_DB_PORT PGUSER=$HOCVUSO_DB_USER PGPASSWORD=$HOCVUSO_DB_PASSWORD PGDATABASE=$DATABASE
[ -n "${SOAK_SKIP_BUILD:-}" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
(cd "$ROOT/bench" && npm install --no-audit --no-fund --loglevel=error)

# CPU for the soak before the others' work. The machine's convention is that everything else runs under
# `nice -n 19` and a measurement at normal priority; but with the kernel's autogroup scheduling
# (/proc/sys/kernel/sched_autogroup_enabled) a nice value orders processes only within their own session,
# and every busy session gets an equal share: on 2026-11-29, with eight other sessions busy, the soak's
# API got a fifth of a core and failed on that alone. So the soak's session (this script, the API and the
# generator) gets the autogroup nice SOAK_AUTOGROUP_NICE (default -15; needs root; 0 leaves it alone),
# set back when the soak ends. PostgreSQL keeps its own share. The report says which one was used.
AUTOGROUP_NICE=${SOAK_AUTOGROUP_NICE:--15}
AUTOGROUP_BEFORE=
if [ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null)" = 1 ] && [ "$AUTOGROUP_NICE" != 0 ]; then
  AUTOGROUP_BEFORE=$(sed -n 's/.* nice \(-\?[0-9]*\)/\1/p' /proc/self/autogroup)
  if echo "$AUTOGROUP_NICE" > /proc/self/autogroup 2>/dev/null; then
    echo "[soak] autogroup scheduling is on: this session's autogroup nice is $AUTOGROUP_NICE for the run (was $AUTOGROUP_BEFORE)"
  else
    echo "[soak] autogroup scheduling is on and this session's share could not be raised (not root?): the soak gets an equal share with every other busy session" >&2
    AUTOGROUP_BEFORE=
  fi
fi

cleanup() {
  kill "${API_PID:-}" 2>/dev/null || true
  if [ -n "$AUTOGROUP_BEFORE" ]; then echo "$AUTOGROUP_BEFORE" > /proc/self/autogroup 2>/dev/null || true; fi
}
trap cleanup EXIT INT TERM
api() {
  # shellcheck disable=SC2086 # SOAK_API_ENV is a list of assignments
  # The safepoint log tells the JVM's stops from the API's own blocks (bench/soak.mjs, watchEventLoops).
  API_JAVA_OPTS="${SOAK_JAVA_OPTS:--Xms768m -Xmx768m -XX:+AlwaysPreTouch} -Xlog:safepoint=info:file=$SAFEPOINTS:time" \
    start_api "$PORT" "$DATABASE" "$LOG" \
    QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    QUARKUS_VERTX_MAX_EVENT_LOOP_EXECUTE_TIME=100ms QUARKUS_VERTX_WARNING_EXCEPTION_TIME=20ms \
    HOCVUSO_TRUSTED_PROXIES=127.0.0.1 HOCVUSO_INTEGRATIONS_WEBHOOKS_ALLOW_HTTP=true \
    HOCVUSO_INTEGRATIONS_WEBHOOKS_ALLOWED_NETWORKS=127.0.0.1/32 \
    QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" ${SOAK_API_ENV:-}
}

echo "[soak] migrating, then seeding a province of $LEARNERS learners and the soak's own"
api; kill "$API_PID"; wait "$API_PID" 2>/dev/null || true
PGOPTIONS="-c client_min_messages=error" psql -q -v ON_ERROR_STOP=1 -v from=1 -v to="$LEARNERS" -f "$ROOT/bench/seed-province.sql" >/dev/null
psql -q -v ON_ERROR_STOP=1 -v learners=12000 -v takers=2500 -f "$ROOT/bench/seed-soak.sql"
api
echo "[soak] API pid $API_PID on :$PORT; ${DURATION}s of the morning rush"
set +e
SOAK_PRIORITY="$(cat /proc/self/autogroup 2>/dev/null || echo 'no autogroup')" \
SOAK_URL="http://127.0.0.1:$PORT" SOAK_SECONDS="$DURATION" SOAK_KEY="$ROOT/.secrets/jwt/private.pem" SOAK_API_PID="$API_PID" \
  SOAK_API_LOG="$LOG" SOAK_SAFEPOINT_LOG="$SAFEPOINTS" SOAK_RECEIVER_PORT="$RECEIVER_PORT" SOAK_OUT="$OUT" SOAK_JCMD="$JAVA_HOME/bin/jcmd" \
  SOAK_METRICS_URLS="http://127.0.0.1:$MANAGEMENT_PORT/q/metrics,http://127.0.0.1:$PORT/q/metrics" \
  node "$ROOT/bench/soak.mjs"
verdict=$?
set -e
echo "[soak] machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $verdict
