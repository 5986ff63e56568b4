-- The targets as they were defined on a past day (issue 14): an administrator changes or removes a target in
-- place, so the figures as of a past day read the target's version in force at that day's end from here.
-- Kept by a trigger on target, in the same transaction as the change, dated by the rollups' clock (V133).
CREATE TABLE target_version (
    id            uuid        NOT NULL,
    valid_from    timestamptz NOT NULL,
    valid_to      timestamptz,
    name          text        NOT NULL,
    learner_group text        NOT NULL,
    metric        text        NOT NULL,
    value         numeric(12, 2) NOT NULL,
    starts_on     date        NOT NULL,
    deadline      date        NOT NULL,
    scope         text        NOT NULL,
    school_levels text[],
    PRIMARY KEY (id, valid_from)
);
CREATE INDEX target_version_valid_idx ON target_version (valid_from, valid_to);

CREATE FUNCTION target_versioned() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    at timestamptz := stat_now();
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        -- A change made twice in one moment replaces the version it began.
        DELETE FROM target_version WHERE id = OLD.id AND valid_from = at;
        UPDATE target_version SET valid_to = at WHERE id = OLD.id AND valid_to IS NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO target_version (id, valid_from, name, learner_group, metric, value, starts_on, deadline, scope,
                                    school_levels)
        VALUES (NEW.id, at, NEW.name, NEW.learner_group, NEW.metric, NEW.value, NEW.starts_on, NEW.deadline,
                NEW.scope, NEW.school_levels);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER target_versioned AFTER INSERT OR UPDATE OR DELETE ON target
    FOR EACH ROW EXECUTE FUNCTION target_versioned();

-- The targets defined before this migration have no history: taken as defined since the campaign began.
INSERT INTO target_version (id, valid_from, name, learner_group, metric, value, starts_on, deadline, scope, school_levels)
SELECT id, '-infinity', name, learner_group, metric, value, starts_on, deadline, scope, school_levels FROM target;
