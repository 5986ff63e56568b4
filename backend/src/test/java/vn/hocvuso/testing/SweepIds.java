package vn.hocvuso.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The path parameters a sweep over the contract fills in, by name: the ids of a learner of Xã Tịnh Khê who took a
 * test, and random ids for what the sweep does not make (a 403 or 404 for those shows the check needs no row).
 */
public final class SweepIds {

    private SweepIds() {}

    /** The ids of this learner's journey; {@code question} and {@code serviceAccount} random where null. */
    public static Map<String, String> of(Journeys.Ready ready, String attempt, String question, String serviceAccount) {
        Map<String, String> ids = new LinkedHashMap<>();
        String learner = ready.learner().id().toString();
        ids.put("code", "21211");
        ids.put("id", "1");
        ids.put("organisationId", "1");
        ids.put("courseId", ready.course().id().toString());
        ids.put("moduleId", ready.course().moduleIds().get(0).toString());
        ids.put("lessonId", ready.course().lessonIds().get(0).toString());
        ids.put("questionId", question != null ? question : UUID.randomUUID().toString());
        ids.put("enrollmentId", ready.enrollment());
        ids.put("attemptId", attempt);
        ids.put("learnerId", learner);
        ids.put("userId", learner);
        ids.put(
                "serviceAccountId",
                serviceAccount != null ? serviceAccount : UUID.randomUUID().toString());
        ids.put("targetId", Database.queryString("SELECT id::text FROM target ORDER BY name LIMIT 1"));
        ids.put("kind", "REMINDER_NOT_STARTED");
        ids.put("language", "vi");
        ids.put("job", "reminders");
        ids.put("name", "khong-co-tep-nay.mp4");
        for (String random :
                List.of("grantId", "subscriptionId", "deliveryId", "notificationId", "importId", "reportId")) {
            ids.put(random, UUID.randomUUID().toString());
        }
        return ids;
    }
}
