import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COURSE_ID, L1, lesson, outline } from '@/testing/learning-fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { signedInLearnerWithProgressQueue } from '@/testing/learner-session';
import { renderApp } from '@/testing/render';

const OUTLINE = `GET /api/v1/courses/${COURSE_ID}`;
const LESSON = `GET /api/v1/courses/${COURSE_ID}/lessons/${L1}`;
const AUDIO = `GET /api/v1/courses/${COURSE_ID}/lessons/${L1}/audio`;
const MP3 = `/api/v1/media/${'a'.repeat(64)}.mp3`;

// the fixture lesson's blocks: a paragraph, a heading, a list, a paragraph (the "<script>" text)
const AUDIO_BODY = {
  url: MP3,
  durationSeconds: 20,
  voice: 'vi',
  paragraphs: [
    { block: null, startSeconds: 0, endSeconds: 2 },
    { block: 0, startSeconds: 2.6, endSeconds: 6 },
    { block: 1, startSeconds: 6.6, endSeconds: 8 },
    { block: 2, startSeconds: 8.6, endSeconds: 14 },
    { block: 3, startSeconds: 14.6, endSeconds: 19 },
  ],
};

signedInLearnerWithProgressQueue();

function playTo(audio: HTMLAudioElement, seconds: number) {
  Object.defineProperty(audio, 'currentTime', { value: seconds, configurable: true });
  fireEvent.timeUpdate(audio);
}

describe('listening to a lesson', () => {
  it('asks for the audio only when wanted, plays it from the API and follows the block being read', async () => {
    const api = mockApi({
      [OUTLINE]: () => json(outline()),
      [LESSON]: () => json(lesson(L1)),
      [AUDIO]: () => json(AUDIO_BODY),
    });
    const user = userEvent.setup();
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    const listen = await screen.findByRole('button', { name: /Nghe đọc bài/ });
    expect(api.requests.some((r) => r.path.endsWith('/audio'))).toBe(false);

    await user.click(listen);
    const region = await screen.findByRole('region', { name: 'Nghe đọc bài' });
    const audio = region.querySelector('audio');
    expect(audio).not.toBeNull();
    expect(audio!.getAttribute('src')).toMatch(new RegExp(`${MP3}$`));

    playTo(audio!, 1);
    expect(screen.getByText('Đang đọc: tên bài')).toBeInTheDocument();

    playTo(audio!, 9);
    expect(screen.getByText('Đang đọc: đoạn 3/4 (tô vàng trong bài)')).toBeInTheDocument();
    const list = screen.getByText('Gõ từ khóa.', { selector: 'li' }).closest('ol');
    expect(list).toHaveClass('is-reading');
    expect(document.querySelectorAll('.is-reading')).toHaveLength(1);

    playTo(audio!, 15);
    expect(list).not.toHaveClass('is-reading');
    expect(screen.getByText('<script>alert(1)</script>')).toHaveClass('is-reading');

    fireEvent.ended(audio!);
    expect(document.querySelectorAll('.is-reading')).toHaveLength(0);
  });

  it('says plainly that listening is off when the server cannot speak, and the text stays', async () => {
    mockApi({
      [OUTLINE]: () => json(outline()),
      [LESSON]: () => json(lesson(L1)),
      [AUDIO]: () => problem(503, 'audio_off', 'Chức năng nghe đọc bài đang tắt trên máy chủ này.'),
    });
    const user = userEvent.setup();
    renderApp(`/khoa-hoc/${COURSE_ID}/bai/${L1}`);
    await user.click(await screen.findByRole('button', { name: /Nghe đọc bài/ }));
    expect(
      await screen.findByText('Máy chủ chưa bật chức năng nghe đọc. Bạn vẫn đọc được nội dung bên dưới.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Nghe đọc bài/ })).toBeDisabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Cách tìm kiếm' })).toBeInTheDocument();
  });
});
