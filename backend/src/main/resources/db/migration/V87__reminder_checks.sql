-- The daily reminder selection reads only the enrolments that can become due (docs/notifications.md,
-- "Learner reminders"): each not-started and in-progress enrolment carries the earliest moment a
-- not-started or stalled reminder can next be due for it, written by the selection itself whenever it
-- looks at the enrolment (never by the progress endpoint). Learner activity only moves a due moment
-- later, so the value stays a lower bound without the hot path writing it. '-infinity' (the default, so
-- every existing and every new enrolment) means "not looked at yet": the first run after this migration
-- is a catch-up that reads every open enrolment once.
ALTER TABLE enrollment ADD COLUMN reminder_check_at timestamptz NOT NULL DEFAULT '-infinity';

-- Walked in (reminder_check_at, id) order up to the run's time: a day's run reads about a seventh of the
-- open enrolments (a reminder comes once a week while its cause lasts), not all of them.
CREATE INDEX enrollment_not_started_check_idx ON enrollment (reminder_check_at, id)
    WHERE started_at IS NULL AND passed_at IS NULL;
CREATE INDEX enrollment_in_progress_check_idx ON enrollment (reminder_check_at, id)
    WHERE started_at IS NOT NULL AND lessons_completed_at IS NULL;

-- Replaced by the two above (they were read by the selection only): one index less to write when a
-- learner starts a course.
DROP INDEX enrollment_not_started_idx;
DROP INDEX enrollment_in_progress_idx;
