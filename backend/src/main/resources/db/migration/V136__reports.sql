-- Reports (issue 14): documents made in the background from the figures as of a day (the province's
-- notice, the units' and agencies' results files, a commune's appendix). The request, its progress and,
-- once made, the file itself: a bytea every API replica reads, so any replica serves the download.

CREATE TABLE report (
    id             uuid PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('NOTICE', 'UNIT_RESULTS', 'AGENCY_RESULTS', 'COMMUNE_APPENDIX')),
    format         text        NOT NULL CHECK (format IN ('DOCX', 'PDF', 'XLSX')),
    as_of          date        NOT NULL,
    compare_to     date        CHECK (compare_to < as_of),
    unit_code      varchar(5)  REFERENCES unit (code),
    unit_name      text,
    status         text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress       integer     NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    step           text,
    -- Who asked (a person's account id; no foreign key: the report outlives nothing it needs from the
    -- account) and their name as it was then.
    requested_by   uuid        NOT NULL,
    requester_name text        NOT NULL,
    created_at     timestamptz NOT NULL,
    started_at     timestamptz,
    finished_at    timestamptz,
    -- The worker holding it (RUNNING) and until when: a worker that dies stops renewing, and another
    -- replica takes the report up once lease_until has passed. attempts counts the takes.
    runner         uuid,
    lease_until    timestamptz,
    attempts       integer     NOT NULL DEFAULT 0,
    file           bytea,
    file_name      text,
    size_bytes     bigint,
    sha256         text,
    error          text,
    CHECK ((kind = 'COMMUNE_APPENDIX') = (unit_code IS NOT NULL))
);

-- The job's queue: what is waiting or whose lease may run out, oldest first.
CREATE INDEX report_queue_idx ON report (created_at) WHERE status IN ('QUEUED', 'RUNNING');
-- A caller's reports, newest first (the list, and the limit on unfinished ones).
CREATE INDEX report_requester_idx ON report (requested_by, created_at DESC);
-- Retention: finished reports by their end.
CREATE INDEX report_finished_idx ON report (finished_at) WHERE finished_at IS NOT NULL;

-- The texts administrators edited (NOTICE, COMMUNE_APPENDIX); no row: the built-in text is in force.
CREATE TABLE report_template (
    kind            text PRIMARY KEY CHECK (kind IN ('NOTICE', 'COMMUNE_APPENDIX')),
    title           text        NOT NULL,
    body            text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      uuid        NOT NULL,
    updated_by_name text        NOT NULL
);
