#!/usr/bin/env bash
# `make test-failover`: a PostgreSQL primary fails under the learners' writes, its synchronous standby is
# promoted, and the API, which was never restarted, takes writes again through HAProxy within 30 s with no
# acknowledged write lost. On clusters of its own (never the shared one), with the operator's commands
# (scripts/standby.sh create, proxy, promote); docs/operations.md, "A standby and failover". Steps:
#   1. a primary cluster hocvuso_standby_a (FAILOVER_PG_PORT, 25440) with the API's role and database;
#      its standby hocvuso_standby_b (+1) with SYNC=on; HAProxy: writes on +2, reads on +3;
#   2. the packaged API (FAILOVER_API_PORT, 18440) on the write path, its statistics on the read path;
#   3. the statistics say how fresh they are: with the standby's replay paused, the public dashboard's asOf
#      is the last transaction it replayed, not now; further behind than HOCVUSO_DB_READ_MAX_LAG (10 s here),
#      the primary answers (now); once it replays again, now;
#   4. FAILOVER_WORKERS (8) learners' phones write progress for FAILOVER_SECONDS (45); after 10 s the
#      primary is stopped (immediate: a crash) and the standby promoted;
#   5. checks: writes answered again within 30 s of the crash; every acknowledged write is on the promoted
#      server; the statistics answer from it. Prints the gap and the duration.
# `scripts/failover.sh bench` instead measures what synchronous replication costs the progress writes
# (docs/benchmarks.md): the progress benchmark (bench/progress.mjs) and pgbench on its SQL through the same
# pair, with SYNC on and off alternating, BENCH_SECONDS (20) each, BENCH_LEARNERS (10000) learners.
# Root (Debian's pg_createcluster); installs HAProxy from Debian when it is missing. Drops what it made.
set -euo pipefail
. "$(dirname "$0")/env.sh"
SCRIPT=failover
. "$ROOT/scripts/backup-lib.sh"

MODE=${1:-test}
PG_A=${FAILOVER_PG_PORT:-25440}
PG_B=$((PG_A + 1)) WRITE=$((PG_A + 2)) READ=$((PG_A + 3))
API_PORT=${FAILOVER_API_PORT:-18440}
DIR=$RUN_DIR/failover
DB=hocvuso_standby
A=hocvuso_standby_a B=hocvuso_standby_b
need_root "the failover test creates PostgreSQL clusters"
need node "install Node.js 20 or newer"
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
for port in "$PG_A" "$PG_B" "$WRITE" "$READ" "$API_PORT"; do
  ! port_in_use "$port" || die "port $port is in use: set FAILOVER_PG_PORT (it and the next three) or FAILOVER_API_PORT"
done
for name in $A $B; do
  [ -z "$(cluster_field "$version" "$name" port)" ] || die "cluster $version/$name exists (a run that did not clean up?): pg_dropcluster --stop $version $name"
done

