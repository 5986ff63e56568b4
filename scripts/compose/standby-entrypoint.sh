#!/usr/bin/env bash
# The compose cluster's hot standby (docker-compose.cluster.yml, service db-standby): on an empty volume, a
# copy of the primary made with pg_basebackup through the primary's slot `standby1` (primary-init.sh), with
# -R (standby.signal and primary_conninfo, application_name standby1: what synchronous_standby_names names);
# then the postgres image's own entrypoint, which finds a database and starts it, as a hot standby.
set -euo pipefail
: "${HOCVUSO_DB_REPLICATION_PASSWORD:?set HOCVUSO_DB_REPLICATION_PASSWORD}"
# The password where libpq looks for it (the postgres user's home, outside the data volume), written at every
# start: the copy and, after it, the standby's own connection to the primary (primary_conninfo) read it there.
printf 'db:5432:*:replicator:%s\n' "$HOCVUSO_DB_REPLICATION_PASSWORD" > /var/lib/postgresql/.pgpass
chown postgres:postgres /var/lib/postgresql/.pgpass
chmod 600 /var/lib/postgresql/.pgpass
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  # the primary's health check passed (depends_on), but a fresh one may still be running its init scripts
  until gosu postgres pg_isready -q -h db -U replicator -d postgres; do sleep 2; done
  gosu postgres pg_basebackup -D "$PGDATA" -X stream -S standby1 -R -P \
    -d "host=db port=5432 user=replicator application_name=standby1"
fi
exec docker-entrypoint.sh postgres -c hot_standby=on
