#!/usr/bin/env bash
# `make bench`: measurements on this machine, against databases of their own. Nine suites:
#   progress  the progress endpoint under load (hocvuso_bench, made anew) and pgbench on the same SQL;
#   files     how long hostile upload files take to be refused (hocvuso_bench too), next to a
#             legitimate file of the largest size;
#   stats     the statistics endpoints on a synthetic province of 10,000, 100,000 and 1,000,000
#             learners (hocvuso_bench_<size>, seeded once and kept: the million takes a while), next to
#             the same figures by a plain GROUP BY over the raw tables;
#   pdf       the certificate PDF rendered, cached and revalidated (BENCH_PDF_DB, default
#             hocvuso_bench_certificates, made anew; 400 certificates);
#   web       Lighthouse (mobile preset) on the learner's and the public pages of the production build,
#             served by nginx as frontend/Dockerfile does, against the packaged API with demo data
#             (hocvuso_bench_web, made anew). `BENCH_SUITES=web make bench` runs it alone. The API is
#             proxied on the app's origin (HOCVUSO_API_UPSTREAM); BENCH_WEB_API=cross-origin serves it
#             on its own origin instead (HOCVUSO_API_BASE_URL, CORS);
#   reports   the report generator (issue 14) on the stats suite's province (BENCH_STATS_DB_<size>, seeded
#             the same way): the notice as DOCX and as PDF and the units' results file as of yesterday, each
#             from POST to DONE and its download (BENCH_REPORT_ROUNDS, default 5), next to the synchronous
#             GET /api/v1/stats/units/export?format=xlsx&asOf= of the same day. `BENCH_SUITES=reports
#             BENCH_SIZES=10000 make bench` runs it alone;
#   replicas  (issue 15) the progress writes through one replica and through three behind HAProxy, each
#             against pgbench on the same SQL (BENCH_REPLICA_ROUNDS rounds each, default 2; the one replica alone,
#             then the cluster): `BENCH_SUITES=replicas make bench`;
#   soak      the morning rush: a 60 s warm-up, then BENCH_SOAK_SECONDS judged (default 60; `make soak` judges 10 minutes).
#   notify    the reminder and digest selection over BENCH_NOTIFY_LEARNERS (default 1,000,000) learners
#             (hocvuso_bench_notify, seeded once and kept), alone and next to the progress endpoint's load.
#   triggers  what the village rollups' triggers (V95, V120) cost the writes they fire on: pgbench runs the
#             services' SQL of an enrolment, a course's completion, a pass with its certificate and a move
#             to another village (each rolled back), and a plain progress report, on a province of
#             BENCH_TRIGGER_LEARNERS (default 5,000; 70 % in villages) in hocvuso_bench_triggers (made
#             anew), once with the triggers as shipped and once with exactly those four disabled
#             (re-enabled after), alternating in BENCH_TRIGGER_ROUNDS (default 3) rounds of
#             BENCH_TRIGGER_ROUND_SECONDS (default 2) each; then each write's statement 200 times under
#             EXPLAIN ANALYZE, the triggers' own time per call (what a loaded machine blurs least): about
#             two minutes on a quiet machine.
#             `BENCH_SUITES=triggers make bench` runs it alone; the ratio is with / without.
# BENCH_SUITES="progress stats pdf web soak notify" (default; "files", "triggers", "reports" and "replicas" on request), BENCH_SIZES="10000 100000 1000000" (default),
# BENCH_STATS_DB (the statistics databases' prefix, default hocvuso_bench: hocvuso_bench_<size>),
# BENCH_DB=hocvuso_bench (the database of the progress and files suites).
# BENCH_STATS_REF=<another checkout, its API packaged> (stats suite): that build's API is started beside this
# one on the same database (port BENCH_API_PORT+1), timed alone by stats.mjs (stats-ref-<size>.json), then
# both by stats-ab.mjs, one client alternating its requests between them (stats-ab-<size>.json; A = the
# reference, B = this checkout): the comparison a loaded machine still allows.
# BENCH_WEB_REF=<a reference build's dist/> (web suite): A/B, that build against this checkout's, alternating
# (web_ab below).
# BENCH_LH_PAGES=lesson,"final test" (web suite): only these pages; BENCH_LH_THROTTLING=devtools: the preset's slow 4G and
# 4x CPU applied by Chromium during the load instead of Lighthouse's simulation (a check, not the targets' figure).
# BENCH_MANAGEMENT_PORT, BENCH_CLUSTER_MANAGEMENT_PORT (replicas suite): the one replica's and the three replicas'
# management ports (defaults BENCH_API_PORT + 100 and BENCH_API_PORT + 122), to keep a run inside a range of ports.
# BENCH_SKIP_BUILD=1 uses the API already packaged in backend/target (a measuring slot: nothing is built).
# BENCH_JAVA_OPTS: the API's JVM, by default a fixed, pre-touched heap of 1 GiB, as production runs it
# (backend/Dockerfile: initial = maximum heap). A heap left to grow and shrink from 1/64 of the memory
# collected two to three times as often under the statistics' reads (docs/benchmarks.md, 2026-11-30).
# Prints the results and writes them to bench/results/ (git-ignored); docs/benchmarks.md records runs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
SUITES=${BENCH_SUITES:-progress stats pdf web soak notify}
PDF_DB=${BENCH_PDF_DB:-hocvuso_bench_certificates}
SIZES=${BENCH_SIZES:-10000 100000 1000000}
LEARNERS=${BENCH_LEARNERS:-10000}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32 64}
API_PORT=${BENCH_API_PORT:-18090}
# the web suite's app server and Chromium's debugging port, next to the API's
WEB_PORT=${BENCH_WEB_PORT:-$((API_PORT + 1))}
CDP_PORT=${BENCH_CDP_PORT:-$((API_PORT + 2))}
WEB_DB=${BENCH_WEB_DB:-hocvuso_bench_web}
BENCH_DB=${BENCH_DB:-hocvuso_bench}
[ -z "${BENCH_STATS_REF:-}" ] || BENCH_STATS_REF=$(cd "$BENCH_STATS_REF" && pwd)
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
export API_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms1g -Xmx1g -XX:+AlwaysPreTouch}"
need psql "install PostgreSQL's client: apt-get install postgresql-client"
case " $SUITES " in *" progress "*|*" triggers "*|*" replicas "*)
  need pgbench "install pgbench: apt-get install postgresql-contrib (Debian ships it with the server package)" ;;