cleanup() {
  [ -z "${WRITES_PID:-}" ] || kill "$WRITES_PID" 2>/dev/null || true
  [ -z "${API_PID:-}" ] || { kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; } || true
  [ ! -f "$DIR/haproxy.master.pid" ] || kill "$(cat "$DIR/haproxy.master.pid")" 2>/dev/null || true
  for name in $B $A; do
    [ -z "$(cluster_field "$version" "$name" port)" ] || pg_dropcluster --stop "$version" "$name" || true
  done
}
trap cleanup EXIT INT TERM
rm -rf "$DIR" && mkdir -p "$DIR"
began=$(date +%s)
ms() { date +%s%3N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

# 1. The pair and the path. The API's role and database exist before the copy, so the standby has them.
load_db_env
"$ROOT/scripts/keys.sh"
pg_createcluster "$version" $A -p "$PG_A" --start >/dev/null
pg_psql "$PG_A" postgres -v role="$HOCVUSO_DB_USER" -v password="$HOCVUSO_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
SQL
pg_psql "$PG_A" postgres -c "CREATE DATABASE $DB OWNER \"$HOCVUSO_DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
"$ROOT/scripts/standby.sh" create PRIMARY="$PG_A" PORT="$PG_B" NAME=$B SYNC=on
"$ROOT/scripts/standby.sh" proxy A="$PG_A" B="$PG_B" WRITE="$WRITE" READ="$READ" DIR="$DIR"

# 2. The API, packaged once (FAILOVER_SKIP_BUILD=1 uses the one in backend/target).
[ "${FAILOVER_SKIP_BUILD:-}" = 1 ] || (say "packaging the API"; cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
# a fresh database is migrated first, through the proxy: more than start_api's usual 90 s on a loaded machine
API_START_SECONDS=${API_START_SECONDS:-300} start_api "$API_PORT" $DB "$DIR/api.log" HOCVUSO_DB_HOST=127.0.0.1 HOCVUSO_DB_PORT="$WRITE" \
  HOCVUSO_DB_READ_HOST=127.0.0.1 HOCVUSO_DB_READ_PORT="$READ" HOCVUSO_DB_READ_MAX_LAG=PT10S QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
say "API on :$API_PORT: writes through :$WRITE, statistics through :$READ"
learners=500; [ "$MODE" != bench ] || learners=${BENCH_LEARNERS:-10000}
pg_psql "$PG_A" $DB -v learners="$learners" -f "$ROOT/bench/seed-progress.sql" >/dev/null
# seeded as the superuser: the API's role (and pgbench, which runs as it) reads the targets too
pg_psql "$PG_A" $DB -c "ALTER TABLE bench_target OWNER TO \"$HOCVUSO_DB_USER\""
pg_psql "$PG_A" $DB -At -F, -c "SELECT user_id, enrollment_id, lesson_id FROM bench_target ORDER BY n" > "$DIR/targets.csv"
say "seeded $learners learners"

if [ "$MODE" = bench ]; then
  seconds=${BENCH_SECONDS:-20}
  (cd "$ROOT/bench" && npm install --no-audit --no-fund --loglevel=error)
  sed "s/random(1, 10000)/random(1, $learners)/" "$ROOT/bench/pgbench-progress.sql" > "$DIR/pgbench.sql"
  sync_to() { # on|off: the primary waits for its standby at each commit, or not
    if [ "$1" = on ]; then pg_conftool "$version" $A set synchronous_standby_names '*'
    else pg_conftool "$version" $A remove synchronous_standby_names; fi
    pg_ctlcluster "$version" $A reload
    for _ in $(seq 1 20); do
      [ "$(pg_psql "$PG_A" postgres -Atc 'SELECT sync_state FROM pg_stat_replication')" = "$([ "$1" = on ] && echo sync || echo async)" ] && return 0
      sleep 0.5
    done
    die "the standby's sync_state did not follow SYNC=$1"
  }
  out="$ROOT/bench/results"; mkdir -p "$out"
  for round in 1 2; do
    for sync in on off; do
      sync_to $sync
      node "$ROOT/bench/progress.mjs" "http://127.0.0.1:$API_PORT" "$DIR/targets.csv" "$ROOT/.secrets/jwt/private.pem" \
        "$seconds" 32 > "$out/standby-progress-sync-$sync-$round.json" 2> >(sed "s/^/[sync $sync] /" >&2)
      PGPASSWORD=$HOCVUSO_DB_PASSWORD pgbench -h 127.0.0.1 -p "$WRITE" -U "$HOCVUSO_DB_USER" -n -M prepared -c 16 -j 2 \
        -T "$seconds" -f "$DIR/pgbench.sql" $DB 2>&1 | tee "$out/standby-pgbench-sync-$sync-$round.txt" |
        grep -E "^tps" | sed "s/^/[sync $sync] pgbench: /" >&2
    done
  done
  say "results in bench/results/standby-*; summary:"
  for sync in on off; do
    api=$(cat "$out"/standby-progress-sync-$sync-*.json | jq -s 'map(.rps) | add / length | round')
    p99=$(cat "$out"/standby-progress-sync-$sync-*.json | jq -s 'map(.latency.p99) | max')
    pgb=$(grep -h '^tps' "$out"/standby-pgbench-sync-$sync-*.txt | awk '{ s += $3; n++ } END { printf "%d", s / n }')
    say "  SYNC=$sync: API $api requests/s (p99 at most $p99 ms), pgbench $pgb tps"
  done
  say "bench done in $(( $(date +%s) - began )) s"
  exit 0
fi

# 3. Freshness: what the statistics read on the standby is as of what it has replayed.
as_of() { curl -fsS "http://127.0.0.1:$API_PORT/api/v1/public/dashboard" | jq -r .asOf | xargs -I{} date -d {} +%s%3N; }
asked=$(ms); fresh=$(as_of)
[ $((asked - fresh)) -lt 5000 ] || die "the statistics of a standby that is not behind are as of $(secs "$fresh" "$asked") s before the request, not now"
# a transaction replayed just before the pause: how far behind the standby then is starts from it
touch_target() { pg_psql "$PG_A" $DB -Atc "UPDATE app_user SET full_name = full_name WHERE id = (SELECT user_id FROM bench_target LIMIT 1)" >/dev/null; }
touch_target
lsn=$(pg_psql "$PG_A" postgres -Atc "SELECT pg_current_wal_lsn()")
for _ in $(seq 100); do
  [ "$(pg_psql "$PG_B" postgres -Atc "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ] && break
  sleep 0.1
done
pg_psql "$PG_B" postgres -Atc "SELECT pg_wal_replay_pause()" >/dev/null
sleep 1
written=$(ms)
touch_target
sleep 3
paused=$(as_of)
[ "$paused" -lt "$written" ] || die "with the standby's replay paused, the statistics say they are as of $(date -d "@${paused:0:10}") (after a write the standby has not replayed)"
say "replay paused: the statistics say they are as of $(secs "$paused" "$(ms)") s ago (the standby's last replayed transaction)"
# further behind than HOCVUSO_DB_READ_MAX_LAG (10 s here), the standby is not read: the primary answers, as of now
deadline=$(( $(ms) + 30000 ))
until [ "$(as_of)" -ge "$written" ]; do
  [ "$(ms)" -lt "$deadline" ] || die "with the standby 30 s behind (over HOCVUSO_DB_READ_MAX_LAG=PT10S), the statistics still came from it"
  sleep 0.5
done
grep -q "s behind: the statistics read on the primary" "$DIR/api.log" || die "the API did not log that the standby was too far behind"
say "replay still paused, $(secs "$paused" "$(ms)") s behind: the statistics come from the primary, as of now"
pg_psql "$PG_B" postgres -Atc "SELECT pg_wal_replay_resume()" >/dev/null
sleep 1
resumed=$(as_of)
[ "$resumed" -ge "$written" ] || die "after the replay resumed, the statistics are still as of before the write"
say "replay resumed: the statistics are as of now again"

# 4. Writes under load, the primary crashes, the standby is promoted.
seconds=${FAILOVER_SECONDS:-45}
node "$ROOT/scripts/standby/writes.mjs" "http://127.0.0.1:$API_PORT" "$DIR/targets.csv" "$ROOT/.secrets/jwt/private.pem" \
  "$seconds" "${FAILOVER_WORKERS:-8}" "$DIR/acks.csv" > "$DIR/writes.json" &
WRITES_PID=$!
sleep 10
acked_before=$(pg_psql "$PG_A" $DB -Atc "SELECT count(*) FROM progress_event")
pg_ctlcluster "$version" $A stop -m immediate
# the moment the primary is gone: when the stop has returned (writes sent while it ran were still served)
crashed=$(ms)
say "primary $version/$A stopped (immediate) with $acked_before progress events; promoting $version/$B"
"$ROOT/scripts/standby.sh" promote NAME=$B
promoted=$(ms)
wait "$WRITES_PID"; WRITES_PID=
say "writes: $(cat "$DIR/writes.json")"

# 5. The checks.
# the first write acknowledged of those sent after the crash (one sent before may have committed before it)
resumed_at=$(awk -F, -v t="$crashed" '$2 > t { print $3; exit }' "$DIR/acks.csv")
[ -n "$resumed_at" ] || die "no write was acknowledged after the primary stopped (API log: $DIR/api.log)"
gap=$((resumed_at - crashed))
say "writes answered again $(secs "$crashed" "$resumed_at") s after the crash (standby promoted after $(secs "$crashed" "$promoted") s)"
[ "$gap" -lt 30000 ] || die "the API took $(secs "$crashed" "$resumed_at") s to take writes again (limit 30 s)"
acked=$(grep -c , "$DIR/acks.csv")
missing=$( { echo "CREATE TEMP TABLE acked (event_id uuid); COPY acked FROM STDIN;"
             cut -d, -f1 "$DIR/acks.csv" | grep .
             printf '%s\n' '\.' "SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM progress_event e WHERE e.event_id = a.event_id);"
           } | pg_psql "$PG_B" $DB -At )
[ "$missing" = 0 ] || die "$missing of $acked acknowledged writes are not on the promoted server"
say "all $acked acknowledged writes are on the promoted server (synchronous replication)"
after=$(as_of)
[ $(($(ms) - after)) -lt 5000 ] || die "the statistics after the failover are not fresh"
say "the statistics answer from the promoted server (asOf now)"
say "failover test passed in $(( $(date +%s) - began )) s"
