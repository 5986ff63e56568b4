import { useSyncExternalStore } from 'react';
import { api } from '@/lib/api/client';
import { ApiError, call } from '@/lib/api/problem';
import { onLogout } from '@/lib/auth/actions';
import { personalStorage } from '@/lib/auth/personal-data';
import {
  createProgressQueue,
  type ProgressQueue,
  type QueuedReport,
  type SendOutcome,
  type SyncState,
} from './progress-queue';

/** What to do with a report after the server's answer. */
export function outcomeOf(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return 'retry';
  if (error.isNetworkError || error.status >= 500) return 'retry';
  // logged out (kept until the learner logs in again), timed out, or throttled: later
  if (error.status === 401 || error.status === 408 || error.status === 429) return 'retry';
  // the server refuses this report for good (unknown lesson, another learner's enrolment): never will it take it
  return 'drop';
}

export async function sendReport(report: QueuedReport): Promise<SendOutcome> {
  try {
    await call(
      api.PUT('/api/v1/enrollments/{enrollmentId}/lessons/{lessonId}/progress', {
        params: { path: { enrollmentId: report.enrollmentId, lessonId: report.lessonId } },
        body: {
          eventId: report.eventId,
          percent: report.percent,
          positionSeconds: report.positionSeconds,
          studiedSince: new Date(report.studiedSince ?? report.queuedAt).toISOString(),
        },
      }),
    );
    return 'sent';
  } catch (error) {
    return outcomeOf(error);
  }
}

const sentListeners = new Set<(report: QueuedReport) => void>();

/** The app's one queue. */
export const progressQueue: ProgressQueue = createProgressQueue({
  send: sendReport,
  storage: personalStorage,
  onSent: (report) => sentListeners.forEach((listener) => listener(report)),
});

onLogout({
  // what the learner read offline reaches the server while the session still works (never long)
  before: () => settleQueue(progressQueue, 3000),
  after: () => progressQueue.forget(),
});

export function onProgressSent(listener: (report: QueuedReport) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

export function useProgressSync(queue: ProgressQueue = progressQueue): SyncState {
  return useSyncExternalStore(queue.subscribe, queue.getState, queue.getState);
}

/**
 * Before reading progress from the server, give queued reports a short chance to arrive, so that the
 * next lesson opens and the outline is current. Never waits long: an offline learner still sees the page.
 */
export async function settleQueue(queue: ProgressQueue = progressQueue, maxMs = 4000): Promise<void> {
  await Promise.race([queue.flush(), new Promise((resolve) => setTimeout(resolve, maxMs))]);
}
