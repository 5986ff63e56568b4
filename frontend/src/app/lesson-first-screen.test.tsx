import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COURSE_ID, L1, lesson, outline } from '@/testing/learning-fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { signedInLearnerWithProgressQueue } from '@/testing/learner-session';
import { renderApp } from '@/testing/render';
import { earlyJson, requestEarly } from '@/lib/api/early-requests';
import { api } from '@/lib/api/client';
import { drawLessonFirstScreen } from './lesson-first-screen';

signedInLearnerWithProgressQueue();

const LESSON_PATH = `/api/v1/courses/${COURSE_ID}/lessons/${L1}`;
// every block and mark the lesson texts use, an unsafe link and HTML among them
const EVERY_MARK = [
  '# Cách tìm kiếm',
  'Dùng **công cụ _tìm kiếm_** như `Google`, xem [Cổng Dịch vụ công](https://dichvucong.gov.vn), [trang này](/chung-nhan) hoặc [bấm đây](javascript:alert(1)).',
  '- Gõ từ khóa.\n- Chọn **kết quả**\n  phù hợp.',
  '3. ba\n4. bốn',
  '> Lưu ý: <script>alert(1)</script>',
  '---',
].join('\n\n');

/** index.html's <main> as the entry finds it, the skeleton in it. */
function shellMain() {
  document.body.innerHTML =
    '<div id="root"><div class="app"><main id="main" class="main"><div class="stack" role="status" aria-busy="true">' +
    '<span class="skeleton skeleton--title"></span></div></main></div></div>';
  return document.getElementById('main')!;
}

describe('the lesson drawn by the entry before the app has arrived', () => {
  it('draws the title and the text in the elements the lesson page renders them with', async () => {
    const words = lesson(L1, { bodyMarkdown: EVERY_MARK });
    const main = shellMain();
    expect(drawLessonFirstScreen(main, words)).toBe(true);
    const drawn = main.innerHTML;
    expect(main.querySelector('.skeleton')).toBeNull();
    expect(main.querySelector('.stack > h1.page-title')).toHaveTextContent(words.title);
    expect(main.querySelector('script')).toBeNull();
    expect(main).toHaveTextContent('<script>alert(1)</script>');
    expect(main.querySelector('a[href^="javascript"]')).toBeNull();

    // The page the app then renders holds the same title and the same text, in the same nesting and
    // classes: each paragraph keeps its size when the app's replaces it.
    document.body.innerHTML = '';
    mockApi({
      [`GET /api/v1/courses/${COURSE_ID}`]: () => json(outline()),
      [`GET ${LESSON_PATH}`]: () => json(words),
    });
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    await screen.findByRole('heading', { level: 1, name: words.title });
    const page = document.querySelector('#main .stack')!;
    const first = document.createElement('div');
    first.innerHTML = drawn;
    // the same elements, attributes (in any order) and text (React may split a text into adjacent nodes:
    // normalized first); a failing test prints the app's markup
    const same = (app: Element | null, entry: Element | null) => {
      const normalized = app?.cloneNode(true);
      normalized?.normalize();
      expect(normalized?.isEqualNode(entry ?? null) ? 'the same' : app?.outerHTML).toBe('the same');
    };
    same(page.querySelector(':scope > h1.page-title'), first.querySelector('.stack > h1.page-title'));
    same(
      page.querySelector(':scope > .lesson > .lesson__body > .prose'),
      first.querySelector('.stack > .lesson > .lesson__body > .prose'),
    );
  });

  it('leaves the skeleton for anything but a lesson: a problem, a locked lesson, no answer', () => {
    for (const answer of [null, { status: 403, code: 'lesson_locked' }, { title: '', bodyMarkdown: 'x' }, 'text']) {
      const main = shellMain();
      expect(drawLessonFirstScreen(main, answer)).toBe(false);
      expect(main.querySelector('.skeleton')).not.toBeNull();
    }
  });

  it('never draws over the page once the app has rendered it', () => {
    const main = shellMain();
    document.getElementById('root')!.replaceChildren(document.createElement('div'));
    expect(drawLessonFirstScreen(main, lesson(L1))).toBe(false);
    expect(document.querySelector('.page-title')).toBeNull();
  });
});

describe('the early answer the entry reads', () => {
  it('is read from a copy: the page’s query still takes the answer, with one request', async () => {
    const server = mockApi({ [`GET ${LESSON_PATH}`]: () => json(lesson(L1)) });
    requestEarly([LESSON_PATH]);
    const read = earlyJson(LESSON_PATH);
    expect(await read).toEqual(lesson(L1));
    const { data } = await api.GET('/api/v1/courses/{courseId}/lessons/{lessonId}', {
      params: { path: { courseId: COURSE_ID, lessonId: L1 } },
    });
    expect(data).toEqual(lesson(L1));
    expect(server.requests).toHaveLength(1);
  });

  it('is null for a problem, and for a GET that was not asked for', async () => {
    mockApi({ [`GET ${LESSON_PATH}`]: () => problem(403, 'lesson_locked', 'Bài học chưa mở.') });
    requestEarly([LESSON_PATH]);
    expect(await earlyJson(LESSON_PATH)).toBeNull();
    expect(await earlyJson('/api/v1/courses/other')).toBeNull();
    // the page asks for itself and sees the problem
    const { error } = await api.GET('/api/v1/courses/{courseId}/lessons/{lessonId}', {
      params: { path: { courseId: COURSE_ID, lessonId: L1 } },
    });
    expect(error).toMatchObject({ code: 'lesson_locked' });
  });
});
