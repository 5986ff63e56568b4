-- Places for the statistics benchmark (issue 13/17), on top of seed-province.sql: what a province has
-- that the targets read, so that a per-response read of them shows. Idempotent; deterministic.
--   * 1,000 schools (levels in turn) and 3,000 enterprises, spread over the 96 units;
--   * 16 villages per unit (1,536), and each citizen of the province's synthetic learners in one of
--     their unit's villages (by learner number), as a campaign that asks everyone for their village.
-- The village rollups are rebuilt at the end (stat_village_rebuild()), the triggers off meanwhile.
\set ON_ERROR_STOP on
BEGIN;
ALTER TABLE app_user DISABLE TRIGGER stat_village_user;
ALTER TABLE app_user DISABLE TRIGGER app_user_place;

INSERT INTO agency (name, kind, school_level, unit_code)
SELECT 'Trường thử ' || g, 'SCHOOL',
       (ARRAY['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'COLLEGE', 'UNIVERSITY'])[1 + g % 5],
       (SELECT code FROM unit ORDER BY code OFFSET g % 96 LIMIT 1)
FROM generate_series(1, 1000) g
ON CONFLICT DO NOTHING;
INSERT INTO agency (name, kind, unit_code)
SELECT 'Doanh nghiệp thử ' || g, 'ENTERPRISE', (SELECT code FROM unit ORDER BY code OFFSET g % 96 LIMIT 1)
FROM generate_series(1, 3000) g
ON CONFLICT DO NOTHING;

INSERT INTO village (unit_code, name, kind)
SELECT u.code, 'Thôn thử ' || n, 'THON' FROM unit u CROSS JOIN generate_series(1, 16) n
ON CONFLICT DO NOTHING;

WITH numbered AS (
    SELECT id, unit_code, row_number() OVER (ORDER BY phone) AS n FROM app_user
    WHERE learner_group = 'CITIZEN' AND phone LIKE '+8493%'
)
UPDATE app_user u SET village_id = v.id
FROM numbered x JOIN village v ON v.unit_code = x.unit_code AND v.name = 'Thôn thử ' || (1 + x.n % 16)
WHERE u.id = x.id AND u.village_id IS DISTINCT FROM v.id;

SELECT stat_village_rebuild();
ALTER TABLE app_user ENABLE TRIGGER stat_village_user;
ALTER TABLE app_user ENABLE TRIGGER app_user_place;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM agency) AS organisations, (SELECT count(*) FROM village) AS villages,
       (SELECT count(*) FROM app_user WHERE village_id IS NOT NULL) AS in_a_village;
