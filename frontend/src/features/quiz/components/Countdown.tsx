import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * Time left until the server's deadline. The clock itself is not read aloud every second; screen
 * readers hear a message at 5 minutes and 1 minute left.
 */
export function Countdown({ deadlineAt, onExpire }: { deadlineAt: string; onExpire: () => void }) {
  const { t } = useTranslation();
  const deadline = new Date(deadlineAt).getTime();
  const [now, setNow] = useState(() => Date.now());
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);

  const left = deadline - now;
  useEffect(() => {
    if (left <= 0 && !expired.current) {
      expired.current = true;
      onExpireRef.current();
    }
  }, [left]);

  const minutesLeft = Math.ceil(left / 60000);
  const warning = left <= 5 * 60_000;
  return (
    <div className={`countdown${warning ? ' countdown--warning' : ''}`}>
      <p className="countdown__clock">
        {t('quiz.timeLeft')}{' '}
        <span role="timer" aria-live="off">
          {format(left)}
        </span>
      </p>
      <p className="visually-hidden" role="status">
        {left <= 0
          ? t('quiz.timeUp')
          : minutesLeft === 5 || minutesLeft === 1
            ? t('quiz.minutesLeft', { count: minutesLeft })
            : ''}
      </p>
    </div>
  );
}
