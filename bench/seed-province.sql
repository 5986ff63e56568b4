-- A synthetic province for the statistics benchmark: learners :from to :to (call it again with the
-- next range to grow the same province). Deterministic: learner g always gets the same unit, group
-- and progress, so 10,000 → 100,000 → 1,000,000 only appends.
--   * units in proportion to their population (units.csv), as the real province would fill;
--   * groups: 5% public servants (40% of them an agency's staff), 25% students, 15% workers, 55% citizens;
--   * a funnel: 85% enrol, 76% finish every lesson, 74% pass and are certified, 0.5% of those revoked;
--     about 15 lesson-progress records per learner; registrations spread over the last 180 days;
--   * a learning_fact for every event, as the API records them;
--   * plan 368's places (issue 13): every unit has 8 schools (2 primary, 3 lower and 2 upper secondary, 1
--     college), 10 enterprises and 12 villages, all synthetic and named "… thử …", with denominators;
--     a student is in a school of their unit (with a class), a worker in an enterprise of it, and 70 % of
--     learners live in a village of their unit;
--   * the public servants' second course (V105): 70 % of the public servants certified in the first
--     enrol in it, 80 % of those finish it and are certified (its facts and certificates too).
-- The rollup triggers are switched off during the bulk load and the rollups rebuilt at the end with
-- stat_rebuild(), which gives the same rows the triggers would (RollupConsistencyTest checks both).
\set ON_ERROR_STOP on
\set course '''0195a6b0-0000-7000-8000-000000000001'''
\set course2 '''0195a6b0-0000-7000-8000-000000000002'''
BEGIN;

ALTER TABLE app_user DISABLE TRIGGER stat_user;
ALTER TABLE app_user DISABLE TRIGGER stat_village_user;
ALTER TABLE enrollment DISABLE TRIGGER stat_enrollment;
ALTER TABLE enrollment DISABLE TRIGGER stat_village_enrollment;
ALTER TABLE enrollment DISABLE TRIGGER stat_enrollment_insert;
ALTER TABLE enrollment DISABLE TRIGGER stat_village_enrollment_insert;
ALTER TABLE certificate DISABLE TRIGGER stat_certificate;
ALTER TABLE certificate DISABLE TRIGGER stat_village_certificate;
ALTER TABLE learning_fact DISABLE TRIGGER stat_fact;

CREATE TABLE IF NOT EXISTS bench_unit_cdf AS
SELECT code, sum(population) OVER (ORDER BY code) AS upto, sum(population) OVER () AS total FROM unit;
CREATE TABLE IF NOT EXISTS bench_lesson AS
SELECT id, ordinal FROM lesson WHERE course_id = :course::uuid AND NOT retired;
CREATE TABLE IF NOT EXISTS bench_lesson2 AS
SELECT id, row_number() OVER (ORDER BY ordinal, id)::int AS ordinal FROM lesson WHERE course_id = :course2::uuid AND NOT retired;

-- The places, made once: slot n of a kind in each unit (bench_place) and their denominators in force.
CREATE TABLE IF NOT EXISTS bench_place (unit_code varchar(5), kind text, slot int, id bigint, PRIMARY KEY (unit_code, kind, slot));
WITH made AS (
    INSERT INTO agency (name, kind, school_level, unit_code)
    SELECT CASE WHEN n <= 2 THEN 'Trường Tiểu học thử số ' WHEN n <= 5 THEN 'Trường THCS thử số '
                WHEN n <= 7 THEN 'Trường THPT thử số ' ELSE 'Trường Cao đẳng thử số ' END || n || ' - ' || u.name,
           'SCHOOL',
           CASE WHEN n <= 2 THEN 'PRIMARY' WHEN n <= 5 THEN 'LOWER_SECONDARY' WHEN n <= 7 THEN 'UPPER_SECONDARY'
                ELSE 'COLLEGE' END,
           u.code
    FROM unit u CROSS JOIN generate_series(1, 8) n
    WHERE NOT EXISTS (SELECT 1 FROM bench_place b WHERE b.kind = 'SCHOOL')
    UNION ALL
    SELECT 'Công ty TNHH thử số ' || n || ' - ' || u.name, 'ENTERPRISE', NULL, u.code
    FROM unit u CROSS JOIN generate_series(1, 10) n
    WHERE NOT EXISTS (SELECT 1 FROM bench_place b WHERE b.kind = 'ENTERPRISE')
    RETURNING id, kind, unit_code, name)