esac

# The databases first: db.sh reads HOCVUSO_DB_* as "use this server as configured", which load_db_env sets.
case " $SUITES " in *" progress "*|*" files "*|*" replicas "*) "$ROOT/scripts/db.sh" recreate "$BENCH_DB" ;; esac
case " $SUITES " in *" stats "*|*" reports "*) for size in $SIZES; do "$ROOT/scripts/db.sh" ensure "${BENCH_STATS_DB:-hocvuso_bench}_$size"; done ;; esac
case " $SUITES " in *" pdf "*) "$ROOT/scripts/db.sh" recreate "$PDF_DB" ;; esac
case " $SUITES " in *" web "*) "$ROOT/scripts/db.sh" recreate "$WEB_DB" ;; esac
case " $SUITES " in *" notify "*) "$ROOT/scripts/db.sh" ensure hocvuso_bench_notify ;; esac
case " $SUITES " in *" triggers "*) "$ROOT/scripts/db.sh" recreate hocvuso_bench_triggers ;; esac
load_db_env
"$ROOT/scripts/keys.sh"
export PGHOST=$HOCVUSO_DB_HOST PGPORT=$HOCVUSO_DB_PORT PGUSER=$HOCVUSO_DB_USER PGPASSWORD=$HOCVUSO_DB_PASSWORD
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
(cd "$ROOT/bench" && npm install --no-audit --no-fund --loglevel=error)

