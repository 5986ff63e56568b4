-- Statistics rollups: the figures of every unit, agency and learner group, kept current by triggers
-- in the same transaction as the change they count, so a dashboard sums a few hundred rows and never
-- scans the learners. Two kinds:
--   * current state (stat_learners, stat_progress): where learners are now. A learner who moves to
--     another unit or agency takes their figures along.
--   * daily events (stat_daily): what happened each day (Vietnam time), from learning_fact, for series.
-- agency_id 0 stands for "no agency", so that the key can be a primary key.

CREATE TABLE stat_learners (
    unit_code     varchar(5) NOT NULL,
    agency_id     bigint     NOT NULL,
    learner_group text       NOT NULL,
    learners      integer    NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, agency_id, learner_group)
);

CREATE TABLE stat_progress (
    unit_code         varchar(5) NOT NULL,
    agency_id         bigint     NOT NULL,
    learner_group     text       NOT NULL,
    course_id         uuid       NOT NULL,
    enrolled          integer    NOT NULL DEFAULT 0,
    completed_lessons integer    NOT NULL DEFAULT 0,
    passed            integer    NOT NULL DEFAULT 0,
    certified         integer    NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, agency_id, learner_group, course_id)
);

CREATE TABLE stat_daily (
    day           date       NOT NULL,
    unit_code     varchar(5) NOT NULL,
    agency_id     bigint     NOT NULL,
    learner_group text       NOT NULL,
    course_id     uuid       NOT NULL,
    kind          text       NOT NULL,
    n             integer    NOT NULL DEFAULT 0,
    PRIMARY KEY (day, unit_code, agency_id, learner_group, course_id, kind)
);

CREATE FUNCTION stat_learners_add(p_unit varchar, p_agency bigint, p_group text, p_delta integer) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO stat_learners AS s (unit_code, agency_id, learner_group, learners)
    VALUES (p_unit, coalesce(p_agency, 0), p_group, p_delta)
    ON CONFLICT (unit_code, agency_id, learner_group) DO UPDATE SET learners = s.learners + EXCLUDED.learners;
$$;

CREATE FUNCTION stat_progress_add(p_unit varchar, p_agency bigint, p_group text, p_course uuid,
                                  d_enrolled integer, d_completed integer, d_passed integer, d_certified integer)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_progress AS s (unit_code, agency_id, learner_group, course_id, enrolled, completed_lessons, passed, certified)
    VALUES (p_unit, coalesce(p_agency, 0), p_group, p_course, d_enrolled, d_completed, d_passed, d_certified)
    ON CONFLICT (unit_code, agency_id, learner_group, course_id) DO UPDATE SET
        enrolled = s.enrolled + EXCLUDED.enrolled,
        completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,
        passed = s.passed + EXCLUDED.passed,
        certified = s.certified + EXCLUDED.certified;
$$;

-- Accounts: counted where they are; a move takes the account and all its enrolments along.
CREATE FUNCTION stat_on_user() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    e record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stat_learners_add(NEW.unit_code, NEW.agency_id, NEW.learner_group, 1);
    ELSIF (OLD.unit_code, coalesce(OLD.agency_id, 0), OLD.learner_group)
          IS DISTINCT FROM (NEW.unit_code, coalesce(NEW.agency_id, 0), NEW.learner_group) THEN
        PERFORM stat_learners_add(OLD.unit_code, OLD.agency_id, OLD.learner_group, -1);
        PERFORM stat_learners_add(NEW.unit_code, NEW.agency_id, NEW.learner_group, 1);
        FOR e IN
            SELECT en.course_id,
                   (en.lessons_completed_at IS NOT NULL)::int AS completed,
                   (en.passed_at IS NOT NULL)::int AS passed,
                   (EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = en.id AND c.revoked_at IS NULL))::int AS certified
            FROM enrollment en WHERE en.user_id = NEW.id
        LOOP
            PERFORM stat_progress_add(OLD.unit_code, OLD.agency_id, OLD.learner_group, e.course_id,
                                      -1, -e.completed, -e.passed, -e.certified);
            PERFORM stat_progress_add(NEW.unit_code, NEW.agency_id, NEW.learner_group, e.course_id,
                                      1, e.completed, e.passed, e.certified);
        END LOOP;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_user AFTER INSERT OR UPDATE OF unit_code, agency_id, learner_group ON app_user
    FOR EACH ROW EXECUTE FUNCTION stat_on_user();

-- Enrolments: enrolled, all lessons completed, passed.
CREATE FUNCTION stat_on_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u record;
    d_completed integer := 0;
    d_passed integer := 0;
BEGIN
    SELECT unit_code, agency_id, learner_group INTO u FROM app_user WHERE id = NEW.user_id;
    IF TG_OP = 'INSERT' THEN
        PERFORM stat_progress_add(u.unit_code, u.agency_id, u.learner_group, NEW.course_id, 1,
                                  (NEW.lessons_completed_at IS NOT NULL)::int, (NEW.passed_at IS NOT NULL)::int, 0);
        RETURN NULL;
    END IF;
    d_completed := (NEW.lessons_completed_at IS NOT NULL)::int - (OLD.lessons_completed_at IS NOT NULL)::int;
    d_passed := (NEW.passed_at IS NOT NULL)::int - (OLD.passed_at IS NOT NULL)::int;
    IF d_completed <> 0 OR d_passed <> 0 THEN
        PERFORM stat_progress_add(u.unit_code, u.agency_id, u.learner_group, NEW.course_id, 0, d_completed, d_passed, 0);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_enrollment AFTER INSERT OR UPDATE OF lessons_completed_at, passed_at ON enrollment
    FOR EACH ROW EXECUTE FUNCTION stat_on_enrollment();

-- Certificates: a valid certificate counts; a revoked one stops counting.
CREATE FUNCTION stat_on_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u record;
    d integer;
BEGIN
    d := (NEW.revoked_at IS NULL)::int - CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE (OLD.revoked_at IS NULL)::int END;
    IF d <> 0 THEN
        SELECT unit_code, agency_id, learner_group INTO u FROM app_user WHERE id = NEW.user_id;
        PERFORM stat_progress_add(u.unit_code, u.agency_id, u.learner_group, NEW.course_id, 0, 0, 0, d);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_certificate AFTER INSERT OR UPDATE OF revoked_at ON certificate
    FOR EACH ROW EXECUTE FUNCTION stat_on_certificate();

-- Facts: the daily series, by the day in Vietnam (UTC+7) on which they happened.
CREATE FUNCTION stat_on_fact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stat_daily AS s (day, unit_code, agency_id, learner_group, course_id, kind, n)
    VALUES ((NEW.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, NEW.unit_code, coalesce(NEW.agency_id, 0),
            NEW.learner_group, coalesce(NEW.course_id, '00000000-0000-0000-0000-000000000000'), NEW.kind, 1)
    ON CONFLICT (day, unit_code, agency_id, learner_group, course_id, kind) DO UPDATE SET n = s.n + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_fact AFTER INSERT ON learning_fact FOR EACH ROW EXECUTE FUNCTION stat_on_fact();
