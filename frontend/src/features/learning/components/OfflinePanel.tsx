import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import { formatBytes, formatDate } from '@/lib/format';
import { onWifi, useOfflineCourse } from '../offline/offline-course';

/**
 * "Học không cần mạng": whether this course is kept on the device, how much space it takes and how much
 * the whole site uses, with the button that keeps it ("Tải để học không cần mạng") or brings it up to
 * date, the choice to keep its audio too (ticked by itself on Wi-Fi), and the one that deletes it.
 */
export function OfflinePanel({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { summary, estimate, saving, failed, save, remove } = useOfflineCourse(courseId);
  const [withAudio, setWithAudio] = useState(onWifi);
  const audioId = useId();

  return (
    <section aria-labelledby="course-offline" className="card stack offline-panel">
      <h2 id="course-offline">{t('offline.title')}</h2>
      <p role="status">
        {summary
          ? t('offline.kept', {
              lessons: summary.lessons,
              audio: summary.audioLessons,
              size: formatBytes(summary.bytes),
              date: formatDate(new Date(summary.savedAt).toISOString()),
            })
          : t('offline.notKept')}
      </p>
      {estimate && (
        <p className="muted">
          {t('offline.device', { usage: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })}
        </p>
      )}
      <div className="checkbox">
        <input id={audioId} type="checkbox" checked={withAudio} onChange={(e) => setWithAudio(e.target.checked)} />
        <label htmlFor={audioId}>{t('offline.withAudio')}</label>
      </div>
      <div className="actions">
        <Button loading={saving} loadingText={t('offline.saving')} onClick={() => void save(withAudio)}>
          {summary ? t('offline.update') : t('offline.save')}
        </Button>
        {summary && (
          <button type="button" className="btn btn--secondary" onClick={() => void remove()} disabled={saving}>
            {t('offline.remove')}
          </button>
        )}
      </div>
      {failed != null && <p className="alert alert--error">{errorMessage(failed, t)}</p>}
      <p className="muted">{t('offline.note')}</p>
    </section>
  );
}
