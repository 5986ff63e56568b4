import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { QUEUE_KEY } from '@/features/learning/offline/progress-queue';
import { earlyPageFor } from './early-pages';
import { createRoutes } from './router';

describe('the learner page the entry requests with the app’s code', () => {
  const routes = createRoutes(new QueryClient());
  const routePath = (address: string) => matchRoutes(routes, address)?.at(-1)?.route;

  it.each([
    ['/', 'home', undefined],
    ['/khoa-hoc/8f3c', 'course', 'khoa-hoc/:courseId'],
    ['/khoa-hoc/8f3c/bai/12', 'lesson', 'khoa-hoc/:courseId/bai/:lessonId'],
    ['/khoa-hoc/8f3c/kiem-tra', 'finalTest', 'khoa-hoc/:courseId/kiem-tra'],
    ['/bai-kiem-tra/77', 'attempt', 'bai-kiem-tra/:attemptId'],
  ])('%s opens %s, the page the router opens there', (address, page, path) => {
    expect(earlyPageFor(address)?.page).toBe(page);
    const route = routePath(address);
    expect(path ? route?.path : route?.index).toBe(path ?? true);
  });

  it.each([
    '/khoa-hoc/8f3c/on-tap/2',
    '/bai-kiem-tra/77/xem-lai',
    '/thong-ke',
    '/dang-nhap',
    '/quan-ly',
    '/khoa-hoc/%E0%A4%A',
  ])('%s is left to the router', (address) => {
    expect(earlyPageFor(address)).toBeUndefined();
  });

  it('asks for the data the page’s queries ask for first, exactly as the API client writes it', () => {
    expect(earlyPageFor('/khoa-hoc/8f3c')?.data(false)).toEqual(['/api/v1/courses/8f3c']);
    expect(earlyPageFor('/khoa-hoc/8f3c/bai/12')?.data(true)).toEqual([
      '/api/v1/courses/8f3c/lessons/12',
      '/api/v1/courses/8f3c',
    ]);
    expect(earlyPageFor('/khoa-hoc/8f3c/kiem-tra')?.data(true)).toEqual([
      '/api/v1/courses/8f3c',
      '/api/v1/enrollments?page=1&size=100',
    ]);
    expect(earlyPageFor('/bai-kiem-tra/77')?.data(true)).toEqual(['/api/v1/quiz-attempts/77']);
    // a visitor's lesson or test asks nothing: the page sends them to log in
    expect(earlyPageFor('/khoa-hoc/8f3c/bai/12')?.data(false)).toEqual([]);
  });

  it('leaves the outline and lessons to the page while progress waits on the device to be sent', () => {
    localStorage.setItem(QUEUE_KEY, JSON.stringify([{ eventId: 'e1' }]));
    expect(earlyPageFor('/khoa-hoc/8f3c/bai/12')?.data(true)).toEqual([]);
    expect(earlyPageFor('/khoa-hoc/8f3c')?.data(true)).toEqual([]);
  });
});
