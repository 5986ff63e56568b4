package vn.hocvuso.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A chapter of a course. {@code position} is unique per course (checked at commit, so swaps work). */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    public UUID id;

    @Column(name = "course_id")
    public UUID courseId;

    public int position;

    public String title;

    public String description;

    @Version
    public long version;
}
