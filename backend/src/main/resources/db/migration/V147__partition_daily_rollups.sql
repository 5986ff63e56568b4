-- The rest of "Partitioning for size" (issue 15), after V139's learning_fact and audit_event: the statistics'
-- daily rollups, which gain rows every day for every place, group and course that had learning, become
-- range-partitioned on their day, one partition per month (of Vietnam days, like every statistics' day, V5):
--   stat_daily (V5), stat_state_daily (V133), stat_village_daily (V120), stat_village_state_daily (V137).
-- Their primary keys already begin with the day, so the upserts of the progress write path (ON CONFLICT on the
-- key) and of stat_rebuild() run unchanged, each routed to its month's partition; no foreign key names them.
-- They are converted the way V139 converted its tables: the old table becomes, without copying a row, the
-- partition of everything before the first monthly boundary (the month after this migration), attached after a
-- CHECK that proves its rows fit; its indexes are attached to the parent's, not rebuilt; a DEFAULT partition
-- takes a day whose month has no partition yet, and partition_ensure() moves such rows when it makes the month.
-- stat_village_daily's statement-level TRUNCATE trigger (V124: the villages' cached past sums are dropped when
-- a rebuild empties the table) is made again on the parent and given to every partition, as V139 did for the
-- audit's, since PostgreSQL clones row triggers only.
--
-- Not partitioned, on purpose (docs/operations.md, "Partitions"): their rows age one by one, not by month, and
-- RetentionJob keeps purging them by batched DELETEs.
--   * progress_event: the idempotency record of offline replays, ON CONFLICT on event_id alone (V3). A
--     partitioned table's unique keys must contain the partition key: keyed (event_id, received_at), a replay
--     received in another month (or another second) would no longer be recognised as one. It holds 30 days of
--     ids (hocvuso.retention.progress-events), so it stays small anyway.
--   * notification: the unique (dedupe_key, channel) of Notifications' ON CONFLICT must hold across months
--     (a certificate's message is sent once, whenever); pending rows are never purged, and an in-app row is
--     updated (read) months after it was made.
--   * webhook_delivery: a delivery stays PENDING as long as its subscription is paused, and an owner may replay
--     an old one (PENDING again), so a month cannot be detached whole; the sender updates deliveries by id,
--     which would probe every month's index.
--
-- V139's functions read the partition key from the catalogue from now on (its column, and whether it is a date
-- or a timestamptz) instead of assuming occurred_at, so that partition_list(), partition_ensure(),
-- partition_ensure_months() and partition_detach() serve every partitioned table, and PartitionJob keeps them
-- all. A date bound is the start of that Vietnam day, so a month of days and a month of instants have the same
-- range in partition_list().

-- The partition key of a range-partitioned table: its column and whether it is a date (else a timestamptz).
CREATE FUNCTION partition_key(parent regclass, OUT col name, OUT is_date boolean) LANGUAGE sql STABLE AS $$
    SELECT a.attname, a.atttypid = 'date'::regtype
    FROM pg_partitioned_table pt
    JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
    WHERE pt.partrelid = parent
$$;

CREATE OR REPLACE FUNCTION partition_list(parent regclass)
    RETURNS TABLE (partition regclass, from_time timestamptz, to_time timestamptz, is_default boolean)
    LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass,
           CASE WHEN b[1] = 'MINVALUE' THEN '-infinity'
                WHEN k.is_date THEN trim(b[1], '''')::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                ELSE trim(b[1], '''')::timestamptz END,
           CASE WHEN b[2] = 'MAXVALUE' THEN 'infinity'
                WHEN k.is_date THEN trim(b[2], '''')::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                ELSE trim(b[2], '''')::timestamptz END,
           c.relpartbound IS NOT NULL AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    CROSS JOIN partition_key(parent) k
    CROSS JOIN LATERAL regexp_match(pg_get_expr(c.relpartbound, c.oid), '^FOR VALUES FROM \((.*)\) TO \((.*)\)$') AS b
    WHERE i.inhparent = parent
    ORDER BY 2 NULLS LAST
$$;

-- As V139's, with the key's column and the month's bounds in the key's type (a date table's bounds are days).
CREATE OR REPLACE FUNCTION partition_ensure(parent regclass, month date) RETURNS regclass LANGUAGE plpgsql AS $$
DECLARE
    from_t   timestamptz := partition_month_start(month);
    to_t     timestamptz := partition_month_start((date_trunc('month', month) + interval '1 month')::date);
    k        record;
    lo       text;
    hi       text;
    nsp      text;
    name     text;
    fallback regclass;
    moving   boolean := false;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('partition_ensure'), hashtext(parent::text));
    -- Making a partition locks the parent (and scans the default): never queue the API's writes behind a long
    -- read for more than this; the job's next run tries again.
    SET LOCAL lock_timeout = '5s';
    IF EXISTS (SELECT 1 FROM partition_list(parent) p
               WHERE NOT p.is_default AND p.from_time < to_t AND p.to_time > from_t) THEN
        RETURN NULL;
    END IF;
    SELECT * INTO k FROM partition_key(parent);
    IF k.is_date THEN
        lo := date_trunc('month', month)::date::text;
        hi := (date_trunc('month', month) + interval '1 month')::date::text;
    ELSE
        lo := from_t::text;
        hi := to_t::text;
    END IF;
    SELECT n.nspname, c.relname || to_char(month, '"_"YYYY"_"MM') INTO nsp, name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent;
    IF to_regclass(format('%I.%I', nsp, name)) IS NOT NULL THEN
        RAISE NOTICE 'partition_ensure: % exists and is not a partition of % (detached?): left alone', name, parent;
        RETURN NULL;
    END IF;
    SELECT p.partition INTO fallback FROM partition_list(parent) p WHERE p.is_default;
    IF fallback IS NOT NULL THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I >= %L AND %I < %L)',
                       fallback, k.col, lo, k.col, hi) INTO moving;
    END IF;
    IF moving THEN
        EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', parent, fallback);
        EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', nsp, name, parent);
        EXECUTE format('INSERT INTO %I.%I SELECT * FROM %s WHERE %I >= %L AND %I < %L',
                       nsp, name, fallback, k.col, lo, k.col, hi);
        EXECUTE format('DELETE FROM %s WHERE %I >= %L AND %I < %L', fallback, k.col, lo, k.col, hi);
        EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                       parent, nsp, name, lo, hi);
        EXECUTE format('ALTER TABLE %s ATTACH PARTITION %s DEFAULT', parent, fallback);
    ELSE
        EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                       nsp, name, parent, lo, hi);
    END IF;
    PERFORM partition_statement_triggers(parent, format('%I.%I', nsp, name)::regclass);
    RETURN format('%I.%I', nsp, name)::regclass;
