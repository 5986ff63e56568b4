-- The write-path pools of the triggers suite, on a province seeded by seed-province.sql (learners in
-- villages, 70 %) and seed-progress.sql (bench_target, the progress reports): for each write the village
-- rollups' triggers fire on, the rows it applies to, numbered 1..n for pgbench's random key.
--   bench_enrol   learners in a village not enrolled in the course (EnrollmentService.enroll);
--   bench_finish  enrolments of learners in a village whose last lesson was just completed and the course
--                 not yet (ProgressService: the report that completes the course);
--   bench_pass    enrolments of learners in a village whose lessons are done and test not yet passed
--                 (quiz.Grading and CertificateIssuer: pass, then the certificate);
--   bench_move    learners in a village and another village of their unit (AccountService: the profile).
-- The finishing and passing learners were certified by the province's seed: their certificates and what
-- follows the last lesson's completion are taken back here, and the rollups rebuilt, so that each pool is
-- in the state its write expects. The pgbench scripts end in ROLLBACK: every run meets this same state.
\set ON_ERROR_STOP on
\set course '''0195a6b0-0000-7000-8000-000000000001'''
BEGIN;

CREATE TABLE bench_enrol AS
SELECT row_number() OVER (ORDER BY u.id)::int AS n, u.id AS user_id, :course::uuid AS course_id
FROM app_user u
WHERE u.village_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.user_id = u.id AND e.course_id = :course::uuid);

-- The certified learners in a village, in two halves.
CREATE TEMP TABLE certified AS
SELECT e.id AS enrollment_id, e.user_id, e.course_id, c.attempt_id, abs(hashtext(e.id::text)) % 2 = 0 AS finishing
FROM enrollment e
JOIN app_user u ON u.id = e.user_id AND u.village_id IS NOT NULL
JOIN certificate c ON c.enrollment_id = e.id AND c.revoked_at IS NULL
WHERE e.course_id = :course::uuid;

CREATE TABLE bench_finish AS
SELECT row_number() OVER (ORDER BY c.enrollment_id)::int AS n, c.enrollment_id, c.user_id, c.course_id,
       (SELECT l.id FROM lesson l WHERE l.course_id = c.course_id AND NOT l.retired ORDER BY l.ordinal DESC LIMIT 1) AS lesson_id
FROM certified c WHERE c.finishing;

CREATE TABLE bench_pass AS
SELECT row_number() OVER (ORDER BY c.enrollment_id)::int AS n, c.enrollment_id, c.user_id, c.course_id, c.attempt_id
FROM certified c WHERE NOT c.finishing;

DELETE FROM certificate WHERE enrollment_id IN (SELECT enrollment_id FROM certified);
UPDATE enrollment SET passed_at = NULL, best_score_percent = NULL WHERE id IN (SELECT enrollment_id FROM certified);
UPDATE enrollment SET lessons_completed_at = NULL WHERE id IN (SELECT enrollment_id FROM bench_finish);

CREATE TABLE bench_move AS
SELECT row_number() OVER (ORDER BY u.id)::int AS n, u.id AS user_id, u.unit_code,
       (SELECT v.id FROM village v WHERE v.unit_code = u.unit_code AND v.id <> u.village_id ORDER BY v.id LIMIT 1) AS village_id
FROM app_user u WHERE u.village_id IS NOT NULL;

SELECT stat_rebuild();
SELECT stat_village_rebuild();
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM app_user) AS learners, (SELECT count(*) FROM app_user WHERE village_id IS NOT NULL) AS in_villages,
       (SELECT count(*) FROM bench_enrol) AS enrol, (SELECT count(*) FROM bench_finish) AS finish,
       (SELECT count(*) FROM bench_pass) AS pass, (SELECT count(*) FROM bench_move) AS move,
       (SELECT count(*) FROM bench_target) AS progress;
