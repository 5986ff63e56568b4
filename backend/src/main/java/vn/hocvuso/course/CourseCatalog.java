package vn.hocvuso.course;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.course.CourseViews.CourseOutline;
import vn.hocvuso.course.CourseViews.CourseSummary;
import vn.hocvuso.course.CourseViews.LessonContent;
import vn.hocvuso.course.CourseViews.LessonItem;
import vn.hocvuso.course.CourseViews.LessonProgressState;
import vn.hocvuso.course.CourseViews.LessonState;
import vn.hocvuso.course.CourseViews.ModuleItem;
import vn.hocvuso.progress.CompletionConfig;
import vn.hocvuso.progress.CompletionRule;
import vn.hocvuso.province.ActingProvince;
import vn.hocvuso.province.ProvincesConfig;

/**
 * The published courses as learners see them: the list, an outline with the caller's state per
 * lesson, and a lesson's content once the sequential rule opens it. Read-only SQL.
 */
@ApplicationScoped
public class CourseCatalog {

    private static final String SUMMARY_COLUMNS = """
            c.id, c.slug, c.title, c.description, c.province_code, c.pass_mark_percent, c.question_count, c.time_limit_minutes,
            c.max_attempts,
            (SELECT count(*) FROM course_module m WHERE m.course_id = c.id)::int AS module_count,
            (SELECT count(*) FROM lesson l WHERE l.course_id = c.id AND NOT l.retired)::int AS lesson_count,
            (SELECT coalesce(sum(l.estimated_minutes), 0) FROM lesson l WHERE l.course_id = c.id AND NOT l.retired)::int
                AS estimated_minutes
            """;

    /** The published courses of one province's catalogue: the national ones and that province's ($1) own. */
    private static final String LISTED =
            " FROM course c WHERE c.status = 'PUBLISHED' AND (c.province_code IS NULL OR c.province_code = $1)";

    private final Pool pool;
    private final Clock clock;
    private final boolean plausible;
    private final ActingProvince acting;
    private final String home;

    public CourseCatalog(
            Pool pool, Clock clock, CompletionConfig completion, ActingProvince acting, ProvincesConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.plausible = completion.plausibleCompletion();
        this.acting = acting;
        this.home = config.home();
    }

    /**
     * The catalogue: the national courses and one province's own, a learner's province's (naming another is 403) or,
     * for a visitor, the one {@code asked} names (404 {@code province_not_found} when there is none), the
     * deployment's home province by default.
     */
    public Uni<Page<CourseSummary>> published(PageRequest page, Optional<UUID> caller, String asked) {
        return learnerProvince(caller)
                .chain(own -> {
                    if (own != null) {
                        if (asked != null && !asked.equals(own)) {
                            throw ApiException.forbidden();
                        }
                        return Uni.createFrom().item(own);
                    }
                    if (asked == null) {
                        return Uni.createFrom().item(home);
                    }
                    return acting.requireExists(asked).replaceWith(asked);
                })
                .chain(province -> pool.preparedQuery("SELECT count(*)" + LISTED)
                        .execute(Tuple.of(province))
                        .chain(count -> pool.preparedQuery("SELECT " + SUMMARY_COLUMNS + LISTED
                                        + " ORDER BY c.title COLLATE vietnamese, c.id LIMIT $2 OFFSET $3")
                                .execute(Tuple.of(province, page.size, page.offset()))
                                .map(rows -> Rows.page(count, rows, page, CourseCatalog::summary))));
    }

