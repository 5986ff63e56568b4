-- Villages in use (issue 13): a learner's place checked by the database too, and the figures by village.
-- V88 made the shape (village, app_user.village_id and class_name, agency.kind); this adds what keeps it
-- true whoever writes a learner (registration, the profile, roster imports, a helper), and the rollups.

-- A learner's organisation must fit their group, and their village must be of their unit:
--   CBCCVC  an AGENCY or a SCHOOL (teachers);  STUDENT  a SCHOOL;  WORKER  an ENTERPRISE;  CITIZEN  none
--   (V88's app_user_no_organisation_for_citizens).
-- Checked only when the learner's organisation, village, unit or group changes, so that an organisation
-- re-filed by an administrator later does not lock its members' rows. A learner who moves to another
-- unit and keeps their old village loses it (village_id becomes NULL): the village belongs to the unit,
-- not to the person; naming a village of another unit is refused.
CREATE FUNCTION app_user_place_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    org_kind text;
    fits boolean;
    village_unit varchar(5);
BEGIN
    IF NEW.village_id IS NOT NULL THEN
        SELECT unit_code INTO village_unit FROM village WHERE id = NEW.village_id;
        IF village_unit IS DISTINCT FROM NEW.unit_code THEN
            IF TG_OP = 'UPDATE' AND NEW.village_id = OLD.village_id AND NEW.unit_code <> OLD.unit_code THEN
                NEW.village_id := NULL;
            ELSE
                RAISE EXCEPTION 'village % is not in unit %', NEW.village_id, NEW.unit_code
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'app_user_village_in_unit';
            END IF;
        END IF;
    END IF;
    IF NEW.agency_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
            OR NEW.learner_group IS DISTINCT FROM OLD.learner_group) THEN
        SELECT kind INTO org_kind FROM agency WHERE id = NEW.agency_id;
        fits := CASE NEW.learner_group
                    WHEN 'CBCCVC' THEN org_kind IN ('AGENCY', 'SCHOOL')
                    WHEN 'STUDENT' THEN org_kind = 'SCHOOL'
                    WHEN 'WORKER' THEN org_kind = 'ENTERPRISE'
                    ELSE false END;
        IF NOT coalesce(fits, false) THEN
            RAISE EXCEPTION 'organisation % (%) does not fit group %', NEW.agency_id, org_kind, NEW.learner_group
                USING ERRCODE = 'check_violation', CONSTRAINT = 'app_user_organisation_fits_group';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER app_user_place BEFORE INSERT OR UPDATE OF village_id, unit_code, agency_id, learner_group ON app_user
    FOR EACH ROW EXECUTE FUNCTION app_user_place_check();

