-- The villages' figures as of a past day (issue 14), as V133 keeps the units' and organisations': the village
-- rollups (stat_village_learners, stat_village_progress, V95) know only "now", and stat_village_daily (V120)
-- dates joining and certificates by when they happened, counted where the learners are now, so a move or a
-- revocation rewrites days long past. stat_village_state_daily keeps every change made to the two rollups,
-- summed per day (Vietnam time, stat_today()) on which it was made, never on a past day's row. A village's
-- figures at the end of a day D are then its current rows less the changes of the days after D
-- (vn.hocvuso.stats.PastVillages), and once D is over they never change again (an operator's rebuild aside).
--
-- Learners are kept in the rows of course_id 00000000-0000-0000-0000-000000000000 (no course, as in
-- stat_state_daily); progress in the rows of its course.
CREATE TABLE stat_village_state_daily (
    day               date    NOT NULL,
    village_id        bigint  NOT NULL,
    learner_group     text    NOT NULL,
    course_id         uuid    NOT NULL,
    learners          integer NOT NULL DEFAULT 0,
    enrolled          integer NOT NULL DEFAULT 0,
    completed_lessons integer NOT NULL DEFAULT 0,
    passed            integer NOT NULL DEFAULT 0,
    certified         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, village_id, learner_group, course_id)
);

-- Row triggers on the two rollups rather than on their writers: every writer of them (V95's and V120's
-- triggers on app_user, enrollment and certificate, whichever way they add or subtract) is covered, with no
-- copy of those functions to keep in step, and a row's change is exactly NEW less OLD. A rollup row never
-- changes its key today; one that did would be counted as leaving the old key and arriving at the new one.
-- Each writes its upsert itself: calling a shared SQL function from the trigger cost twice as much per write
-- (docs/benchmarks.md, "The village rollups' triggers on the write path").
CREATE FUNCTION stat_village_state_on_learners() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved boolean := TG_OP = 'DELETE'
        OR (TG_OP = 'UPDATE' AND (OLD.village_id, OLD.learner_group) IS DISTINCT FROM (NEW.village_id, NEW.learner_group));
    was integer := CASE WHEN TG_OP = 'UPDATE' THEN OLD.learners ELSE 0 END;
BEGIN
    IF moved THEN
        INSERT INTO stat_village_state_daily AS s (day, village_id, learner_group, course_id, learners)
        VALUES (stat_today(), OLD.village_id, OLD.learner_group, '00000000-0000-0000-0000-000000000000', -OLD.learners)
        ON CONFLICT (day, village_id, learner_group, course_id) DO UPDATE SET learners = s.learners + EXCLUDED.learners;
        IF TG_OP = 'DELETE' THEN
            RETURN NULL;
        END IF;
        was := 0;
    END IF;
    IF NEW.learners <> was THEN
        INSERT INTO stat_village_state_daily AS s (day, village_id, learner_group, course_id, learners)
        VALUES (stat_today(), NEW.village_id, NEW.learner_group, '00000000-0000-0000-0000-000000000000', NEW.learners - was)
        ON CONFLICT (day, village_id, learner_group, course_id) DO UPDATE SET learners = s.learners + EXCLUDED.learners;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_village_state_learners AFTER INSERT OR UPDATE OR DELETE ON stat_village_learners
    FOR EACH ROW EXECUTE FUNCTION stat_village_state_on_learners();

CREATE FUNCTION stat_village_state_on_progress() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved boolean := TG_OP = 'DELETE'
        OR (TG_OP = 'UPDATE' AND (OLD.village_id, OLD.learner_group, OLD.course_id)
                                 IS DISTINCT FROM (NEW.village_id, NEW.learner_group, NEW.course_id));
    d_enrolled integer := NEW.enrolled;
    d_completed integer := NEW.completed_lessons;
    d_passed integer := NEW.passed;
    d_certified integer := NEW.certified;
