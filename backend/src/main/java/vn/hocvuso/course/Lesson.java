package vn.hocvuso.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A lesson of a module. Never deleted: retired, so that learners' progress and past attempts keep
 * pointing at a real row.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends ContentRow {

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "module_id")
    public UUID moduleId;

    /** Place within its module. */
    public int position;

    /**
     * Place in the whole course (1..n over active lessons), written only by the database function
     * {@code renumber_lessons}: never by Hibernate, so a stale value in a session cannot overwrite it.
     */
    @Column(insertable = false, updatable = false)
    public Integer ordinal;

    public String title;

    @Enumerated(EnumType.STRING)
    public LessonKind kind;

    @Column(name = "body_markdown")
    public String bodyMarkdown;

    @Column(name = "video_url")
    public String videoUrl;

    @Column(name = "video_duration_seconds")
    public Integer videoDurationSeconds;

    @Column(name = "captions_url")
    public String captionsUrl;

    @Column(name = "estimated_minutes")
    public int estimatedMinutes;

    public boolean retired;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
