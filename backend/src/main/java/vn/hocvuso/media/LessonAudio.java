package vn.hocvuso.media;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.course.CourseCatalog;
import vn.hocvuso.course.CourseViews.LessonContent;

/**
 * A lesson read aloud in Vietnamese ({@link Speech}): the title, then each block of the text ({@link SpokenText}),
 * so that the player can follow the block being read. Spoken again when the lesson's words change.
 */
@ApplicationScoped
public class LessonAudio {

    /** Where one block is heard: {@code block} is its index in the rendered text, null for the title. */
    public record Paragraph(Integer block, double startSeconds, double endSeconds) {}

    /** What the player needs: the audio's address, its length, and the blocks' times. */
    public record Track(String url, double durationSeconds, String voice, List<Paragraph> paragraphs) {}

    private final CourseCatalog catalog;
    private final Speech speech;

    public LessonAudio(CourseCatalog catalog, Speech speech) {
        this.catalog = catalog;
        this.speech = speech;
    }

    /** The lesson's audio for a learner who may read it (the rules of {@link CourseCatalog#lesson}). */
    public Uni<Track> forLesson(UUID courseId, UUID lessonId, UUID userId) {
        speech.requireAvailable();
        return catalog.lesson(courseId, lessonId, userId)
                .chain(lesson -> speech.speak(spoken(lesson)))
                .map(spoken -> new Track(
                        spoken.url(),
                        spoken.durationSeconds(),
                        spoken.voice(),
                        spoken.segments().stream()
                                .map(s -> new Paragraph(
                                        s.index() == 0 ? null : s.index() - 1, s.startSeconds(), s.endSeconds()))
                                .toList()));
    }

    /** The title, then each block of the text (a rule says nothing). */
    static List<String> spoken(LessonContent lesson) {
        List<String> spoken = new ArrayList<>();
        spoken.add(SpokenText.plain(lesson.title()));
        SpokenText.blocks(lesson.bodyMarkdown() == null ? "" : lesson.bodyMarkdown())
                .forEach(block -> spoken.add(block.text()));
        return spoken;
    }
}
