package vn.hocvuso.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds a small published course straight in the database, so that each test owns its course and
 * knows its answers: the right option of every question is the one whose text starts with "Đúng".
 */
public final class Courses {

    public static final String RIGHT = "Đúng";
    /** Every question's explanation starts with this. */
    public static final String EXPLANATION = "Vì phương án c đúng ở câu";

    /** What a test needs to walk through the course. */
    public record TestCourse(UUID id, List<UUID> moduleIds, List<UUID> lessonIds, List<String> lessonKinds) {}

    private int questionCount = 4;
    private int maxAttempts = 3;
    private int cooldownMinutes = 0;
    private int timeLimitMinutes = 30;
    private int questionsPerModule = 3;
    private String afterLastAttempt = "COOLDOWN";
    private int retakeCooldownMinutes = 1440;
    private boolean hideAnswersUntilPassed;
    private int readingWordsPerMinute = 500;
    private String lessonText = "# Nội dung\nHọc kỹ năng số.";
    private String province;

    public static Courses course() {
        return new Courses();
    }

    public Courses questionCount(int n) {
        questionCount = n;
        return this;
    }

    public Courses maxAttempts(int n) {
        maxAttempts = n;
        return this;
    }

    public Courses cooldownMinutes(int n) {
        cooldownMinutes = n;
        return this;
    }

    public Courses questionsPerModule(int n) {
        questionsPerModule = n;
        return this;
    }

    /** COOLDOWN (a new set after the retake cooldown) or MANAGER (only a grant). */
    public Courses afterLastAttempt(String policy, int cooldownMinutes) {
        afterLastAttempt = policy;
        retakeCooldownMinutes = cooldownMinutes;
        return this;
    }

    public Courses hideAnswersUntilPassed() {
        hideAnswersUntilPassed = true;
        return this;
    }

    /** The reading speed of the minimum-time rule, and the Markdown of every lesson. */
    public Courses reading(int wordsPerMinute, String text) {
        readingWordsPerMinute = wordsPerMinute;
        lessonText = text;
        return this;
    }

    /** One province's own course (V145); without it, a national course, shared by every province. */
    public Courses province(String code) {
        province = code;
        return this;
    }

    /** Two modules: a text lesson and a video lesson (3 minutes, 90% to complete), then a text lesson. */
    public TestCourse create() {
        UUID courseId = UUID.randomUUID();
        Database.execute(
                """
                INSERT INTO course (id, slug, title, description, status, question_count, max_attempts,
                                    attempt_cooldown_minutes, time_limit_minutes, after_last_attempt,
                                    retake_cooldown_minutes, hide_answers_until_passed, reading_words_per_minute,
                                    province_code)
                VALUES (?, ?, ?, 'Khóa học dùng cho kiểm thử', 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                courseId,
                "test-" + courseId,
                "Khóa thử " + courseId.toString().substring(0, 8),
                questionCount,
                maxAttempts,
                cooldownMinutes,
                timeLimitMinutes,
                afterLastAttempt,
                retakeCooldownMinutes,
                hideAnswersUntilPassed,
                readingWordsPerMinute,
                province);
        List<UUID> modules = new ArrayList<>();
        List<UUID> lessons = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        String[][] plan = {{"TEXT", "VIDEO"}, {"TEXT"}};
        for (int m = 0; m < plan.length; m++) {
            UUID moduleId = UUID.randomUUID();
            modules.add(moduleId);
            Database.execute(
                    "INSERT INTO course_module (id, course_id, position, title) VALUES (?, ?, ?, ?)",
                    moduleId,
                    courseId,
                    m + 1,
                    "Chủ đề " + (m + 1));
            for (int l = 0; l < plan[m].length; l++) {
                UUID lessonId = UUID.randomUUID();
                lessons.add(lessonId);
                kinds.add(plan[m][l]);
                boolean video = plan[m][l].equals("VIDEO");
                Database.execute(
                        """
                        INSERT INTO lesson (id, course_id, module_id, position, title, kind, body_markdown, video_url,
                                            video_duration_seconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                        lessonId,
                        courseId,
                        moduleId,
                        l + 1,
                        "Bài " + (m + 1) + "." + (l + 1),
                        plan[m][l],
                        lessonText,
                        video ? "/media/video/bai.mp4" : null,
                        video ? 180 : null);
            }
            for (int q = 0; q < questionsPerModule; q++) {
                Database.execute(
                        """
                        INSERT INTO question (id, course_id, module_id, prompt, options, correct_option, explanation)
                        VALUES (?, ?, ?, ?, ?::jsonb, 'c', ?)
                        """,
                        UUID.randomUUID(),
                        courseId,
                        moduleId,
                        "Câu hỏi " + (m + 1) + "." + (q + 1),
                        "[{\"id\":\"a\",\"text\":\"Sai một\"},{\"id\":\"b\",\"text\":\"Sai hai\"},"
                                + "{\"id\":\"c\",\"text\":\"" + RIGHT + " rồi\"},{\"id\":\"d\",\"text\":\"Sai ba\"}]",
                        EXPLANATION + " " + (m + 1) + "." + (q + 1));
            }
        }
        Database.execute("SELECT renumber_lessons(?)", courseId);
        return new TestCourse(courseId, modules, lessons, kinds);
    }
}