INSERT INTO bench_place SELECT unit_code, kind, substring(name FROM 'số (\d+) - ')::int, id FROM made;
WITH made AS (
    INSERT INTO village (unit_code, name, kind)
    SELECT u.code, CASE WHEN u.type = 'phường' THEN 'Tổ dân phố thử số ' ELSE 'Thôn thử số ' END || n,
           CASE WHEN u.type = 'phường' THEN 'TO_DAN_PHO' ELSE 'THON' END
    FROM unit u CROSS JOIN generate_series(1, 12) n
    WHERE NOT EXISTS (SELECT 1 FROM bench_place b WHERE b.kind = 'VILLAGE')
    RETURNING id, unit_code, name)
INSERT INTO bench_place SELECT unit_code, 'VILLAGE', substring(name FROM 'số (\d+)$')::int, id FROM made;
-- The places are there before the learners, who registered over the 180 days before yesterday: a past day's
-- directory (V138's agency_past, or the villages' created_at) must not leave them out of a day the learners count in.
UPDATE agency SET created_at = now() - interval '181 days'
WHERE id IN (SELECT id FROM bench_place WHERE kind <> 'VILLAGE') AND created_at > now() - interval '181 days';
UPDATE village SET created_at = now() - interval '181 days'
WHERE id IN (SELECT id FROM bench_place WHERE kind = 'VILLAGE') AND created_at > now() - interval '181 days';
DO $$ BEGIN
    IF to_regclass('agency_past') IS NOT NULL THEN
        EXECUTE 'DELETE FROM agency_past WHERE NOT existed'
                ' AND agency_id IN (SELECT id FROM bench_place WHERE kind <> ''VILLAGE'')';
    END IF;
END $$;
INSERT INTO agency_denominator (agency_id, valid_from, students, workers, estimated, source)
SELECT b.id, current_date - 200,
       CASE WHEN b.kind = 'SCHOOL' THEN greatest(50, (u.population * 0.2 / 8)::int) END,
       CASE WHEN b.kind = 'ENTERPRISE' THEN greatest(20, (u.population * 0.1 / 10)::int) END,
       true, 'Số liệu thử của benchmark'
FROM bench_place b JOIN unit u ON u.code = b.unit_code WHERE b.kind IN ('SCHOOL', 'ENTERPRISE')
ON CONFLICT DO NOTHING;
INSERT INTO village_denominator (village_id, valid_from, population, adult_population, estimated, source)
SELECT b.id, current_date - 200, (u.population / 12)::int, (u.population * 0.7 / 12)::int, true, 'Số liệu thử của benchmark'
FROM bench_place b JOIN unit u ON u.code = b.unit_code WHERE b.kind = 'VILLAGE'
ON CONFLICT DO NOTHING;

-- uniform(g, salt) in [0, 1): a hash of the learner number, the same on every run.
CREATE OR REPLACE FUNCTION pg_temp.uniform(g bigint, salt int) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT ((hashint8(g * 1000 + salt) & 2147483647)::double precision) / 2147483648 $$;

CREATE TEMP TABLE seed AS
SELECT g,
       ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid AS user_id,
       ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid AS enrollment_id,
       ('00000000-0000-4000-a000-' || lpad(to_hex(g), 12, '0'))::uuid AS attempt_id,
       pg_temp.uniform(g, 1) AS r_unit, pg_temp.uniform(g, 2) AS r_group, pg_temp.uniform(g, 3) AS r_agency,
       pg_temp.uniform(g, 4) AS r_day, pg_temp.uniform(g, 5) AS r_funnel, pg_temp.uniform(g, 6) AS r_lessons,
       pg_temp.uniform(g, 7) AS r_revoke, pg_temp.uniform(g, 8) AS r_place, pg_temp.uniform(g, 9) AS r_village,
       pg_temp.uniform(g, 10) AS r_second
