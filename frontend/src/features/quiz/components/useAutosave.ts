import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@/lib/api/problem';
import { personalStorage } from '@/lib/auth/personal-data';
import { saveAnswers, type Answer } from '../api/quiz';

export type FlushOutcome = 'saved' | 'failed' | 'closed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'closed';

interface Options {
  attemptId: string;
  initial: Record<string, string | null>;
  /** Wait this long after the last choice before saving (several quick taps make one request). */
  debounceMs?: number;
  retryMs?: number;
  save?: typeof saveAnswers;
}

const storageKey = (attemptId: string) => `hocvuso.quiz.${attemptId}`;

function readUnsaved(attemptId: string): Record<string, string | null> {
  try {
    const raw = personalStorage()?.getItem(storageKey(attemptId));
    return raw ? (JSON.parse(raw) as Record<string, string | null>) : {};
  } catch {
    return {};
  }
}

function writeUnsaved(attemptId: string, unsaved: Record<string, string | null>) {
  try {
    const storage = personalStorage();
    if (Object.keys(unsaved).length) storage?.setItem(storageKey(attemptId), JSON.stringify(unsaved));
    else storage?.removeItem(storageKey(attemptId));
  } catch {
    /* no storage: answers wait in memory */
  }
}

/**
 * The learner's answers, saved to the server shortly after each choice. Answers not yet saved are also
 * kept on the device, so a reload or a dropped connection loses nothing; a failed save is retried.
 */
export function useAutosave({ attemptId, initial, debounceMs = 800, retryMs = 5000, save = saveAnswers }: Options) {
  const [leftOver] = useState(() => readUnsaved(attemptId));
  const [answers, setAnswers] = useState<Record<string, string | null>>(() => ({ ...initial, ...leftOver }));
  const unsaved = useRef<Record<string, string | null>>(leftOver);
  const [status, setStatus] = useState<SaveStatus>(Object.keys(leftOver).length ? 'retrying' : 'idle');
  const [closedError, setClosedError] = useState<ApiError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<FlushOutcome> | null>(null);

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  /** Sends every unsaved answer: 'saved' when nothing is left unsaved, 'closed' when the server takes no more. */
  const flush = useCallback(async (): Promise<FlushOutcome> => {
    if (inFlight.current) await inFlight.current;
    const batch = { ...unsaved.current };
    const entries = Object.entries(batch);
    if (!entries.length) return 'saved';
    const body: Answer[] = entries.map(([questionId, optionId]) => ({ questionId, optionId }));
    setStatus('saving');
    const attempt = (async () => {
      try {
        await save(attemptId, body);
        // keep answers changed while this request was on its way
        for (const [questionId, optionId] of entries) {
          if (unsaved.current[questionId] === optionId) delete unsaved.current[questionId];
        }
        writeUnsaved(attemptId, unsaved.current);
        const done = Object.keys(unsaved.current).length === 0;
        setStatus(done ? 'saved' : 'saving');
        return done ? 'saved' : 'failed';
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          // submitted or past the deadline: the server takes no more answers
          setClosedError(error);
          setStatus('closed');
          return 'closed';
        }
        setStatus('retrying');
        return 'failed';
      }
    })();
    inFlight.current = attempt;
    const done = await attempt;
    inFlight.current = null;
    return done;
  }, [attemptId, save]);

  // saves, and after a failure tries again later, as long as answers wait
  const loop = useRef<() => void>(() => undefined);
  const retryLoop = useCallback(() => loop.current(), []);
  useEffect(() => {
    loop.current = () => {
      void flush().then((outcome) => {
        if (outcome === 'failed' && Object.keys(unsaved.current).length) schedule(retryMs, retryLoop);
      });
    };
  }, [flush, retryMs, schedule, retryLoop]);

  const choose = useCallback(
    (questionId: string, optionId: string | null) => {
      setAnswers((current) => ({ ...current, [questionId]: optionId }));
      unsaved.current = { ...unsaved.current, [questionId]: optionId };
      writeUnsaved(attemptId, unsaved.current);
      setStatus((current) => (current === 'closed' ? current : 'saving'));
      schedule(debounceMs, retryLoop);
    },
    [attemptId, debounceMs, retryLoop, schedule],
  );

  useEffect(() => {
    // answers left unsaved by an earlier visit go out at once
    if (Object.keys(unsaved.current).length) schedule(0, retryLoop);
    const onOnline = () => schedule(0, retryLoop);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [retryLoop, schedule]);

  const forget = useCallback(() => {
    unsaved.current = {};
    writeUnsaved(attemptId, {});
  }, [attemptId]);

  return { answers, choose, status, flush, closedError, forget };
}
