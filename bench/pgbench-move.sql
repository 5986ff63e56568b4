-- A learner names another village of their unit in the profile (AccountService): the account locked, the
-- village checked, the update. Fires stat_village_user, which moves the learner's enrolments and
-- certificates along. Rolled back.
\set n random(1, :pool)
BEGIN;
SELECT u.id, u.unit_code, u.village_id, u.learner_group FROM app_user u JOIN bench_move b ON b.user_id = u.id
WHERE b.n = :n FOR UPDATE OF u;
SELECT v.id FROM village v JOIN bench_move b ON b.village_id = v.id AND b.unit_code = v.unit_code WHERE b.n = :n;
UPDATE app_user SET full_name = coalesce(NULL, full_name), unit_code = coalesce(NULL, unit_code),
       village_id = (SELECT village_id FROM bench_move WHERE n = :n), updated_at = now()
WHERE id = (SELECT user_id FROM bench_move WHERE n = :n);
ROLLBACK;
