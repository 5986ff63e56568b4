import { describe, expect, it } from 'vitest';
import { COURSE_ID, outline } from '@/testing/learning-fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { api } from './client';
import { tokenStore } from '@/lib/auth/session-store';
import { earlyRequestsSettled, requestEarly } from './early-requests';

const OUTLINE = `/api/v1/courses/${COURSE_ID}`;
const getOutline = () => api.GET('/api/v1/courses/{courseId}', { params: { path: { courseId: COURSE_ID } } });

describe('GETs the entry asks for before the app has arrived', () => {
  it('the page’s query takes the answer the entry asked for: one request, not two', async () => {
    const server = mockApi({ [`GET ${OUTLINE}`]: () => json(outline()) });
    requestEarly([OUTLINE]);
    const { data } = await getOutline();
    expect(data).toEqual(outline());
    expect(server.requests).toHaveLength(1);
    // taken once: the next query asks the API again
    await getOutline();
    expect(server.requests).toHaveLength(2);
  });

  it('an answer that waited more than 10 seconds is not used: the page asks afresh', async () => {
    let answers = 0;
    const server = mockApi({ [`GET ${OUTLINE}`]: () => json({ ...outline(), answer: ++answers }) });
    requestEarly([OUTLINE], () => Date.now() - 10_001);
    const { data } = await getOutline();
    expect(data).toMatchObject({ answer: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('a refused early request is asked again by the page, which shows what the API says then', async () => {
    let refused = true;
    const server = mockApi({
      [`GET ${OUTLINE}`]: () => {
        const answer = refused ? problem(503, 'server_busy', 'Hệ thống đang bận.') : json(outline());
        refused = false;
        return answer;
      },
    });
    requestEarly([OUTLINE]);
    const { data } = await getOutline();
    expect(data).toEqual(outline());
    expect(server.requests).toHaveLength(2);
  });

  it('says when the early answers are in (the first render waits for them), a failed one too', async () => {
    let answer!: () => void;
    mockApi({
      [`GET ${OUTLINE}`]: () => new Promise<Response>((resolve) => (answer = () => resolve(json(outline())))),
      'GET /api/v1/enrollments': () => Promise.reject(new TypeError('offline')),
    });
    requestEarly([OUTLINE, '/api/v1/enrollments?page=1&size=100']);
    let settled = false;
    void earlyRequestsSettled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    answer();
    await expect.poll(() => settled).toBe(true);
    await getOutline(); // taken, so the next test starts with none
  });

  it('an answer asked in one session never reaches the page of the next person on the same device', async () => {
    let answers = 0;
    const server = mockApi({ [`GET ${OUTLINE}`]: () => json({ ...outline(), answer: ++answers }) });
    requestEarly([OUTLINE]);
    tokenStore.setTokens({ accessToken: 'the-next-person', refreshToken: 'their-refresh' });
    const { data } = await getOutline();
    expect(data).toMatchObject({ answer: 2 });
    expect(server.requests).toHaveLength(2);
  });
});
