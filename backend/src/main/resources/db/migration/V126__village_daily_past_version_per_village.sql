-- V124 kept one version of the villages' past days for the whole province: every move of a learner who
-- joined before today updated that one row, and concurrent moves queued on its lock until they committed
-- (`BENCH_SUITES=triggers make bench`: 66 moves a second against 1,565 without the village triggers).
-- One version per village instead: a move updates the versions of its two villages, next to the rollup rows
-- of those villages it updates anyway, so it waits only for moves of the same villages, as before V124. An
-- answer sums the versions of the villages it reads (every one, or a unit's) with row 0, which a rebuild
-- moves: the sum grows with every committed change to a past day of those villages.
DROP TABLE stat_village_daily_past_version;
CREATE TABLE stat_village_daily_past_version (
    village_id bigint PRIMARY KEY, -- 0: the whole table (a rebuild or a bulk load empties it)
    version    bigint NOT NULL
);
INSERT INTO stat_village_daily_past_version (village_id, version) VALUES (0, 1);

CREATE OR REPLACE FUNCTION stat_village_daily_add(p_day date, p_village bigint, p_group text, p_course uuid,
                                                  d_joined integer, d_certified integer)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stat_village_daily AS s (day, village_id, learner_group, course_id, joined, certified)
    VALUES (p_day, p_village, p_group, coalesce(p_course, '00000000-0000-0000-0000-000000000000'), d_joined, d_certified)
    ON CONFLICT (day, village_id, learner_group, course_id) DO UPDATE SET
        joined = s.joined + EXCLUDED.joined,
        certified = s.certified + EXCLUDED.certified;
    -- clock_timestamp, not now(): a transaction that began yesterday may be writing today.
    IF p_day < (clock_timestamp() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN
        INSERT INTO stat_village_daily_past_version AS v (village_id, version) VALUES (p_village, 1)
        ON CONFLICT (village_id) DO UPDATE SET version = v.version + 1;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION stat_village_daily_past_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE stat_village_daily_past_version SET version = version + 1 WHERE village_id = 0;
    RETURN NULL;
END $$;
