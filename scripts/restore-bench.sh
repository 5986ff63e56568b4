#!/usr/bin/env bash
# `make bench-restore`: the backups' RPO and RTO on a synthetic province (bench/seed-province.sql), with
# the operator's own commands, on PostgreSQL clusters of its own (never the shared one):
#   RPO, how much committed data a lost machine takes with it: the WAL not yet in the archive.
#     (a) under a write load (pgbench running the progress writes of the portal: lesson_progress
#         updates and progress_event inserts), sampled each second: the age of the oldest write whose
#         WAL is not archived yet (the lag), and the segments waiting;
#     (b) one write on a quiet cluster: how long until its WAL is archived (archive_timeout's bound).
#   RTO, how long until the portal answers again: make restore into a fresh cluster (files, then WAL
#     replay to the moment and promotion) plus the API's start on it until /q/health/ready.
# Settings: BENCH_RESTORE_SIZE [100000] learners; BENCH_RESTORE_PG_PORT [25434] (the restored cluster
# takes the next port); BENCH_API_PORT [18090]; BENCH_RESTORE_LOAD_SECONDS [60]; BENCH_RESTORE_CLIENTS [4];
# BENCH_RESTORE_KEEP=yes keeps the seeded cluster for the next run (a million learners take long to seed).
# Results: printed, and written to bench/results/restore-<size>.txt; docs/operations.md records runs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
SCRIPT=bench-restore
. "$ROOT/scripts/backup-lib.sh"

SIZE=${BENCH_RESTORE_SIZE:-100000}
PG_PORT=${BENCH_RESTORE_PG_PORT:-25434}
RESTORED_PORT=$((PG_PORT + 1))
API_PORT=${BENCH_API_PORT:-18090}
LOAD_SECONDS=${BENCH_RESTORE_LOAD_SECONDS:-60}
CLIENTS=${BENCH_RESTORE_CLIENTS:-4}
CLUSTER=hocvuso_rto; RESTORED=hocvuso_rto_restored; DB=hocvuso_bench_restore
WORK=$RUN_DIR/bench-restore
OUT="$ROOT/bench/results"; mkdir -p "$OUT"
RESULT=$OUT/restore-$SIZE.txt

need_root "the benchmark creates PostgreSQL clusters"
ensure_pgbackrest
need pgbench "apt-get install postgresql-contrib (Debian ships pgbench with the server package)"
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
now() { date +%s.%N; }
seconds() { awk -v from="$1" -v to="$2" 'BEGIN { printf "%.1f", to - from }'; }
report() { echo "$*" | tee -a "$RESULT"; }

cleanup() {
  kill "${API_PID:-}" "${LOAD_PID:-}" 2>/dev/null || true
  [ -z "$(cluster_field "$version" "$RESTORED" port)" ] || pg_dropcluster --stop "$version" "$RESTORED"
  if [ "${BENCH_RESTORE_KEEP:-no}" != yes ] && [ -n "$(cluster_field "$version" "$CLUSTER" port)" ]; then
    pg_dropcluster --stop "$version" "$CLUSTER"; rm -rf "$WORK"
  fi
}
trap cleanup EXIT INT TERM
[ -z "$(cluster_field "$version" "$RESTORED" port)" ] || pg_dropcluster --stop "$version" "$RESTORED"

# The operator's settings for this benchmark's own cluster and repository.
export HOCVUSO_BACKUP_ENV=$WORK/backup.env HOCVUSO_BACKUP_CLUSTER=$version/$CLUSTER HOCVUSO_BACKUP_DB=$DB \
  HOCVUSO_BACKUP_REPO=$WORK/repository HOCVUSO_BACKUP_CONFIG=$WORK/pgbackrest.conf \
  HOCVUSO_BACKUP_CIPHER_PASS_FILE=$WORK/backup-cipher-pass HOCVUSO_BACKUP_LOG_PATH=$WORK/log \
  HOCVUSO_BACKUP_LOCK_PATH=$WORK/lock HOCVUSO_BACKUP_RESTART=yes HOCVUSO_BACKUP_PROCESS_MAX=${BENCH_RESTORE_PROCESS_MAX:-2}
