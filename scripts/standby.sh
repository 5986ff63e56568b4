#!/usr/bin/env bash
# A hot standby of a PostgreSQL cluster of this machine, and the connection path that follows the primary
# (docs/operations.md, "A standby and failover"). Debian's clusters (pg_createcluster), run as root:
#   standby.sh create  PRIMARY=<port> [PORT=<port>] [NAME=<cluster>] [SYNC=on|off]
#       a new cluster NAME on PORT (default: PRIMARY + 1), a copy of the cluster on PRIMARY made with
#       pg_basebackup -R through a replication slot of its own, streaming from it as a hot standby.
#       SYNC=on also makes the primary wait for it at each commit (synchronous_standby_names = '*'):
#       no acknowledged write is lost at a failover, for the price measured in docs/benchmarks.md.
#   standby.sh proxy   A=<port> B=<port> WRITE=<port> READ=<port> [DIR=<folder>]
#       HAProxy (Debian's package) with scripts/standby/haproxy-db.cfg: WRITE always reaches the one of A
#       and B that is the primary, READ the standby (the primary while there is none). Runs in the
#       foreground; with DIR set, in the background (its pid in DIR/haproxy.pid, its log in DIR/haproxy.log).
#   standby.sh promote NAME=<cluster>
#       the standby becomes the primary (pg_ctlcluster promote); the proxy's writes follow it within 2 s
#       (its next check).
#       Only once the old primary is stopped for good: two primaries would both take writes.
#   standby.sh status
#       each cluster's role, and what the primaries stream to (pg_stat_replication).
#   standby.sh drop    NAME=<cluster>
#       stops and deletes the cluster, and the replication slot it had on its primary.
# Arguments may also be given as make variables (make standby PRIMARY=5432 SYNC=on).
set -euo pipefail
SCRIPT=standby
. "$(dirname "$0")/backup-lib.sh"

for arg in "${@:2}"; do
  case $arg in
    PRIMARY=*|PORT=*|NAME=*|SYNC=*|A=*|B=*|WRITE=*|READ=*|DIR=*) export "${arg?}" ;;
    *) die "unknown argument '$arg' (see the top of scripts/standby.sh)" ;;
  esac
done

# version and name of the Debian cluster on port $1
cluster_on() { pg_lsclusters -h | awk -v p="$1" '$3 == p { print $1, $2 }'; }

# the HAProxy binary, installed from Debian when we may
ensure_haproxy() {
  command -v haproxy >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's haproxy package"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy) >&2
    # the package's own service (on port 80 and the like) is not ours to run
    systemctl disable --now haproxy >/dev/null 2>&1 || true
  else
    die "HAProxy is missing: sudo apt-get install haproxy"
  fi
}

create() {
  need_root "creating a cluster"
  [ -n "${PRIMARY:-}" ] || die "usage: standby.sh create PRIMARY=<port of the primary> [PORT=...] [NAME=...] [SYNC=on]"
  read -r version primary_name <<<"$(cluster_on "$PRIMARY")" || true
  [ -n "${primary_name:-}" ] || die "no cluster of this machine listens on port $PRIMARY (pg_lsclusters)"
  local port=${PORT:-$((PRIMARY + 1))} name=${NAME:-${primary_name}_standby} sync=${SYNC:-off}
  [ -z "$(cluster_field "$version" "$name" port)" ] || die "cluster $version/$name exists already"
  ! port_in_use "$port" || die "port $port is in use: choose another PORT"
  case $sync in on|off) ;; *) die "SYNC is on or off, not '$sync'" ;; esac
  local slot=${name//[^a-z0-9_]/_}

  pg_createcluster "$version" "$name" -p "$port" >/dev/null
  local datadir
  datadir=$(cluster_field "$version" "$name" datadir)
  # A hot standby needs at least the primary's values of these (PostgreSQL refuses to start otherwise).
  for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
    pg_conftool -s "$version" "$name" set "$setting" "$(pg_psql "$PRIMARY" postgres -Atc "SHOW $setting")"
  done
  pg_conftool -s "$version" "$name" set hot_standby on
  as_postgres find "$datadir" -mindepth 1 -delete
  say "copying $version/$primary_name (port $PRIMARY) into $version/$name with pg_basebackup (slot $slot)"
  # Over the local socket as postgres (Debian's pg_hba.conf: 'local replication all peer'); -R writes the
  # standby.signal and the primary_conninfo that the standby streams with, -C -S the slot that keeps the WAL
  # the standby has not received yet.
  as_postgres "${CLEAN_PG_ENV[@]}" pg_basebackup -h /var/run/postgresql -p "$PRIMARY" -U postgres -D "$datadir" \
    -R -C -S "$slot" -X stream -c fast
  # A setting the primary got by ALTER SYSTEM came along in postgresql.auto.conf: a promoted standby must
  # not wait for a synchronous standby of its own.
  as_postgres sed -i '/^synchronous_standby_names/d' "$datadir/postgresql.auto.conf"
  pg_ctlcluster "$version" "$name" start

  if [ "$sync" = on ]; then
    pg_conftool -s "$version" "$primary_name" set synchronous_standby_names '*'
  else
    pg_conftool -s "$version" "$primary_name" remove synchronous_standby_names 2>/dev/null || true
  fi
  pg_ctlcluster "$version" "$primary_name" reload
  local state=
  for _ in $(seq 1 60); do
    state=$(pg_psql "$PRIMARY" postgres -Atc \
      "SELECT state || ' ' || sync_state FROM pg_stat_replication WHERE application_name = '$version/$name'")
    case "$state" in "streaming sync"|"streaming async") break ;; esac
    sleep 1
  done
  case "$state" in
    "streaming sync"|"streaming async") ;;
    *) die "$version/$name does not stream from port $PRIMARY after 60 s (state '${state:-none}'): see /var/log/postgresql/postgresql-$version-$name.log" ;;
  esac
  say "standby $version/$name on port $port: ${state/ / }, synchronous replication $sync"
}

