-- Seeds :learners learners of the seeded course "Kỹ năng số cơ bản" for the progress benchmark:
-- accounts spread over the 96 units, one enrolment each, and a realistic spread of finished
-- lessons (0 to 18 of 19, about 9 on average). bench_target lists, per learner, the next lesson the
-- learner may report progress on: what a phone in the middle of a lesson sends.
\set course '''0195a6b0-0000-7000-8000-000000000001'''

INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code)
SELECT gen_random_uuid(), 'Học viên thử ' || g, '+8490' || lpad(g::text, 7, '0'),
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNoLWJlbmNobWFyaw',
       (ARRAY['CITIZEN', 'CBCCVC', 'STUDENT', 'WORKER'])[1 + g % 4],
       (SELECT code FROM unit ORDER BY code OFFSET g % 96 LIMIT 1)
FROM generate_series(1, :learners) g;

INSERT INTO enrollment (id, user_id, course_id, started_at)
SELECT gen_random_uuid(), u.id, :course::uuid, now() FROM app_user u WHERE u.phone LIKE '+8490%';

INSERT INTO lesson_progress (enrollment_id, lesson_id, percent, position_seconds, completed_at)
SELECT e.id, l.id, 100, 0, now()
FROM enrollment e JOIN lesson l ON l.course_id = e.course_id AND NOT l.retired
WHERE l.ordinal <= abs(hashtext(e.id::text)) % 19;

CREATE TABLE bench_target (n serial PRIMARY KEY, user_id uuid, enrollment_id uuid, lesson_id uuid);
INSERT INTO bench_target (user_id, enrollment_id, lesson_id)
SELECT e.user_id, e.id, l.id
FROM enrollment e
JOIN lesson l ON l.course_id = e.course_id AND NOT l.retired
 AND l.ordinal = 1 + (SELECT count(*) FROM lesson_progress p WHERE p.enrollment_id = e.id AND p.completed_at IS NOT NULL)
ORDER BY e.id;

ANALYZE;
SELECT (SELECT count(*) FROM app_user) AS learners, (SELECT count(*) FROM lesson_progress) AS progress_rows,
       (SELECT count(*) FROM bench_target) AS targets;
