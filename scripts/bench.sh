#!/usr/bin/env bash
# `make bench`: measurements on this machine, against databases of their own. Three suites:
#   progress  the progress endpoint under load (hocvuso_bench, made anew) and pgbench on the same SQL;
#   files     how long hostile upload files take to be refused (hocvuso_bench too), next to a
#             legitimate file of the largest size;
#   stats     the statistics endpoints on a synthetic province of 10,000, 100,000 and 1,000,000
#             learners (hocvuso_bench_<size>, seeded once and kept: the million takes a while), next to
#             the same figures by a plain GROUP BY over the raw tables.
# BENCH_SUITES="progress stats" (default; "files" on request), BENCH_SIZES="10000 100000 1000000" (default),
# BENCH_DB=hocvuso_bench (the database of the progress and files suites).
# Prints the results and writes them to bench/results/ (git-ignored); docs/benchmarks.md records runs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
SUITES=${BENCH_SUITES:-progress stats}
SIZES=${BENCH_SIZES:-10000 100000 1000000}
LEARNERS=${BENCH_LEARNERS:-10000}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32 64}
API_PORT=${BENCH_API_PORT:-18090}
BENCH_DB=${BENCH_DB:-hocvuso_bench}
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
need psql "install PostgreSQL's client: apt-get install postgresql-client"
need pgbench "install pgbench: apt-get install postgresql-contrib (Debian ships it with the server package)"

# The databases first: db.sh reads HOCVUSO_DB_* as "use this server as configured", which load_db_env sets.
case " $SUITES " in *" progress "*|*" files "*) "$ROOT/scripts/db.sh" recreate "$BENCH_DB" ;; esac
case " $SUITES " in *" stats "*) for size in $SIZES; do "$ROOT/scripts/db.sh" ensure "hocvuso_bench_$size"; done ;; esac
load_db_env
"$ROOT/scripts/keys.sh"
export PGHOST=$HOCVUSO_DB_HOST PGPORT=$HOCVUSO_DB_PORT PGUSER=$HOCVUSO_DB_USER PGPASSWORD=$HOCVUSO_DB_PASSWORD
(cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
(cd "$ROOT/bench" && npm install --no-audit --no-fund --loglevel=error)

cleanup() { kill "${API_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
stop_api() { kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; API_PID=; }

progress_suite() {
  export PGDATABASE=$BENCH_DB
  start_api "$API_PORT" "$BENCH_DB" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false

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
  stop_api
}

files_suite() {
  start_api "$API_PORT" "$BENCH_DB" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  echo "[bench] hostile files against the roster dry run, ${BENCH_FILE_ROUNDS:-10} rounds each"
  node "$ROOT/bench/files.mjs" "http://127.0.0.1:$API_PORT" "$ROOT/.secrets/jwt/private.pem" "${BENCH_FILE_ROUNDS:-10}" \
    > "$OUT/files.json"
  stop_api
}

stats_suite() {
  local size database have unit
  for size in $SIZES; do
    database="hocvuso_bench_$size"
    export PGDATABASE=$database
    # The API migrates the database when it starts; the province is then seeded once and kept.
    start_api "$API_PORT" "$database" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
    have=$(psql -Atc "SELECT count(*) FROM app_user WHERE phone LIKE '+8493%'")
    if [ "$have" -lt "$size" ]; then
      echo "[bench] seeding learners $((have + 1)) to $size into $database (the million takes tens of minutes)"
      stop_api
      time psql -q -v ON_ERROR_STOP=1 -v from=$((have + 1)) -v to="$size" -f "$ROOT/bench/seed-province.sql"
      start_api "$API_PORT" "$database" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
    fi
    # The unit with the most learners: the heaviest detail page.
    unit=$(psql -Atc "SELECT unit_code FROM stat_learners GROUP BY unit_code ORDER BY sum(learners) DESC LIMIT 1")
    node "$ROOT/bench/stats.mjs" "http://127.0.0.1:$API_PORT" "$ROOT/.secrets/jwt/private.pem" "$unit" \
      > "$OUT/stats-$size.json"
    stop_api
  done
}

for suite in $SUITES; do
  "${suite}_suite"
done
echo "[bench] machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
