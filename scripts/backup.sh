#!/usr/bin/env bash
# `make backup [TYPE=full|diff|incr]`: one pgBackRest backup of the portal's cluster (incr by default;
# pgBackRest makes it a full one when there is none yet), then expiry by the retention settings. Every
# run, good or failed, is recorded in the portal's database (table backup_run), where the API reads
# how old the last good backup is (readiness details, metric hocvuso_backup_stale). This is what the
# schedule runs (scripts/backup/); see docs/operations.md, "Backups and restore".
# Exit status: 0 backed up and recorded; 1 the backup failed (recorded if the database answers);
# 3 backed up, but the run could not be recorded (the API will report the backup as missing).
set -euo pipefail
SCRIPT=backup
. "$(dirname "$0")/backup-lib.sh"

type=${1:-${TYPE:-incr}}
case $type in full|diff|incr) ;; *) die "TYPE must be full, diff or incr (not '$type')" ;; esac
load_backup_env
ensure_pgbackrest
port=$(cluster_field "$CLUSTER_VERSION" "$CLUSTER_NAME" port)
host=$(hostname -f 2>/dev/null || hostname)

# Recorded as the superuser through the cluster's socket; the values travel as psql variables, so a
# JSON document or an error message can hold any character.
record() { # record SQL [psql -v arguments]; prints what the SQL selects
  local sql=$1; shift
  [ -n "$port" ] && printf '%s\n' "$sql" | pg_psql "$port" "$HOCVUSO_BACKUP_DB" -At -v host="$host" "$@"
}

output=$(mktemp); trap 'rm -f "$output"' EXIT
started=$(date -u +'%Y-%m-%d %H:%M:%S+00')
say "taking a backup ($type) of $HOCVUSO_BACKUP_CLUSTER (stanza $HOCVUSO_BACKUP_STANZA)"
if ! pgbr backup --type="$type" --log-level-console=info > "$output" 2>&1; then
  grep -E 'WARN|ERROR' "$output" >&2 || tail -n 20 "$output" >&2
  error=$(grep -E 'ERROR' "$output" | tail -n 5 || true)
  record "INSERT INTO backup_run (kind, succeeded, started_at, finished_at, error, host)
          VALUES (:'kind', false, :'started'::timestamptz, now(), :'error', :'host');" \
    -v kind="$type" -v started="$started" -v error="${error:-$(tail -n 5 "$output")}" >/dev/null ||
    say "the failure could not be recorded either: is the database down?"
  die "the backup FAILED (pgBackRest's full log: log-path in $HOCVUSO_BACKUP_CONFIG)"
fi
grep -E 'WARN' "$output" >&2 || true
label=$(sed -n 's/.*new backup label = \([^ ]*\).*/\1/p' "$output" | tail -n 1)
[ -n "$label" ] || die "pgBackRest said it succeeded but named no backup label; its output: $(cat "$output")"

info=$(pgbr info --output=json)
recorded=$(record "INSERT INTO backup_run (kind, succeeded, label, started_at, finished_at, size_bytes, repo_size_bytes,
                                     wal_start, wal_stop, host)
             SELECT b->>'type', true, b->>'label', to_timestamp((b->'timestamp'->>'start')::bigint),
                    to_timestamp((b->'timestamp'->>'stop')::bigint), (b->'info'->>'size')::bigint,
                    (b->'info'->'repository'->>'delta')::bigint, b->'archive'->>'start', b->'archive'->>'stop', :'host'
             FROM jsonb_array_elements((:'info')::jsonb -> 0 -> 'backup') b
             WHERE b->>'label' = :'label';
             SELECT count(*) FROM backup_run WHERE label = :'label';" -v info="$info" -v label="$label") || true
if [ "$recorded" != 1 ]; then
  say "backup $label is in the repository, but it could not be recorded in $HOCVUSO_BACKUP_DB.backup_run"
  say "(has the API created its tables there?): the API will go on reporting the previous backup."
  exit 3
fi
say "backup $label done and recorded"