cleanup() { kill "${API_PID:-}" "${OURS_PID:-}" "${REF_PID:-}" "${WEB_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM
stop_api() { kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; API_PID=; }

progress_suite() {
  export PGDATABASE=$BENCH_DB
  start_api "$API_PORT" "$BENCH_DB" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false

  seed_progress

  for connections in $CONNECTIONS; do
    echo "[bench] autocannon: PUT progress, $connections connections, ${SECONDS_PER_RUN}s after a 15s warm-up"
    node "$ROOT/bench/progress.mjs" "http://127.0.0.1:$API_PORT" "$OUT/targets.csv" "$ROOT/.secrets/jwt/private.pem" \
      "$SECONDS_PER_RUN" "$connections" > "$OUT/progress-api-$connections.json"
  done

  pgbench_progress "$OUT/pgbench.txt"
  stop_api
}

# The progress suite's learners (BENCH_LEARNERS) in $BENCH_DB, their targets in $OUT/targets.csv.
seed_progress() {
  echo "[bench] seeding $LEARNERS learners"
  psql -q -v ON_ERROR_STOP=1 -v learners="$LEARNERS" -f "$ROOT/bench/seed-progress.sql"
  psql -At -F, -c "SELECT user_id, enrollment_id, lesson_id FROM bench_target ORDER BY n" > "$OUT/targets.csv"
}

# pgbench on the progress report's SQL (bench/pgbench-progress.sql), 16 clients, into $1.
pgbench_progress() {
  echo "[bench] pgbench: the same SQL, 16 clients, ${SECONDS_PER_RUN}s"
  sed "s/random(1, 10000)/random(1, $LEARNERS)/" "$ROOT/bench/pgbench-progress.sql" > "$OUT/pgbench-progress.sql"
  pgbench -n -M prepared -c 16 -j 2 -T "$SECONDS_PER_RUN" -r \
    -f "$OUT/pgbench-progress.sql" 2>&1 | tee "$1" | grep -E "tps|latency average|number of transactions actually"
}

# Issue 15: the progress writes through one replica and through three behind HAProxy (scripts/cluster.sh, the
# configuration of make run-cluster), each against pgbench on the same SQL, all on the progress suite's database
# and learners. The one replica first, alone: BENCH_REPLICA_ROUNDS (2) rounds of pgbench then the replica, with
# nothing else of ours running (three idle replicas polling the database and HAProxy took a share of the 2 cores
# from it when it ran beside the cluster); the replica stopped, the cluster started, and as many rounds of pgbench
# then the balancer. Round 1 of each is its JVMs' first load (the JIT's warm-up). On 2 cores three replicas cannot
# add throughput: what is measured is what the balancer and more JVMs cost.
# BENCH_MANAGEMENT_PORT (the one replica's, default BENCH_API_PORT + 100) and BENCH_CLUSTER_MANAGEMENT_PORT (the
# replicas', default balancer + 102) keep the run inside a given range of ports.
replicas_suite() {
  export PGDATABASE=$BENCH_DB
  MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-} start_api "$API_PORT" "$BENCH_DB" "$RUN_DIR/bench-backend.log" \
    QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  seed_progress
  local lb=$((API_PORT + 20)) round connections=${BENCH_REPLICA_CONNECTIONS:-32}
  : > "$OUT/replicas.tsv"
  replica_rounds one "$API_PORT"
  stop_api
  # Global, not local: the EXIT trap below runs after this function has returned (a failed pgbench under set -e),
  # and must still stop the replicas and HAProxy, or the next run finds their ports taken. Each replica gets 16
  # connections: four APIs of 20 and pgbench's 16 outgrew PostgreSQL's 100 once the pools had filled. Flyway's
  # one connection at start may wait 30 s, not 5: on a busy shared machine a replica's start once gave up there.
  cluster=(env CLUSTER_DB="$BENCH_DB" CLUSTER_SKIP_BUILD=1 CLUSTER_PORT="$lb" CLUSTER_STATS_PORT=$((lb + 1))
    CLUSTER_API_PORT=$((lb + 2)) CLUSTER_MANAGEMENT_PORT="${BENCH_CLUSTER_MANAGEMENT_PORT:-$((lb + 102))}"
    CLUSTER_DIR="$RUN_DIR/bench-cluster" HOCVUSO_CLUSTER_REPLICAS=3
    "CLUSTER_API_ENV=QUARKUS_HTTP_ACCESS_LOG_ENABLED=false HOCVUSO_DB_POOL_SIZE=16 QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S" "$ROOT/scripts/cluster.sh")
  trap '"${cluster[@]}" stop; cleanup' EXIT INT TERM
  "${cluster[@]}" start
  replica_rounds three "$lb"
  "${cluster[@]}" stop
  trap cleanup EXIT INT TERM
  node "$ROOT/bench/replicas-table.mjs" "$OUT/replicas.tsv" | tee "$OUT/replicas.md"
}

