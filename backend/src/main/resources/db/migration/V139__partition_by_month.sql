-- The tables that grow with learning, partitioned by month (issue 15, "Partitioning for size"): learning_fact
-- and audit_event become range-partitioned on occurred_at, one partition per month of Vietnam time, so that an
-- old month can be taken out of the table (DETACH) and archived without a DELETE over millions of rows, and
-- each month's indexes stay the size of a month.
--
-- An existing database keeps its rows where they are, without copying them: the old table is renamed to
-- <table>_before_<YYYY_MM> and becomes the one partition of everything before the first monthly boundary (the
-- start of the month after this migration, so the rows of the current month keep going to it), attached after
-- a CHECK constraint that proves its rows fit, so that ATTACH skips its scan (PostgreSQL's documentation,
-- "Partition Maintenance"). The primary key becomes (id, occurred_at): a partitioned table's unique keys must
-- contain its partition key. Nothing refers to either key (no foreign key names learning_fact or audit_event);
-- the identity sequence keeps its name and its value, so pg_get_serial_sequence('learning_fact', 'id')
-- (V70's reminders) goes on numbering after the last row.
--
-- The months ahead are made by partition_ensure(), called here and, every night, by the API's PartitionJob
-- (vn.hocvuso.partition.PartitionJob), which also detaches the months past a table's retention (off by default).
-- A DEFAULT partition catches a row whose month has no partition yet (the job stopped for months, a clock far
-- ahead): the row is kept rather than the transaction that wrote it failing, and partition_ensure() moves such
-- rows into their month's partition when it makes it. PostgreSQL 15 only: no pg_partman.

-- The first instant of a month of Vietnam time (the statistics' days are Vietnam days, V5).
CREATE FUNCTION partition_month_start(month date) RETURNS timestamptz LANGUAGE sql STABLE AS
$$ SELECT date_trunc('month', month)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' $$;

-- A partitioned table's partitions with their ranges: from_time '-infinity' for MINVALUE; both NULL for the
-- DEFAULT partition. What the job, the tests and an operator read ("how to check", docs/operations.md).
CREATE FUNCTION partition_list(parent regclass)
    RETURNS TABLE (partition regclass, from_time timestamptz, to_time timestamptz, is_default boolean)
    LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass,
           CASE WHEN b[1] = 'MINVALUE' THEN '-infinity' ELSE trim(b[1], '''')::timestamptz END,
           CASE WHEN b[2] = 'MAXVALUE' THEN 'infinity' ELSE trim(b[2], '''')::timestamptz END,
           c.relpartbound IS NOT NULL AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    CROSS JOIN LATERAL regexp_match(pg_get_expr(c.relpartbound, c.oid), '^FOR VALUES FROM \((.*)\) TO \((.*)\)$') AS b
    WHERE i.inhparent = parent
    ORDER BY 2 NULLS LAST
$$;

-- Gives a partition the parent's statement-level TRUNCATE triggers, which PostgreSQL does not clone (it clones
-- row triggers only): a TRUNCATE of the parent runs the parent's, but one of a partition by its own name would
-- otherwise pass (the audit's audit_event_no_truncate, V12).
CREATE FUNCTION partition_statement_triggers(parent regclass, part regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tgname, tgfoid::regproc AS fn, CASE WHEN tgtype & 2 <> 0 THEN 'BEFORE' ELSE 'AFTER' END AS timing
             FROM pg_trigger
             WHERE tgrelid = parent AND NOT tgisinternal AND tgtype & 1 = 0 AND tgtype & 32 <> 0
               AND NOT EXISTS (SELECT 1 FROM pg_trigger o WHERE o.tgrelid = part AND o.tgname = pg_trigger.tgname) LOOP
        EXECUTE format('CREATE TRIGGER %I %s TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION %s()',
                       t.tgname, t.timing, part, t.fn);
    END LOOP;
END $$;

-- Makes the partition of one month (Vietnam time) of a table partitioned by this migration, if no partition
-- covers it yet; returns it, or NULL when there was nothing to do. Idempotent, and safe when two replicas run
-- it at once: a transaction-scoped advisory lock per table makes the second wait for the first and then find
-- the month made. Rows of that month already in the DEFAULT partition are moved into the new one: the month's
-- table is filled while it is still a plain table (so no INSERT trigger of the parent runs again: the
-- statistics counted those rows once already), then attached, and the default attached back; the default is
-- detached meanwhile, which is also what lets the audit's rows leave it (its refuse-change triggers are the
-- parent's, and a detached table has none). A table of the month's name that is not a partition (a month
-- detached by retention, waiting for the operator) is left alone: the month's rows then stay in the default.
CREATE FUNCTION partition_ensure(parent regclass, month date) RETURNS regclass LANGUAGE plpgsql AS $$
DECLARE
    from_t   timestamptz := partition_month_start(month);
    to_t     timestamptz := partition_month_start((date_trunc('month', month) + interval '1 month')::date);
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
    SELECT n.nspname, c.relname || to_char(month, '"_"YYYY"_"MM') INTO nsp, name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent;
    IF to_regclass(format('%I.%I', nsp, name)) IS NOT NULL THEN
        RAISE NOTICE 'partition_ensure: % exists and is not a partition of % (detached?): left alone', name, parent;
        RETURN NULL;
    END IF;
    SELECT p.partition INTO fallback FROM partition_list(parent) p WHERE p.is_default;
    IF fallback IS NOT NULL THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE occurred_at >= %L AND occurred_at < %L)',
                       fallback, from_t, to_t) INTO moving;
    END IF;
    IF moving THEN
        EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', parent, fallback);
        EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', nsp, name, parent);
        EXECUTE format('INSERT INTO %I.%I SELECT * FROM %s WHERE occurred_at >= %L AND occurred_at < %L',
                       nsp, name, fallback, from_t, to_t);
        EXECUTE format('DELETE FROM %s WHERE occurred_at >= %L AND occurred_at < %L', fallback, from_t, to_t);
        EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                       parent, nsp, name, from_t, to_t);
        EXECUTE format('ALTER TABLE %s ATTACH PARTITION %s DEFAULT', parent, fallback);
    ELSE
        EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                       nsp, name, parent, from_t, to_t);
    END IF;
    PERFORM partition_statement_triggers(parent, format('%I.%I', nsp, name)::regclass);
    RETURN format('%I.%I', nsp, name)::regclass;
