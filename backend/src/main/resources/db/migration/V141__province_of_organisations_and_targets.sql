-- Tenancy's next step (issue 15): organisations and the plan's targets belong to a province, so a province's
-- figures and targets are its own. Every one of today's is Quảng Ngãi's (V140: the only province).

-- An organisation's province is its parent's, else its unit's: the database fills it in, so an insert that names
-- a parent or a unit needs no more. One with neither (a provincial department) must name its province.
ALTER TABLE agency ADD COLUMN province_code text REFERENCES province (code);
UPDATE agency SET province_code = 'quang-ngai';
ALTER TABLE agency ALTER COLUMN province_code SET NOT NULL;
CREATE INDEX agency_province_code_idx ON agency (province_code);

CREATE FUNCTION agency_province() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.province_code IS NULL THEN
        NEW.province_code := COALESCE(
            (SELECT province_code FROM agency WHERE id = NEW.parent_id),
            (SELECT province_code FROM unit WHERE code = NEW.unit_code));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER agency_province BEFORE INSERT ON agency FOR EACH ROW EXECUTE FUNCTION agency_province();

-- A target is its province's; its versions (V134) keep the province with the rest, so a past day's plan is the
-- province's plan of that day.
ALTER TABLE target ADD COLUMN province_code text REFERENCES province (code);
UPDATE target SET province_code = 'quang-ngai';
ALTER TABLE target ALTER COLUMN province_code SET NOT NULL;
ALTER TABLE target_version ADD COLUMN province_code text;
UPDATE target_version SET province_code = 'quang-ngai';
ALTER TABLE target_version ALTER COLUMN province_code SET NOT NULL;

CREATE OR REPLACE FUNCTION target_versioned() RETURNS trigger LANGUAGE plpgsql AS $$
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
                                    school_levels, province_code)
        VALUES (NEW.id, at, NEW.name, NEW.learner_group, NEW.metric, NEW.value, NEW.starts_on, NEW.deadline,
                NEW.scope, NEW.school_levels, NEW.province_code);
    END IF;
    RETURN NULL;
END $$;