FROM generate_series(:from::bigint, :to::bigint) g;

CREATE TEMP TABLE seed_user AS
SELECT s.*,
       (SELECT c.code FROM bench_unit_cdf c WHERE c.upto > floor(s.r_unit * c.total) ORDER BY c.upto LIMIT 1) AS unit_code,
       CASE WHEN s.r_group < 0.05 THEN 'CBCCVC' WHEN s.r_group < 0.30 THEN 'STUDENT'
            WHEN s.r_group < 0.45 THEN 'WORKER' ELSE 'CITIZEN' END AS learner_group,
       now() - interval '1 day' - s.r_day * interval '179 days' AS registered_at,
       CASE WHEN s.r_funnel >= 0.85 THEN -1               -- not enrolled
            WHEN s.r_funnel < 0.76 THEN 19                -- every lesson
            ELSE 1 + floor(s.r_lessons * 18)::int END AS lessons_done
FROM seed s;

INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code, agency_id, village_id, class_name,
                      created_at, updated_at)
SELECT s.user_id, 'Học viên thử ' || s.g, '+8493' || lpad(s.g::text, 7, '0'),
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNoLWJlbmNobWFyaw',
       s.learner_group, s.unit_code,
       CASE WHEN s.learner_group = 'CBCCVC' AND s.r_agency < 0.4
            THEN (SELECT id FROM agency ORDER BY id OFFSET floor(s.r_agency * 37.5)::int % 15 LIMIT 1)
            WHEN s.learner_group IN ('STUDENT', 'WORKER') THEN o.id END,
       v.id,
       CASE WHEN s.learner_group = 'STUDENT' THEN (6 + floor(s.r_place * 7)::int) || 'A' || (1 + floor(s.r_village * 4)::int) END,
       s.registered_at, s.registered_at
FROM seed_user s
LEFT JOIN bench_place o ON o.unit_code = s.unit_code
     AND o.kind = CASE s.learner_group WHEN 'STUDENT' THEN 'SCHOOL' WHEN 'WORKER' THEN 'ENTERPRISE' END
     AND o.slot = 1 + floor(s.r_place * CASE s.learner_group WHEN 'STUDENT' THEN 8 ELSE 10 END)::int
LEFT JOIN bench_place v ON v.unit_code = s.unit_code AND v.kind = 'VILLAGE' AND s.r_village < 0.7
     AND v.slot = 1 + floor(s.r_village / 0.7 * 12)::int;

INSERT INTO enrollment (id, user_id, course_id, enrolled_at, started_at, lessons_completed_at, passed_at,
                        best_score_percent, updated_at)
SELECT enrollment_id, user_id, :course::uuid, registered_at + interval '1 hour', registered_at + interval '1 hour',
       CASE WHEN lessons_done = 19 THEN registered_at + interval '20 hours' END,
       CASE WHEN lessons_done = 19 AND r_funnel < 0.74 THEN registered_at + interval '21 hours' END,
       CASE WHEN lessons_done = 19 THEN CASE WHEN r_funnel < 0.74 THEN 90 ELSE 60 END END,
       registered_at + interval '21 hours'
FROM seed_user WHERE lessons_done >= 0;

INSERT INTO lesson_progress (enrollment_id, lesson_id, percent, position_seconds, completed_at, updated_at)
SELECT s.enrollment_id, l.id, 100, 0, s.registered_at + interval '1 hour' + l.ordinal * interval '55 minutes',
       s.registered_at + interval '1 hour' + l.ordinal * interval '55 minutes'