proxy() {
  for v in A B WRITE READ; do [ -n "${!v:-}" ] || die "usage: standby.sh proxy A=<port> B=<port> WRITE=<port> READ=<port> [DIR=...]"; done
  ensure_haproxy
  local dir=${DIR:-$BACKUP_ROOT/.run/standby-proxy}
  mkdir -p "$dir"
  export HOCVUSO_DB_BIND=127.0.0.1 HOCVUSO_DB_A_HOST=127.0.0.1 HOCVUSO_DB_B_HOST=127.0.0.1 \
         HOCVUSO_DB_A_PORT=$A HOCVUSO_DB_B_PORT=$B HOCVUSO_DB_WRITE_PORT=$WRITE HOCVUSO_DB_READ_PORT=$READ \
         HOCVUSO_DB_PROXY_DIR=$dir HOCVUSO_DB_CHECK=$BACKUP_ROOT/scripts/standby/pg-role-check.sh \
         HOCVUSO_DB_PSQL_DIR=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -n 1)/bin
  local cfg=$BACKUP_ROOT/scripts/standby/haproxy-db.cfg
  haproxy -c -q -f "$cfg" || die "HAProxy refuses $cfg"
  if [ -z "${DIR:-}" ]; then
    say "writes on 127.0.0.1:$WRITE, reads on 127.0.0.1:$READ (Ctrl-C stops)"
    exec haproxy -W -db -f "$cfg"
  fi
  haproxy -W -db -f "$cfg" > "$dir/haproxy.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 20); do port_in_use "$WRITE" && port_in_use "$READ" && break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null || { cat "$dir/haproxy.log" >&2; die "HAProxy did not start"; }
  echo "$pid" > "$dir/haproxy.master.pid"
  say "HAProxy (pid $pid): writes on 127.0.0.1:$WRITE, reads on 127.0.0.1:$READ; log $dir/haproxy.log"
}

promote() {
  need_root "promoting a cluster"
  [ -n "${NAME:-}" ] || die "usage: standby.sh promote NAME=<cluster>"
  local version
  version=$(pg_lsclusters -h | awk -v n="$NAME" '$2 == n { print $1 }')
  [ -n "$version" ] || die "no cluster $NAME here (pg_lsclusters)"
  case $(cluster_field "$version" "$NAME" status) in
    *recovery*) ;;
    *) die "$version/$NAME is not a standby in recovery: nothing to promote" ;;
  esac
  pg_ctlcluster "$version" "$NAME" promote
  local port
  port=$(cluster_field "$version" "$NAME" port)
  for _ in $(seq 1 60); do
    [ "$(pg_psql "$port" postgres -Atc 'SELECT pg_is_in_recovery()')" = f ] && break
    sleep 0.5
  done
  [ "$(pg_psql "$port" postgres -Atc 'SELECT pg_is_in_recovery()')" = f ] || die "$version/$NAME is still in recovery after 30 s"
  say "$version/$NAME (port $port) is the primary now. Make a new standby of it: standby.sh create PRIMARY=$port"
}

status() {
  pg_lsclusters -h | while read -r version name port state _; do
    case $state in
      online*) role=$([ "$(pg_psql "$port" postgres -Atc 'SELECT pg_is_in_recovery()')" = t ] && echo standby || echo primary)
               echo "$version/$name port $port: $role"
               pg_psql "$port" postgres -Atc "SELECT '  streams to ' || application_name || ': ' || state || ', ' || sync_state
                 || ', replay lag ' || coalesce(replay_lag::text, '0') FROM pg_stat_replication" ;;
      *) echo "$version/$name port $port: $state" ;;
    esac
  done
}

drop() {
  need_root "dropping a cluster"
  [ -n "${NAME:-}" ] || die "usage: standby.sh drop NAME=<cluster>"
  local version
  version=$(pg_lsclusters -h | awk -v n="$NAME" '$2 == n { print $1 }')
  [ -n "$version" ] || { say "no cluster $NAME: nothing to drop"; return 0; }
  local conninfo
  conninfo=$(cat "$(cluster_field "$version" "$NAME" datadir)/postgresql.auto.conf" 2>/dev/null | grep '^primary_conninfo' || true)
  pg_dropcluster --stop "$version" "$NAME"
  local slot=${NAME//[^a-z0-9_]/_} primary_port
  primary_port=$(sed -n "s/.*port=\([0-9]*\).*/\1/p" <<<"$conninfo")
  if [ -n "$primary_port" ] && port_in_use "$primary_port"; then
    pg_psql "$primary_port" postgres -Atc \
      "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '$slot'" >/dev/null || true
  fi
  say "dropped $version/$NAME"
}

case ${1:-} in
  create|proxy|promote|status|drop) "$1" ;;
  *) die "usage: standby.sh create|proxy|promote|status|drop [VAR=value ...] (see the top of scripts/standby.sh)" ;;
esac
