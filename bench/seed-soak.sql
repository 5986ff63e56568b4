-- The people of the soak (`make soak`), added to a province seeded by seed-province.sql: :learners
-- accounts in the middle of the course "Kỹ năng số cơ bản" (they log in, study and replay offline
-- queues) and :takers who have studied every lesson and take the final test. Phones +8494…; their
-- password hash is set by soak.mjs from an account it registers, so that logins pay Argon2's real cost.
\set ON_ERROR_STOP on
\set course '''0195a6b0-0000-7000-8000-000000000001'''
BEGIN;

CREATE TEMP TABLE soak_user AS
SELECT g, gen_random_uuid() AS user_id, gen_random_uuid() AS enrollment_id,
       (SELECT code FROM unit ORDER BY code OFFSET g % 96 LIMIT 1) AS unit_code,
       CASE WHEN g <= :takers THEN 19 ELSE g % 19 END AS lessons_done
FROM generate_series(1, :learners + :takers) g;

INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code)
SELECT user_id, 'Học viên buổi sáng ' || g, '+8494' || lpad(g::text, 7, '0'), 'no password yet',
       (ARRAY['CITIZEN', 'CBCCVC', 'STUDENT', 'WORKER'])[1 + g % 4], unit_code
FROM soak_user;

INSERT INTO enrollment (id, user_id, course_id, started_at, lessons_completed_at)
SELECT enrollment_id, user_id, :course::uuid, now() - interval '1 day',
       CASE WHEN lessons_done = 19 THEN now() - interval '1 hour' END
FROM soak_user;

INSERT INTO lesson_progress (enrollment_id, lesson_id, percent, position_seconds, completed_at)
SELECT s.enrollment_id, l.id, 100, 0, now() - interval '1 day'
FROM soak_user s JOIN lesson l ON l.course_id = :course::uuid AND NOT l.retired AND l.ordinal <= s.lessons_done;

COMMIT;
ANALYZE app_user, enrollment, lesson_progress;
SELECT count(*) FILTER (WHERE lessons_done < 19) AS studying, count(*) FILTER (WHERE lessons_done = 19) AS ready_for_the_test
FROM soak_user;
