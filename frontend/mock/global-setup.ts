import type { TestProject } from 'vitest/node';
import { startMock } from './prism';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

/** One Prism for the mock tests, stopped when they end. */
export default async function setup(project: TestProject) {
  const mock = await startMock();
  project.provide('mockUrl', mock.url);
  return () => mock.stop();
}
