-- Learning: courses and their content, enrolments, lesson progress, the final test, certificates,
-- and the facts the statistics are built from.

CREATE TABLE course (
    id                       uuid PRIMARY KEY,
    slug                     text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{3,80}$'),
    title                    text        NOT NULL,
    description              text        NOT NULL DEFAULT '',
    status                   text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    -- The final test, all per course.
    pass_mark_percent        integer     NOT NULL DEFAULT 80 CHECK (pass_mark_percent BETWEEN 1 AND 100),
    question_count           integer     NOT NULL DEFAULT 20 CHECK (question_count BETWEEN 1 AND 200),
    time_limit_minutes       integer     NOT NULL DEFAULT 30 CHECK (time_limit_minutes BETWEEN 1 AND 600),
    max_attempts             integer     NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 100),
    attempt_cooldown_minutes integer     NOT NULL DEFAULT 0 CHECK (attempt_cooldown_minutes >= 0),
    -- Share of a video a learner must watch for the lesson to count as complete.
    video_completion_percent integer     NOT NULL DEFAULT 90 CHECK (video_completion_percent BETWEEN 1 AND 100),
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    version                  bigint      NOT NULL DEFAULT 0
);

CREATE TABLE course_module (
    id          uuid PRIMARY KEY,
    course_id   uuid    NOT NULL REFERENCES course (id),
    position    integer NOT NULL,
    title       text    NOT NULL,
    description text    NOT NULL DEFAULT '',
    version     bigint  NOT NULL DEFAULT 0,
    UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- Lessons are never deleted once a learner may have seen them: they are retired, so progress and
-- past attempts keep pointing at real rows. `ordinal` is the lesson's place in the whole course
-- (1..n over active lessons, by module then lesson position), kept by renumber_lessons(); the
-- "previous lesson" of the sequential rule is simply ordinal - 1.
CREATE TABLE lesson (
    id                     uuid PRIMARY KEY,
    course_id              uuid        NOT NULL REFERENCES course (id),
    module_id              uuid        NOT NULL REFERENCES course_module (id),
    position               integer     NOT NULL,
    ordinal                integer,
    title                  text        NOT NULL,
    kind                   text        NOT NULL CHECK (kind IN ('TEXT', 'VIDEO')),
    body_markdown          text        NOT NULL DEFAULT '',
    video_url              text,
    video_duration_seconds integer     CHECK (video_duration_seconds > 0),
    captions_url           text,
    estimated_minutes      integer     NOT NULL DEFAULT 5 CHECK (estimated_minutes BETWEEN 1 AND 600),
    retired                boolean     NOT NULL DEFAULT false,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                bigint      NOT NULL DEFAULT 0,
    CONSTRAINT lesson_video_has_url CHECK (kind <> 'VIDEO' OR video_url IS NOT NULL)
);
CREATE UNIQUE INDEX lesson_ordinal_idx ON lesson (course_id, ordinal) WHERE NOT retired;
CREATE INDEX lesson_module_idx ON lesson (module_id, position);

CREATE FUNCTION renumber_lessons(p_course uuid) RETURNS void LANGUAGE sql AS $$
    UPDATE lesson l SET ordinal = NULL WHERE l.course_id = p_course;
    UPDATE lesson l SET ordinal = o.n
    FROM (SELECT l2.id, row_number() OVER (ORDER BY m.position, l2.position, l2.id) AS n
          FROM lesson l2 JOIN course_module m ON m.id = l2.module_id
          WHERE l2.course_id = p_course AND NOT l2.retired) o
    WHERE l.id = o.id;
$$;

-- The question bank. `options` is a JSON array of {"id": "a", "text": "..."}; `correct_option`
-- names one of them. Editing a question never changes a past attempt: attempts keep their own copy.
CREATE TABLE question (
    id             uuid PRIMARY KEY,
    course_id      uuid        NOT NULL REFERENCES course (id),
    module_id      uuid        NOT NULL REFERENCES course_module (id),
    prompt         text        NOT NULL,
    options        jsonb       NOT NULL,
    correct_option text        NOT NULL,
    explanation    text        NOT NULL DEFAULT '',
    active         boolean     NOT NULL DEFAULT true,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT question_options_array CHECK (jsonb_typeof(options) = 'array' AND jsonb_array_length(options) BETWEEN 2 AND 6)
);
CREATE INDEX question_draw_idx ON question (course_id, module_id) WHERE active;

CREATE TABLE enrollment (
    id                   uuid PRIMARY KEY,
    user_id              uuid        NOT NULL REFERENCES app_user (id),
    course_id            uuid        NOT NULL REFERENCES course (id),
    enrolled_at          timestamptz NOT NULL DEFAULT now(),
    started_at           timestamptz,
    lessons_completed_at timestamptz,
    passed_at            timestamptz,
    best_score_percent   integer,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, course_id)
);