# BENCH_REPLICA_ROUNDS rounds of pgbench then bench/progress.mjs through $2 (one replica or the balancer), each a
# line of $OUT/replicas.tsv (round, what, result) named by $1 (one, three).
replica_rounds() {
  local what=$1 port=$2 round
  for round in $(seq 1 "${BENCH_REPLICA_ROUNDS:-2}"); do
    pgbench_progress "$OUT/replicas-pgbench-$what-$round.txt"
    printf '%s\tpgbench-%s\t%s\n' "$round" "$what" "$(awk '/^tps/ { print int($3) }' "$OUT/replicas-pgbench-$what-$round.txt")" >> "$OUT/replicas.tsv"
    echo "[bench] round $round: progress through $what (replicas), $connections connections; $(uptime | sed 's/.*load/load/')"
    node "$ROOT/bench/progress.mjs" "http://127.0.0.1:$port" "$OUT/targets.csv" "$ROOT/.secrets/jwt/private.pem" \
      "$SECONDS_PER_RUN" "$connections" > "$OUT/replicas-$what-$round.json"
    printf '%s\t%s\t%s\n' "$round" "$what" "$(cat "$OUT/replicas-$what-$round.json")" >> "$OUT/replicas.tsv"
  done
}

files_suite() {
  start_api "$API_PORT" "$BENCH_DB" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  echo "[bench] hostile files against the roster dry run, ${BENCH_FILE_ROUNDS:-10} rounds each"
  node "$ROOT/bench/files.mjs" "http://127.0.0.1:$API_PORT" "$ROOT/.secrets/jwt/private.pem" "${BENCH_FILE_ROUNDS:-10}" \
    > "$OUT/files.json"
  stop_api
}

# The statistics database of $1 learners (BENCH_STATS_DB_<size>) seeded, with the API started on it and
# left running; prints nothing but the seeding's progress. The stats and reports suites share it.
seeded_province() {
  local size=$1 database have
  database="${BENCH_STATS_DB:-hocvuso_bench}_$size"
  export PGDATABASE=$database
  # The API migrates the database when it starts; the province is then seeded once and kept.
  start_api "$API_PORT" "$database" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  have=$(psql -Atc "SELECT count(*) FROM app_user WHERE phone LIKE '+8493%'")
  if [ "$have" -gt 0 ] && [ "$(psql -Atc "SELECT to_regclass('bench_place') IS NULL")" = t ]; then
    echo "[bench] $database was seeded before plan 368's places (schools, enterprises, villages): seeding it again"
    stop_api
    "$ROOT/scripts/db.sh" recreate "$database"
    start_api "$API_PORT" "$database" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
    have=0
  fi
  if [ "$have" -lt "$size" ]; then
    echo "[bench] seeding learners $((have + 1)) to $size into $database (the million takes tens of minutes)"
    stop_api
    time psql -q -v ON_ERROR_STOP=1 -v from=$((have + 1)) -v to="$size" -f "$ROOT/bench/seed-province.sql"
    start_api "$API_PORT" "$database" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  fi
}

stats_suite() {
  local size database unit
  for size in $SIZES; do
    database="${BENCH_STATS_DB:-hocvuso_bench}_$size"
    seeded_province "$size"
    # The unit with the most learners: the heaviest detail page.
    unit=$(psql -Atc "SELECT unit_code FROM stat_learners GROUP BY unit_code ORDER BY sum(learners) DESC LIMIT 1")
    node "$ROOT/bench/stats.mjs" "http://127.0.0.1:$API_PORT" "$ROOT/.secrets/jwt/private.pem" "$unit" \
      > "$OUT/stats-$size.json"
    [ -n "${BENCH_STATS_REF:-}" ] && stats_against_reference "$size" "$database" "$unit"
    stop_api
  done
}

