-- The SQL of one progress report (ProgressService), as pgbench runs it: the context read, the
-- idempotency record and the monotonic upsert, in one transaction. The learner and lesson come from
-- bench_target by a random integer key, the one addition to what the API sends.
\set n random(1, 10000)
BEGIN;
SELECT e.user_id, e.course_id, e.started_at IS NOT NULL AS started, u.unit_code, u.agency_id, u.learner_group,
       l.id AS lesson_id, l.kind, l.retired, c.video_completion_percent, p.percent AS current_percent,
       (l.ordinal = 1 OR EXISTS (
            SELECT 1 FROM lesson pl JOIN lesson_progress pp ON pp.lesson_id = pl.id AND pp.enrollment_id = e.id
            WHERE pl.course_id = l.course_id AND pl.ordinal = l.ordinal - 1 AND NOT pl.retired
              AND pp.completed_at IS NOT NULL)) AS previous_done
FROM bench_target t
JOIN enrollment e ON e.id = t.enrollment_id
JOIN app_user u ON u.id = e.user_id
JOIN course c ON c.id = e.course_id
LEFT JOIN lesson l ON l.id = t.lesson_id AND l.course_id = e.course_id
LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = l.id
WHERE t.n = :n;
INSERT INTO progress_event (event_id, enrollment_id, lesson_id)
SELECT gen_random_uuid(), enrollment_id, lesson_id FROM bench_target WHERE n = :n ON CONFLICT DO NOTHING;
INSERT INTO lesson_progress AS p (enrollment_id, lesson_id, percent, position_seconds, completed_at)
SELECT enrollment_id, lesson_id, (random() * 98)::int + 1, (random() * 200)::int, NULL FROM bench_target WHERE n = :n
ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
    percent = GREATEST(p.percent, EXCLUDED.percent),
    position_seconds = GREATEST(p.position_seconds, EXCLUDED.position_seconds),
    completed_at = COALESCE(p.completed_at, EXCLUDED.completed_at),
    updated_at = now()
RETURNING percent, position_seconds, completed_at, coalesce(completed_at = now(), false) AS completed_now;
END;
