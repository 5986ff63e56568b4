-- A learner in a village enrols (EnrollmentService.enroll): the checks, the enrolment and its fact. Fires
-- stat_village_enrollment_insert. Rolled back: the next run meets the same learners not enrolled.
\set n random(1, :pool)
BEGIN;
SELECT EXISTS (SELECT 1 FROM course c JOIN bench_enrol b ON b.course_id = c.id WHERE b.n = :n AND c.status = 'PUBLISHED') AS course,
       EXISTS (SELECT 1 FROM app_user u JOIN bench_enrol b ON b.user_id = u.id WHERE b.n = :n) AS learner;
INSERT INTO enrollment (id, user_id, course_id) SELECT gen_random_uuid(), user_id, course_id FROM bench_enrol WHERE n = :n
ON CONFLICT (user_id, course_id) DO NOTHING RETURNING id;
INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id)
SELECT 'ENROLLED', u.id, u.unit_code, u.agency_id, u.learner_group, e.course_id, e.id
FROM bench_enrol b JOIN app_user u ON u.id = b.user_id JOIN enrollment e ON e.user_id = b.user_id AND e.course_id = b.course_id
WHERE b.n = :n;
ROLLBACK;