# Reports (issue 14) on the statistics suite's province: NOTICE as DOCX and PDF and UNIT_RESULTS as XLSX as of a
# past day, each timed from POST to DONE and its download, next to the synchronous units' export of that day.
reports_suite() {
  local size
  for size in $SIZES; do
    seeded_province "$size"
    echo "[bench] reports on $size learners, ${BENCH_REPORT_ROUNDS:-5} rounds of each"
    node "$ROOT/bench/reports.mjs" "http://127.0.0.1:$API_PORT" "$ROOT/.secrets/jwt/private.pem" \
      "${BENCH_REPORT_ROUNDS:-5}" > "$OUT/reports-$size.json"
    cat "$OUT/reports-$size.json"
    stop_api
  done
}

# The reference build's API beside this one (still running) on the same database: alone, then interleaved.
stats_against_reference() {
  local size=$1 database=$2 unit=$3 ref_port=$((API_PORT + 1)) ours=$API_PID
  echo "[bench] the reference, $BENCH_STATS_REF ($(git -C "$BENCH_STATS_REF" rev-parse --short HEAD)), on port $ref_port"
  # The reference does not migrate: the database is this checkout's, and an older build refuses newer migrations.
  # OURS_PID: this checkout's API for the exit trap while start_api puts the reference's in API_PID (and may
  # exit when the reference does not start).
  OURS_PID=$ours
  ROOT=$BENCH_STATS_REF start_api "$ref_port" "$database" "$RUN_DIR/bench-backend-ref.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    QUARKUS_FLYWAY_MIGRATE_AT_START=false
  REF_PID=$API_PID API_PID=$ours OURS_PID=
  node "$ROOT/bench/stats.mjs" "http://127.0.0.1:$ref_port" "$ROOT/.secrets/jwt/private.pem" "$unit" \
    > "$OUT/stats-ref-$size.json"
  echo "[bench] $size learners, interleaved: A = the reference, B = this checkout"
  node "$ROOT/bench/stats-ab.mjs" "http://127.0.0.1:$ref_port" "http://127.0.0.1:$API_PORT" \
    "$ROOT/.secrets/jwt/private.pem" "$unit" > "$OUT/stats-ab-$size.json"
  kill "$REF_PID" 2>/dev/null || true; wait "$REF_PID" 2>/dev/null || true; REF_PID=
}

pdf_suite() {
  export PGDATABASE=$PDF_DB
  # The API migrates the database; the certificates are seeded behind its back, then it starts afresh, its
  # cache empty, so that the first request for each code renders it.
  start_api "$API_PORT" "$PDF_DB" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  psql -q -v ON_ERROR_STOP=1 -v certificates=400 -f "$ROOT/bench/seed-certificates.sql"
  stop_api
  start_api "$API_PORT" "$PDF_DB" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  echo "[bench] certificate PDF: 300 codes rendered, then cached, then revalidated (after 100 to warm up)"
  node "$ROOT/bench/pdf.mjs" "http://127.0.0.1:$API_PORT" 400 100 | tee "$OUT/pdf.json"
  stop_api
}

