package vn.hocvuso.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A multiple-choice question of a course's bank, about one module. Deactivated, never deleted; past
 * attempts keep their own copy of what they asked.
 */
@Entity
@Table(name = "question")
public class Question extends ContentRow {

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "module_id")
    public UUID moduleId;

    public String prompt;

    /**
     * The jsonb array {@code [{"id": "a", "text": "..."}]} as JSON text (see {@link QuestionOptions}).
     * Read and written through casts rather than a JSON type mapping, so that the database's own
     * parser checks it and no application ObjectMapper setting can change what is stored.
     */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "CAST(options AS text)", write = "CAST(CAST(? AS text) AS jsonb)")
    public String options;

    @Column(name = "correct_option")
    public String correctOption;

    public String explanation;

    public boolean active;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
