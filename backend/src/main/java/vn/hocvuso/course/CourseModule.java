package vn.hocvuso.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A chapter of a course. {@code position} is unique per course (checked at commit, so swaps work). */
@Entity
@Table(name = "course_module")
public class CourseModule extends ContentRow {

    @Column(name = "course_id")
    public UUID courseId;

    public int position;

    public String title;

    public String description;
}
