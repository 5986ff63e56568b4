import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { logOut } from '@/lib/auth/actions';
import { createLessonStore, lessonStore, memoryBackend } from './lesson-store';

type LessonContent = components['schemas']['LessonContent'];
type CourseOutline = components['schemas']['CourseOutline'];

const COURSE = 'c0000000-0000-7000-8000-000000000001';
const AN = 'u0000000-0000-7000-8000-0000000000a1';
const BINH = 'u0000000-0000-7000-8000-0000000000b2';

function lesson(n: number, body: string): LessonContent {
  return {
    id: `l${n}`,
    courseId: COURSE,
    moduleId: 'm1',
    moduleTitle: 'Làm quen',
    ordinal: n,
    title: `Bài ${n}`,
    kind: 'TEXT',
    bodyMarkdown: body,
    videoUrl: null,
    videoDurationSeconds: null,
    captionsUrl: null,
    estimatedMinutes: 3,
    completionPercent: 100,
    minReadingSeconds: null,
    previousLessonId: n > 1 ? `l${n - 1}` : null,
    nextLessonId: null,
    progress: { percent: 0, positionSeconds: 0, completed: false, readingSecondsLeft: null, watchedPercent: null },
  };
}

const outline = {
  course: { id: COURSE, title: 'Kỹ năng số cơ bản' },
  modules: [],
  enrollmentId: 'e1',
} as unknown as CourseOutline;
const track = { url: '/api/v1/media/x.mp3', durationSeconds: 3, voice: 'vi', paragraphs: [] };

describe('the offline lesson store', () => {
  it('keeps a course for the learner who saved it, and for no one else', async () => {
    const backend = memoryBackend();
    const scoped = createLessonStore(() => backend);
    await scoped.saveCourse(AN, outline, [lesson(1, 'Điện thoại thông minh là gì?'), lesson(2, 'Mở ứng dụng VNeID.')]);

    expect((await scoped.lesson(AN, COURSE, 'l2'))?.bodyMarkdown).toBe('Mở ứng dụng VNeID.');
    expect(await scoped.lesson(BINH, COURSE, 'l2')).toBeUndefined();
    expect(await scoped.course(BINH, COURSE)).toBeUndefined();
    expect(await scoped.summary(BINH, COURSE)).toBeNull();
  });

  it('says how much space a course takes: its words, and its audio once kept', async () => {
    const backend = memoryBackend();
    const store = createLessonStore(() => backend);
    const lessons = [lesson(1, 'Chữ có dấu: ă â đ ê ô ơ ư')];
    const saved = await store.saveCourse(AN, outline, lessons, 1_000);
    // the size in bytes of what is kept (UTF-8: a Vietnamese letter takes two or three bytes)
    const words = new TextEncoder().encode(JSON.stringify({ outline, lessons })).length;
    expect(saved.bytes).toBe(words);
    expect(await store.summary(AN, COURSE)).toEqual({ lessons: 1, audioLessons: 0, bytes: words, savedAt: 1_000 });

    await store.saveAudio(AN, COURSE, 'l1', track, new Blob([new Uint8Array(4_096)], { type: 'audio/mpeg' }));
    expect(await store.summary(AN, COURSE)).toEqual({
      lessons: 1,
      audioLessons: 1,
      bytes: words + 4_096,
      savedAt: 1_000,
    });
    expect((await store.audio(AN, 'l1'))?.audio.size).toBe(4_096);
    expect(await store.audio(BINH, 'l1')).toBeUndefined();
  });

  it('forgets every learner at logout, and one course on request', async () => {
    const backend = memoryBackend();
    const store = createLessonStore(() => backend);
    let changes = 0;
    store.subscribe(() => changes++);
    await store.saveCourse(AN, outline, [lesson(1, 'Một')]);
    await store.saveAudio(AN, COURSE, 'l1', track, new Blob(['mp3']));
    await store.saveCourse(BINH, outline, [lesson(1, 'Một')]);

    await store.removeCourse(BINH, COURSE);
    expect(await store.course(BINH, COURSE)).toBeUndefined();
    expect(await store.course(AN, COURSE)).toBeDefined();

    await store.forgetAll();
    expect(await store.course(AN, COURSE)).toBeUndefined();
    expect(await store.audio(AN, 'l1')).toBeUndefined();
    expect(await backend.keys('courses', '')).toEqual([]);
    expect(await backend.keys('audio', '')).toEqual([]);
    expect(changes).toBe(5);
  });

  it('is emptied by logging out', async () => {
    await lessonStore.saveCourse(AN, outline, [lesson(1, 'Một')]);
    await lessonStore.saveAudio(AN, COURSE, 'l1', track, new Blob(['mp3']));
    await logOut();
    expect(await lessonStore.course(AN, COURSE)).toBeUndefined();
    expect(await lessonStore.audio(AN, 'l1')).toBeUndefined();
  });
});
