package vn.hocvuso.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A course: its modules and lessons, its question bank and the settings of its final test. */
@Entity
@Table(name = "course")
public class Course extends ContentRow {

    /** Lower-case letters, digits and hyphens; part of the course's public address. */
    public String slug;

    public String title;

    public String description;

    /** The province whose own course this is, or null: a national course, shared by every province (V145). */
    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    public CourseStatus status;

    @Column(name = "pass_mark_percent")
    public int passMarkPercent;

    /** Questions drawn for one attempt of the final test (not the size of the bank). */
    @Column(name = "question_count")
    public int questionCount;

    @Column(name = "time_limit_minutes")
    public int timeLimitMinutes;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "attempt_cooldown_minutes")
    public int attemptCooldownMinutes;

    @Column(name = "video_completion_percent")
    public int videoCompletionPercent;

    /** After the last attempt: COOLDOWN (a new set after retake_cooldown_minutes) or MANAGER (a grant). */
    @Column(name = "after_last_attempt")
    public String afterLastAttempt = "COOLDOWN";

    @Column(name = "retake_cooldown_minutes")
    public int retakeCooldownMinutes = 1440;

    @Column(name = "hide_answers_until_passed")
    public boolean hideAnswersUntilPassed;

    /** The fastest plausible reading: a text lesson's minimum time is its words at this speed (0: none). */
    @Column(name = "reading_words_per_minute")
    public int readingWordsPerMinute = 500;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