END $$;

-- Makes the partitions of the months from from_month through to_month (what the job keeps ahead), and those
-- of the months of the rows waiting in the DEFAULT partition back to the oldest month still attached (so a
-- gap left while the job was stopped is filled, and its rows moved out of the default); the partitions made.
-- Rows older than every attached month (past the retention: their months were detached) stay in the default.
CREATE FUNCTION partition_ensure_months(parent regclass, from_month date, to_month date)
    RETURNS SETOF regclass LANGUAGE plpgsql AS $$
DECLARE
    fallback regclass;
    oldest   date;
    waiting  date;
BEGIN
    -- partition_ensure()'s lock, taken first (it is re-entrant): reading the default below locks it for this
    -- transaction, and a second run that held that read while waiting for the lock would deadlock with the
    -- first, whose partition_ensure() must lock the default to make a month.
    PERFORM pg_advisory_xact_lock(hashtext('partition_ensure'), hashtext(parent::text));
    SELECT p.partition INTO fallback FROM partition_list(parent) p WHERE p.is_default;
    -- The oldest boundary still attached: the start of the oldest month, or the end of the "before" partition.
    SELECT (least(min(p.from_time) FILTER (WHERE p.from_time > '-infinity'), min(p.to_time))
            AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
    INTO oldest FROM partition_list(parent) p WHERE NOT p.is_default;
    IF fallback IS NOT NULL THEN
        EXECUTE format('SELECT (date_trunc(''month'', min(occurred_at) AT TIME ZONE ''Asia/Ho_Chi_Minh''))::date FROM %s',
                       fallback) INTO waiting;
        IF waiting < from_month THEN
            from_month := greatest(waiting, oldest);
        END IF;
    END IF;
    RETURN QUERY SELECT p FROM generate_series(from_month, to_month, interval '1 month') AS m
                          CROSS JOIN LATERAL partition_ensure(parent, m::date) AS p
                 WHERE p IS NOT NULL;
END $$;

-- Detaches every monthly partition of a table that ends at or before a moment (its retention's cutoff), and
-- returns their names. A detached partition stays an ordinary table, named after its month, holding its rows,
-- for an operator to dump and drop (docs/operations.md, "Partitions"). Never the DEFAULT partition. Plain
-- DETACH: DETACH ... CONCURRENTLY is refused on a table with a DEFAULT partition, and cannot run in the
-- function's transaction; the plain one holds the table's lock for a catalogue change only, and a short
-- lock_timeout keeps it from queueing the API's writes behind a long read (the next run tries again).
CREATE FUNCTION partition_detach(parent regclass, cutoff timestamptz) RETURNS SETOF regclass LANGUAGE plpgsql AS $$
DECLARE
    p regclass;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('partition_ensure'), hashtext(parent::text));
    SET LOCAL lock_timeout = '5s';
    FOR p IN SELECT l.partition FROM partition_list(parent) l WHERE NOT l.is_default AND l.to_time <= cutoff
             ORDER BY l.to_time LOOP
        EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', parent, p);
        RAISE NOTICE 'partition_detach: % detached from %, kept as an ordinary table to archive and drop', p, parent;
        RETURN NEXT p;
    END LOOP;
END $$;

-- Turns a table into the partitioned table of the same name, the old table its partition of everything before
-- first_month, with the same columns, defaults, checks, identity (same sequence name and next value), indexes
-- (the old ones attached, not rebuilt) and the primary key (id, occurred_at). Its triggers are the caller's to
-- make again on the new parent (a parent's row triggers are cloned to every partition). Used twice, below.
CREATE FUNCTION pg_temp.partition_convert(tab text, first_month date, idx text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    old   text := tab || to_char(first_month, '"_before_"YYYY"_"MM');
    bound timestamptz := partition_month_start(first_month);
    seq   text := pg_get_serial_sequence(tab, 'id');
    next  bigint;
    i     text;
BEGIN
    EXECUTE format('SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM %s', seq) INTO next;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', tab, old);
    EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', old, tab || '_pkey', old || '_pkey');
    FOREACH i IN ARRAY idx LOOP
        EXECUTE format('ALTER INDEX %I RENAME TO %I', i, old || substr(i, length(tab) + 1));
    END LOOP;
    EXECUTE format('ALTER TABLE %I ALTER COLUMN id DROP IDENTITY', old);
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS, '
                   'PRIMARY KEY (id, occurred_at)) PARTITION BY RANGE (occurred_at)', tab, old);
    EXECUTE format('ALTER TABLE %I ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME %I START WITH %s)',
                   tab, tab || '_id_seq', next);
    -- The old key (id) becomes (id, occurred_at): built once over the old rows (ids are unique, so it cannot fail).
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', old, old || '_pkey');
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY (id, occurred_at)', old, old || '_pkey');
    -- The constraint ATTACH would otherwise prove by a scan under the parent's lock.
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (occurred_at IS NOT NULL AND occurred_at < %L)',
                   old, old || '_bound', bound);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (%L)', tab, old, bound);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', old, old || '_bound');
    EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', tab || '_default', tab);
