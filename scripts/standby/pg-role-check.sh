#!/usr/bin/env bash
# HAProxy's external check of a PostgreSQL server (scripts/standby/haproxy-db.cfg): exits 0 (up) when the
# server at HAPROXY_SERVER_ADDR:HAPROXY_SERVER_PORT answers and has the role its server name ends with:
#   *_primary  not in recovery (it takes writes)      *_standby  in recovery (a hot standby)
#   *_any      answers at all
# It asks pg_is_in_recovery(). On one machine (scripts/standby.sh) as the postgres user over the local socket
# (Debian's peer authentication: no password kept), so HAProxy runs on the database host, as root. In the
# compose cluster (scripts/compose/db-proxy.sh) over TCP to the server's address, as the replication role,
# whose password db-proxy.sh wrote to $PASSFILE: that file's presence is what tells the two apart, since
# HAProxy passes no environment but its own HAPROXY_* variables and PATH. PATH starts with PostgreSQL's own bin
# directory: psql itself, not Debian's Perl wrapper, and setpriv rather than runuser (no PAM session): a
# check costs about 10 ms instead of 60, which matters on a loaded machine where a slow check is a failed one.
set -euo pipefail
port=${HAPROXY_SERVER_PORT:-${4:?}}
PASSFILE=/var/lib/haproxy/hocvuso.pgpass
if [ -r "$PASSFILE" ]; then
  target=(-h "${HAPROXY_SERVER_ADDR:-${3:?}}" -U replicator)
  export PGPASSFILE=$PASSFILE PGCONNECT_TIMEOUT=2
  as_postgres=()
else
  target=(-h /var/run/postgresql)
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
  [ "$(id -u)" = 0 ] || as_postgres=()  # HAProxy run as postgres itself
fi
recovery=$(timeout 2 "${as_postgres[@]}" psql -X -At "${target[@]}" -p "$port" -d postgres \
             -c 'SELECT pg_is_in_recovery()' 2>/dev/null) || exit 1
case ${HAPROXY_SERVER_NAME:-} in
  *_primary) [ "$recovery" = f ] ;;
  *_standby) [ "$recovery" = t ] ;;
  *) [ "$recovery" = t ] || [ "$recovery" = f ] ;;
esac
