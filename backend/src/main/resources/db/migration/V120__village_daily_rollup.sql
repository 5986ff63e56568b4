-- The pace of the villages' targets from a rollup (issue 13/17): how many of a village's learners joined,
-- and how many of their certificates (still valid) were issued, on each day (Vietnam time), so that a
-- unit's page and the administrators' target overview sum the days of the pace window instead of
-- scanning app_user, enrollment and certificate on every request. Like stat_village_learners and
-- stat_village_progress (V95) it is current state by day: it counts where the learners are now, so a
-- learner who moves to another village (or group, or out of a village) takes their day of joining and the
-- days of their certificates along, and a revoked certificate stops counting on the day it was issued.
--
-- Rows of course_id 00000000-0000-0000-0000-000000000000 (no course, as in stat_daily) hold the joined;
-- the others the certified in that course. The key leads with the day: a window of days is one range.
CREATE TABLE stat_village_daily (
    day           date    NOT NULL,
    village_id    bigint  NOT NULL,
    learner_group text    NOT NULL,
    course_id     uuid    NOT NULL,
    joined        integer NOT NULL DEFAULT 0,
    certified     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, village_id, learner_group, course_id)
);

CREATE FUNCTION stat_village_daily_add(p_day date, p_village bigint, p_group text, p_course uuid,
                                       d_joined integer, d_certified integer)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_village_daily AS s (day, village_id, learner_group, course_id, joined, certified)
    VALUES (p_day, p_village, p_group, coalesce(p_course, '00000000-0000-0000-0000-000000000000'), d_joined, d_certified)
    ON CONFLICT (day, village_id, learner_group, course_id) DO UPDATE SET
        joined = s.joined + EXCLUDED.joined,
        certified = s.certified + EXCLUDED.certified;
$$;

