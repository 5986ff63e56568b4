-- The organisations as they stood on a past day (issue 14): the figures as of a day D are kept (V133), but the
-- agency table holds only today's directory, so an organisation created, renamed, moved in the tree, closed or
-- merged after D would show in D's answers as it is now. An administrator changes these columns through the
-- API (organisation.Organisations: create; change name, kind, school level, unit, parent; close or merge,
-- reopen) or an import; agency_past keeps what a change replaced, dated by the rollups' clock (V133's
-- stat_today(), which the API tests move), in the same transaction as the change.
--
-- The directory at the end of D is then, for each organisation, the values its first change after D
-- replaced, or its current values when nothing changed after D; one whose first change after D is its
-- creation (existed = false) was not in the directory on D and is left out. Whether it existed is when it
-- was entered, not its opened_on: that is a date an administrator states, which today's answers do not
-- use either (an organisation entered on D with an earlier opening date had no learners before D).
CREATE TABLE agency_past (
    agency_id      bigint      NOT NULL REFERENCES agency (id),
    -- The day (Vietnam time) the change was made: the values below were those of the end of the day before.
    changed_on     date        NOT NULL,
    -- The order of the changes within a day.
    seq            bigint      GENERATED ALWAYS AS IDENTITY,
    -- false: the change was the organisation's creation, and it was in no directory before.
    existed        boolean     NOT NULL,
    name           text,
    kind           text,
    school_level   text,
    unit_code      varchar(5),
    parent_id      bigint,
    closed_on      date,
    merged_into_id bigint,
    PRIMARY KEY (agency_id, changed_on, seq),
    CHECK (NOT existed OR (name IS NOT NULL AND kind IS NOT NULL))
);
-- The changes after a day: the directory of a recent day (the usual question) reads a few rows.
CREATE INDEX agency_past_changed_on_idx ON agency_past (changed_on);

CREATE FUNCTION agency_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO agency_past (agency_id, changed_on, existed) VALUES (NEW.id, stat_today(), false);
    RETURN NULL;
END $$;
CREATE TRIGGER agency_created AFTER INSERT ON agency FOR EACH ROW EXECUTE FUNCTION agency_created();

CREATE FUNCTION agency_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO agency_past (agency_id, changed_on, existed, name, kind, school_level, unit_code, parent_id,
                             closed_on, merged_into_id)
    VALUES (OLD.id, stat_today(), true, OLD.name, OLD.kind, OLD.school_level, OLD.unit_code, OLD.parent_id,
            OLD.closed_on, OLD.merged_into_id);
    RETURN NULL;
END $$;
-- Only what the directory shows: a change of opened_on, the version or updated_at alone is none.
CREATE TRIGGER agency_changed AFTER UPDATE ON agency FOR EACH ROW
    WHEN ((OLD.name, OLD.kind, OLD.school_level, OLD.unit_code, OLD.parent_id, OLD.closed_on, OLD.merged_into_id)
          IS DISTINCT FROM
          (NEW.name, NEW.kind, NEW.school_level, NEW.unit_code, NEW.parent_id, NEW.closed_on, NEW.merged_into_id))
    EXECUTE FUNCTION agency_changed();

-- The organisations entered before this migration: the changes made to them before it are not kept (they show
-- as they are now on every day). Those created through the API or an import since the tree was seeded (V90)
-- are dated by their created_at; the ones the migrations seeded (V2, V88, V90) count as there since the
-- campaign began. No API runs while the migrations do, so an organisation entered through it was created after
-- V90 had finished; V90's own, created while it ran, are not (a minute's margin: Flyway's installed_on is not
-- the moment a migration's statements ran).
INSERT INTO agency_past (agency_id, changed_on, existed)
SELECT a.id, (a.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, false
FROM agency a
WHERE a.created_at > (SELECT installed_on + (execution_time + 60000) * interval '1 millisecond'
                      FROM flyway_schema_history WHERE version = '90');
