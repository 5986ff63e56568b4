-- A report is one province's (issue 15): its figures are that province's only and its texts name it. The
-- request names the province (the deployment's home province by default; a commune's appendix, its unit's).
-- Every report made before is Quảng Ngãi's (V140: the only province, so every province summed was Quảng Ngãi); an
-- appendix's is its unit's all the same.
ALTER TABLE report ADD COLUMN province_code text REFERENCES province (code);
UPDATE report r SET province_code = COALESCE((SELECT province_code FROM unit WHERE code = r.unit_code), 'quang-ngai');
ALTER TABLE report ALTER COLUMN province_code SET NOT NULL;