mkdir -p "$WORK"
[ -s "$WORK/db-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$WORK/db-password"
export HOCVUSO_DB_HOST=127.0.0.1 HOCVUSO_DB_USER=hocvuso HOCVUSO_DB_PASSWORD; HOCVUSO_DB_PASSWORD=$(cat "$WORK/db-password")
export PGHOST=127.0.0.1 PGUSER=hocvuso PGPASSWORD=$HOCVUSO_DB_PASSWORD PGDATABASE=$DB
"$ROOT/scripts/keys.sh"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)

if [ -z "$(cluster_field "$version" "$CLUSTER" port)" ]; then
  say "creating cluster $version/$CLUSTER on port $PG_PORT"
  pg_createcluster "$version" "$CLUSTER" -p "$PG_PORT" --start >/dev/null
  pg_psql "$PG_PORT" postgres -c "CREATE ROLE hocvuso LOGIN PASSWORD '$HOCVUSO_DB_PASSWORD'" -c "CREATE DATABASE $DB OWNER hocvuso"
fi
case $(cluster_field "$version" "$CLUSTER" status) in online*) ;; *) pg_ctlcluster "$version" "$CLUSTER" start ;; esac

: > "$RESULT"
report "# make bench-restore, $(date -u +'%Y-%m-%d %H:%M UTC'): $SIZE learners; machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"

have=$(PGPORT=$PG_PORT psql -Atc "SELECT count(*) FROM app_user WHERE phone LIKE '+8493%'" 2>/dev/null || echo 0)
if [ "$have" -lt "$SIZE" ]; then
  export HOCVUSO_DB_PORT=$PG_PORT
  start_api "$API_PORT" "$DB" "$RUN_DIR/bench-restore-api.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
  kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=
  say "seeding learners $((have + 1)) to $SIZE"
  began=$(now)
  PGPORT=$PG_PORT psql -q -v ON_ERROR_STOP=1 -v from=$((have + 1)) -v to="$SIZE" -f "$ROOT/bench/seed-province.sql" \
    > "$WORK/seed.log" 2>&1 || { tail -n 20 "$WORK/seed.log" >&2; die "seeding failed"; }
  report "seeded learners $((have + 1))..$SIZE in $(seconds "$began" "$(now)") s"
fi
report "database size: $(PGPORT=$PG_PORT psql -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))")"

"$ROOT/scripts/backup-setup.sh" >/dev/null
began=$(now)
"$ROOT/scripts/backup.sh" full
report "full backup: $(seconds "$began" "$(now)") s; $(pg_psql "$PG_PORT" "$DB" -Atc "SELECT 'database ' || pg_size_pretty(size_bytes) || ', in the repository ' || pg_size_pretty(repo_size_bytes) || ' (compressed, encrypted)' FROM backup_run WHERE succeeded ORDER BY finished_at DESC LIMIT 1")"

# RPO (a): progress writes for LOAD_SECONDS, sampling the archive each second. A sample is the time, the
# current WAL position and the last archived segment; the lag at a sample is the time since the WAL
# position first passed the end of the archived part (0 when everything written is archived).
cat > "$WORK/load.sql" <<SQL
\set g random(1, $SIZE)
BEGIN;
UPDATE lesson_progress SET position_seconds = position_seconds + 1, updated_at = now()
WHERE enrollment_id = ('00000000-0000-4000-9000-' || lpad(to_hex(:g), 12, '0'))::uuid;
INSERT INTO progress_event (event_id, enrollment_id, lesson_id)
VALUES (gen_random_uuid(), ('00000000-0000-4000-9000-' || lpad(to_hex(:g), 12, '0'))::uuid, gen_random_uuid());
COMMIT;
SQL
say "RPO: $CLIENTS clients writing progress for ${LOAD_SECONDS}s"
PGPORT=$PG_PORT pgbench -n -c "$CLIENTS" -j 2 -T "$LOAD_SECONDS" -f "$WORK/load.sql" > "$WORK/pgbench.txt" 2>&1 &
LOAD_PID=$!
: > "$WORK/samples"
datadir=$(cluster_field "$version" "$CLUSTER" datadir)
while kill -0 "$LOAD_PID" 2>/dev/null; do
  { pg_psql "$PG_PORT" postgres -At -F' ' -c "SELECT extract(epoch FROM clock_timestamp()), pg_current_wal_lsn() - '0/0', coalesce(left(last_archived_wal, 24), '-') FROM pg_stat_archiver" | tr '\n' ' '
    as_postgres find "$datadir/pg_wal/archive_status" -name '*.ready' | wc -l; } >> "$WORK/samples" || true
  sleep 1
