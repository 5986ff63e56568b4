-- Every province has its "Sở Y tế" (issue 15): an organisation's name is unique within its unit, and a department's
-- (no unit) within its province, no longer across the country. Same index name: the API maps it to
-- organisation_name_taken.
DROP INDEX agency_name_in_unit_idx;
CREATE UNIQUE INDEX agency_name_in_unit_idx ON agency (province_code, coalesce(unit_code, ''), search_key);
