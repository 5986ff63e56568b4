package vn.hocvuso.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Request and response bodies of lesson progress. */
public final class ProgressViews {

    private ProgressViews() {}

    /**
     * One progress report from a device. {@code eventId} is made by the client once per report and
     * kept with it in the phone's offline queue, so that a replay is recognised. {@code studiedSince} is
     * when the device first showed the lesson in the stretch this report sums up (the offline queue merges
     * a lesson's reports into one): a lesson read without a connection reaches the server in one go, and
     * without it its minimum reading time would start only then.
     */
    public record ProgressRequest(
            @NotNull UUID eventId,
            @NotNull @Min(0) @Max(100) Integer percent,
            @Min(0) @Max(86_400) Integer positionSeconds,
            OffsetDateTime studiedSince) {}

    /**
     * The lesson's progress after the report; {@code applied} is false for a replayed event. While the
     * lesson is not complete: {@code readingSecondsLeft} (a text lesson's minimum reading time still to
     * go) and {@code watchedPercent} (the share of a video the reported positions covered), each null
     * where its rule does not apply.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProgressView(
            UUID lessonId,
            int percent,
            int positionSeconds,
            boolean completed,
            OffsetDateTime completedAt,
            boolean applied,
            Integer readingSecondsLeft,
            Integer watchedPercent) {}
}
