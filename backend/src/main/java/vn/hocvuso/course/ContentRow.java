package vn.hocvuso.course;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * What every row of the content tree carries ({@link Course}, {@link CourseModule}, {@link Lesson},
 * {@link Question}): its id, and the version Hibernate checks and raises on each update, so that an edit
 * made from a stale read fails (409 {@code edit_conflict}, {@link AdminCourseResource}) instead of
 * overwriting another administrator's change.
 */
@MappedSuperclass
public abstract class ContentRow {

    @Id
    public UUID id;

    @Version
    public long version;
}
