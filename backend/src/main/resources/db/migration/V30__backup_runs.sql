-- Backups (pgBackRest, run by scripts/backup.sh on the database host) record each run here, so that the
-- API can tell how old the last good backup is (readiness details and metrics, vn.hocvuso.backup)
-- without access to the backup repository. Written by the script as the cluster's superuser; the
-- times come from pgBackRest (the database host's clock) or, for a failed run, from now().
CREATE TABLE backup_run (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('full', 'diff', 'incr')),
    succeeded       boolean     NOT NULL,
    -- pgBackRest's label of the backup set, e.g. 20261129-013000F_20261130-013000D
    label           text,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NOT NULL,
    -- the database's size, and what the backup added to the (compressed, encrypted) repository
    size_bytes      bigint,
    repo_size_bytes bigint,
    -- the WAL segments the backup needs, and the host it ran on
    wal_start       text,
    wal_stop        text,
    host            text,
    -- why a run failed (the last lines of pgBackRest's output); never shown by the API
    error           text,
    CONSTRAINT backup_run_label CHECK (succeeded = (label IS NOT NULL))
);
CREATE INDEX backup_run_finished_idx ON backup_run (succeeded, finished_at DESC);