END $$;

-- The old tables' triggers go: the same triggers are made on the parents, which clone them to every partition.
DROP TRIGGER stat_fact ON learning_fact;
DROP TRIGGER webhook_fact ON learning_fact;
DROP TRIGGER audit_event_no_update_or_delete ON audit_event;
DROP TRIGGER audit_event_no_truncate ON audit_event;

SELECT pg_temp.partition_convert('learning_fact', (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date,
                                 ARRAY['learning_fact_day_idx', 'learning_fact_unit_idx']);
SELECT pg_temp.partition_convert('audit_event', (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date,
                                 ARRAY['audit_event_subject_idx', 'audit_event_helper_idx']);

-- The indexes on the parents, under their old names: each partition gets its own (the old table's, renamed
-- above, are attached as they are, not built again).
CREATE INDEX learning_fact_day_idx ON learning_fact (occurred_at, kind);
CREATE INDEX learning_fact_unit_idx ON learning_fact (unit_code, kind, occurred_at);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, occurred_at DESC);
CREATE INDEX audit_event_helper_idx ON audit_event ((details ->> 'unitCode'), occurred_at DESC)
    WHERE action LIKE 'helper.%';

-- The triggers, as V5, V7 and V12 made them: row triggers on a partitioned table are cloned to every partition;
-- the statement-level TRUNCATE trigger is given to each partition by partition_statement_triggers(). An
-- operator removes an archived month by DROP TABLE after the DETACH, which no trigger refuses.
CREATE TRIGGER stat_fact AFTER INSERT ON learning_fact FOR EACH ROW EXECUTE FUNCTION stat_on_fact();
CREATE TRIGGER webhook_fact AFTER INSERT ON learning_fact FOR EACH ROW EXECUTE FUNCTION webhook_on_fact();
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
SELECT partition_statement_triggers('audit_event', p.partition) FROM partition_list('audit_event') p;

-- The months ahead: the first monthly one and the three after it (hocvuso.partitions.months-ahead's default);
-- the job keeps them ahead from then on.
SELECT partition_ensure_months(t, (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date,
                               (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '4 months')::date)
FROM unnest(ARRAY['learning_fact', 'audit_event']::regclass[]) AS t;
