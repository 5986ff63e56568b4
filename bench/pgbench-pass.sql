-- A learner in a village passes the final test and is certified (quiz.Grading, CertificateIssuer): the
-- attempt graded, its fact, the enrolment passed, its fact, the certificate, its fact and audit record (the
-- notification's outbox row is left out). Fires stat_village_enrollment and stat_village_certificate.
-- Rolled back.
\set n random(1, :pool)
BEGIN;
UPDATE quiz_attempt SET submitted_at = now(), correct_count = 18, score_percent = 90, passed = true
WHERE id = (SELECT attempt_id FROM bench_pass WHERE n = :n) RETURNING submitted_at;
INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
SELECT 'ATTEMPT_SUBMITTED', u.id, u.unit_code, u.agency_id, u.learner_group, b.course_id, b.enrollment_id, b.attempt_id
FROM bench_pass b JOIN app_user u ON u.id = b.user_id WHERE b.n = :n;
UPDATE enrollment SET best_score_percent = GREATEST(coalesce(best_score_percent, 0), 90),
       passed_at = coalesce(passed_at, now()), updated_at = now()
WHERE id = (SELECT enrollment_id FROM bench_pass WHERE n = :n)
RETURNING coalesce(passed_at = now(), false) AS passed_now;
INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
SELECT 'PASSED', u.id, u.unit_code, u.agency_id, u.learner_group, b.course_id, b.enrollment_id, b.attempt_id
FROM bench_pass b JOIN app_user u ON u.id = b.user_id WHERE b.n = :n;
INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, attempt_id, holder_name, unit_code,
                         unit_name, course_title, score_percent)
SELECT gen_random_uuid(), 'TRIG-' || b.n || '-' || md5(random()::text), b.enrollment_id, u.id, c.id, b.attempt_id,
       u.full_name, un.code, un.name, c.title, 90
FROM bench_pass b JOIN app_user u ON u.id = b.user_id JOIN unit un ON un.code = u.unit_code JOIN course c ON c.id = b.course_id
WHERE b.n = :n
ON CONFLICT (enrollment_id) DO NOTHING
RETURNING id, holder_name, course_title;
INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
SELECT 'CERTIFIED', u.id, u.unit_code, u.agency_id, u.learner_group, b.course_id, b.enrollment_id, c.id
FROM bench_pass b JOIN app_user u ON u.id = b.user_id JOIN certificate c ON c.enrollment_id = b.enrollment_id WHERE b.n = :n;
INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
SELECT b.user_id, 'certificate.issued', 'certificate', c.code, jsonb_build_object('enrollmentId', b.enrollment_id, 'scorePercent', 90)
FROM bench_pass b JOIN certificate c ON c.enrollment_id = b.enrollment_id WHERE b.n = :n;
ROLLBACK;
