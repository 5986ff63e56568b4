import { api } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type LessonAudio = components['schemas']['LessonAudio'];

/** A lesson read aloud by the server (espeak-ng): the MP3's address and when each block is heard. */
export function fetchLessonAudio(courseId: string, lessonId: string): Promise<LessonAudio> {
  return call(
    api.GET('/api/v1/courses/{courseId}/lessons/{lessonId}/audio', { params: { path: { courseId, lessonId } } }),
  );
}

/** The block being read at `seconds` (null for the title or a pause before the first block). */
export function blockAt(audio: LessonAudio, seconds: number): { block: number | null; index: number } | null {
  let found: { block: number | null; index: number } | null = null;
  audio.paragraphs.forEach((p, index) => {
    if (seconds >= p.startSeconds) found = { block: p.block ?? null, index };
  });
  return found;
}

export type QuestionAudio = components['schemas']['QuestionAudio'];

/** A test question read aloud: the MP3 and where its prompt and each option (in the order shown) are heard. */
export function fetchQuestionAudio(attemptId: string, questionId: string): Promise<QuestionAudio> {
  return call(
    api.GET('/api/v1/quiz-attempts/{attemptId}/questions/{questionId}/audio', {
      params: { path: { attemptId, questionId } },
    }),
  );
}

/** The parts to play in order: the prompt, then each option as the attempt shows them. */
export function questionParts(audio: QuestionAudio): { start: number; end: number }[] {
  return [
    { start: audio.promptStartSeconds, end: audio.promptEndSeconds },
    ...audio.options.map((o) => ({ start: o.startSeconds, end: o.endSeconds })),
  ];
}
