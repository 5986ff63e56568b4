import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
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
    expect(earlyPageFor(address)).toBe(page);
    const route = routePath(address);
    expect(path ? route?.path : route?.index).toBe(path ?? true);
  });

  it.each(['/khoa-hoc/8f3c/on-tap/2', '/bai-kiem-tra/77/xem-lai', '/thong-ke', '/dang-nhap', '/quan-ly'])('%s is left to the router', (address) => {
    expect(earlyPageFor(address)).toBeUndefined();
  });
});
