import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { mediaUrl } from '@/lib/api/media';
import { readClaims } from '@/lib/auth/claims';
import { tokenStore } from '@/lib/auth/session';
import { lessonStore } from '@/lib/offline/lesson-store';
import { blockAt, fetchLessonAudio, type LessonAudio } from '../api/listening';
import './listening.css';

interface Props {
  courseId: string;
  lessonId: string;
  /** The element whose children are the lesson's rendered blocks (the Markdown's `.prose`). */
  blocksSelector: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; audio: LessonAudio; src: string; kept: boolean }
  | { kind: 'off' }
  | { kind: 'failed'; error: unknown };

const READING = 'is-reading';

/**
 * "Nghe đọc bài": the lesson read aloud by the server, asked for only when the learner wants it. While it plays,
 * the block being read is marked in the text (and kept in view), and the player says which part it is at.
 */
export function ListenToLesson({ courseId, lessonId, blocksSelector }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [current, setCurrent] = useState<{ block: number | null; index: number } | null>(null);
  const marked = useRef<Element | null>(null);

  const unmark = () => {
    marked.current?.classList.remove(READING);
    marked.current = null;
  };
  useEffect(() => unmark, []);

  const blobUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (blobUrl.current) URL.revokeObjectURL(blobUrl.current);
    },
    [],
  );

  const start = async () => {
    setState({ kind: 'loading' });
    // the copy kept on the device for offline study first (no data used, works without a connection)
    const userId = readClaims(tokenStore.getState().accessToken).userId;
    const kept = userId ? await lessonStore.audio(userId, lessonId).catch(() => undefined) : undefined;
    if (kept) {
      blobUrl.current = URL.createObjectURL(kept.audio);
      setState({ kind: 'ready', audio: kept.track, src: blobUrl.current, kept: true });
      return;
    }
    fetchLessonAudio(courseId, lessonId).then(
      (audio) => setState({ kind: 'ready', audio, src: mediaUrl(audio.url) ?? '', kept: false }),
      (error: unknown) =>
        setState(error instanceof ApiError && error.code === 'audio_off' ? { kind: 'off' } : { kind: 'failed', error }),
    );
  };

  const follow = (seconds: number, audio: LessonAudio) => {
    const now = blockAt(audio, seconds);
    if (now?.index === current?.index) return;
    setCurrent(now);
    unmark();
    if (now?.block == null) return;
    const element = document.querySelector(blocksSelector)?.children.item(now.block) ?? null;
    if (!element) return;
    element.classList.add(READING);
    marked.current = element;
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  if (state.kind === 'ready') {
    const total = state.audio.paragraphs.length;
    return (
      <section className="listen card" aria-label={t('listen.region')}>
        {/* the lesson's own text is the transcript, on the same page */}
        {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
        <audio
          controls
          autoPlay
          preload="auto"
          src={state.src || undefined}
          onTimeUpdate={(e) => follow(e.currentTarget.currentTime, state.audio)}
          onEnded={() => {
            unmark();
            setCurrent(null);
          }}
        />
        {state.kept && <p className="muted">{t('listen.kept')}</p>}
        <p className="muted listen__where">
          {current == null
            ? t('listen.ready')
            : current.block == null
              ? t('listen.readingTitle')
              : t('listen.reading', { n: current.index, total: total - 1 })}
        </p>
      </section>
    );
  }

  return (
    <div className="listen">
      <button
        type="button"
        className="toggle"
        onClick={() => void start()}
        disabled={state.kind === 'loading' || state.kind === 'off'}
      >
        <span aria-hidden="true" className="toggle__icon">
          🔊
        </span>{' '}
        {state.kind === 'loading' ? t('listen.loading') : t('listen.start')}
      </button>
      {state.kind === 'off' && (
        <p className="muted" role="status">
          {t('listen.off')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="alert alert--info" role="status">
          {state.error instanceof ApiError && state.error.isNetworkError ? t('listen.offline') : t('listen.failed')}
        </p>
      )}
    </div>
  );
}