-- The figures by village: the same two current-state rollups as stat_learners and stat_progress, keyed by
-- village instead of unit and agency, for learners who named a village (the others are the unit's
-- figures minus the villages'). Tables and triggers of their own, so the unit's rollups and their
-- triggers are untouched, and a learner without a village costs one indexed lookup on the rare writes
-- that change an enrolment's state (all lessons done, test passed, certificate): never on a progress
-- report that does not complete the course.
CREATE TABLE stat_village_learners (
    village_id    bigint  NOT NULL,
    learner_group text    NOT NULL,
    learners      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (village_id, learner_group)
);

CREATE TABLE stat_village_progress (
    village_id        bigint  NOT NULL,
    learner_group     text    NOT NULL,
    course_id         uuid    NOT NULL,
    enrolled          integer NOT NULL DEFAULT 0,
    completed_lessons integer NOT NULL DEFAULT 0,
    passed            integer NOT NULL DEFAULT 0,
    certified         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (village_id, learner_group, course_id)
);

CREATE FUNCTION stat_village_progress_add(p_village bigint, p_group text, p_course uuid,
                                          d_enrolled integer, d_completed integer, d_passed integer,
                                          d_certified integer)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO stat_village_progress AS s (village_id, learner_group, course_id, enrolled, completed_lessons, passed, certified)
    VALUES (p_village, p_group, p_course, d_enrolled, d_completed, d_passed, d_certified)
    ON CONFLICT (village_id, learner_group, course_id) DO UPDATE SET
        enrolled = s.enrolled + EXCLUDED.enrolled,
        completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,
        passed = s.passed + EXCLUDED.passed,
        certified = s.certified + EXCLUDED.certified;
$$;

-- Accounts: counted in their village; a move between villages (or out of one) takes the enrolments along.
CREATE FUNCTION stat_village_on_user() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    e record;
    old_village bigint := CASE WHEN TG_OP = 'UPDATE' THEN OLD.village_id END;
    old_group text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.learner_group END;
BEGIN
    IF (old_village, old_group) IS NOT DISTINCT FROM (NEW.village_id, NEW.learner_group) THEN
        RETURN NULL;
    END IF;
    IF old_village IS NOT NULL THEN
        UPDATE stat_village_learners SET learners = learners - 1
        WHERE village_id = old_village AND learner_group = old_group;
    END IF;
    IF NEW.village_id IS NOT NULL THEN
        INSERT INTO stat_village_learners AS s (village_id, learner_group, learners)
        VALUES (NEW.village_id, NEW.learner_group, 1)
        ON CONFLICT (village_id, learner_group) DO UPDATE SET learners = s.learners + 1;
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
    END IF;
    RETURN NULL;
END $$;
-- AFTER app_user_place (BEFORE), so a village dropped by a move to another unit is counted as dropped
-- (unit_code in the list: that trigger clears village_id without the statement naming it).
CREATE TRIGGER stat_village_user AFTER INSERT OR UPDATE OF village_id, learner_group, unit_code ON app_user
    FOR EACH ROW EXECUTE FUNCTION stat_village_on_user();

-- Enrolments: enrolled, all lessons completed, passed; only for learners with a village.
CREATE FUNCTION stat_village_on_enrollment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u record;
    d_completed integer;
    d_passed integer;
BEGIN
    SELECT village_id, learner_group INTO u FROM app_user WHERE id = NEW.user_id;
    IF u.village_id IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM stat_village_progress_add(u.village_id, u.learner_group, NEW.course_id, 1,
                                          (NEW.lessons_completed_at IS NOT NULL)::int,
                                          (NEW.passed_at IS NOT NULL)::int, 0);
        RETURN NULL;
    END IF;
    d_completed := (NEW.lessons_completed_at IS NOT NULL)::int - (OLD.lessons_completed_at IS NOT NULL)::int;
    d_passed := (NEW.passed_at IS NOT NULL)::int - (OLD.passed_at IS NOT NULL)::int;
    IF d_completed <> 0 OR d_passed <> 0 THEN
        PERFORM stat_village_progress_add(u.village_id, u.learner_group, NEW.course_id, 0, d_completed, d_passed, 0);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_village_enrollment AFTER INSERT OR UPDATE OF lessons_completed_at, passed_at ON enrollment
    FOR EACH ROW EXECUTE FUNCTION stat_village_on_enrollment();

-- Certificates: a valid certificate counts; a revoked one stops counting.
CREATE FUNCTION stat_village_on_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u record;
    d integer;
BEGIN
    d := (NEW.revoked_at IS NULL)::int - CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE (OLD.revoked_at IS NULL)::int END;
    IF d <> 0 THEN
        SELECT village_id, learner_group INTO u FROM app_user WHERE id = NEW.user_id;
        IF u.village_id IS NOT NULL THEN
            PERFORM stat_village_progress_add(u.village_id, u.learner_group, NEW.course_id, 0, 0, 0, d);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER stat_village_certificate AFTER INSERT OR UPDATE OF revoked_at ON certificate
    FOR EACH ROW EXECUTE FUNCTION stat_village_on_certificate();

-- Rebuilds the village rollups from the raw tables, like stat_rebuild() (V6) does the others: run both
-- after a bulk load with the triggers off, or to repair.
CREATE FUNCTION stat_village_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE stat_village_learners, stat_village_progress IN EXCLUSIVE MODE;
    TRUNCATE stat_village_learners, stat_village_progress;
    INSERT INTO stat_village_learners (village_id, learner_group, learners)
    SELECT village_id, learner_group, count(*) FROM app_user WHERE village_id IS NOT NULL
    GROUP BY 1, 2;
    INSERT INTO stat_village_progress (village_id, learner_group, course_id, enrolled, completed_lessons, passed, certified)
    SELECT u.village_id, u.learner_group, e.course_id, count(*), count(e.lessons_completed_at), count(e.passed_at),
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = e.id AND c.revoked_at IS NULL))
    FROM enrollment e JOIN app_user u ON u.id = e.user_id
    WHERE u.village_id IS NOT NULL
    GROUP BY 1, 2, 3;
END $$;

-- A unit's villages by name, for the lists (open ones first is the query's, not the index's, concern).
CREATE INDEX village_unit_name_idx ON village (unit_code, name COLLATE vietnamese);
