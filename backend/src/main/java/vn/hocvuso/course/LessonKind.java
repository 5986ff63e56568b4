package vn.hocvuso.course;

/** A lesson to read (Markdown) or a video to watch (with an optional Markdown text beside it). */
public enum LessonKind {
    TEXT,
    VIDEO
}
