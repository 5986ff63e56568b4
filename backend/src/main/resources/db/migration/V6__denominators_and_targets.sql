-- Denominators and targets: what the counts are measured against.
--
-- A rate is only as honest as its denominator, so every figure is versioned by the date from which it
-- holds, carries its source, and says whether it is an estimate. The adult population may be left empty:
-- the API then derives it from the population by a configured share and marks the result as an estimate.

CREATE TABLE unit_denominator (
    unit_code        varchar(5)  NOT NULL REFERENCES unit (code),
    valid_from       date        NOT NULL,
    population       integer     CHECK (population >= 0),
    adult_population integer     CHECK (adult_population >= 0),
    public_servants  integer     CHECK (public_servants >= 0),
    estimated        boolean     NOT NULL,
    source           text        NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    -- Not a foreign key, as for role grants: the actor may be a service account.
    recorded_by      uuid,
    PRIMARY KEY (unit_code, valid_from)
);

CREATE TABLE agency_denominator (
    agency_id        bigint      NOT NULL REFERENCES agency (id),
    valid_from       date        NOT NULL,
    public_servants  integer     CHECK (public_servants >= 0),
    estimated        boolean     NOT NULL,
    source           text        NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    recorded_by      uuid,
    PRIMARY KEY (agency_id, valid_from)
);

-- The populations of units.csv, as the estimates they are (docs/reference-data.md), from the day the
-- merged units came into being.
INSERT INTO unit_denominator (unit_code, valid_from, population, estimated, source)
SELECT code, DATE '2025-07-01', population, true,
       'Ước tính dân số từ bộ dữ liệu đơn vị hành chính (units.csv), chưa phải số liệu chính thức'
FROM unit WHERE population IS NOT NULL;

-- The province's plan as data. value is a percentage for the *_RATE metrics and a number of people for
-- the *_COUNT ones; learner_group ADULTS means everyone outside the STUDENT group (accounts carry no birth
-- date, and most students are under 18).
-- Public servants are counted where they work: an agency's staff against the agency's headcount, and a
-- unit's public servants without an agency against the unit's headcount.
CREATE TABLE target (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    learner_group text        NOT NULL CHECK (learner_group IN ('ALL', 'ADULTS', 'CBCCVC', 'STUDENT', 'WORKER', 'CITIZEN')),
    metric        text        NOT NULL CHECK (metric IN ('PARTICIPATION_RATE', 'CERTIFIED_RATE', 'LEARNER_COUNT', 'CERTIFIED_COUNT')),
    value         numeric(12, 2) NOT NULL CHECK (value > 0),
    starts_on     date        NOT NULL,
    deadline      date        NOT NULL,
    scope         text        NOT NULL CHECK (scope IN ('PROVINCE', 'EACH_UNIT', 'EACH_AGENCY')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT target_dates CHECK (deadline > starts_on),
    CONSTRAINT target_rate_at_most_100 CHECK (metric NOT LIKE '%_RATE' OR value <= 100)
);

-- From the notice of 11/11/2025 and the province's plan (../shared/domain.md).
INSERT INTO target (id, name, learner_group, metric, value, starts_on, deadline, scope) VALUES
    ('0195a6b0-0000-7000-8000-0000000000a1', '100% cán bộ, công chức, viên chức toàn tỉnh có chứng nhận',
     'CBCCVC', 'CERTIFIED_RATE', 100, DATE '2025-07-01', DATE '2025-11-20', 'PROVINCE'),
    ('0195a6b0-0000-7000-8000-0000000000a4', '100% cán bộ, công chức, viên chức của mỗi sở, ngành có chứng nhận',
     'CBCCVC', 'CERTIFIED_RATE', 100, DATE '2025-07-01', DATE '2025-11-20', 'EACH_AGENCY'),
    ('0195a6b0-0000-7000-8000-0000000000a2', 'Ít nhất 80% người trưởng thành tham gia học',
     'ADULTS', 'PARTICIPATION_RATE', 80, DATE '2025-07-01', DATE '2025-12-31', 'EACH_UNIT'),
    ('0195a6b0-0000-7000-8000-0000000000a3', 'Hơn 750.000 người trưởng thành có chứng nhận năm 2026',
     'ADULTS', 'CERTIFIED_COUNT', 750000, DATE '2026-01-01', DATE '2026-12-31', 'PROVINCE');

-- Series for one unit or one agency read a few hundred rows through these, never the whole province.
CREATE INDEX stat_daily_unit_idx ON stat_daily (unit_code, course_id, day);
CREATE INDEX stat_daily_agency_idx ON stat_daily (agency_id, course_id, day) WHERE agency_id <> 0;
CREATE INDEX stat_daily_course_day_idx ON stat_daily (course_id, day);

-- Rebuilds every rollup from the raw tables: after a bulk load with triggers off, or to repair. It
-- takes the same locks as the triggers' writers would wait for, so figures never mix old and new.
CREATE FUNCTION stat_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE stat_learners, stat_progress, stat_daily IN EXCLUSIVE MODE;
    TRUNCATE stat_learners, stat_progress, stat_daily;
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
END $$;