done
wait "$LOAD_PID"; LOAD_PID=
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.txt" | head -n 1)
awk -v seg=$((16 * 1024 * 1024)) '
  function hex(s,   i, v) { v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1; return v }
  { t[NR] = $1; lsn[NR] = $2; waiting[NR] = $4
    if ($3 != "-") archived_end = hex(substr($3, 9, 8)) * 4294967296 + (hex(substr($3, 17, 8)) + 1) * seg
    lag = 0
    for (i = 1; i <= NR; i++) if (lsn[i] > archived_end) { lag = $1 - t[i > 1 ? i - 1 : i]; break }
    if (lag > max_lag) max_lag = lag; sum += lag; if ($4 > max_waiting) max_waiting = $4 }
  END { wal = (lsn[NR] - lsn[1]) / (t[NR] - t[1]) / 1048576
        printf "RPO under load: archive lag %.1f s on average, %.1f s at worst; at most %d segments waiting; WAL written at %.1f MiB/s\n", sum / NR, max_lag, max_waiting, wal }
' "$WORK/samples" | sed "s/\$/ ($CLIENTS clients, $tps progress writes\/s)/" | tee -a "$RESULT"

# RPO (b): one write on a quiet cluster, then the wait until its segment is archived.
until [ "$(as_postgres find "$datadir/pg_wal/archive_status" -name '*.ready' | wc -l)" = 0 ]; do sleep 1; done
sleep 2
lsn=$(pg_psql "$PG_PORT" "$DB" -At -c "UPDATE lesson_progress SET position_seconds = position_seconds + 1 WHERE enrollment_id = '00000000-0000-4000-9000-000000000001'" -c "SELECT pg_current_wal_lsn()")
began=$(now)
until [ "$(pg_psql "$PG_PORT" postgres -Atc "SELECT coalesce(left(last_archived_wal, 24) >= pg_walfile_name('$lsn'), false) FROM pg_stat_archiver")" = t ]; do sleep 0.5; done
report "RPO of a quiet moment: one write reached the archive after $(seconds "$began" "$(now)") s (archive_timeout $(pg_psql "$PG_PORT" postgres -Atc 'SHOW archive_timeout'))"

# RTO: restore to now into a fresh cluster, then the API on it until it is ready.
moment=$(date -u +'%Y-%m-%d %H:%M:%S.%6N+00')
began=$(now)
NAME=$RESTORED PORT=$RESTORED_PORT "$ROOT/scripts/restore.sh" "$moment" 2> "$WORK/restore.txt" || { cat "$WORK/restore.txt" >&2; exit 1; }
restored=$(now)
grep -E 'time taken' "$WORK/restore.txt" | sed 's/^\[restore\] /make restore: /' | tee -a "$RESULT"
export HOCVUSO_DB_PORT=$RESTORED_PORT
start_api "$API_PORT" "$DB" "$RUN_DIR/bench-restore-api.log" QUARKUS_HTTP_ACCESS_LOG_ENABLED=false
ready=$(now)
kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=
count=$(PGPORT=$RESTORED_PORT psql -Atc "SELECT count(*) FROM app_user WHERE phone LIKE '+8493%'")
[ "$count" = "$SIZE" ] || die "the restored database has $count of the $SIZE learners"
report "RTO: $(seconds "$began" "$ready") s from 'make restore' to the API ready on the restored cluster ($(seconds "$began" "$restored") s restore and recovery, $(seconds "$restored" "$ready") s API start); all $SIZE learners there"
say "results in $RESULT"
