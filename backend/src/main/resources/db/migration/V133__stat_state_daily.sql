-- Figures as of a past day (issue 14): the current-state rollups (stat_learners, stat_progress) keep only
-- "now", and stat_daily counts events where they happened, not where the learners are, so neither answers
-- "what did the province's figures say at the end of 11/11/2025?". stat_state_daily keeps every change made
-- to the current-state rollups, summed per day (Vietnam time) on which it was made: a move, a revocation or
-- a new certificate adds its delta to today's row and never rewrites a past day. The figures at the end of a
-- day D are then the current rollups less the changes of the days after D (a few rows per day and place),
-- and once D is over they never change again (an operator's stat_rebuild() aside).
--
-- Learners are kept in the rows of course_id 00000000-0000-0000-0000-000000000000 (no course, as in
-- stat_daily); progress in the rows of its course.

-- The rollups' clock: the moment a change or a fact is dated. Always now() in production; the API tests move
-- it together with the application's clock (vn.hocvuso.testing.TestClock) by redefining stat_clock_offset(),
-- so that "a day later" is a day later for the database's daily rows too.
CREATE FUNCTION stat_clock_offset() RETURNS interval LANGUAGE sql STABLE AS $$ SELECT interval '0' $$;
CREATE FUNCTION stat_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$ SELECT now() + stat_clock_offset() $$;
CREATE FUNCTION stat_today() RETURNS date LANGUAGE sql STABLE AS
$$ SELECT (stat_now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$;

ALTER TABLE learning_fact ALTER COLUMN occurred_at SET DEFAULT stat_now();

CREATE TABLE stat_state_daily (
    day               date       NOT NULL,
    unit_code         varchar(5) NOT NULL,
    agency_id         bigint     NOT NULL,
    learner_group     text       NOT NULL,
    course_id         uuid       NOT NULL,
    learners          integer    NOT NULL DEFAULT 0,
    enrolled          integer    NOT NULL DEFAULT 0,
    completed_lessons integer    NOT NULL DEFAULT 0,
    passed            integer    NOT NULL DEFAULT 0,
    certified         integer    NOT NULL DEFAULT 0,
    PRIMARY KEY (day, unit_code, agency_id, learner_group, course_id)
);

CREATE OR REPLACE FUNCTION stat_learners_add(p_unit varchar, p_agency bigint, p_group text, p_delta integer)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_learners AS s (unit_code, agency_id, learner_group, learners)
    VALUES (p_unit, coalesce(p_agency, 0), p_group, p_delta)
    ON CONFLICT (unit_code, agency_id, learner_group) DO UPDATE SET learners = s.learners + EXCLUDED.learners;
    INSERT INTO stat_state_daily AS s (day, unit_code, agency_id, learner_group, course_id, learners)
    VALUES (stat_today(), p_unit, coalesce(p_agency, 0), p_group, '00000000-0000-0000-0000-000000000000', p_delta)
    ON CONFLICT (day, unit_code, agency_id, learner_group, course_id) DO UPDATE SET learners = s.learners + EXCLUDED.learners;
$$;

CREATE OR REPLACE FUNCTION stat_progress_add(p_unit varchar, p_agency bigint, p_group text, p_course uuid,
                                             d_enrolled integer, d_completed integer, d_passed integer, d_certified integer)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_progress AS s (unit_code, agency_id, learner_group, course_id, enrolled, completed_lessons, passed, certified)
    VALUES (p_unit, coalesce(p_agency, 0), p_group, p_course, d_enrolled, d_completed, d_passed, d_certified)
    ON CONFLICT (unit_code, agency_id, learner_group, course_id) DO UPDATE SET
        enrolled = s.enrolled + EXCLUDED.enrolled,
        completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,
        passed = s.passed + EXCLUDED.passed,
        certified = s.certified + EXCLUDED.certified;
    INSERT INTO stat_state_daily AS s (day, unit_code, agency_id, learner_group, course_id, enrolled, completed_lessons,
                                       passed, certified)
    VALUES (stat_today(), p_unit, coalesce(p_agency, 0), p_group, p_course, d_enrolled, d_completed, d_passed, d_certified)
    ON CONFLICT (day, unit_code, agency_id, learner_group, course_id) DO UPDATE SET
        enrolled = s.enrolled + EXCLUDED.enrolled,
        completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,
        passed = s.passed + EXCLUDED.passed,
        certified = s.certified + EXCLUDED.certified;
$$;

-- From the raw tables, for this migration and stat_rebuild(): each learner and each step dated by when it
-- happened, counted where the learner is now (the raw tables keep no history of moves or revocations, so
-- the past before this migration is where today's learners and valid certificates were, day by day). The
-- rows of every place sum to stat_learners and stat_progress, as the triggers' do.
CREATE FUNCTION stat_state_daily_fill() RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_state_daily (day, unit_code, agency_id, learner_group, course_id, learners, enrolled,
                                  completed_lessons, passed, certified)
    SELECT day, unit_code, agency_id, learner_group, course_id, sum(l), sum(e), sum(c), sum(p), sum(z)
    FROM (
        SELECT (u.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, u.unit_code, coalesce(u.agency_id, 0) AS agency_id,
               u.learner_group, '00000000-0000-0000-0000-000000000000'::uuid AS course_id, 1 AS l, 0 AS e, 0 AS c, 0 AS p, 0 AS z
        FROM app_user u
        UNION ALL
        SELECT (x.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.unit_code, coalesce(u.agency_id, 0), u.learner_group,
               en.course_id, 0, x.e, x.c, x.p, x.z
        FROM enrollment en
        JOIN app_user u ON u.id = en.user_id
        CROSS JOIN LATERAL (VALUES
            (en.enrolled_at, 1, 0, 0, 0),
            (en.lessons_completed_at, 0, 1, 0, 0),
            (en.passed_at, 0, 0, 1, 0),
            ((SELECT min(c.issued_at) FROM certificate c WHERE c.enrollment_id = en.id AND c.revoked_at IS NULL), 0, 0, 0, 1)
        ) AS x(at, e, c, p, z)
        WHERE x.at IS NOT NULL
    ) f
    GROUP BY 1, 2, 3, 4, 5;
$$;

-- stat_rebuild() (V6) with the daily state rebuilt alongside the rollups it sums to.
CREATE OR REPLACE FUNCTION stat_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE stat_learners, stat_progress, stat_daily, stat_state_daily IN EXCLUSIVE MODE;
    TRUNCATE stat_learners, stat_progress, stat_daily, stat_state_daily;
    INSERT INTO stat_learners (unit_code, agency_id, learner_group, learners)
    SELECT unit_code, coalesce(agency_id, 0), learner_group, count(*) FROM app_user
    GROUP BY 1, 2, 3;
    INSERT INTO stat_progress (unit_code, agency_id, learner_group, course_id, enrolled, completed_lessons, passed, certified)
    SELECT u.unit_code, coalesce(u.agency_id, 0), u.learner_group, e.course_id, count(*),
           count(e.lessons_completed_at), count(e.passed_at),
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id AND c.revoked_at IS NULL))
    FROM enrollment e JOIN app_user u ON u.id = e.user_id
    GROUP BY 1, 2, 3, 4;
    INSERT INTO stat_daily (day, unit_code, agency_id, learner_group, course_id, kind, n)
    SELECT (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, unit_code, coalesce(agency_id, 0), learner_group,
           coalesce(course_id, '00000000-0000-0000-0000-000000000000'), kind, count(*)
    FROM learning_fact
    GROUP BY 1, 2, 3, 4, 5, 6;
    PERFORM stat_state_daily_fill();
END $$;

SELECT stat_state_daily_fill();
