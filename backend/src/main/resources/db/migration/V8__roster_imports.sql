-- Roster imports of public servants: accounts created or updated from an HR system's or a commune's
-- list, claimable by their owners with a one-time code; the import runs as a background job whose
-- progress and per-row outcome are kept here.

-- The employer's number for a public servant: the key an HR system re-sends, so a second import of
-- the same list updates instead of duplicating.
ALTER TABLE app_user ADD COLUMN employee_number text;
CREATE UNIQUE INDEX app_user_employee_number_idx ON app_user (employee_number) WHERE employee_number IS NOT NULL;

-- An imported account has no password yet (app_user.password_hash holds a marker that never matches);
-- its owner sets one with this code. Only the SHA-256 of the code is kept.
CREATE TABLE account_claim (
    user_id    uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    expires_at timestamptz NOT NULL,
    import_id  uuid,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE roster_import (
    id                uuid PRIMARY KEY,
    status            text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    file_name         text        NOT NULL DEFAULT '',
    encoding          text        NOT NULL,
    has_agency_column boolean     NOT NULL,
    -- Who uploaded, and what they may touch (checked again by the job for every row).
    created_by        uuid        NOT NULL,
    caller_key        text        NOT NULL,
    scope_all         boolean     NOT NULL,
    scope_any         boolean     NOT NULL,
    scope_units       text[]      NOT NULL,
    scope_agencies    bigint[]    NOT NULL,
    confirmed         boolean     NOT NULL DEFAULT false,
    total_rows        integer     NOT NULL,
    done_rows         integer     NOT NULL DEFAULT 0,
    created_count     integer     NOT NULL DEFAULT 0,
    updated_count     integer     NOT NULL DEFAULT 0,
    unchanged_count   integer     NOT NULL DEFAULT 0,
    error_count       integer     NOT NULL DEFAULT 0,
    failure           text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    started_at        timestamptz,
    heartbeat_at      timestamptz,
    finished_at       timestamptz
);
CREATE INDEX roster_import_queue_idx ON roster_import (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- Each row as uploaded (cells as typed, for the result file) and, once processed, its outcome.
CREATE TABLE roster_import_row (
    import_id    uuid    NOT NULL REFERENCES roster_import (id) ON DELETE CASCADE,
    line         integer NOT NULL,
    cells        jsonb   NOT NULL,
    cell_count   integer NOT NULL,
    header_count integer NOT NULL,
    -- Problems found at upload (the row's shape, duplicates inside the file), then the job's.
    errors       jsonb   NOT NULL DEFAULT '[]',
    outcome      text    CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'ERROR')),
    user_id      uuid,
    -- The one-time code of an account this import created, for the uploader's result file; removed
    -- once the account is claimed.
    claim_code   text,
    PRIMARY KEY (import_id, line)
);
CREATE INDEX roster_import_row_todo_idx ON roster_import_row (import_id, line) WHERE outcome IS NULL;
CREATE INDEX roster_import_row_user_idx ON roster_import_row (user_id) WHERE claim_code IS NOT NULL;
