-- A unit's page reads the pace of its own villages (a dozen or two) from stat_village_daily (V120): by
-- village, then by day. The primary key leads with the day, so that read scanned the whole window of every
-- village in the province (at a million learners about 65 ms of each unit page) and kept a dozen of them.
-- The index carries what the read sums, so that the past days (never updated again) are read from it alone.
CREATE INDEX stat_village_daily_village_day_idx ON stat_village_daily (village_id, day)
    INCLUDE (learner_group, course_id, joined, certified);
-- V120 filled the table in one statement: plan with its real size, not an empty table's.
ANALYZE stat_village_daily;