END $$;

-- As V139's, with the month of the oldest row waiting in the default read from the key's column.
CREATE OR REPLACE FUNCTION partition_ensure_months(parent regclass, from_month date, to_month date)
    RETURNS SETOF regclass LANGUAGE plpgsql AS $$
DECLARE
    k        record;
    fallback regclass;
    oldest   date;
    waiting  date;
BEGIN
    -- partition_ensure()'s lock, taken first (see V139: a second run must not hold a read of the default).
    PERFORM pg_advisory_xact_lock(hashtext('partition_ensure'), hashtext(parent::text));
    SELECT * INTO k FROM partition_key(parent);
    SELECT p.partition INTO fallback FROM partition_list(parent) p WHERE p.is_default;
    SELECT (least(min(p.from_time) FILTER (WHERE p.from_time > '-infinity'), min(p.to_time))
            AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
    INTO oldest FROM partition_list(parent) p WHERE NOT p.is_default;
    IF fallback IS NOT NULL THEN
        IF k.is_date THEN
            EXECUTE format('SELECT date_trunc(''month'', min(%I))::date FROM %s', k.col, fallback) INTO waiting;
        ELSE
            EXECUTE format('SELECT (date_trunc(''month'', min(%I) AT TIME ZONE ''Asia/Ho_Chi_Minh''))::date FROM %s',
                           k.col, fallback) INTO waiting;
        END IF;
        IF waiting < from_month THEN
            from_month := greatest(waiting, oldest);
        END IF;
    END IF;
    RETURN QUERY SELECT p FROM generate_series(from_month, to_month, interval '1 month') AS m
                          CROSS JOIN LATERAL partition_ensure(parent, m::date) AS p
                 WHERE p IS NOT NULL;
END $$;

-- Turns a daily rollup into the partitioned table of the same name, partitioned on its day; the old table its
-- partition of the days before first_month, with its primary key (which holds the day) and its indexes, renamed
-- and attached to the parent's (made again from their definitions, under their old names).
CREATE FUNCTION pg_temp.partition_convert_daily(tab text, first_month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    old  text := tab || to_char(first_month, '"_before_"YYYY"_"MM');
    pk   text;
    defs text[];
    i    record;
    d    text;
BEGIN
    SELECT pg_get_constraintdef(oid) INTO pk FROM pg_constraint WHERE conrelid = tab::regclass AND contype = 'p';
    SELECT array_agg(pg_get_indexdef(x.indexrelid)) INTO defs
    FROM pg_index x WHERE x.indrelid = tab::regclass AND NOT x.indisprimary;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', tab, old);
    EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', old, tab || '_pkey', old || '_pkey');
    FOR i IN SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
             WHERE x.indrelid = old::regclass AND NOT x.indisprimary LOOP
        EXECUTE format('ALTER INDEX %I RENAME TO %I', i.relname, old || substr(i.relname, length(tab) + 1));
    END LOOP;
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS, %s) '
                   'PARTITION BY RANGE (day)', tab, old, pk);
    -- The constraint ATTACH would otherwise prove by a scan under the parent's lock.
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (day IS NOT NULL AND day < %L)',
                   old, old || '_bound', first_month);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (%L)', tab, old, first_month);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', old, old || '_bound');
    EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', tab || '_default', tab);
    -- The parent's indexes, as the old table's were: each attaches the old table's own, which matches it.
    FOREACH d IN ARRAY coalesce(defs, '{}') LOOP
        EXECUTE d;
    END LOOP;
END $$;

DROP TRIGGER stat_village_daily_truncated ON stat_village_daily;

SELECT pg_temp.partition_convert_daily(t, (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date)
FROM unnest(ARRAY['stat_daily', 'stat_state_daily', 'stat_village_daily', 'stat_village_state_daily']) AS t;

-- V124's trigger, on the parent and, through partition_statement_triggers(), on each partition (the months made
-- later get it from partition_ensure()).
CREATE TRIGGER stat_village_daily_truncated AFTER TRUNCATE ON stat_village_daily
    FOR EACH STATEMENT EXECUTE FUNCTION stat_village_daily_past_changed();
SELECT partition_statement_triggers('stat_village_daily', p.partition) FROM partition_list('stat_village_daily') p;

-- The months ahead: the first monthly one and the three after it (hocvuso.partitions.months-ahead's default).
SELECT partition_ensure_months(t, (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date,
                               (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '4 months')::date)
FROM unnest(ARRAY['stat_daily', 'stat_state_daily', 'stat_village_daily', 'stat_village_state_daily']::regclass[]) AS t;