FROM seed_user s JOIN bench_lesson l ON l.ordinal <= s.lessons_done
WHERE s.lessons_done > 0;

INSERT INTO quiz_attempt (id, enrollment_id, attempt_no, started_at, deadline_at, submitted_at, pass_mark_percent,
                          question_count, correct_count, score_percent, passed)
SELECT attempt_id, enrollment_id, 1, registered_at + interval '20 hours', registered_at + interval '21 hours',
       registered_at + interval '21 hours', 80, 20, 18, 90, true
FROM seed_user WHERE lessons_done = 19 AND r_funnel < 0.74;

INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, attempt_id, holder_name, unit_code, unit_name,
                         course_title, score_percent, issued_at, revoked_at, revoked_reason)
SELECT s.attempt_id, 'BENCH-' || s.g, s.enrollment_id, s.user_id, :course::uuid, s.attempt_id, 'Học viên thử ' || s.g,
       s.unit_code, u.name, 'Kỹ năng số cơ bản', 90, s.registered_at + interval '21 hours',
       CASE WHEN s.r_revoke < 0.005 THEN s.registered_at + interval '22 hours' END,
       CASE WHEN s.r_revoke < 0.005 THEN 'Thử nghiệm thu hồi' END
FROM seed_user s JOIN unit u ON u.code = s.unit_code
WHERE s.lessons_done = 19 AND s.r_funnel < 0.74;

-- The public servants' second course: enrolled by 70 % of those certified in the first, finished, passed
-- and certified by 80 % of them.
CREATE TEMP TABLE seed_second AS
SELECT s.g, s.user_id, s.unit_code, s.registered_at + interval '2 days' AS enrolled_at,
       ('00000000-0000-4000-b000-' || lpad(to_hex(s.g), 12, '0'))::uuid AS enrollment_id,
       ('00000000-0000-4000-c000-' || lpad(to_hex(s.g), 12, '0'))::uuid AS attempt_id,
       s.r_second < 0.56 AS certified
FROM seed_user s
WHERE s.learner_group = 'CBCCVC' AND s.lessons_done = 19 AND s.r_funnel < 0.74 AND s.r_second < 0.7;

INSERT INTO enrollment (id, user_id, course_id, enrolled_at, started_at, lessons_completed_at, passed_at,
                        best_score_percent, updated_at)
SELECT enrollment_id, user_id, :course2::uuid, enrolled_at, enrolled_at,
       CASE WHEN certified THEN enrolled_at + interval '10 hours' END,
       CASE WHEN certified THEN enrolled_at + interval '11 hours' END,
       CASE WHEN certified THEN 85 END, enrolled_at + interval '11 hours'
FROM seed_second;

INSERT INTO lesson_progress (enrollment_id, lesson_id, percent, position_seconds, completed_at, updated_at)
SELECT s.enrollment_id, l.id, 100, 0, s.enrolled_at + l.ordinal * interval '45 minutes',
       s.enrolled_at + l.ordinal * interval '45 minutes'
FROM seed_second s JOIN bench_lesson2 l ON s.certified OR l.ordinal <= 3;

INSERT INTO quiz_attempt (id, enrollment_id, attempt_no, started_at, deadline_at, submitted_at, pass_mark_percent,
                          question_count, correct_count, score_percent, passed)
SELECT attempt_id, enrollment_id, 1, enrolled_at + interval '10 hours', enrolled_at + interval '11 hours',
       enrolled_at + interval '11 hours', 80, 20, 17, 85, true
FROM seed_second WHERE certified;

INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, attempt_id, holder_name, unit_code, unit_name,
                         course_title, score_percent, issued_at)
SELECT s.attempt_id, 'BENCH2-' || s.g, s.enrollment_id, s.user_id, :course2::uuid, s.attempt_id, 'Học viên thử ' || s.g,
       s.unit_code, u.name, c.title, 85, s.enrolled_at + interval '11 hours'
FROM seed_second s JOIN unit u ON u.code = s.unit_code JOIN course c ON c.id = :course2::uuid
WHERE s.certified;

