import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { mediaUrl } from '@/lib/api/media';
import { fetchQuestionAudio, questionParts, type QuestionAudio } from '../api/listening';
import './listening.css';

interface Props {
  attemptId: string;
  questionId: string;
}

type State = 'idle' | 'loading' | 'playing' | 'off' | 'failed';

/**
 * "Nghe câu hỏi": a test question read aloud by the server, the prompt then each option in the order the
 * learner sees them (the file has them in an order of its own, which tells nothing: the player jumps to each
 * part in turn). The status line says which part is being read.
 */
export function ListenToQuestion({ attemptId, questionId }: Props) {
  const { t } = useTranslation();
  const audioRef = useRef<HTMLAudioElement>(null);
  const track = useRef<QuestionAudio | null>(null);
  const part = useRef(-1);
  const [state, setState] = useState<State>('idle');
  const [reading, setReading] = useState(-1);

  const playPart = (i: number) => {
    const audio = audioRef.current;
    const parts = track.current ? questionParts(track.current) : [];
    if (!audio || i >= parts.length) {
      audio?.pause();
      part.current = -1;
      setReading(-1);
      setState('idle');
      return;
    }
    part.current = i;
    setReading(i);
    audio.currentTime = parts[i]!.start;
    void audio.play().catch(() => setState('failed'));
  };

  const start = async () => {
    if (state === 'playing') {
      audioRef.current?.pause();
      part.current = -1;
      setReading(-1);
      setState('idle');
      return;
    }
    setState('loading');
    try {
      if (!track.current) {
        track.current = await fetchQuestionAudio(attemptId, questionId);
        if (audioRef.current) audioRef.current.src = mediaUrl(track.current.url) ?? '';
      }
      setState('playing');
      playPart(0);
    } catch (error) {
      setState(error instanceof ApiError && error.code === 'audio_off' ? 'off' : 'failed');
    }
  };

  const follow = (seconds: number) => {
    if (part.current < 0 || !track.current) return;
    const parts = questionParts(track.current);
    if (seconds >= parts[part.current]!.end) playPart(part.current + 1);
  };

  return (
    <div className="listen listen--question">
      <button
        type="button"
        className="toggle"
        onClick={() => void start()}
        disabled={state === 'loading' || state === 'off'}
      >
        <span aria-hidden="true" className="toggle__icon">
          {state === 'playing' ? '⏹' : '🔊'}
        </span>{' '}
        {state === 'loading'
          ? t('listen.questionLoading')
          : state === 'playing'
            ? t('listen.questionStop')
            : t('listen.question')}
      </button>
      {/* the question's own text is on the page: it is the transcript */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio
        ref={audioRef}
        preload="none"
        onTimeUpdate={(e) => follow(e.currentTarget.currentTime)}
        onEnded={() => playPart(Number.MAX_SAFE_INTEGER)}
      />
      <p className="muted listen__where" role="status">
        {state === 'off'
          ? t('listen.off')
          : state === 'failed'
            ? t('listen.failed')
            : reading === 0
              ? t('listen.questionPrompt')
              : reading > 0
                ? t('listen.questionOption', { n: reading })
                : ''}
      </p>
    </div>
  );
}
