#!/usr/bin/env bash
# `make bench`: the progress endpoint under load, on this machine, against a database of its own
# (hocvuso_bench, dropped and made anew), and pgbench running the same SQL for comparison. Prints the
# results and writes them to bench/results/ (git-ignored); docs/benchmarks.md records runs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
LEARNERS=${BENCH_LEARNERS:-10000}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32 64}
API_PORT=${BENCH_API_PORT:-18090}
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
need psql "install PostgreSQL's client: apt-get install postgresql-client"
need pgbench "install pgbench: apt-get install postgresql-contrib (Debian ships it with the server package)"

"$ROOT/scripts/db.sh" recreate hocvuso_bench
load_db_env
"$ROOT/scripts/keys.sh"
export PGHOST=$HOCVUSO_DB_HOST PGPORT=$HOCVUSO_DB_PORT PGUSER=$HOCVUSO_DB_USER PGPASSWORD=$HOCVUSO_DB_PASSWORD PGDATABASE=hocvuso_bench
(cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
(cd "$ROOT/bench" && { [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error; })

cleanup() { kill "${API_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
start_api "$API_PORT" hocvuso_bench "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false

echo "[bench] seeding $LEARNERS learners"
psql -q -v ON_ERROR_STOP=1 -v learners="$LEARNERS" -f "$ROOT/bench/seed-progress.sql"
psql -At -F, -c "SELECT user_id, enrollment_id, lesson_id FROM bench_target ORDER BY n" > "$OUT/targets.csv"

for connections in $CONNECTIONS; do
  echo "[bench] autocannon: PUT progress, $connections connections, ${SECONDS_PER_RUN}s after a 15s warm-up"
  node "$ROOT/bench/progress.mjs" "http://127.0.0.1:$API_PORT" "$OUT/targets.csv" "$ROOT/.secrets/jwt/private.pem" \
    "$SECONDS_PER_RUN" "$connections" > "$OUT/progress-api-$connections.json"
done

echo "[bench] pgbench: the same SQL, 16 clients, ${SECONDS_PER_RUN}s"
sed "s/random(1, 10000)/random(1, $LEARNERS)/" "$ROOT/bench/pgbench-progress.sql" > "$OUT/pgbench-progress.sql"
pgbench -n -M prepared -c 16 -j 2 -T "$SECONDS_PER_RUN" -r \
  -f "$OUT/pgbench-progress.sql" 2>&1 | tee "$OUT/pgbench.txt" | grep -E "tps|latency average|number of transactions actually"
echo "[bench] machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); $(java -version 2>&1 | head -1)"