    /** The province of the learner's unit, or null for a visitor (or a token whose account is gone). */
    private Uni<String> learnerProvince(Optional<UUID> caller) {
        if (caller.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery(CourseReach.learnerProvince(1))
                .execute(Tuple.of(caller.get()))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    public Uni<CourseOutline> outline(UUID courseId, Optional<UUID> caller) {
        return pool.preparedQuery(
                        "SELECT " + SUMMARY_COLUMNS + " FROM course c WHERE c.id = $1 AND c.status = 'PUBLISHED'"
                                + " AND " + CourseReach.visible(2, 3))
                .execute(Tuple.of(courseId, caller.orElse(null), home))
                .chain(rows -> {
                    CourseSummary course = summary(Rows.one(rows, "course_not_found"));
                    return pool.preparedQuery("""
                            SELECT m.id AS module_id, m.position AS module_position, m.title AS module_title,
                                   m.description AS module_description, l.id, l.ordinal, l.title, l.kind,
                                   l.estimated_minutes, l.video_duration_seconds, e.id AS enrollment_id,
                                   p.percent, p.completed_at IS NOT NULL AS completed
                            FROM course_module m
                            LEFT JOIN lesson l ON l.module_id = m.id AND NOT l.retired
                            LEFT JOIN enrollment e ON e.course_id = m.course_id AND e.user_id = $2
                            LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = l.id
                            WHERE m.course_id = $1
                            ORDER BY m.position, l.ordinal
                            """)
                            .execute(Tuple.of(courseId, caller.orElse(null)))
                            .map(lessons -> outlineOf(course, lessons, caller.isPresent()));
                });
    }

    private static CourseOutline outlineOf(CourseSummary course, RowSet<Row> rows, boolean loggedIn) {
        Map<UUID, ModuleItem> modules = new LinkedHashMap<>();
        UUID enrollmentId = null;
        boolean previousCompleted = true; // the first lesson is always open
        for (Row row : rows) {
            UUID moduleId = row.getUUID("module_id");
            ModuleItem module = modules.computeIfAbsent(
                    moduleId,
                    id -> new ModuleItem(
                            id,
                            row.getInteger("module_position"),
                            row.getString("module_title"),
                            row.getString("module_description"),
                            new ArrayList<>()));
            enrollmentId = enrollmentId != null ? enrollmentId : row.getUUID("enrollment_id");
            if (row.getUUID("id") == null) {
                continue; // a module without lessons yet
            }
            LessonState state = null;
            Integer percent = row.getInteger("percent");
            if (loggedIn) {
                boolean completed = Boolean.TRUE.equals(row.getBoolean("completed"));
                state = completed
                        ? LessonState.COMPLETED
                        : percent != null
                                ? LessonState.IN_PROGRESS
                                : previousCompleted ? LessonState.OPEN : LessonState.LOCKED;
                previousCompleted = completed;
            }
            module.lessons()
                    .add(new LessonItem(
                            row.getUUID("id"),
                            row.getInteger("ordinal"),
                            row.getString("title"),
                            row.getString("kind"),
                            row.getInteger("estimated_minutes"),
                            row.getInteger("video_duration_seconds"),
                            state,
                            loggedIn ? (percent == null ? 0 : percent) : null));
        }
        return new CourseOutline(course, List.copyOf(modules.values()), enrollmentId);
    }

    /** What a lesson's content is read from: one lesson ({@code $2}) or, with {@code $2} null, all of a course's. */
    private static final String CONTENT = """
                SELECT l.id, l.course_id, l.module_id, m.title AS module_title, l.ordinal, l.title, l.kind,
                       l.body_markdown, l.video_url, l.video_duration_seconds, l.captions_url, l.estimated_minutes,
                       c.video_completion_percent, c.reading_words_per_minute, l.word_count, p.first_seen_at,
                       p.watched_mask,
                       (SELECT pl.id FROM lesson pl WHERE pl.course_id = l.course_id AND pl.ordinal = l.ordinal - 1 AND NOT pl.retired) AS previous_id,
                       (SELECT nl.id FROM lesson nl WHERE nl.course_id = l.course_id AND nl.ordinal = l.ordinal + 1 AND NOT nl.retired) AS next_id,
                       e.id AS enrollment_id, p.percent, p.position_seconds, p.completed_at IS NOT NULL AS completed,
                       (l.ordinal = 1 OR EXISTS (
                            SELECT 1 FROM lesson pl JOIN lesson_progress pp ON pp.lesson_id = pl.id AND pp.enrollment_id = e.id
                            WHERE pl.course_id = l.course_id AND pl.ordinal = l.ordinal - 1 AND NOT pl.retired
                              AND pp.completed_at IS NOT NULL)) AS previous_done
                FROM lesson l
                JOIN course c ON c.id = l.course_id AND c.status = 'PUBLISHED' AND %s
                JOIN course_module m ON m.id = l.module_id
                LEFT JOIN enrollment e ON e.course_id = l.course_id AND e.user_id = $3
                LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = l.id
                WHERE l.course_id = $1 AND ($2::uuid IS NULL OR l.id = $2) AND NOT l.retired
                ORDER BY l.ordinal
                """.formatted(CourseReach.visible(3, 4));

    /** A lesson's content, for an enrolled learner whose previous lesson is complete. */
    public Uni<LessonContent> lesson(UUID courseId, UUID lessonId, UUID userId) {
        return pool.preparedQuery(CONTENT)
                .execute(Tuple.of(courseId, lessonId, userId, home))
                .map(rows -> {
                    Row row = Rows.one(rows, "lesson_not_found");
                    if (row.getUUID("enrollment_id") == null) {
                        throw new ApiException(StatusCode.CONFLICT, "not_enrolled");
                    }
                    boolean opened = row.getInteger("percent") != null;
                    if (!opened && !row.getBoolean("previous_done")) {
                        throw new ApiException(StatusCode.CONFLICT, "lesson_locked");
                    }
                    return content(row);
                });
    }

    /**
     * Every lesson's content, for an enrolled learner to keep on their device and study without a connection
     * (the web app's offline lessons). The order rule is not applied here: a lesson's words are not secret (anyone
     * may enrol), and the order is kept by the app and by the progress API, which opens a lesson for the record
     * only once the previous one is complete.
     */
    public Uni<List<LessonContent>> lessonsForOffline(UUID courseId, UUID userId) {
        return pool.preparedQuery(CONTENT)
                .execute(Tuple.of(courseId, null, userId, home))
                .map(rows -> {
                    if (Rows.one(rows, "course_not_found").getUUID("enrollment_id") == null) {
                        throw new ApiException(StatusCode.CONFLICT, "not_enrolled");
                    }
                    return Rows.list(rows, this::content);
                });
    }

    private LessonContent content(Row row) {
        boolean opened = row.getInteger("percent") != null;
        boolean video = "VIDEO".equals(row.getString("kind"));
        boolean completed = Boolean.TRUE.equals(row.getBoolean("completed"));
        Integer minReading = null;
        Integer readingLeft = null;
        Integer watched = null;
        if (plausible && !video && row.getInteger("reading_words_per_minute") > 0) {
            long min = CompletionRule.readingSeconds(
                    row.getInteger("word_count"), row.getInteger("reading_words_per_minute"));
            minReading = (int) min;
            OffsetDateTime first = row.getOffsetDateTime("first_seen_at");
            long spent = first == null
                    ? 0
                    : Duration.between(first, OffsetDateTime.now(clock)).toSeconds();
            readingLeft = completed ? null : (int) Math.max(0, min - Math.max(0, spent));
        } else if (plausible && video && row.getInteger("video_duration_seconds") != null && !completed) {
            watched = CompletionRule.watchedPercent(
                    row.getInteger("video_duration_seconds"),
                    row.getInteger("video_completion_percent"),
                    opened ? Integer.bitCount(row.getInteger("watched_mask")) : 0);
        }
        return new LessonContent(
                row.getUUID("id"),
                row.getUUID("course_id"),
                row.getUUID("module_id"),
                row.getString("module_title"),
                row.getInteger("ordinal"),
                row.getString("title"),
                row.getString("kind"),
                row.getString("body_markdown"),
                row.getString("video_url"),
                row.getInteger("video_duration_seconds"),
                row.getString("captions_url"),
                row.getInteger("estimated_minutes"),
                video ? row.getInteger("video_completion_percent") : 100,
                minReading,
                row.getUUID("previous_id"),
                row.getUUID("next_id"),
                new LessonProgressState(
                        opened ? row.getInteger("percent") : 0,
                        opened ? row.getInteger("position_seconds") : 0,
                        completed,
                        readingLeft,
                        watched));
    }

    private static CourseSummary summary(Row row) {
        return new CourseSummary(
                row.getUUID("id"),
                row.getString("slug"),
                row.getString("title"),
                row.getString("description"),
                row.getString("province_code"),
                row.getInteger("module_count"),
                row.getInteger("lesson_count"),
                row.getInteger("estimated_minutes"),
                row.getInteger("pass_mark_percent"),
                row.getInteger("question_count"),
                row.getInteger("time_limit_minutes"),
                row.getInteger("max_attempts"));
    }
}
