-- Seeds :learners learners for the reminder and digest selection benchmark (BENCH_SUITES=notify), on top of
-- seed-progress.sql's learners (who carry the progress endpoint's load). Deterministic per learner number g.
-- Phones +8494…, so the seed can tell its own rows. The spread, over the seeded course:
--   15% not enrolled; of the rest: 12% enrolled, no lesson opened (enrolled 0–60 days ago: many due);
--   25% mid-course (1–18 lessons done, last progress 0–40 days ago: many stalled); 5% every lesson done,
--   the last attempt failed 0–10 days ago; 58% passed. Every lesson_progress row a reminder reads is
--   here (mid-course and failed learners); passed learners have none, which the selection never reads.
-- 96 unit managers and 15 agency managers receive the digests. Rollup triggers off during the load,
-- rollups rebuilt at the end (stat_rebuild), as seed-province.sql does.
\set ON_ERROR_STOP on
\set course '''0195a6b0-0000-7000-8000-000000000001'''
BEGIN;
ALTER TABLE app_user DISABLE TRIGGER stat_user;
ALTER TABLE app_user DISABLE TRIGGER stat_village_user;
ALTER TABLE enrollment DISABLE TRIGGER stat_enrollment;
ALTER TABLE enrollment DISABLE TRIGGER stat_village_enrollment;
ALTER TABLE enrollment DISABLE TRIGGER stat_enrollment_insert;
ALTER TABLE enrollment DISABLE TRIGGER stat_village_enrollment_insert;

CREATE OR REPLACE FUNCTION pg_temp.uniform(g bigint, salt int) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT ((hashint8(g * 1000 + salt) & 2147483647)::double precision) / 2147483648 $$;

CREATE TEMP TABLE lessons AS SELECT id, ordinal FROM lesson WHERE course_id = :course::uuid AND NOT retired;
CREATE TEMP TABLE units AS SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM unit;

CREATE TEMP TABLE seed AS
SELECT g,
       ('00000000-0000-4000-b000-' || lpad(to_hex(g), 12, '0'))::uuid AS user_id,
       ('00000000-0000-4000-c000-' || lpad(to_hex(g), 12, '0'))::uuid AS enrollment_id,
       ('00000000-0000-4000-d000-' || lpad(to_hex(g), 12, '0'))::uuid AS attempt_id,
       pg_temp.uniform(g, 1) AS r_state, pg_temp.uniform(g, 2) AS r_days, pg_temp.uniform(g, 3) AS r_lessons
FROM generate_series(1, :learners::bigint) g;

INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code, created_at, updated_at)
SELECT s.user_id, 'Học viên nhắc ' || s.g, '+8494' || lpad(s.g::text, 7, '0'),
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNoLWJlbmNobWFyaw',
       (ARRAY['CITIZEN', 'CBCCVC', 'STUDENT', 'WORKER'])[1 + s.g % 4], u.code,
       now() - interval '90 days', now() - interval '90 days'
FROM seed s JOIN units u ON u.n = s.g % 96;

-- state: 0 not enrolled, 1 not started, 2 mid-course, 3 failed, 4 passed
CREATE TEMP TABLE seed_state AS
SELECT s.*, CASE WHEN r_state < 0.15 THEN 0 WHEN r_state < 0.25 THEN 1 WHEN r_state < 0.4625 THEN 2
                 WHEN r_state < 0.505 THEN 3 ELSE 4 END AS state,
       now() - r_days * interval '60 days' AS enrolled_at,
       now() - r_days * interval '40 days' AS last_activity,
       1 + floor(r_lessons * 18)::int AS lessons_done
FROM seed s;

INSERT INTO enrollment (id, user_id, course_id, enrolled_at, started_at, lessons_completed_at, passed_at, best_score_percent, updated_at)
SELECT enrollment_id, user_id, :course::uuid, enrolled_at - interval '1 day',
       CASE WHEN state >= 2 THEN enrolled_at END,
       CASE WHEN state >= 3 THEN last_activity END,
       CASE WHEN state = 4 THEN last_activity + interval '1 hour' END,
       CASE WHEN state = 3 THEN 50 WHEN state = 4 THEN 90 END,
       last_activity
FROM seed_state WHERE state > 0;

INSERT INTO lesson_progress (enrollment_id, lesson_id, percent, position_seconds, completed_at, updated_at, first_seen_at)
SELECT s.enrollment_id, l.id, 100, 0, s.last_activity - (19 - l.ordinal) * interval '10 minutes',
       s.last_activity - (19 - l.ordinal) * interval '10 minutes', s.enrolled_at
FROM seed_state s JOIN lessons l ON l.ordinal <= CASE WHEN s.state = 2 THEN s.lessons_done ELSE 19 END
WHERE s.state IN (2, 3);

INSERT INTO quiz_attempt (id, enrollment_id, attempt_no, started_at, deadline_at, submitted_at, pass_mark_percent,
                          question_count, correct_count, score_percent, passed)
SELECT attempt_id, enrollment_id, 1, last_activity, last_activity + interval '30 minutes',
       last_activity + interval '20 minutes', 80, 20, 10, 50, false
FROM seed_state WHERE state = 3;

-- The managers: one per unit and one per agency (phones +8495…).
INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code)
SELECT ('00000000-0000-4000-e000-' || lpad(to_hex(u.n), 12, '0'))::uuid, 'Cán bộ xã ' || u.code,
       '+8495' || lpad(u.n::text, 7, '0'), '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNoLWJlbmNobWFyaw',
       'CBCCVC', u.code
FROM units u ON CONFLICT DO NOTHING;
INSERT INTO role_grant (id, user_id, role, unit_code)
SELECT gen_random_uuid(), ('00000000-0000-4000-e000-' || lpad(to_hex(u.n), 12, '0'))::uuid, 'UNIT_MANAGER', u.code
FROM units u ON CONFLICT DO NOTHING;
INSERT INTO role_grant (id, user_id, role, agency_id)
SELECT gen_random_uuid(), ('00000000-0000-4000-e000-' || lpad(to_hex(u.n), 12, '0'))::uuid, 'AGENCY_MANAGER', a.id
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM agency) a JOIN units u ON u.n = a.n
ON CONFLICT DO NOTHING;

SELECT stat_rebuild();
SELECT stat_village_rebuild();
ALTER TABLE app_user ENABLE TRIGGER stat_user;
ALTER TABLE app_user ENABLE TRIGGER stat_village_user;
ALTER TABLE enrollment ENABLE TRIGGER stat_enrollment;
ALTER TABLE enrollment ENABLE TRIGGER stat_village_enrollment;
ALTER TABLE enrollment ENABLE TRIGGER stat_enrollment_insert;
ALTER TABLE enrollment ENABLE TRIGGER stat_village_enrollment_insert;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM app_user) AS accounts, (SELECT count(*) FROM enrollment) AS enrolments,
       (SELECT count(*) FROM lesson_progress) AS progress_rows, (SELECT count(*) FROM quiz_attempt) AS attempts;
