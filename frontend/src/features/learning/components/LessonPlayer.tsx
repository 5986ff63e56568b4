import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Markdown, ProgressBar } from '@/components/ui';
import { mediaUrl } from '@/lib/api/media';
import type { LessonContent } from '@/lib/api/types';
import { personalStorage } from '@/lib/auth/personal-data';
import { progressQueue } from '../offline/sync';
import type { ProgressQueue } from '../offline/progress-queue';
import { SyncStatus } from './SyncStatus';

interface Props {
  lesson: LessonContent;
  enrollmentId: string;
  /** Where "done" leads: the next lesson, or the final test after the last one. */
  onDone: () => void;
  queue?: ProgressQueue;
}

/** Reading progress is sent at most this often while scrolling (completion is sent at once). */
const REPORT_EVERY_MS = 5000;
const positionKey = (lessonId: string) => `hocvuso.video.${lessonId}`;

function savedPosition(lessonId: string): number | null {
  try {
    const raw = personalStorage()?.getItem(positionKey(lessonId));
    return raw != null && /^\d+$/.test(raw) ? Number(raw) : null;
  } catch {
    return null;
  }
}

/** "2:05": the reading time left, in minutes and seconds. */
function readingTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return minutes > 0 ? `${minutes}:${rest}` : `0:${rest}`;
}

