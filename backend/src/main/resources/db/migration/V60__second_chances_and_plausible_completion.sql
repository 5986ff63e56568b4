-- Issue 12, part A: second chances after the last attempt, reviewing an attempt, and lesson
-- completion that the server finds plausible.

-- What happens after the last attempt of a set: a new set of max_attempts opens retake_cooldown_minutes
-- after the last submission (COOLDOWN), or only a manager's grant gives another attempt (MANAGER).
-- hide_answers_until_passed: the review of an attempt shows the learner's answers and whether they were
-- right, but not the right option nor the explanation, until the test is passed (so the bank is not
-- harvested). reading_words_per_minute: the fastest plausible reading; a text lesson completes only
-- after word_count / reading_words_per_minute minutes since its first progress report (0: no minimum).
ALTER TABLE course
    ADD COLUMN after_last_attempt        text    NOT NULL DEFAULT 'COOLDOWN'
        CHECK (after_last_attempt IN ('COOLDOWN', 'MANAGER')),
    ADD COLUMN retake_cooldown_minutes   integer NOT NULL DEFAULT 1440
        CHECK (retake_cooldown_minutes BETWEEN 0 AND 525600),
    ADD COLUMN hide_answers_until_passed boolean NOT NULL DEFAULT false,
    ADD COLUMN reading_words_per_minute  integer NOT NULL DEFAULT 500
        CHECK (reading_words_per_minute BETWEEN 0 AND 5000);

-- The length of a lesson's text, in words (Vietnamese: syllables), kept by PostgreSQL itself.
ALTER TABLE lesson ADD COLUMN word_count integer GENERATED ALWAYS AS (
    coalesce(array_length(regexp_split_to_array(btrim(body_markdown, E' \n\r\t'), E'\\s+'), 1), 0)) STORED;

-- first_seen_at: the first progress report (the application's clock), where the reading time starts.
-- watched_mask: which parts of a video the reported positions fell in (bit i = part i of at most 30).
ALTER TABLE lesson_progress
    ADD COLUMN first_seen_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN watched_mask  integer     NOT NULL DEFAULT 0;

-- Attempts given beyond the course's max_attempts: a new set after the cooldown (COOLDOWN, by the
-- system), or one attempt granted by a unit manager or an administrator (GRANT, with a reason, audited).
CREATE TABLE quiz_allowance (
    id            uuid PRIMARY KEY,
    enrollment_id uuid        NOT NULL REFERENCES enrollment (id),
    kind          text        NOT NULL CHECK (kind IN ('COOLDOWN', 'GRANT')),
    attempts      integer     NOT NULL CHECK (attempts BETWEEN 1 AND 100),
    granted_by    uuid,       -- the account that granted (like audit_event.actor_id)
    reason        text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT quiz_allowance_grant_has_reason CHECK (kind <> 'GRANT' OR (granted_by IS NOT NULL AND reason IS NOT NULL))
);
CREATE INDEX quiz_allowance_enrollment_idx ON quiz_allowance (enrollment_id);
