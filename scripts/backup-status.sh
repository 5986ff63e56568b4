#!/usr/bin/env bash
# `make backup-status`: is the cluster protected right now? (docs/operations.md, "Health of the backups")
#   * the repository: every backup kept, its size, the WAL range that point-in-time recovery can use;
#   * WAL archiving: PostgreSQL's archiver statistics and the segments still waiting (the archive lag);
#   * the last runs recorded in the portal's database (what the API reports), with their errors;
#   * a live check: pgBackRest switches to a new WAL segment and waits until it is in the repository.
# Exit status 1 when the live check fails.
set -euo pipefail
SCRIPT=backup-status
. "$(dirname "$0")/backup-lib.sh"

load_backup_env
ensure_pgbackrest
port=$(cluster_field "$CLUSTER_VERSION" "$CLUSTER_NAME" port)
datadir=$(cluster_field "$CLUSTER_VERSION" "$CLUSTER_NAME" datadir)

echo "== Repository (pgbackrest info)"
pgbr info
echo
echo "== WAL archiving of $HOCVUSO_BACKUP_CLUSTER"
pg_psql "$port" postgres -P pager=off -c "
  SELECT current_setting('archive_mode') AS archive_mode, current_setting('archive_timeout') AS archive_timeout,
         archived_count, last_archived_wal, last_archived_time, failed_count, last_failed_wal, last_failed_time
  FROM pg_stat_archiver"
waiting=$(as_postgres find "$datadir/pg_wal/archive_status" -name '*.ready' | wc -l)
oldest=$(as_postgres find "$datadir/pg_wal/archive_status" -name '*.ready' -printf '%T@\n' | sort -n | head -n 1)
echo "segments waiting for the archive: $waiting${oldest:+, the oldest finished $(( $(date +%s) - ${oldest%.*} )) s ago}"
echo
echo "== Last runs recorded in $HOCVUSO_BACKUP_DB.backup_run (what the API reports)"
pg_psql "$port" "$HOCVUSO_BACKUP_DB" -P pager=off -c "
  SELECT finished_at, kind, CASE WHEN succeeded THEN 'ok' ELSE 'FAILED' END AS result, label,
         pg_size_pretty(size_bytes) AS size, pg_size_pretty(repo_size_bytes) AS in_repository,
         round(extract(epoch FROM finished_at - started_at)) AS seconds, host, left(error, 160) AS error
  FROM backup_run ORDER BY finished_at DESC LIMIT 10" || echo "(not readable: has the API created its tables in $HOCVUSO_BACKUP_DB?)"
echo
echo "== Live check (a WAL segment to the repository)"
pgbr check && echo "ok: WAL reaches the repository"
