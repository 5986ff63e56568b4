-- The SQL of one progress report (ProgressService), as pgbench runs it: the context read, the idempotency
-- record and the monotonic upsert, in one transaction, each statement as the API sends it (CONTEXT,
-- RECORD_EVENT, UPSERT). The learner and lesson come from bench_target by a random integer key, the one
-- addition to what the API sends; the upsert's parameters are those of the benchmark's reports (a percent
-- below the lesson's threshold, plausible completion off as scripts/env.sh starts the API): no claim, first
-- seen now, no part of a video watched, no minimum reading time, no part needed.
\set n random(1, 10000)
\set percent random(1, 98)
\set position random(0, 199)
\set claims 0
\set watched 0
\set parts 0
BEGIN;
SELECT e.course_id, e.started_at IS NOT NULL AS started, e.enrolled_at, u.unit_code, u.agency_id, u.learner_group,
       l.id AS lesson_id, l.retired,
       l.kind, CASE WHEN l.kind = 'VIDEO' THEN c.video_completion_percent ELSE 100 END AS threshold,
       l.word_count, l.video_duration_seconds, c.reading_words_per_minute, p.first_seen_at,
       p.percent AS current_percent, p.position_seconds AS current_position,
       p.completed_at AS current_completed,
       (l.ordinal = 1 OR EXISTS (
            SELECT 1 FROM lesson pl JOIN lesson_progress pp ON pp.lesson_id = pl.id AND pp.enrollment_id = e.id
            WHERE pl.course_id = l.course_id AND pl.ordinal = l.ordinal - 1 AND NOT pl.retired
              AND pp.completed_at IS NOT NULL)) AS previous_done
FROM bench_target t
JOIN enrollment e ON e.id = t.enrollment_id AND e.user_id = t.user_id
JOIN app_user u ON u.id = e.user_id
JOIN course c ON c.id = e.course_id
LEFT JOIN lesson l ON l.id = t.lesson_id AND l.course_id = e.course_id
LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = l.id
WHERE t.n = :n;
INSERT INTO progress_event (event_id, enrollment_id, lesson_id)
SELECT gen_random_uuid(), enrollment_id, lesson_id FROM bench_target WHERE n = :n
ON CONFLICT DO NOTHING;
INSERT INTO lesson_progress AS p (enrollment_id, lesson_id, percent, position_seconds, completed_at,
                                  first_seen_at, watched_mask)
SELECT enrollment_id, lesson_id, :percent, :position,
       CASE WHEN :claims::int = 1 AND (NULL::timestamptz IS NULL OR now() <= NULL::timestamptz)
            AND bit_count(:watched::int::bit(32)) >= :parts THEN now() END, now(), :watched::int
FROM bench_target WHERE n = :n
ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
    percent = GREATEST(p.percent, EXCLUDED.percent),
    position_seconds = GREATEST(p.position_seconds, EXCLUDED.position_seconds),
    watched_mask = p.watched_mask | EXCLUDED.watched_mask,
    first_seen_at = LEAST(p.first_seen_at, EXCLUDED.first_seen_at),
    completed_at = COALESCE(p.completed_at, CASE WHEN :claims::int = 1 AND (NULL::timestamptz IS NULL OR LEAST(p.first_seen_at, now()) <= NULL::timestamptz)
        AND bit_count((p.watched_mask | EXCLUDED.watched_mask)::bit(32)) >= :parts THEN now() END),
    updated_at = now()
RETURNING percent, position_seconds, completed_at, coalesce(completed_at = now(), false) AS completed_now,
          first_seen_at, bit_count(watched_mask::bit(32))::int AS watched_parts;
END;
