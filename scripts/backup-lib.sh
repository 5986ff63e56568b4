# Sourced by the backup scripts (backup-setup, backup, backup-status, restore, secrets): where the
# settings are, and how to run pgBackRest and psql as the owner of the PostgreSQL cluster.
# shellcheck shell=bash
BACKUP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The settings backup-setup.sh writes and the other scripts read (git-ignored, like every secret here).
BACKUP_ENV=${HOCVUSO_BACKUP_ENV:-$BACKUP_ROOT/.secrets/backup.env}

say() { printf '[%s] %s\n' "${SCRIPT:-backup}" "$*" >&2; }
die() { say "$*"; exit 1; }

# Runs a command as the cluster's OS user: pgBackRest reads and writes the data directory, and the
# superuser's psql goes through the local socket (Debian's peer authentication), so no password is kept.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then (cd / && "$@")
  elif [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@")
  elif command -v sudo >/dev/null && sudo -n -u postgres true 2>/dev/null; then (cd / && sudo -n -u postgres -- "$@")
  else die "run this as root, as the postgres user, or with sudo rights to postgres"; fi
}

need_root() { [ "$(id -u)" = 0 ] || die "$1: run it as root (sudo make ...)"; }

# pgBackRest from Debian's package, installed when we may (like scripts/ensure-chromium.sh).
ensure_pgbackrest() {
  command -v pgbackrest >/dev/null && return 0
  command -v pg_lsclusters >/dev/null || die "Debian's postgresql-common is missing: apt-get install postgresql"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's pgbackrest package"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbackrest) >&2
  else
    die "pgBackRest is missing: sudo apt-get install pgbackrest (2.45 or newer)"
  fi
}

load_backup_env() {
  [ -r "$BACKUP_ENV" ] || die "backups are not set up here ($BACKUP_ENV is missing): run 'make backup-setup' (docs/operations.md)"
  # shellcheck disable=SC1090
  . "$BACKUP_ENV"
  CLUSTER_VERSION=${HOCVUSO_BACKUP_CLUSTER%%/*}
  CLUSTER_NAME=${HOCVUSO_BACKUP_CLUSTER#*/}
}

# libpq's PG* variables of the caller's environment (set for the portal's role, say) must not redirect
# pgBackRest's and psql's superuser connections.
CLEAN_PG_ENV=(env -u PGHOST -u PGHOSTADDR -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE -u PGSERVICE)

# pgBackRest with this deployment's configuration and stanza.
pgbr() { as_postgres "${CLEAN_PG_ENV[@]}" pgbackrest --config="$HOCVUSO_BACKUP_CONFIG" --stanza="$HOCVUSO_BACKUP_STANZA" "$@"; }

# A column of a Debian cluster in pg_lsclusters: port, status (online, down, online,recovery) or datadir.
cluster_field() { # cluster_field VERSION NAME port|status|datadir
  local column
  case $3 in port) column=3 ;; status) column=4 ;; datadir) column=6 ;; esac
  pg_lsclusters -h 2>/dev/null | awk -v v="$1" -v n="$2" -v c="$column" '$1 == v && $2 == n { print $c }'
}

# psql as the superuser, over the cluster's socket:   pg_psql PORT DATABASE [psql arguments]
pg_psql() {
  local port=$1 database=$2; shift 2
  as_postgres "${CLEAN_PG_ENV[@]}" psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d "$database" "$@"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
