#!/usr/bin/env bash
# The compose cluster's primary (docker-compose.cluster.yml): run once by the postgres image's entrypoint,
# from /docker-entrypoint-initdb.d, when it creates the database (an empty pgdata volume; a database made
# before the cluster needs the same steps by hand: docs/operations.md, "In containers"). The standby
# (standby-entrypoint.sh) copies the primary and streams from it as `replicator`,
# through a replication slot of its own, so the primary keeps the WAL the standby has not received.
set -euo pipefail
: "${HOCVUSO_DB_REPLICATION_PASSWORD:?set HOCVUSO_DB_REPLICATION_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="$HOCVUSO_DB_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH LOGIN REPLICATION PASSWORD :'password';
SELECT pg_create_physical_replication_slot('standby1');
SQL
# Replication connections are their own entry in pg_hba.conf ("all" does not cover them): from the compose
# network only, with the password (the image's other entries stay as they are).
echo "host replication replicator samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
