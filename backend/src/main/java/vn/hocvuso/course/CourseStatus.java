package vn.hocvuso.course;

/** Learners see only published courses; a draft is being written. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED
}
