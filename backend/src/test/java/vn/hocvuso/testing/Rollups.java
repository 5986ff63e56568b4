package vn.hocvuso.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * For the tests that play random journeys and then compare the statistics rollups with the raw data
 * (per unit and agency, per village): a learner's way through a course one step at a time, and the two
 * comparisons.
 */
public final class Rollups {

    private Rollups() {}

    /** How far a learner is in one course. */
    public static final class Track {
        public String enrollment;
        public int lessonsDone;
        public String certificate;

        /**
         * The learner's next step in the course: enrol, study the next lesson, or take the final test
         * (right or wrong at random); nothing once certified or out of attempts.
         */
        public void advance(String token, Courses.TestCourse course, Random random) {
            if (enrollment == null) {
                enrollment = Journeys.enroll(token, course.id());
            } else if (lessonsDone < course.lessonIds().size()) {
                Journeys.progress(token, enrollment, course.lessonIds().get(lessonsDone++), 100);
            } else if (certificate == null) {
                var started = api(token).post("/api/v1/enrollments/" + enrollment + "/quiz-attempts");
                if (started.statusCode() != 200 && started.statusCode() != 201) {
                    return; // out of attempts
                }
                String attempt = started.path("id");
                Journeys.answerAll(token, attempt, random.nextInt(3) > 0);
                certificate = api(token)
                        .post("/api/v1/quiz-attempts/" + attempt + "/submit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("certificateCode");
            }
        }
    }

    /** What one step does to a learner, by the action drawn (1 to 7). */
    @FunctionalInterface
    public interface Step<L> {
        void take(int action, L learner);
    }

    /**
     * Plays {@code steps} repeatable random steps: a new learner registers while there are fewer than five,
     * and then whenever the action drawn is 0 (up to {@code most} learners); any other action (1 to 7) is
     * {@code step}'s, on a learner drawn at random. The learners who registered.
     */
    public static <L> List<L> play(Random random, int steps, int most, Supplier<L> register, Step<L> step) {
        List<L> learners = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int action = learners.size() < 5 ? 0 : random.nextInt(8);
            L learner = learners.isEmpty() ? null : learners.get(random.nextInt(learners.size()));
            if (action == 0) {
                if (learners.size() < most) {
                    learners.add(register.get());
                }
            } else {
                step.take(action, learner);
            }
        }
        return learners;
    }

    /** Rows in one query and not the other, either way: 0 when the two agree exactly. */
    public static String mismatches(String raw, String rollup) {
        return Database.queryString("SELECT count(*) FROM ((" + raw + " EXCEPT " + rollup + ") UNION ALL (" + rollup
                + " EXCEPT " + raw + ")) d");
    }

    /**
     * Runs {@code rebuild} (a database function that recomputes rollups from the raw tables, for bulk loads
     * and repairs) and requires it to arrive at exactly the rows {@code kept} selected before it.
     */
    public static void assertRebuildKeeps(String rebuild, String kept, String description) {
        String before = digest(kept);
        Database.queryString("SELECT " + rebuild + "()::text");
        assertThat(digest(kept)).as(description).isEqualTo(before);
    }

    /** One digest of every row {@code rows} selects, in any order: the same rows, the same digest. */
    private static String digest(String rows) {
        return Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + rows + ") r");
    }
}
