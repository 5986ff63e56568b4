#!/usr/bin/env bash
# Makes sure a PostgreSQL server is reachable and that the project's role and the named databases
# exist, then writes their connection settings to .secrets/db.env (sourced by the Makefile targets).
#
#   scripts/db.sh ensure hocvuso hocvuso_test      create what is missing
#   scripts/db.sh recreate hocvuso_e2e             drop and create (throw-away databases)
#
# Where the server comes from, in order:
#   1. HOCVUSO_DB_HOST/PORT/USER/PASSWORD set in the environment: used as given, nothing is created;
#   2. a PostgreSQL on 127.0.0.1:5432 (or HOCVUSO_DB_PORT): the role and databases are created if missing;
#   3. this machine's own PostgreSQL cluster (Debian's packages), started if it is stopped;
#   4. `docker compose up -d db`, if a Docker engine runs;
#   5. otherwise: stop, saying exactly what to install.
set -euo pipefail

cd "$(dirname "$0")/.."
mode=${1:?usage: db.sh ensure|recreate DB...}; shift
SECRETS=.secrets; mkdir -p "$SECRETS"; chmod 700 "$SECRETS"
ENV_FILE="$SECRETS/db.env"
host=127.0.0.1
port=${HOCVUSO_DB_PORT:-5432}
role=hocvuso

say() { printf '[db] %s\n' "$*" >&2; }

if [ -n "${HOCVUSO_DB_HOST:-}" ]; then
  say "using the database server configured in the environment: ${HOCVUSO_DB_HOST}:${port}"
  { echo "HOCVUSO_DB_HOST=${HOCVUSO_DB_HOST}"; echo "HOCVUSO_DB_PORT=${port}";
    echo "HOCVUSO_DB_USER=${HOCVUSO_DB_USER:-$role}"; echo "HOCVUSO_DB_PASSWORD=${HOCVUSO_DB_PASSWORD:-}"; } > "$ENV_FILE"
  exit 0
fi

command -v psql >/dev/null || [ -n "$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null)" ] || {
  missing_psql=1; }

reachable() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

# A superuser psql, however this machine allows one: TCP as postgres (trust), the postgres OS user
# over the local socket (Debian's default peer authentication), or sudo.
admin_psql() {
  if [ -n "${use_docker:-}" ]; then # the image's POSTGRES_USER is its superuser
    docker compose exec -T db psql -U "$role" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif PGCONNECT_TIMEOUT=3 psql -w -h "$host" -p "$port" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -w -h "$host" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null && runuser -u postgres -- psql -p "$port" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -p "$port" -d postgres -v ON_ERROR_STOP=1 -Atq "$@")
  elif command -v sudo >/dev/null && sudo -n -u postgres psql -p "$port" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    (cd / && sudo -n -u postgres psql -p "$port" -d postgres -v ON_ERROR_STOP=1 -Atq "$@")
  else
    return 1
  fi
}

start_local_cluster() {
  command -v pg_lsclusters >/dev/null || return 1
  local version
  if [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
    pg_lsclusters -h | while read -r ver name _ status _; do
      [ "$status" = online ] || { say "starting the local PostgreSQL cluster $ver/$name"; pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true; }
    done
  else
    version=$(ls /usr/lib/postgresql | sort -n | tail -n1)
    say "creating and starting a PostgreSQL $version cluster"
    pg_createcluster "$version" main --start -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  fi
  for _ in $(seq 1 30); do reachable && return 0; sleep 1; done
  return 1
}

# The project's role has a generated password, kept in the git-ignored .secrets/ folder.
[ -s "$SECRETS/db-password" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$SECRETS/db-password"
password=$(cat "$SECRETS/db-password")

if ! reachable; then
  if [ -z "${missing_psql:-}" ] && start_local_cluster; then :
  elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    say "starting PostgreSQL with docker compose"
    HOCVUSO_DB_PASSWORD="$password" docker compose up -d --wait db
    use_docker=1
  else
    cat >&2 <<MSG
[db] No PostgreSQL server is reachable on $host:$port, none can be started on this machine, and no
[db] Docker engine runs. Install PostgreSQL 15 or newer, for example:
[db]     sudo apt-get install postgresql
[db] or point the project at a server with HOCVUSO_DB_HOST, HOCVUSO_DB_PORT, HOCVUSO_DB_USER and
[db] HOCVUSO_DB_PASSWORD, then run the command again.
MSG
    exit 1
  fi
fi
[ -z "${missing_psql:-}" ] || [ -n "${use_docker:-}" ] || { say "PostgreSQL's client (psql) is missing: sudo apt-get install postgresql-client"; exit 1; }

admin_psql -c 'select 1' >/dev/null || {
  say "PostgreSQL runs on $host:$port, but no superuser connection is possible to create the role '$role'."
  say "Either create it yourself (CREATE ROLE $role LOGIN PASSWORD '...'; CREATE DATABASE ... OWNER $role)"
  say "and set HOCVUSO_DB_HOST, HOCVUSO_DB_USER, HOCVUSO_DB_PASSWORD, or run this as a user that can sudo to postgres."
  exit 1; }

admin_psql <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN PASSWORD '$password';
  END IF;
END \$\$;
SQL
for db in "$@"; do
  # Quoted in the SQL below (a name such as hocvuso-e2e is a valid database name); anything that is not a
  # plain name is refused before it reaches psql.
  [[ "$db" =~ ^[A-Za-z0-9_-]{1,63}$ ]] || {
    say "not a database name: '$db' (letters, digits, '_' and '-', at most 63)"; exit 1; }
  if [ "$mode" = recreate ]; then
    admin_psql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
  fi
  if [ -z "$(admin_psql -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    admin_psql -c "CREATE DATABASE \"$db\" OWNER $role ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    say "created database $db"
  fi
done
{ echo "HOCVUSO_DB_HOST=$host"; echo "HOCVUSO_DB_PORT=$port"; echo "HOCVUSO_DB_USER=$role"; echo "HOCVUSO_DB_PASSWORD=$password"; } > "$ENV_FILE"
chmod 600 "$ENV_FILE"