web_suite() {
  local web="http://127.0.0.1:$WEB_PORT" api="http://127.0.0.1:$API_PORT"
  export PGDATABASE=$WEB_DB
  frontend_deps
  echo "[bench] building the web app"
  (cd "$ROOT/frontend" && npm run --silent build >/dev/null)
  start_api "$API_PORT" "$WEB_DB" "$RUN_DIR/bench-web-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    QUARKUS_PROFILE=prod,demo HOCVUSO_DEMO=true HOCVUSO_DEMO_PASSWORD="bench-$(head -c 9 /dev/urandom | base64 | tr -d '/+=')" \
    HOCVUSO_CORS_ORIGINS="$web" HOCVUSO_WEB_BASE_URL="$web"
  start_web_production "$WEB_PORT" "$api" "$RUN_DIR/bench-web-frontend.log" "${BENCH_WEB_API:-same-origin}"
  if [ -n "${BENCH_WEB_REF:-}" ]; then
    web_ab "$web" "$api"
  else
    echo "[bench] Lighthouse ${BENCH_LH_RUNS:-3} runs per page, mobile preset, app served by $WEB_SERVER"
    CHROMIUM_PATH=$("$ROOT/scripts/ensure-chromium.sh") BENCH_CDP_PORT=$CDP_PORT \
      node "$ROOT/bench/lighthouse.mjs" "$web" "$api" "$OUT/web"
    echo "[bench] web app served by $WEB_SERVER" | tee -a "$OUT/web/lighthouse.md"
  fi
  kill "$WEB_PID" 2>/dev/null || true; wait "$WEB_PID" 2>/dev/null || true; WEB_PID=
  stop_api
}

# BENCH_WEB_REF=<another build's dist/>: that build (A, the reference) is served beside this one (B) by a
# second nginx on the same API and database, and Lighthouse runs one run per page on each in turn, A and B
# alternating (A B, B A, ...), BENCH_LH_RUNS rounds: what a shared machine's changing load still lets one
# compare. Each build's runs are in bench/results/web-ab/<a|b>-<round>/, the table in web-ab/lighthouse-ab.md.
web_ab() {
  local web_b=$1 api=$2 ref port_a=$((API_PORT + 3)) round out first second
  ref=$(cd "$BENCH_WEB_REF" && pwd)
  [ -f "$ref/index.html" ] || { echo "[bench] BENCH_WEB_REF=$ref holds no built web app (index.html)" >&2; return 1; }
  local web_a="http://127.0.0.1:$port_a" pid_b=$WEB_PID
  case $WEB_SERVER in nginx*) ;; *)
    echo "[bench] BENCH_WEB_REF needs nginx (apt-get install nginx-light): vite preview serves frontend/dist only" >&2
    return 1 ;;
  esac
  REF_PID=$pid_b # the cleanup trap stops this checkout's server too if the reference's does not start
  start_web_production "$port_a" "$api" "$RUN_DIR/bench-web-frontend-ref.log" "${BENCH_WEB_API:-same-origin}" "$ref"
  REF_PID=$WEB_PID; WEB_PID=$pid_b
  rm -rf "$OUT/web-ab" && mkdir -p "$OUT/web-ab"
  echo "[bench] Lighthouse A/B: A = $ref ($web_a), B = this checkout ($web_b), ${BENCH_LH_RUNS:-3} alternating rounds, $WEB_SERVER"
  for round in $(seq 1 "${BENCH_LH_RUNS:-3}"); do
    if [ $((round % 2)) = 1 ]; then first=a; second=b; else first=b; second=a; fi
    for out in $first $second; do
      echo "[bench] round $round, build $out (load average $(cut -d' ' -f1-3 /proc/loadavg))"
      CHROMIUM_PATH=$("$ROOT/scripts/ensure-chromium.sh") BENCH_CDP_PORT=$CDP_PORT BENCH_LH_RUNS=1 \
        node "$ROOT/bench/lighthouse.mjs" "$( [ $out = a ] && echo "$web_a" || echo "$web_b")" "$api" "$OUT/web-ab/$out-$round" >/dev/null
    done
  done
  node "$ROOT/bench/lighthouse-ab.mjs" "$OUT/web-ab" | tee "$OUT/web-ab/lighthouse-ab.md"
  kill "$REF_PID" 2>/dev/null || true; wait "$REF_PID" 2>/dev/null || true; REF_PID=
}

