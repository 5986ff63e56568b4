import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, LoadError, Spinner } from '@/components/ui';
import { errorMessage } from '@/lib/api/problem';
import { useNotificationSettings, useUpdateNotificationSettings, type Channel, type Kind } from '../api/notifications';

/**
 * Which messages a person gets on which channel: a box per kind they may turn off and channel that is on
 * and reaches them (the in-app inbox and reset codes are always on). Channels this server has off are
 * named as such, never offered.
 */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const query = useNotificationSettings();
  const update = useUpdateNotificationSettings();
  const [off, setOff] = useState<Set<string> | null>(null);
  const [saved, setSaved] = useState(false);

  if (query.isPending) return <Spinner label={t('notificationSettings.loading')} />;
  if (query.isError)
    return (
      <LoadError title={t('notificationSettings.loadError')} error={query.error} onRetry={() => void query.refetch()} />
    );
  const settings = query.data;
  const current = off ?? new Set(settings.optOuts.map((o) => `${o.kind} ${o.channel}`));
  const usable = settings.channels
    .filter((c) => c.enabled && c.reachable && c.channel !== 'IN_APP')
    .map((c) => c.channel);
  const closed = settings.channels.filter((c) => !c.enabled).map((c) => c.channel);
  const kinds = settings.kinds.filter((k) => k.optional);

  function toggle(key: string, receive: boolean) {
    const next = new Set(current);
    if (receive) next.delete(key);
    else next.add(key);
    setOff(next);
    setSaved(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const optOuts = [...current].map((key) => {
      const [kind, channel] = key.split(' ');
      return { kind: kind as Kind, channel: channel as Channel };
    });
    await update.mutateAsync({ language: settings.language, optOuts });
    setSaved(true);
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
      aria-label={t('notificationSettings.title')}
    >
      <h2>{t('notificationSettings.title')}</h2>
      <p>{t('notificationSettings.intro')}</p>
      {update.isError && <Alert variant="error">{errorMessage(update.error, t)}</Alert>}
      {saved && <Alert variant="info">{t('notificationSettings.saved')}</Alert>}
      {kinds.map((kind) => (
        <fieldset key={kind.kind} className="fieldset">
          <legend>{t(`notificationSettings.kind.${kind.kind}`)}</legend>
          {kind.channels
            .filter((c) => usable.includes(c))
            .map((channel) => {
              const key = `${kind.kind} ${channel}`;
              const id = `notify-${kind.kind}-${channel}`;
              return (
                <div className="checkbox" key={key}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={!current.has(key)}
                    onChange={(event) => toggle(key, event.target.checked)}
                  />
                  <label htmlFor={id}>{t(`notificationSettings.channel.${channel}`)}</label>
                </div>
              );
            })}
        </fieldset>
      ))}
      {closed.length > 0 && (
        <p className="field__hint">
          {t('notificationSettings.off', {
            channels: closed.map((c) => t(`notificationSettings.channel.${c}`)).join(', '),
          })}
        </p>
      )}
      <Button type="submit" loading={update.isPending} loadingText={t('notificationSettings.saving')}>
        {t('notificationSettings.save')}
      </Button>
    </form>
  );
}