BEGIN
    IF moved THEN
        INSERT INTO stat_village_state_daily AS s (day, village_id, learner_group, course_id, enrolled,
                                                   completed_lessons, passed, certified)
        VALUES (stat_today(), OLD.village_id, OLD.learner_group, OLD.course_id, -OLD.enrolled,
                -OLD.completed_lessons, -OLD.passed, -OLD.certified)
        ON CONFLICT (day, village_id, learner_group, course_id) DO UPDATE SET
            enrolled = s.enrolled + EXCLUDED.enrolled,
            completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,
            passed = s.passed + EXCLUDED.passed,
            certified = s.certified + EXCLUDED.certified;
        IF TG_OP = 'DELETE' THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        d_enrolled := NEW.enrolled - OLD.enrolled;
        d_completed := NEW.completed_lessons - OLD.completed_lessons;
        d_passed := NEW.passed - OLD.passed;
        d_certified := NEW.certified - OLD.certified;
    END IF;
    IF (d_enrolled, d_completed, d_passed, d_certified) <> (0, 0, 0, 0) THEN
        INSERT INTO stat_village_state_daily AS s (day, village_id, learner_group, course_id, enrolled,
                                                   completed_lessons, passed, certified)
        VALUES (stat_today(), NEW.village_id, NEW.learner_group, NEW.course_id, d_enrolled, d_completed, d_passed,
                d_certified)
        ON CONFLICT (day, village_id, learner_group, course_id) DO UPDATE SET
            enrolled = s.enrolled + EXCLUDED.enrolled,
            completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,
            passed = s.passed + EXCLUDED.passed,
            certified = s.certified + EXCLUDED.certified;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_village_state_progress AFTER INSERT OR UPDATE OR DELETE ON stat_village_progress
    FOR EACH ROW EXECUTE FUNCTION stat_village_state_on_progress();

-- From the raw tables, for this migration and stat_village_rebuild(): each learner and each step dated by when
-- it happened, counted in the village the learner is in now (the raw tables keep no history of moves or
-- revocations, so the past before this migration is where today's learners and valid certificates were, day
-- by day), as stat_state_daily_fill() (V133) does for the units. The rows of every village sum to
-- stat_village_learners and stat_village_progress, as the triggers' do.
CREATE FUNCTION stat_village_state_daily_fill() RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_village_state_daily (day, village_id, learner_group, course_id, learners, enrolled,
                                          completed_lessons, passed, certified)
    SELECT day, village_id, learner_group, course_id, sum(l), sum(e), sum(c), sum(p), sum(z)
    FROM (
        SELECT (u.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, u.village_id, u.learner_group,
               '00000000-0000-0000-0000-000000000000'::uuid AS course_id, 1 AS l, 0 AS e, 0 AS c, 0 AS p, 0 AS z
        FROM app_user u WHERE u.village_id IS NOT NULL
        UNION ALL
        SELECT (x.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.village_id, u.learner_group, en.course_id,
               0, x.e, x.c, x.p, x.z
        FROM enrollment en
        JOIN app_user u ON u.id = en.user_id
        CROSS JOIN LATERAL (VALUES
            (en.enrolled_at, 1, 0, 0, 0),
            (en.lessons_completed_at, 0, 1, 0, 0),
            (en.passed_at, 0, 0, 1, 0),
            ((SELECT min(c.issued_at) FROM certificate c WHERE c.enrollment_id = en.id AND c.revoked_at IS NULL), 0, 0, 0, 1)
        ) AS x(at, e, c, p, z)
        WHERE u.village_id IS NOT NULL AND x.at IS NOT NULL
    ) f
    GROUP BY 1, 2, 3, 4;
$$;

-- V120's rebuild with the daily state rebuilt alongside the rollups it sums to. Filling the rollups fires the
-- state triggers, which date every row today; the raw tables date them better, so the state is emptied again
-- and filled from them (a bulk load, bench/seed-*.sql, switches off the triggers on the raw tables and calls
-- this, so its learners are dated by when they joined, not by the day of the load).
CREATE OR REPLACE FUNCTION stat_village_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE stat_village_learners, stat_village_progress, stat_village_daily, stat_village_state_daily
        IN EXCLUSIVE MODE;
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
    TRUNCATE stat_village_state_daily;
    PERFORM stat_village_state_daily_fill();
    PERFORM stat_village_daily_fill();
END $$;

SELECT stat_village_state_daily_fill();
ANALYZE stat_village_state_daily;
