-- Rosters for one organisation (issue 13): a school's roster imports its students (or its staff), an
-- enterprise's its workers, an agency's its public servants. The import remembers which organisation,
-- which learner group its rows become and the unit a row without one takes (the organisation's), so
-- that the background job writes what the upload checked. Imports without an organisation stay what
-- they were: public servants, each row naming its own agency.
ALTER TABLE roster_import
    ADD COLUMN organisation_id bigint     REFERENCES agency (id),
    ADD COLUMN learner_group   text       NOT NULL DEFAULT 'CBCCVC' CHECK (learner_group IN ('CBCCVC', 'STUDENT', 'WORKER')),
    ADD COLUMN default_unit    varchar(5) REFERENCES unit (code),
    ADD CONSTRAINT roster_import_group_needs_organisation CHECK (organisation_id IS NOT NULL OR learner_group = 'CBCCVC');
