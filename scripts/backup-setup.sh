#!/usr/bin/env bash
# `make backup-setup`: protects the portal's PostgreSQL cluster with pgBackRest (docs/operations.md,
# "Backups and restore"). Run it once per cluster, as root on the database host; running it again
# rewrites the configuration from the settings below and changes nothing else.
#   1. installs pgBackRest (Debian's package) when it may, else says what to install;
#   2. writes pgBackRest's configuration: the repository, its AES-256 encryption with a passphrase
#      generated once into the secrets folder, retention, compression;
#   3. points the cluster's archive_command at pgBackRest and sets archive_timeout (a reload);
#   4. switches archive_mode on if it is off: that needs ONE restart of PostgreSQL, which it asks for
#      before doing (HOCVUSO_BACKUP_RESTART=yes answers yes; =no, or no terminal, stops there);
#   5. creates the stanza and checks that a WAL segment reaches the repository;
#   6. writes the settings the other backup scripts read to $HOCVUSO_BACKUP_ENV.
# It takes no backup: `make backup TYPE=full` does, and the schedule (scripts/backup/) keeps doing it.
#
# Settings (environment; defaults in brackets):
#   HOCVUSO_BACKUP_CLUSTER        the Debian cluster VERSION/NAME [the one on port ${HOCVUSO_DB_PORT:-5432}]
#   HOCVUSO_BACKUP_DB             the portal's database, where runs are recorded [${HOCVUSO_DB_NAME:-hocvuso}]
#   HOCVUSO_BACKUP_STANZA         pgBackRest's name for this cluster [hocvuso]
#   HOCVUSO_BACKUP_REPO           the repository [/var/lib/pgbackrest]: on a real deployment a mounted
#                                 volume of another machine, or an S3-compatible store (see the docs)
#   HOCVUSO_BACKUP_CONFIG         pgBackRest's configuration file [/etc/pgbackrest/hocvuso.conf]
#   HOCVUSO_BACKUP_CIPHER_PASS_FILE  the repository's passphrase, made if missing [.secrets/backup-cipher-pass]
#   HOCVUSO_BACKUP_EXTRA_CONFIG   a file of further [global] options, e.g. an S3 repository's [none]
#   HOCVUSO_BACKUP_RETENTION_FULL full backups kept, with the WAL to restore to any moment since [4]
#   HOCVUSO_BACKUP_RETENTION_DIFF differential backups kept [6]
#   HOCVUSO_BACKUP_ARCHIVE_TIMEOUT seconds after which a WAL segment with changes is archived even if
#                                 not full: the longest a committed write waits for the archive [60]
#   HOCVUSO_BACKUP_PROCESS_MAX    parallel compression and transfer processes [1]
#   HOCVUSO_BACKUP_LOG_PATH, HOCVUSO_BACKUP_LOCK_PATH   [/var/log/pgbackrest, /tmp/pgbackrest]
#   HOCVUSO_BACKUP_RESTART        ask | yes | no: may the cluster be restarted to switch archive_mode on [ask];
#                                 ask also asks for a confirmation before anything is changed
set -euo pipefail
SCRIPT=backup-setup
. "$(dirname "$0")/backup-lib.sh"

need_root "backup-setup writes /etc and the repository and changes the cluster's settings"
ensure_pgbackrest

cluster=${HOCVUSO_BACKUP_CLUSTER:-}
if [ -z "$cluster" ]; then
  cluster=$(pg_lsclusters -h | awk -v p="${HOCVUSO_DB_PORT:-5432}" '$3 == p { print $1 "/" $2; exit }')
  [ -n "$cluster" ] || die "no Debian PostgreSQL cluster on port ${HOCVUSO_DB_PORT:-5432}: set HOCVUSO_BACKUP_CLUSTER=VERSION/NAME (pg_lsclusters lists them)"
fi
version=${cluster%%/*}; name=${cluster#*/}
port=$(cluster_field "$version" "$name" port)
datadir=$(cluster_field "$version" "$name" datadir)
[ -n "$port" ] || die "cluster $cluster not found (pg_lsclusters lists the clusters of this machine)"
case $(cluster_field "$version" "$name" status) in online*) ;; *) die "cluster $cluster is not running: start it first (pg_ctlcluster $version $name start)" ;; esac

database=${HOCVUSO_BACKUP_DB:-${HOCVUSO_DB_NAME:-hocvuso}}
stanza=${HOCVUSO_BACKUP_STANZA:-hocvuso}
repo=${HOCVUSO_BACKUP_REPO:-/var/lib/pgbackrest}
config=${HOCVUSO_BACKUP_CONFIG:-/etc/pgbackrest/hocvuso.conf}
pass_file=${HOCVUSO_BACKUP_CIPHER_PASS_FILE:-$BACKUP_ROOT/.secrets/backup-cipher-pass}
log_path=${HOCVUSO_BACKUP_LOG_PATH:-/var/log/pgbackrest}
lock_path=${HOCVUSO_BACKUP_LOCK_PATH:-/tmp/pgbackrest}
for value in "$config" "$stanza"; do
  case $value in *"'"*|*" "*) die "'$value': no quotes or spaces, please (it goes into archive_command)" ;; esac
done

say "protecting cluster $cluster (port $port, data $datadir), database $database, stanza $stanza,"
say "repository $repo: this sets the cluster's archive_command, archive_timeout and archive_mode"
# A question first, unless the operator answered the restart question already: this changes how the
# cluster runs (and archiving switched on towards a repository that is not there fills pg_wal).
case ${HOCVUSO_BACKUP_RESTART:-ask} in
  yes|no) ;;
  *) [ -t 0 ] || die "no terminal to confirm on: set HOCVUSO_BACKUP_RESTART=yes or no to run unattended"
     read -r -p "[backup-setup] Set up backups of cluster $cluster? [y/N] " confirm
     case $confirm in y|Y|yes) ;; *) die "nothing changed" ;; esac ;;
