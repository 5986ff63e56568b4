-- Seeds :certificates learners of the seeded course "Kỹ năng số cơ bản" for the certificate PDF benchmark,
-- each with a passed attempt and a certificate whose code is HVS-BNCH-<n, 4 digits>-0000.
\set course '''0195a6b0-0000-7000-8000-000000000001'''

INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code)
SELECT gen_random_uuid(), 'Nguyễn Thị Học Viên ' || g, '+8491' || lpad(g::text, 7, '0'),
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bm90LWEtcmVhbC1oYXNoLWJlbmNobWFyaw',
       'CITIZEN', (SELECT code FROM unit ORDER BY code OFFSET g % 96 LIMIT 1)
FROM generate_series(1, :certificates) g;

INSERT INTO enrollment (id, user_id, course_id, started_at, lessons_completed_at, passed_at, best_score_percent)
SELECT gen_random_uuid(), u.id, :course::uuid, now(), now(), now(), 100 FROM app_user u WHERE u.phone LIKE '+8491%';

INSERT INTO quiz_attempt (id, enrollment_id, attempt_no, deadline_at, submitted_at, pass_mark_percent,
                          question_count, correct_count, score_percent, passed)
SELECT gen_random_uuid(), e.id, 1, now(), now(), 80, 20, 20, 100, true
FROM enrollment e JOIN app_user u ON u.id = e.user_id WHERE u.phone LIKE '+8491%';

INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, attempt_id, holder_name, unit_code, unit_name,
                         course_title, score_percent)
SELECT gen_random_uuid(), 'HVS-BNCH-' || lpad(substr(u.phone, 6)::int::text, 4, '0') || '-0000', e.id, u.id,
       e.course_id, a.id, u.full_name, u.unit_code, n.name, c.title, 100
FROM app_user u
JOIN enrollment e ON e.user_id = u.id
JOIN quiz_attempt a ON a.enrollment_id = e.id
JOIN unit n ON n.code = u.unit_code
JOIN course c ON c.id = e.course_id
WHERE u.phone LIKE '+8491%';

SELECT count(*) AS certificates FROM certificate WHERE code LIKE 'HVS-BNCH-%';