-- Accounts: V95's, and the day of joining and the valid certificates' days along with the learner.
CREATE OR REPLACE FUNCTION stat_village_on_user() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    e record;
    joined_on date := (NEW.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    old_village bigint := CASE WHEN TG_OP = 'UPDATE' THEN OLD.village_id END;
    old_group text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.learner_group END;
BEGIN
    IF (old_village, old_group) IS NOT DISTINCT FROM (NEW.village_id, NEW.learner_group) THEN
        RETURN NULL;
    END IF;
    IF old_village IS NOT NULL THEN
        UPDATE stat_village_learners SET learners = learners - 1
        WHERE village_id = old_village AND learner_group = old_group;
        PERFORM stat_village_daily_add(joined_on, old_village, old_group, NULL, -1, 0);
    END IF;
    IF NEW.village_id IS NOT NULL THEN
        INSERT INTO stat_village_learners AS s (village_id, learner_group, learners)
        VALUES (NEW.village_id, NEW.learner_group, 1)
        ON CONFLICT (village_id, learner_group) DO UPDATE SET learners = s.learners + 1;
        PERFORM stat_village_daily_add(joined_on, NEW.village_id, NEW.learner_group, NULL, 1, 0);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        FOR e IN
            SELECT en.course_id,
                   (en.lessons_completed_at IS NOT NULL)::int AS completed,
                   (en.passed_at IS NOT NULL)::int AS passed,
                   (EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = en.id AND c.revoked_at IS NULL))::int AS certified
            FROM enrollment en WHERE en.user_id = NEW.id
        LOOP
            IF old_village IS NOT NULL THEN
                PERFORM stat_village_progress_add(old_village, old_group, e.course_id,
                                                  -1, -e.completed, -e.passed, -e.certified);
            END IF;
            IF NEW.village_id IS NOT NULL THEN
                PERFORM stat_village_progress_add(NEW.village_id, NEW.learner_group, e.course_id,
                                                  1, e.completed, e.passed, e.certified);
            END IF;
        END LOOP;
        FOR e IN
            SELECT c.course_id, (c.issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS issued_on
            FROM certificate c WHERE c.user_id = NEW.id AND c.revoked_at IS NULL
        LOOP
            IF old_village IS NOT NULL THEN
                PERFORM stat_village_daily_add(e.issued_on, old_village, old_group, e.course_id, 0, -1);
            END IF;
            IF NEW.village_id IS NOT NULL THEN
                PERFORM stat_village_daily_add(e.issued_on, NEW.village_id, NEW.learner_group, e.course_id, 0, 1);
            END IF;
        END LOOP;
    END IF;
    RETURN NULL;
END $$;

-- Certificates: V95's, and the day of issue counted while the certificate is valid.
CREATE OR REPLACE FUNCTION stat_village_on_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u record;
    d integer;
BEGIN
    d := (NEW.revoked_at IS NULL)::int - CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE (OLD.revoked_at IS NULL)::int END;
    IF d <> 0 THEN
        SELECT village_id, learner_group INTO u FROM app_user WHERE id = NEW.user_id;
        IF u.village_id IS NOT NULL THEN
            PERFORM stat_village_progress_add(u.village_id, u.learner_group, NEW.course_id, 0, 0, 0, d);
            PERFORM stat_village_daily_add((NEW.issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.village_id,
                                           u.learner_group, NEW.course_id, 0, d);
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- Enrolments: a quiz submission names passed_at in its UPDATE (quiz.Grading) whether or not it passes, and
-- the last lesson's completion names lessons_completed_at; only a change of one of them matters to the
-- rollups. A WHEN clause keeps the other submissions from calling the functions (and their lookup of the
-- learner) at all. WHEN cannot name OLD on INSERT, so the INSERT has a trigger of its own (same functions,
-- same rows); the UPDATE triggers keep their names (bench/seed-*.sql switch them off for a bulk load).
DROP TRIGGER stat_enrollment ON enrollment;
CREATE TRIGGER stat_enrollment AFTER UPDATE OF lessons_completed_at, passed_at ON enrollment
    FOR EACH ROW
    WHEN (OLD.lessons_completed_at IS DISTINCT FROM NEW.lessons_completed_at OR OLD.passed_at IS DISTINCT FROM NEW.passed_at)
    EXECUTE FUNCTION stat_on_enrollment();
CREATE TRIGGER stat_enrollment_insert AFTER INSERT ON enrollment
    FOR EACH ROW EXECUTE FUNCTION stat_on_enrollment();
DROP TRIGGER stat_village_enrollment ON enrollment;
CREATE TRIGGER stat_village_enrollment AFTER UPDATE OF lessons_completed_at, passed_at ON enrollment
    FOR EACH ROW
    WHEN (OLD.lessons_completed_at IS DISTINCT FROM NEW.lessons_completed_at OR OLD.passed_at IS DISTINCT FROM NEW.passed_at)
    EXECUTE FUNCTION stat_village_on_enrollment();
CREATE TRIGGER stat_village_enrollment_insert AFTER INSERT ON enrollment
    FOR EACH ROW EXECUTE FUNCTION stat_village_on_enrollment();

-- The days of joining and of the valid certificates, counted from the raw tables (the rebuild's and this
-- migration's backfill).
CREATE FUNCTION stat_village_daily_fill() RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_village_daily (day, village_id, learner_group, course_id, joined, certified)
    SELECT day, village_id, learner_group, course_id, sum(joined), sum(certified)
    FROM (
        SELECT (u.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, u.village_id, u.learner_group,
               '00000000-0000-0000-0000-000000000000'::uuid AS course_id, 1 AS joined, 0 AS certified
        FROM app_user u WHERE u.village_id IS NOT NULL
        UNION ALL
        SELECT (c.issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.village_id, u.learner_group, c.course_id, 0, 1
        FROM certificate c JOIN app_user u ON u.id = c.user_id
        WHERE u.village_id IS NOT NULL AND c.revoked_at IS NULL
    ) f
    GROUP BY 1, 2, 3, 4;
$$;

-- Rebuilds the three village rollups from the raw tables (after stat_rebuild(), as before).
CREATE OR REPLACE FUNCTION stat_village_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE stat_village_learners, stat_village_progress, stat_village_daily IN EXCLUSIVE MODE;
    TRUNCATE stat_village_learners, stat_village_progress, stat_village_daily;
    INSERT INTO stat_village_learners (village_id, learner_group, learners)
    SELECT village_id, learner_group, count(*) FROM app_user WHERE village_id IS NOT NULL
    GROUP BY 1, 2;
    INSERT INTO stat_village_progress (village_id, learner_group, course_id, enrolled, completed_lessons, passed, certified)
    SELECT u.village_id, u.learner_group, e.course_id, count(*), count(e.lessons_completed_at), count(e.passed_at),
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id AND c.revoked_at IS NULL))
    FROM enrollment e JOIN app_user u ON u.id = e.user_id
    WHERE u.village_id IS NOT NULL
    GROUP BY 1, 2, 3;
    PERFORM stat_village_daily_fill();
END $$;

SELECT stat_village_daily_fill();