-- Every enrolment of this range (both courses), for the facts below.
CREATE TEMP TABLE seed_enrollment AS
SELECT enrollment_id FROM seed_user WHERE lessons_done >= 0
UNION ALL
SELECT enrollment_id FROM seed_second;

-- The facts, as the API writes them with each change.
INSERT INTO learning_fact (occurred_at, kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id)
SELECT u.created_at, 'REGISTERED', u.id, u.unit_code, u.agency_id, u.learner_group, NULL, NULL
FROM app_user u JOIN seed_user s ON s.user_id = u.id
UNION ALL
SELECT e.enrolled_at, 'ENROLLED', u.id, u.unit_code, u.agency_id, u.learner_group, e.course_id, e.id
FROM enrollment e JOIN app_user u ON u.id = e.user_id JOIN seed_enrollment s ON s.enrollment_id = e.id
UNION ALL
SELECT p.completed_at, 'LESSON_COMPLETED', u.id, u.unit_code, u.agency_id, u.learner_group, e.course_id, e.id
FROM lesson_progress p JOIN seed_enrollment s ON s.enrollment_id = p.enrollment_id
JOIN enrollment e ON e.id = p.enrollment_id JOIN app_user u ON u.id = e.user_id
UNION ALL
SELECT e.passed_at, 'PASSED', u.id, u.unit_code, u.agency_id, u.learner_group, e.course_id, e.id
FROM enrollment e JOIN app_user u ON u.id = e.user_id JOIN seed_enrollment s ON s.enrollment_id = e.id
WHERE e.passed_at IS NOT NULL
UNION ALL
SELECT c.issued_at, 'CERTIFIED', u.id, u.unit_code, u.agency_id, u.learner_group, c.course_id, c.enrollment_id
FROM certificate c JOIN app_user u ON u.id = c.user_id JOIN seed_enrollment s ON s.enrollment_id = c.enrollment_id
UNION ALL
SELECT c.revoked_at, 'CERTIFICATE_REVOKED', u.id, u.unit_code, u.agency_id, u.learner_group, c.course_id, c.enrollment_id
FROM certificate c JOIN app_user u ON u.id = c.user_id JOIN seed_enrollment s ON s.enrollment_id = c.enrollment_id
WHERE c.revoked_at IS NOT NULL;

SELECT stat_rebuild();
SELECT stat_village_rebuild();

ALTER TABLE app_user ENABLE TRIGGER stat_user;
ALTER TABLE app_user ENABLE TRIGGER stat_village_user;
ALTER TABLE enrollment ENABLE TRIGGER stat_enrollment;
ALTER TABLE enrollment ENABLE TRIGGER stat_village_enrollment;
ALTER TABLE enrollment ENABLE TRIGGER stat_enrollment_insert;
ALTER TABLE enrollment ENABLE TRIGGER stat_village_enrollment_insert;
ALTER TABLE certificate ENABLE TRIGGER stat_certificate;
ALTER TABLE certificate ENABLE TRIGGER stat_village_certificate;
ALTER TABLE learning_fact ENABLE TRIGGER stat_fact;

COMMIT;
-- In production a day's rollup rows are written during that day, so they sit together in the table;
-- the rebuild writes them in hash order. Clustering by the primary key (day first) restores the layout
-- a live database has, which the "today" read of every statistics request depends on.
CLUSTER stat_daily USING stat_daily_pkey;
-- The villages' daily rollup (V120) likewise: a unit's page and the targets' overview read today's rows of it
-- on every answer, which a live database has written together during the day.
CLUSTER stat_village_daily USING stat_village_daily_pkey;
ANALYZE;
SELECT (SELECT count(*) FROM app_user) AS learners, (SELECT count(*) FROM lesson_progress) AS progress_rows,
       (SELECT count(*) FROM learning_fact) AS facts, (SELECT count(*) FROM stat_daily) AS daily_rollup_rows;
