#!/usr/bin/env bash
# `make restore TIME='2026-11-29 10:15' [NAME=restore_x] [PORT=5433] [SET=label]`: point-in-time
# recovery from the pgBackRest repository (TIME=latest: everything the archive holds, for a lost
# machine rather than a mistake) into a NEW PostgreSQL cluster beside the current one, which
# is left exactly as it is (evidence, and whatever it still holds). Run as root on the database host
# (docs/operations.md, "Restore to a moment"):
#   1. if the current cluster still runs, pushes its current WAL segment to the archive, so that every
#      write up to TIME can be replayed;
#   2. creates the cluster NAME (Debian's pg_createcluster) on PORT with the current cluster's
#      configuration (tuning, pg_hba.conf) and restores the newest backup from before TIME into it;
#   3. starts it: PostgreSQL replays the archived WAL up to TIME (transactions committed at or before
#      TIME are kept, later ones are not) and promotes it to a primary on a new timeline;
#   4. prints how long that took and what to do next: check it, switch the API to it, protect it.
# The restored cluster does not archive (archive-mode=off): a copy must never write into the archive of
# the cluster it came from. Protecting it is step 3 of "After a restore" (make backup-setup).
# TIME without a time zone is read in HOCVUSO_RESTORE_TZ [Asia/Ho_Chi_Minh], the province's clock.
set -euo pipefail
SCRIPT=restore
. "$(dirname "$0")/backup-lib.sh"

time_in=${1:-${TIME:-}}
[ -n "$time_in" ] || die "usage: make restore TIME='2026-11-29 10:15[:00][+07]' [NAME=...] [PORT=...] [SET=backup-label]"
need_root "restore creates a PostgreSQL cluster"
load_backup_env
ensure_pgbackrest

tz=${HOCVUSO_RESTORE_TZ:-Asia/Ho_Chi_Minh}
if [ "$time_in" = latest ]; then
  target=latest; recovery=(--type=default)
  say "restoring everything the archive holds (the last archived WAL segment)"
else
  epoch=$(TZ=$tz date -d "$time_in" +%s.%6N 2>/dev/null) || die "TIME '$time_in' is not a date and time (e.g. '2026-11-29 10:15:00+07') nor 'latest'"
  target=$(date -u -d "@$epoch" +'%Y-%m-%d %H:%M:%S.%6N+00')
  [ "${epoch%.*}" -le "$(date +%s)" ] || die "TIME $target is in the future"
  recovery=(--type=time --target="$target" --target-action=promote)
  say "restoring to $target = $(TZ=$tz date -d "@$epoch" +'%Y-%m-%d %H:%M:%S %Z') (the last transaction kept is the last committed at or before it)"
fi

version=$CLUSTER_VERSION
source_port=$(cluster_field "$version" "$CLUSTER_NAME" port)
name=${NAME:-restore_$(date +%Y%m%d_%H%M%S)}
[ -z "$(cluster_field "$version" "$name" port)" ] || die "cluster $version/$name exists already: choose another NAME"
port=${PORT:-}
if [ -z "$port" ]; then
  port=$(( ${source_port:-5432} + 1 ))
  while port_in_use "$port" || pg_lsclusters -h | awk '{print $3}' | grep -qx "$port"; do port=$((port + 1)); done
fi
! port_in_use "$port" || die "port $port is in use: choose another PORT"

# 1. Everything the running cluster wrote, into the archive (pgbackrest check switches to a new WAL
#    segment and waits until the finished one is archived). First one empty transaction: PostgreSQL
#    stops recovery at the first commit AFTER the target time, and refuses to start ("recovery ended
#    before configured recovery target was reached") when the archive holds none, as on a quiet database.
case $(cluster_field "$version" "$CLUSTER_NAME" status) in
  online*) pg_psql "$source_port" postgres -Atc "SELECT txid_current()" >/dev/null && pgbr check &&
             say "the current WAL of $HOCVUSO_BACKUP_CLUSTER is archived" ||
             say "warning: could not archive the current WAL of $HOCVUSO_BACKUP_CLUSTER: writes after its last archived segment may be missing" ;;
  *) say "cluster $HOCVUSO_BACKUP_CLUSTER is not running here: what it had not archived yet is lost (at most archive_timeout of writes)" ;;
esac