notify_suite() {
  local learners=${BENCH_NOTIFY_LEARNERS:-1000000} have
  export PGDATABASE=hocvuso_bench_notify
  # The sender is held back (it would otherwise start sending the queued messages at once) and the
  # schedules are off: what is measured is the selection the admin endpoint runs.
  # The API's clock follows an offset file, so that a steady-state day is the day after the run before.
  local clock_file="$RUN_DIR/bench-notify-clock"
  rm -f "$clock_file"
  local env=(QUARKUS_HTTP_ACCESS_LOG_ENABLED=false HOCVUSO_NOTIFICATIONS_POLL_INTERVAL=PT1H
    HOCVUSO_REMINDERS_CRON=off HOCVUSO_DIGESTS_CRON=off HOCVUSO_CLOCK_OFFSET_FILE="$clock_file")
  start_api "$API_PORT" hocvuso_bench_notify "$RUN_DIR/bench-notify-backend.log" "${env[@]}"
  have=$(psql -Atc "SELECT count(*) FROM app_user WHERE phone LIKE '+8494%'")
  if [ "$have" -lt "$learners" ]; then
    stop_api
    echo "[bench] seeding 10,000 progress learners and $learners reminder learners into hocvuso_bench_notify"
    psql -q -c "DELETE FROM notification; DELETE FROM job_lease"
    psql -q -v ON_ERROR_STOP=1 -v learners=10000 -f "$ROOT/bench/seed-progress.sql"
    time psql -q -v ON_ERROR_STOP=1 -v learners="$learners" -f "$ROOT/bench/seed-notify.sql"
    start_api "$API_PORT" hocvuso_bench_notify "$RUN_DIR/bench-notify-backend.log" "${env[@]}"
  fi
  psql -At -F, -c "SELECT user_id, enrollment_id, lesson_id FROM bench_target ORDER BY n" > "$OUT/notify-targets.csv"
  echo "[bench] notify: progress alone (saturation, 70/s; ${SECONDS_PER_RUN}s each), the selections alone (catch-up, steady-state day), progress while each runs"
  # The reminders' pacing is the API's setting (HOCVUSO_NOTIFICATIONS_REMINDERS_PAUSE, _BATCH_SIZE: set them to
  # compare); the API's pid lets the benchmark weigh its CPU against PostgreSQL's.
  BENCH_API_PID=$API_PID BENCH_CLOCK_FILE="$clock_file" node "$ROOT/bench/notify.mjs" "http://127.0.0.1:$API_PORT" "$OUT/notify-targets.csv" "$ROOT/.secrets/jwt/private.pem" \
    "$SECONDS_PER_RUN" "${BENCH_NOTIFY_CONNECTIONS:-32}" > "$OUT/notify.json"
  psql -At -c "SELECT 'learners ' || count(*) FROM app_user"
  stop_api
}

# The village rollups' triggers: the ones V95 and V120 made, which bench/seed-province.sql also switches off.
village_triggers() { # village_triggers ENABLE|DISABLE
  psql -q -v ON_ERROR_STOP=1 -c "ALTER TABLE app_user $1 TRIGGER stat_village_user" \
    -c "ALTER TABLE enrollment $1 TRIGGER stat_village_enrollment" \
    -c "ALTER TABLE enrollment $1 TRIGGER stat_village_enrollment_insert" \
    -c "ALTER TABLE certificate $1 TRIGGER stat_village_certificate"
}

