-- The villages' pace sums the days of the pace window from stat_village_daily (V120). Past days change only
-- when a learner moves (to another village or group) or a certificate is revoked: rare next to the reads of
-- the targets' overview, which at a million learners spent 40-60 ms of each answer summing every village's
-- window. So the API keeps the past days' sums (vn.hocvuso.stats.VillageWindow) and asks, in each answer's
-- snapshot, whether any past day changed since: this counter, moved by every change to a day before today
-- (Vietnam time, at the moment of the change) and by the rebuild's TRUNCATE. Today's rows are read per answer.
CREATE TABLE stat_village_daily_past_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO stat_village_daily_past_version (version) VALUES (0);

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
        UPDATE stat_village_daily_past_version SET version = version + 1;
    END IF;
END $$;

CREATE FUNCTION stat_village_daily_past_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE stat_village_daily_past_version SET version = version + 1;
    RETURN NULL;
END $$;

-- A rebuild (stat_village_rebuild) or a bulk load empties the table first.
CREATE TRIGGER stat_village_daily_truncated AFTER TRUNCATE ON stat_village_daily
    FOR EACH STATEMENT EXECUTE FUNCTION stat_village_daily_past_changed();
