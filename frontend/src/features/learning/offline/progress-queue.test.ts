import { describe, expect, it } from 'vitest';
import { createProgressQueue, QUEUE_KEY, type QueuedReport, type SendOutcome } from './progress-queue';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

function setup(outcomes: SendOutcome[] = [], online = { value: true }, clock = { ms: 0 }) {
  const storage = memoryStorage();
  const sent: QueuedReport[] = [];
  let n = 0;
  const queue = createProgressQueue({
    storage,
    isOnline: () => online.value,
    newId: () => `e${++n}`,
    now: () => clock.ms,
    retryMs: 60_000,
    send: async (report) => {
      sent.push(report);
      return outcomes.shift() ?? 'sent';
    },
  });
  return { queue, storage, sent, online };
}

describe('the offline progress queue', () => {
  it("tells its listeners of changes only: starting with nothing queued stales no page's data", async () => {
    const { queue } = setup();
    const heard: string[] = [];
    queue.subscribe(() => heard.push(JSON.stringify(queue.getState())));
    const target = new EventTarget();
    queue.start(target as unknown as Window);
    await queue.flush();
    expect(heard).toEqual([]);

    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 40 });
    expect(heard.length).toBeGreaterThan(0);
  });

  it('writes each report to the device before sending, and removes it once the server confirmed it', async () => {
    const { queue, storage, sent } = setup();
    const done = queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 40 });
    expect(JSON.parse(storage.getItem(QUEUE_KEY)!)).toHaveLength(1);
    await done;
    expect(sent.map((r) => [r.eventId, r.percent])).toEqual([['e1', 40]]);
    expect(JSON.parse(storage.getItem(QUEUE_KEY)!)).toEqual([]);
    expect(queue.getState()).toMatchObject({ pending: 0, waiting: false });
    expect(queue.getState().lastSavedAt).not.toBeNull();
  });

  it('keeps reports while offline, one per lesson with the larger values, and sends them in order when back', async () => {
    const { queue, sent, online } = setup([], { value: false });
    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 60 });
    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 100 });
    await queue.report({ enrollmentId: 'E', lessonId: 'L2', percent: 30, positionSeconds: 50 });
    await queue.report({ enrollmentId: 'E', lessonId: 'L2', percent: 20, positionSeconds: 40 });
    expect(sent).toEqual([]);
    expect(queue.getState()).toMatchObject({ pending: 2, waiting: true });

    online.value = true;
    await queue.flush();
    expect(sent.map((r) => [r.lessonId, r.percent, r.positionSeconds])).toEqual([
      ['L1', 100, null],
      ['L2', 30, 50],
    ]);
    expect(queue.getState()).toMatchObject({ pending: 0, waiting: false });
  });

  it('keeps when a lesson was first studied offline, so that its reading time counts when it is sent later', async () => {
    const clock = { ms: 1_000 };
    const { queue, sent, online } = setup([], { value: false }, clock);
    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 10 });
    clock.ms = 301_000; // five minutes of reading later, still offline
    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 100 });
    clock.ms = 3_600_000;
    online.value = true;
    await queue.flush();
    expect(sent.map((r) => [r.percent, r.studiedSince, r.queuedAt])).toEqual([[100, 1_000, 301_000]]);
  });

  it('resends a report that got no answer with the same event id (the server ignores a replay)', async () => {
    const { queue, sent } = setup(['retry', 'sent']);
    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 100 });
    expect(queue.getState()).toMatchObject({ pending: 1, waiting: true });
    await queue.flush();
    expect(sent.map((r) => r.eventId)).toEqual(['e1', 'e1']);
    expect(queue.getState().pending).toBe(0);
  });

  it('drops a report the server refuses for good, and goes on with the next', async () => {
    const online = { value: false };
    const { queue, sent } = setup(['drop', 'sent'], online);
    await queue.report({ enrollmentId: 'E', lessonId: 'gone', percent: 10 });
    await queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 10 });
    online.value = true;
    await queue.flush();
    expect(sent.map((r) => r.lessonId)).toEqual(['gone', 'L1']);
    expect(queue.getState().pending).toBe(0);
  });

  it('finds reports left on the device by an earlier visit', () => {
    const storage = memoryStorage();
    storage.setItem(
      QUEUE_KEY,
      JSON.stringify([
        { eventId: 'old', enrollmentId: 'E', lessonId: 'L1', percent: 80, positionSeconds: null, queuedAt: 1 },
      ]),
    );
    const queue = createProgressQueue({ storage, isOnline: () => false, send: async () => 'sent' });
    expect(queue.getState().pending).toBe(1);
    expect(queue.pendingFor('E', 'L1')?.percent).toBe(80);
  });

  it('after forget() a send that never answered does not hold the next reports', async () => {
    const storage = memoryStorage();
    const sent: string[] = [];
    let n = 0;
    const queue = createProgressQueue({
      storage,
      isOnline: () => true,
      newId: () => `e${++n}`,
      retryMs: 60_000,
      // the first send hangs for good (a connection that never answers); the next ones are answered
      send: (report) => {
        sent.push(report.lessonId);
        return sent.length === 1 ? new Promise<SendOutcome>(() => {}) : Promise.resolve('sent');
      },
    });
    void queue.report({ enrollmentId: 'E', lessonId: 'L1', percent: 100 });
    queue.forget();
    storage.data.clear();

    await queue.report({ enrollmentId: 'E', lessonId: 'L2', percent: 40 });

    expect(sent).toEqual(['L1', 'L2']);
    expect(queue.getState()).toMatchObject({ pending: 0, waiting: false });
  });
});
