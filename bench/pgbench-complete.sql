-- A learner in a village completes the last lesson (ProgressService.completed): the lesson's fact and the
-- enrolment's completion, which fires stat_village_enrollment. The report's context read and upsert that
-- come before them are pgbench-progress.sql's; the pool's last lesson is already complete (seed-triggers.sql).
-- Rolled back.
\set n random(1, :pool)
BEGIN;
INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
SELECT 'LESSON_COMPLETED', u.id, u.unit_code, u.agency_id, u.learner_group, f.course_id, f.enrollment_id, f.lesson_id
FROM bench_finish f JOIN app_user u ON u.id = f.user_id WHERE f.n = :n;
UPDATE enrollment SET lessons_completed_at = now(), updated_at = now()
WHERE id = (SELECT enrollment_id FROM bench_finish WHERE n = :n) AND lessons_completed_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM lesson l
    LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.enrollment_id = (SELECT enrollment_id FROM bench_finish WHERE n = :n)
    WHERE l.course_id = (SELECT course_id FROM bench_finish WHERE n = :n) AND NOT l.retired AND p.completed_at IS NULL);
ROLLBACK;
