#!/usr/bin/env bash
# `make test-ops`: the restore drill (backend/src/test/java/vn/hocvuso/backup/RestoreDrill.java). It
# follows docs/operations.md, "Backups and restore", with the operator's own commands (make backup-setup,
# backup, secrets-backup, secrets-restore, restore) on PostgreSQL clusters it creates and drops itself:
#   DRILL_PG_PORT [25432] the drill's cluster, DRILL_RESTORED_PG_PORT [25433] the one it restores into,
#   DRILL_API_PORT [25070] the packaged API, DRILL_WEBHOOK_PORT [25071] an integrator's webhook receiver,
#   DRILL_DIR [.run/restore-drill] repository, keys and logs.
# Never the shared cluster, never the databases of `make run` or `make test`. Needs root (Debian's
# pg_createcluster) and pgBackRest, which it installs with apt-get when it may. About 3 to 5 minutes.
set -euo pipefail
. "$(dirname "$0")/env.sh"
SCRIPT=test-ops
. "$ROOT/scripts/backup-lib.sh"

need_root "the restore drill creates PostgreSQL clusters"
ensure_pgbackrest
need gpg "apt-get install gnupg"
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
[ -x "/usr/lib/postgresql/$version/bin/postgres" ] || die "PostgreSQL's server is missing: apt-get install postgresql"
export DRILL_PG_VERSION=$version
for port in "${DRILL_PG_PORT:-25432}" "${DRILL_RESTORED_PG_PORT:-25433}" "${DRILL_API_PORT:-25070}" "${DRILL_WEBHOOK_PORT:-25071}"; do
  ! port_in_use "$port" || pg_lsclusters -h | awk '{print $2}' | grep -q '^hocvuso_drill' ||
    die "port $port is in use: set DRILL_PG_PORT, DRILL_RESTORED_PG_PORT or DRILL_API_PORT"
done

say "packaging the API"
(cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
say "running the drill (its steps are printed as [drill] lines)"
(cd "$ROOT/backend" && ./mvnw -B -q surefire:test -Dtest=RestoreDrill -Dsurefire.failIfNoSpecifiedTests=false)
say "restore drill passed"