export function LessonPlayer({ lesson, enrollmentId, onDone, queue = progressQueue }: Props) {
  const { t } = useTranslation();
  const pending = queue.pendingFor(enrollmentId, lesson.id);
  const [percent, setPercent] = useState(() => Math.max(lesson.progress.percent, pending?.percent ?? 0));
  const [videoFailed, setVideoFailed] = useState(false);
  // Plausible completion (issue 12): a text lesson with a minimum reading time completes only once the
  // server has counted it, from the first progress report; the page counts down what is left.
  const minReading = lesson.kind === 'TEXT' && !lesson.progress.completed ? lesson.minReadingSeconds : null;
  const [readingLeft, setReadingLeft] = useState(() =>
    minReading == null ? 0 : (lesson.progress.readingSecondsLeft ?? minReading),
  );
  const [askedTooEarly, setAskedTooEarly] = useState(false);
  const completed = lesson.progress.completed || (percent >= lesson.completionPercent && readingLeft <= 0);
  const lastSent = useRef({ at: 0, percent });
  const articleRef = useRef<HTMLDivElement>(null);
  const percentRef = useRef(percent);
  const videoRef = useRef<HTMLVideoElement>(null);

  /** Queues a report; throttled unless it completes the lesson or `now` is asked for. */
  const report = useCallback(
    (nextPercent: number, positionSeconds: number | null, now = false) => {
      const crossed = nextPercent >= lesson.completionPercent && lastSent.current.percent < lesson.completionPercent;
      const due = Date.now() - lastSent.current.at >= REPORT_EVERY_MS;
      if (!now && !crossed && !due) return;
      if (nextPercent <= lastSent.current.percent && positionSeconds == null && !now) return;
      lastSent.current = { at: Date.now(), percent: Math.max(lastSent.current.percent, nextPercent) };
      void queue.report({ enrollmentId, lessonId: lesson.id, percent: nextPercent, positionSeconds });
    },
    [enrollmentId, lesson.id, lesson.completionPercent, queue],
  );

  // The reading time still needed, counted down; at zero a lesson read to the end is reported again, so
  // that the server (which counts from its own first report) completes it.
  const waitingToRead = minReading != null && readingLeft > 0;
  useEffect(() => {
    if (!waitingToRead) return;
    const timer = setInterval(() => setReadingLeft((left) => Math.max(0, left - 1)), 1000);
    return () => clearInterval(timer);
  }, [waitingToRead]);
  const readingOver = minReading != null && readingLeft <= 0;
  useEffect(() => {
    if (readingOver && percentRef.current >= lesson.completionPercent) report(percentRef.current, null, true);
  }, [readingOver, lesson.completionPercent, report]);

  // Text: how far the learner has read, from which parts of the text have been on screen.
  useEffect(() => {
    const article = articleRef.current;
    if (lesson.kind !== 'TEXT' || !article || typeof IntersectionObserver === 'undefined') return;
    const blocks = Array.from(article.querySelectorAll<HTMLElement>('.prose > *, .lesson__end'));
    if (!blocks.length) return;
    let furthest = -1;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        furthest = Math.max(furthest, blocks.indexOf(entry.target as HTMLElement));
      }
      const read = Math.floor(((furthest + 1) * 100) / blocks.length);
      if (read <= percentRef.current) return;
      percentRef.current = read;
      setPercent(read);
      report(read, null);
    });
    blocks.forEach((block) => observer.observe(block));
    return () => observer.disconnect();
  }, [lesson.kind, lesson.id, report]);

  // Leaving the page (or the app going to the background) sends what throttling held back.
  useEffect(() => {
    const flushLatest = () => {
      const position = videoRef.current ? Math.floor(videoRef.current.currentTime) : null;
      if (percentRef.current > lastSent.current.percent || position) report(percentRef.current, position, true);
    };
    const onHide = () => document.visibilityState === 'hidden' && flushLatest();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      flushLatest();
    };
  }, [report]);

  const video = lesson.kind === 'VIDEO' ? mediaUrl(lesson.videoUrl) : null;
  const captions = mediaUrl(lesson.captionsUrl);

  const onTimeUpdate = () => {
    const element = videoRef.current;
    if (!element || !element.duration || !Number.isFinite(element.duration)) return;
    const position = Math.floor(element.currentTime);
    try {
      personalStorage()?.setItem(positionKey(lesson.id), String(position));
    } catch {
      /* no storage: the server's position is still kept */
    }
    const watched = Math.min(100, Math.floor((element.currentTime * 100) / element.duration));
    if (watched > percentRef.current) {
      percentRef.current = watched;
      setPercent(watched);
    }
    report(percentRef.current, position);
  };

  const onLoaded = () => {
    const element = videoRef.current;
    if (!element) return;
    const resumeAt =
      savedPosition(lesson.id) ?? Math.max(lesson.progress.positionSeconds, pending?.positionSeconds ?? 0);
    if (resumeAt > 0 && (!element.duration || resumeAt < element.duration - 3)) element.currentTime = resumeAt;
  };

  const finish = () => {
    if (minReading != null && readingLeft > 0) {
      // read to the end, but not for long enough yet: say so rather than open a lesson that stays closed
      percentRef.current = 100;
      setPercent(100);
      report(100, null, true);
      setAskedTooEarly(true);
      return;
    }
    if (!completed) {
      percentRef.current = 100;
      setPercent(100);
      report(100, videoRef.current ? Math.floor(videoRef.current.currentTime) : null, true);
    }
    onDone();
  };

  const doneLabel = lesson.nextLessonId ? t('lesson.doneNext') : t('lesson.doneTest');

  return (
    <div className="lesson">
      {/* "Chữ lớn" is the header's, for every page (src/lib/text-size.ts) */}
      <div className="lesson__tools">
        <SyncStatus />
      </div>

      <ProgressBar
        value={completed ? 100 : percent}
        label={t('lesson.progressLabel')}
        text={completed ? t('lesson.completed') : t('lesson.progressText', { percent })}
      />

      {video && (
        <figure className="lesson__video">
          {/* captions come with the lesson when it has them; the full text is always beside the video */}
          {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
          <video
            ref={videoRef}
            controls
            preload="metadata"
            playsInline
            crossOrigin={captions && !captions.startsWith(window.location.origin) ? 'anonymous' : undefined}
            src={video}
            onLoadedMetadata={onLoaded}
            onTimeUpdate={onTimeUpdate}
            onPause={() =>
              videoRef.current && report(percentRef.current, Math.floor(videoRef.current.currentTime), true)
            }
            onError={() => setVideoFailed(true)}
            aria-describedby={`lesson-video-note-${lesson.id}`}
          >
            {captions && <track kind="captions" src={captions} srcLang="vi" label={t('lesson.captionsVi')} default />}
          </video>
          <figcaption id={`lesson-video-note-${lesson.id}`} className="muted">
            {captions ? t('lesson.videoHasCaptions') : t('lesson.videoNoCaptions')}
          </figcaption>
          {videoFailed && (
            <p className="alert alert--info" role="status">
              {t('lesson.videoFailed')}
            </p>
          )}
        </figure>
      )}

      <div ref={articleRef} className="lesson__body">
        <Markdown source={lesson.bodyMarkdown} />
        <div className="lesson__end" aria-hidden="true" />
      </div>

      <div className="lesson__next card">
        <p>
          {completed
            ? t('lesson.completedHint')
            : lesson.kind === 'VIDEO'
              ? t('lesson.finishHintVideo')
              : t('lesson.finishHintText')}
        </p>
        {minReading != null && !completed && (
          <p className={askedTooEarly ? 'alert alert--info' : 'muted'} role={askedTooEarly ? 'status' : undefined}>
            {t('retake.readingRule', { minutes: Math.max(1, Math.ceil(minReading / 60)) })}{' '}
            {readingLeft > 0 ? t('retake.readingLeft', { time: readingTime(readingLeft) }) : null}
          </p>
        )}
        {lesson.kind === 'VIDEO' && lesson.progress.watchedPercent != null && !completed && (
          <p className="muted">
            {t('retake.videoRule', { percent: lesson.completionPercent, watched: lesson.progress.watchedPercent })}
          </p>
        )}
        <Button onClick={finish}>{doneLabel}</Button>
      </div>
    </div>
  );
}
