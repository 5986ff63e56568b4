-- The triggers' own time, as PostgreSQL reports it (EXPLAIN ANALYZE: each trigger's time and calls), for the
-- statement of each write the village rollups fire on, over the first :calls rows of its pool, each
-- rolled back. A per-call cost that a neighbour's load on a shared machine blurs far less than pgbench's
-- throughput: village = the four village triggers, other = every other trigger (the unit rollups, the
-- foreign keys), statement = the whole statement, triggers included.
CREATE TEMP TABLE explained (write text, village double precision, other double precision, statement double precision);

CREATE FUNCTION pg_temp.explain(write text, statement text) RETURNS explained LANGUAGE plpgsql AS $$
DECLARE
    plan json;
    result explained;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || statement INTO plan;
    SELECT write,
           coalesce(sum((t ->> 'Time')::float) FILTER (WHERE t ->> 'Trigger Name' LIKE 'stat\_village\_%'), 0),
           coalesce(sum((t ->> 'Time')::float) FILTER (WHERE t ->> 'Trigger Name' NOT LIKE 'stat\_village\_%'), 0),
           (plan -> 0 ->> 'Execution Time')::float
    INTO result
    FROM (SELECT 1) one LEFT JOIN json_array_elements(plan -> 0 -> 'Triggers') t ON true;
    RETURN result;
END $$;

-- Each write in a subtransaction of its own, undone by the exception; what was measured is kept in a
-- variable and written after.
CREATE FUNCTION pg_temp.measure(write text, statements text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s text;
    measured explained[] := '{}';
BEGIN
    BEGIN
        FOREACH s IN ARRAY statements LOOP
            measured := measured || pg_temp.explain(write, s);
        END LOOP;
        RAISE EXCEPTION 'undo';
    EXCEPTION WHEN raise_exception THEN
        INSERT INTO explained SELECT * FROM unnest(measured);
    END;
END $$;

\o /dev/null
SELECT pg_temp.measure('enrol', ARRAY[format(
    'INSERT INTO enrollment (id, user_id, course_id) VALUES (gen_random_uuid(), %L, %L)', user_id, course_id)])
FROM bench_enrol WHERE n <= :calls;
SELECT pg_temp.measure('complete', ARRAY[format(
    'UPDATE enrollment SET lessons_completed_at = now(), updated_at = now() WHERE id = %L', enrollment_id)])
FROM bench_finish WHERE n <= :calls;
SELECT pg_temp.measure('pass', ARRAY[
    format('UPDATE enrollment SET passed_at = now(), best_score_percent = 90, updated_at = now() WHERE id = %L', b.enrollment_id),
    format('INSERT INTO certificate (id, code, enrollment_id, user_id, course_id, attempt_id, holder_name, unit_code, '
           'unit_name, course_title, score_percent) VALUES (gen_random_uuid(), %L, %L, %L, %L, %L, ''Học viên thử'', %L, '
           '''Đơn vị thử'', ''Khóa thử'', 90)', 'TRIG-' || b.n, b.enrollment_id, b.user_id, b.course_id, b.attempt_id, u.unit_code)])
FROM bench_pass b JOIN app_user u ON u.id = b.user_id WHERE b.n <= :calls;
SELECT pg_temp.measure('move', ARRAY[format(
    'UPDATE app_user SET village_id = %s, updated_at = now() WHERE id = %L', village_id, user_id)])
FROM bench_move WHERE n <= :calls;

\o
\pset format unaligned
\pset tuples_only on
SELECT format('| %s | %s | %s | %s | %s | %s |', write, count(*) / CASE write WHEN 'pass' THEN 2 ELSE 1 END,
              round(avg(village)::numeric * CASE write WHEN 'pass' THEN 2 ELSE 1 END, 3),
              round(avg(other)::numeric * CASE write WHEN 'pass' THEN 2 ELSE 1 END, 3),
              round(avg(statement)::numeric * CASE write WHEN 'pass' THEN 2 ELSE 1 END, 3),
              round((100 * sum(village) / sum(statement))::numeric, 1))
FROM explained GROUP BY write ORDER BY array_position(ARRAY['enrol', 'complete', 'pass', 'move'], write);
