#!/usr/bin/env bash
# `make lint-compose`: what can be checked of the compose files on a machine without a Docker engine.
#   - docker-compose.yml and docker-compose.cluster.yml against the compose specification's schema (dclint,
#     from npm; .dclintrc says which style rules are off and why);
#   - the two HAProxy configurations of the compose cluster as its scripts fill them (api-balancer.sh,
#     db-proxy.sh), with `haproxy -c`, when Debian's haproxy is installed (make run-cluster installs it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
npx --yes dclint@3.1.0 docker-compose.yml docker-compose.cluster.yml
if ! command -v haproxy >/dev/null; then
  echo "[compose] haproxy is not installed: its configurations not checked (sudo apt-get install haproxy)"
  exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The containers' names cannot be resolved here: .invalid names stand for them (HAProxy starts without them).
scripts/cluster/haproxy-config.sh "$dir" 0.0.0.0 8080 8404 "resolvers sys init-addr last,libc,none" \
  replica1=hocvuso-backend-1.invalid:8080 replica2=hocvuso-backend-2.invalid:8080 \
  replica3=hocvuso-backend-3.invalid:8080 > "$dir/api.cfg"
haproxy -c -q -f "$dir/api.cfg"
HOCVUSO_DB_BIND=0.0.0.0 HOCVUSO_DB_A_HOST=db.invalid HOCVUSO_DB_B_HOST=db-standby.invalid \
  HOCVUSO_DB_A_PORT=5432 HOCVUSO_DB_B_PORT=5432 HOCVUSO_DB_WRITE_PORT=5432 HOCVUSO_DB_READ_PORT=5433 \
  HOCVUSO_DB_PROXY_DIR="$dir" HOCVUSO_DB_CHECK="$ROOT/scripts/standby/pg-role-check.sh" \
  HOCVUSO_DB_PSQL_DIR=/usr/lib/postgresql/15/bin haproxy -c -q -f scripts/standby/haproxy-db.cfg
echo "[compose] docker-compose.yml, docker-compose.cluster.yml and their HAProxy configurations are valid"