triggers_suite() {
  local rounds=${BENCH_TRIGGER_ROUNDS:-3} round=${BENCH_TRIGGER_ROUND_SECONDS:-2} learners=${BENCH_TRIGGER_LEARNERS:-5000}
  local write table pool state r
  export PGDATABASE=hocvuso_bench_triggers
  # The API migrates the new database and is not needed after: what is timed is the SQL alone.
  start_api "$API_PORT" "$PGDATABASE" "$RUN_DIR/bench-backend.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  stop_api
  echo "[bench] seeding 1,000 progress learners, $learners learners of a province (70 % in villages) and the pools of writes"
  # Progress first: its seed gives every enrolment there is lessons. The province's ANALYZE would warn of
  # every catalogue table the role may not analyse.
  psql -q -v ON_ERROR_STOP=1 -v learners=1000 -f "$ROOT/bench/seed-progress.sql" >/dev/null
  psql -q -v ON_ERROR_STOP=1 -c "SET client_min_messages = error" -v from=1 -v to="$learners" \
    -f "$ROOT/bench/seed-province.sql" >/dev/null
  psql -q -v ON_ERROR_STOP=1 -c "SET client_min_messages = error" -f "$ROOT/bench/seed-triggers.sql"
  sed "s/random(1, 10000)/random(1, :pool)/" "$ROOT/bench/pgbench-progress.sql" > "$OUT/pgbench-triggers-progress.sql"
  for write in enrol complete pass move; do cp "$ROOT/bench/pgbench-$write.sql" "$OUT/pgbench-triggers-$write.sql"; done
  village_triggers ENABLE # as shipped, also after a run that stopped half-way
  printf '| write | tps with | tps without | ratio | latency with (ms) | latency without (ms) |\n|---|---|---|---|---|---|\n' \
    > "$OUT/triggers.md"
  # With and without alternate in short rounds (with, without, without, with, ...), so that a neighbour's
  # load on a shared machine falls on both alike; the rounds' tps are averaged, their latencies weighed by
  # their transactions.
  for write in enrol complete pass move progress; do
    case $write in enrol) table=bench_enrol ;; complete) table=bench_finish ;; pass) table=bench_pass ;;
      move) table=bench_move ;; progress) table=bench_target ;; esac
    pool=$(psql -Atc "SELECT count(*) FROM $table")
    echo "[bench] triggers: $write, $rounds rounds of ${round}s with and without, 16 clients"
    rm -f "$OUT/triggers-$write-with.txt" "$OUT/triggers-$write-without.txt"
    for r in $(seq 1 "$rounds"); do
      for state in $([ $((r % 2)) = 1 ] && echo with without || echo without with); do
        [ "$state" = with ] || village_triggers DISABLE
        pgbench -n -M prepared -c 16 -j 2 -T "$round" -D pool="$pool" -f "$OUT/pgbench-triggers-$write.sql" \
          >> "$OUT/triggers-$write-$state.txt" 2>&1 || { village_triggers ENABLE; cat "$OUT/triggers-$write-$state.txt"; return 1; }
        [ "$state" = with ] || village_triggers ENABLE
      done
    done
    awk -v w="$write" '
      /^number of transactions actually processed/ { split($0, a, ": "); n = a[2] + 0 }
      /^latency average/ { weighed[FILENAME] += $4 * n; count[FILENAME] += n }
      /^tps/ { tps[FILENAME] += $3; rounds[FILENAME]++ }
      END { f = ARGV[1]; g = ARGV[2]
            printf "| %s | %.0f | %.0f | %.2f | %.2f | %.2f |\n", w, tps[f] / rounds[f], tps[g] / rounds[g],
                   (tps[f] / rounds[f]) / (tps[g] / rounds[g]), weighed[f] / count[f], weighed[g] / count[g] }' \
      "$OUT/triggers-$write-with.txt" "$OUT/triggers-$write-without.txt" >> "$OUT/triggers.md"
  done
  echo "[bench] triggers: each write's statement under EXPLAIN ANALYZE, 200 times"
  printf '\n| write | calls | village triggers (ms/call) | other triggers (ms/call) | statement (ms/call) | village share (%%) |\n|---|---|---|---|---|---|\n' \
    >> "$OUT/triggers.md"
  psql -q -v ON_ERROR_STOP=1 -v calls=200 -f "$ROOT/bench/triggers-explain.sql" >> "$OUT/triggers.md"
  echo "[bench] the village rollups' triggers on the write path ($learners learners; $OUT/triggers.md):"
  cat "$OUT/triggers.md"
}

soak_suite() {
  SOAK_SECONDS=${BENCH_SOAK_SECONDS:-60} SOAK_SKIP_BUILD=1 SOAK_API_PORT=$API_PORT "$ROOT/scripts/soak.sh"
}

for suite in $SUITES; do
  "${suite}_suite"
done
echo "[bench] machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); $(java -version 2>&1 | head -1); API JVM options: $API_JAVA_OPTS; load average $(cut -d' ' -f1-3 /proc/loadavg)"