esac
socket=$(pg_psql "$port" postgres -Atc "SHOW unix_socket_directories" | cut -d, -f1 | tr -d ' ')

# The passphrase of the repository's encryption: made once, never printed, backed up apart from the
# repository with `make secrets-backup` (without it, no backup can be read).
if [ ! -s "$pass_file" ]; then
  # A new passphrase would make the existing repository unreadable: never make one over an old one.
  if grep -qs '^repo1-cipher-pass=' "$config" || [ -e "$repo/backup/$stanza" ]; then
    die "the repository's passphrase file $pass_file is missing, but a repository or its configuration exists: put the passphrase back (make secrets-restore FILE=...) or name its file in HOCVUSO_BACKUP_CIPHER_PASS_FILE"
  fi
  mkdir -p "$(dirname "$pass_file")"
  (umask 077 && openssl rand -base64 48 | tr -d '\n' > "$pass_file")
  say "generated the repository's passphrase into $pass_file: back it up now, apart from the repository (make secrets-backup)"
fi

mkdir -p "$(dirname "$config")" "$repo" "$log_path" "$lock_path"
chown postgres:postgres "$repo" "$log_path" "$lock_path"
chmod 750 "$repo"
{
  echo "# pgBackRest's configuration for Học vụ số, written by scripts/backup-setup.sh: run it again to change"
  echo "# this file (edits are overwritten). It holds the repository's passphrase: readable by postgres only."
  echo "[global]"
  echo "repo1-path=$repo"
  echo "repo1-retention-full=${HOCVUSO_BACKUP_RETENTION_FULL:-4}"
  echo "repo1-retention-diff=${HOCVUSO_BACKUP_RETENTION_DIFF:-6}"
  echo "repo1-cipher-type=aes-256-cbc"
  echo "repo1-cipher-pass=$(cat "$pass_file")"
  echo "compress-type=zst"
  echo "process-max=${HOCVUSO_BACKUP_PROCESS_MAX:-1}"
  echo "start-fast=y"
  echo "log-path=$log_path"
  echo "lock-path=$lock_path"
  [ -z "${HOCVUSO_BACKUP_EXTRA_CONFIG:-}" ] || cat "$HOCVUSO_BACKUP_EXTRA_CONFIG"
  echo
  echo "[$stanza]"
  echo "pg1-path=$datadir"
  echo "pg1-port=$port"
  echo "pg1-socket-path=$socket"
} > "$config.new"
chown postgres:postgres "$config.new"; chmod 600 "$config.new"; mv "$config.new" "$config"
say "wrote $config"

archive_command="pgbackrest --config=$config --stanza=$stanza archive-push %p"
pg_psql "$port" postgres >/dev/null <<SQL
ALTER SYSTEM SET archive_command = '$archive_command';
ALTER SYSTEM SET archive_timeout = '${HOCVUSO_BACKUP_ARCHIVE_TIMEOUT:-60}';
SELECT pg_reload_conf();
SQL

restart_needed=
if [ "$(pg_psql "$port" postgres -Atc "SHOW wal_level")" = minimal ]; then
  pg_psql "$port" postgres -c "ALTER SYSTEM SET wal_level = 'replica'"; restart_needed=1
fi
if [ "$(pg_psql "$port" postgres -Atc "SHOW archive_mode")" = off ]; then
  pg_psql "$port" postgres -c "ALTER SYSTEM SET archive_mode = 'on'"; restart_needed=1
fi
if [ -n "$restart_needed" ]; then
  say "archive_mode is switched on in the configuration, and PostgreSQL applies it only at a restart:"
  say "ONE restart of cluster $cluster (a few seconds in which the API cannot reach the database, then reconnects)."
  answer=${HOCVUSO_BACKUP_RESTART:-ask}
  [ "$answer" != ask ] || read -r -p "[backup-setup] Restart cluster $cluster now? [y/N] " answer
  case $answer in
    y|Y|yes) pg_ctlcluster "$version" "$name" restart; say "restarted $cluster" ;;
    *) say "not restarted. Restart it when convenient (pg_ctlcluster $version $name restart, or"
       say "systemctl restart postgresql@$version-$name), then run 'make backup-setup' again to finish."
       exit 2 ;;
  esac
fi

HOCVUSO_BACKUP_CONFIG=$config HOCVUSO_BACKUP_STANZA=$stanza
pgbr stanza-create
pgbr check
say "WAL archiving works: a segment reached the repository"

[ -n "$(pg_psql "$port" postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$database'")" ] ||
  say "warning: database $database does not exist on $cluster yet; backups will be recorded in it once the API has created it"
mkdir -p "$(dirname "$BACKUP_ENV")"
(umask 077 && cat > "$BACKUP_ENV" <<ENV
# Written by scripts/backup-setup.sh; read by the other backup scripts.
HOCVUSO_BACKUP_CLUSTER=$cluster
HOCVUSO_BACKUP_DB=$database
HOCVUSO_BACKUP_STANZA=$stanza
HOCVUSO_BACKUP_CONFIG=$config
HOCVUSO_BACKUP_CIPHER_PASS_FILE=$pass_file
ENV
)
say "done: settings in $BACKUP_ENV. Next: 'make backup TYPE=full', then install the schedule (docs/operations.md, Schedule)"
