package vn.hocvuso.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import vn.hocvuso.course.AdminCourseViews.QuestionOption;

/** A question's options as stored: a JSON array of {@code {"id", "text"}} objects. */
final class QuestionOptions {

    private QuestionOptions() {}

    static String encode(List<QuestionOption> options) {
        JsonArray array = new JsonArray();
        options.forEach(o -> array.add(new JsonObject().put("id", o.id()).put("text", o.text())));
        return array.encode();
    }

    static List<QuestionOption> decode(String json) {
        return new JsonArray(json)
                .stream()
                        .map(JsonObject.class::cast)
                        .map(o -> new QuestionOption(o.getString("id"), o.getString("text")))
                        .toList();
    }
}
