#!/usr/bin/env bash
# The compose cluster's connection path that follows the primary (service db-proxy): HAProxy with the same
# configuration as on one machine (scripts/standby/haproxy-db.cfg), on the containers db and db-standby.
# Writes the replication role's password where the role check (pg-role-check.sh) finds it, then runs HAProxy
# in the foreground as its own user.
set -euo pipefail
: "${HOCVUSO_DB_REPLICATION_PASSWORD:?set HOCVUSO_DB_REPLICATION_PASSWORD}"
passfile=/var/lib/haproxy/hocvuso.pgpass
printf '*:*:*:replicator:%s\n' "$HOCVUSO_DB_REPLICATION_PASSWORD" > "$passfile"
chown haproxy:haproxy "$passfile"
chmod 600 "$passfile"
export HOCVUSO_DB_BIND=0.0.0.0 HOCVUSO_DB_A_HOST=db HOCVUSO_DB_B_HOST=db-standby \
       HOCVUSO_DB_A_PORT=5432 HOCVUSO_DB_B_PORT=5432 HOCVUSO_DB_WRITE_PORT=5432 HOCVUSO_DB_READ_PORT=5433 \
       HOCVUSO_DB_PROXY_DIR=/var/lib/haproxy HOCVUSO_DB_CHECK=/usr/local/lib/hocvuso/pg-role-check.sh \
       HOCVUSO_DB_PSQL_DIR=/usr/lib/postgresql/15/bin
cfg=/usr/local/lib/hocvuso/haproxy-db.cfg
haproxy -c -q -f "$cfg"
exec setpriv --reuid=haproxy --regid=haproxy --init-groups haproxy -W -db -f "$cfg"