# 2. The new cluster: Debian's layout (configuration in /etc, managed by systemd where it runs), with
#    the current cluster's configuration when this machine has it.
pg_createcluster "$version" "$name" -p "$port" >/dev/null
conf=/etc/postgresql/$version/$name
datadir=$(cluster_field "$version" "$name" datadir)
source_conf=/etc/postgresql/$version/$CLUSTER_NAME
if [ -f "$source_conf/postgresql.conf" ]; then
  for file in postgresql.conf pg_hba.conf pg_ident.conf environment pg_ctl.conf; do
    [ ! -f "$source_conf/$file" ] || cp -p "$source_conf/$file" "$conf/$file"
  done
  [ ! -d "$source_conf/conf.d" ] || cp -pr "$source_conf/conf.d/." "$conf/conf.d/"
  pg_conftool "$version" "$name" set data_directory "$datadir"
  pg_conftool "$version" "$name" set hba_file "$conf/pg_hba.conf"
  pg_conftool "$version" "$name" set ident_file "$conf/pg_ident.conf"
  pg_conftool "$version" "$name" set external_pid_file "/var/run/postgresql/$version-$name.pid"
  pg_conftool "$version" "$name" set cluster_name "$version/$name"
  pg_conftool "$version" "$name" set port "$port"
  say "created cluster $version/$name on port $port with the configuration of $HOCVUSO_BACKUP_CLUSTER"
else
  say "created cluster $version/$name on port $port (Debian's default configuration: $source_conf is not on this machine)"
fi
as_postgres find "$datadir" -mindepth 1 -delete

seconds() { awk -v from="$1" -v to="$2" 'BEGIN { printf "%.1f", to - from }'; }
began=$(date +%s.%N)
pgbr --pg1-path="$datadir" restore "${recovery[@]}" --archive-mode=off ${SET:+--set="$SET"} --log-level-console=warn
restored=$(date +%s.%N)
say "files restored in $(seconds "$began" "$restored") s; replaying WAL up to $target"

# 3. Recovery: the server replays WAL, then promotes itself; it answers read-only queries meanwhile.
log=/var/log/postgresql/postgresql-$version-$name.log
pg_ctlcluster "$version" "$name" start || true
timeout=${HOCVUSO_RESTORE_TIMEOUT:-21600}
while :; do
  case $(cluster_field "$version" "$name" status) in
    online*) [ "$(pg_psql "$port" postgres -Atc 'SELECT pg_is_in_recovery()' 2>/dev/null || true)" = f ] && break ;;
    down*) tail -n 15 "$log" >&2
           ! grep -q 'recovery ended before configured recovery target was reached' "$log" ||
             die "the archive ends before TIME: nothing was committed after it that reached the archive. Drop this cluster (pg_dropcluster --stop $version $name) and restore with TIME=latest, or an earlier TIME"
           die "recovery stopped and the cluster is down (end of $log above); a TIME before the oldest backup kept cannot be reached" ;;
  esac
  [ "$(date +%s)" -lt "$(( ${began%.*} + timeout ))" ] || die "not promoted after ${timeout}s; see $log"
  sleep 1
done
promoted=$(date +%s.%N)

last=$(pg_psql "$port" postgres -Atc "SELECT coalesce(pg_last_xact_replay_timestamp()::text, 'none replayed')")
timeline=$(pg_psql "$port" postgres -Atc "SELECT timeline_id FROM pg_control_checkpoint()")
say "restored: cluster $version/$name on port $port, a primary on timeline $timeline; last transaction replayed: $last"
say "time taken: $(seconds "$began" "$promoted") s ($(seconds "$began" "$restored") s files, $(seconds "$restored" "$promoted") s WAL replay)"
cat >&2 <<NEXT
[restore] Next (docs/operations.md, "After a restore"):
[restore]   1. check it: start an API with HOCVUSO_DB_PORT=$port and read /q/health/ready, the figures, a few accounts;
[restore]   2. switch: point the API at port $port (HOCVUSO_DB_PORT) and restart it; stop the damaged cluster
[restore]      (pg_ctlcluster $version $CLUSTER_NAME stop) and keep its files until the incident is closed;
[restore]   3. protect it: make backup-setup HOCVUSO_BACKUP_CLUSTER=$version/$name (one restart), then make backup TYPE=full;
[restore]   4. rotate the token keys if they were exposed; replay failed webhooks from the outbox.
NEXT