-- One row per lesson a learner has opened: progress only ever grows.
CREATE TABLE lesson_progress (
    enrollment_id    uuid        NOT NULL REFERENCES enrollment (id),
    lesson_id        uuid        NOT NULL REFERENCES lesson (id),
    percent          integer     NOT NULL CHECK (percent BETWEEN 0 AND 100),
    position_seconds integer     NOT NULL DEFAULT 0 CHECK (position_seconds >= 0),
    completed_at     timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (enrollment_id, lesson_id)
);

-- Client-generated ids of progress events already applied: a replayed offline queue changes nothing.
CREATE TABLE progress_event (
    event_id      uuid PRIMARY KEY,
    enrollment_id uuid        NOT NULL,
    lesson_id     uuid        NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE quiz_attempt (
    id               uuid PRIMARY KEY,
    enrollment_id    uuid        NOT NULL REFERENCES enrollment (id),
    attempt_no       integer     NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    deadline_at      timestamptz NOT NULL,
    submitted_at     timestamptz,
    pass_mark_percent integer    NOT NULL,
    question_count   integer     NOT NULL,
    correct_count    integer,
    score_percent    integer,
    passed           boolean,
    UNIQUE (enrollment_id, attempt_no)
);

-- What the learner was asked, copied at the draw: prompt, options in the order shown, the answer.
CREATE TABLE quiz_attempt_item (
    attempt_id     uuid    NOT NULL REFERENCES quiz_attempt (id),
    position       integer NOT NULL,
    question_id    uuid    NOT NULL REFERENCES question (id),
    module_id      uuid    NOT NULL,
    module_title   text    NOT NULL,
    prompt         text    NOT NULL,
    options        jsonb   NOT NULL,
    correct_option text    NOT NULL,
    chosen_option  text,
    PRIMARY KEY (attempt_id, position),
    UNIQUE (attempt_id, question_id)
);

CREATE TABLE certificate (
    id             uuid PRIMARY KEY,
    code           text        NOT NULL UNIQUE,
    enrollment_id  uuid        NOT NULL UNIQUE REFERENCES enrollment (id),
    user_id        uuid        NOT NULL REFERENCES app_user (id),
    course_id      uuid        NOT NULL REFERENCES course (id),
    attempt_id     uuid        NOT NULL REFERENCES quiz_attempt (id),
    -- As they were at issue: a later change of name or unit does not rewrite a certificate.
    holder_name    text        NOT NULL,
    unit_code      varchar(5)  NOT NULL,
    unit_name      text        NOT NULL,
    course_title   text        NOT NULL,
    score_percent  integer     NOT NULL,
    issued_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at     timestamptz,
    revoked_reason text,
    revoked_by     uuid
);
CREATE INDEX certificate_user_idx ON certificate (user_id, issued_at DESC);

-- Facts for statistics: one row per state change, with the learner's unit, agency and group as
-- they were at that moment, so figures per unit, agency, group, course and day are sums over this
-- table (or rollups fed from it) and never a scan of every learner.
CREATE TABLE learning_fact (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    kind          text        NOT NULL CHECK (kind IN ('REGISTERED', 'ENROLLED', 'LESSON_COMPLETED',
                                  'ATTEMPT_SUBMITTED', 'PASSED', 'CERTIFIED', 'CERTIFICATE_REVOKED')),
    user_id       uuid        NOT NULL,
    unit_code     varchar(5)  NOT NULL,
    agency_id     bigint,
    learner_group text        NOT NULL,
    course_id     uuid,
    enrollment_id uuid,
    subject_id    uuid
);
CREATE INDEX learning_fact_day_idx ON learning_fact (occurred_at, kind);
CREATE INDEX learning_fact_unit_idx ON learning_fact (unit_code, kind, occurred_at);
