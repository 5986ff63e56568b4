import createClient from 'openapi-fetch';
import { describe, expect, inject, it } from 'vitest';
import type { paths } from '../src/lib/api/schema';

/**
 * The learner's journey against the mock server (Prism serving openapi.yaml alone), with a client typed
 * from the same file: a frontend developer without a backend gets, for every step, an answer the
 * contract documents, and each step's ids lead to the next. Prism checks every request against the
 * contract: a response with an `sl-violations` header means the request broke it.
 */
const api = createClient<paths>({
  baseUrl: inject('mockUrl'),
  headers: { Accept: 'application/json, application/problem+json' },
});

function conforming(response: Response) {
  expect(response.headers.get('sl-violations'), `${response.url}: the request breaks the contract`).toBeNull();
  return response;
}

describe('the learner journey against make mock', () => {
  it('registers, logs in, enrols, studies, passes the final test and verifies the certificate', async () => {
    const units = await api.GET('/api/v1/units', { params: { query: { q: 'tinh khe' } } });
    conforming(units.response);
    const tinhKhe = units.data?.items.find((unit) => unit.code === '21211');
    expect(tinhKhe?.name).toBe('Xã Tịnh Khê');

    const registered = await api.POST('/api/v1/auth/register', {
      body: {
        fullName: 'Nguyễn Thị Hoa',
        phone: '0912 345 678',
        password: 'hoa-tinh-khe-2025',
        learnerGroup: 'CITIZEN',
        unitCode: '21211',
      },
    });
    expect(conforming(registered.response).status).toBe(201);
    expect(registered.data?.unit.name).toBe('Xã Tịnh Khê');

    const login = await api.POST('/api/v1/auth/login', {
      body: { login: '0912345678', password: 'hoa-tinh-khe-2025' },
    });
    conforming(login.response);
    const headers = { Authorization: `Bearer ${login.data?.accessToken}` };
    expect(login.data?.tokenType).toBe('Bearer');

    const courses = await api.GET('/api/v1/courses', {});
    const course = courses.data?.items[0];
    expect(course?.title).toBe('Kỹ năng số cơ bản');
    const courseId = course!.id;

    const outline = await api.GET('/api/v1/courses/{courseId}', { params: { path: { courseId } }, headers });
    conforming(outline.response);
    const lessons = outline.data!.modules.flatMap((module) => module.lessons);
    const open = lessons.find((lesson) => lesson.state !== 'LOCKED' && lesson.state !== 'COMPLETED');
    expect(open, 'a lesson the learner can study').toBeDefined();

    const enrolled = await api.POST('/api/v1/enrollments', { body: { courseId }, headers });
    expect(conforming(enrolled.response).ok).toBe(true);
    const enrollmentId = enrolled.data!.id;
    expect(enrolled.data?.courseId).toBe(courseId);

    const lesson = await api.GET('/api/v1/courses/{courseId}/lessons/{lessonId}', {
      params: { path: { courseId, lessonId: open!.id } },
      headers,
    });
    conforming(lesson.response);
    expect(lesson.data?.bodyMarkdown.length).toBeGreaterThan(0);

    const progress = await api.PUT('/api/v1/enrollments/{enrollmentId}/lessons/{lessonId}/progress', {
      params: { path: { enrollmentId, lessonId: open!.id } },
      body: { eventId: crypto.randomUUID(), percent: 100, positionSeconds: 0 },
      headers,
    });
    conforming(progress.response);
    expect(progress.data?.applied).toBe(true);

    const attempt = await api.POST('/api/v1/enrollments/{enrollmentId}/quiz-attempts', {
      params: { path: { enrollmentId } },
      headers,
    });
    expect(conforming(attempt.response).ok).toBe(true);
    const attemptId = attempt.data!.id;
    expect(attempt.data?.enrollmentId).toBe(enrollmentId);
    const answers = attempt.data!.questions.map((question) => ({
      questionId: question.questionId,
      optionId: question.options[0].id,
    }));
    expect(answers.length).toBeGreaterThan(0);

    const saved = await api.PUT('/api/v1/quiz-attempts/{attemptId}/answers', {
      params: { path: { attemptId } },
      body: { answers },
      headers,
    });
    conforming(saved.response);
    expect(saved.data?.attemptId).toBe(attemptId);

    const result = await api.POST('/api/v1/quiz-attempts/{attemptId}/submit', {
      params: { path: { attemptId } },
      headers,
    });
    conforming(result.response);
    expect(result.data?.passed).toBe(true);
    const code = result.data!.certificateCode!;
    expect(code).toMatch(/^HVS-/);

    const mine = await api.GET('/api/v1/me/certificates', { headers });
    conforming(mine.response);
    expect(mine.data?.items.map((certificate) => certificate.code)).toContain(code);

    const verified = await api.GET('/api/v1/certificates/{code}', { params: { path: { code } } });
    conforming(verified.response);
    expect(verified.data).toMatchObject({ code, status: 'VALID', holderName: 'Nguyễn Thị Hoa' });
  });

  it('answers a request the contract forbids with the documented problem, as the backend would', async () => {
    const response = await fetch(`${inject('mockUrl')}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify({ login: '0912345678' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('sl-violations')).toContain('password');
    expect((await response.json()).code).toBe('validation_failed');
  });

  it('refuses a learner page without a token, so the app must send the one it holds', async () => {
    const { response, error } = await api.GET('/api/v1/me/certificates', {});
    expect(response.status).toBe(401);
    expect(error?.code).toBe('not_authenticated');
  });
});
