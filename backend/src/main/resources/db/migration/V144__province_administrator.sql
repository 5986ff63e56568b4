-- A province's administrator (issue 15): PROVINCE_ADMIN, granted with the province it administers. An ADMIN grant
-- stays the whole portal's (no province); only a PROVINCE_ADMIN grant names one, and it must.
ALTER TABLE role_grant ADD COLUMN province_code text REFERENCES province (code);
ALTER TABLE role_grant DROP CONSTRAINT role_grant_role_check;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_role_check
    CHECK (role IN ('UNIT_MANAGER', 'AGENCY_MANAGER', 'ADMIN', 'HELPER', 'PROVINCE_ADMIN'));
ALTER TABLE role_grant DROP CONSTRAINT role_grant_scope;
ALTER TABLE role_grant ADD CONSTRAINT role_grant_scope CHECK (
    (role IN ('UNIT_MANAGER', 'HELPER') AND unit_code IS NOT NULL AND agency_id IS NULL AND province_code IS NULL)
    OR (role = 'AGENCY_MANAGER' AND agency_id IS NOT NULL AND unit_code IS NULL AND province_code IS NULL)
    OR (role = 'ADMIN' AND unit_code IS NULL AND agency_id IS NULL AND province_code IS NULL)
    OR (role = 'PROVINCE_ADMIN' AND province_code IS NOT NULL AND unit_code IS NULL AND agency_id IS NULL));
-- Once per (user, role, scope), the province now part of the scope.
DROP INDEX role_grant_once_idx;
CREATE UNIQUE INDEX role_grant_once_idx
    ON role_grant (user_id, role, coalesce(unit_code, ''), coalesce(agency_id, 0), coalesce(province_code, ''));
