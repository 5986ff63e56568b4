import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/client';
import { useSession } from '@/lib/auth/session';
import { setTextSize, useTextSize } from '@/lib/text-size';

/**
 * The header's "Chữ lớn" switch. Logged in, the choice is saved on the account too, and at login the account's
 * choice is applied to this device, so large text follows the learner from phone to computer.
 */
export function TextSizeSwitch() {
  const { t } = useTranslation();
  const { status } = useSession();
  const [size] = useTextSize();
  const previous = useRef(status);

  // a login in this tab (not a session restored on reload: the device already holds its choice) brings the
  // account's choice to this device
  useEffect(() => {
    const loggedIn = previous.current === 'anonymous' && status === 'authenticated';
    previous.current = status;
    if (!loggedIn) return;
    void api.GET('/api/v1/me').then(
      ({ data }) => {
        if (data && data.largeText !== undefined) setTextSize(data.largeText ? 'large' : 'normal');
      },
      () => undefined, // offline: the device's choice stays
    );
  }, [status]);

  const toggle = () => {
    const next = size === 'large' ? 'normal' : 'large';
    setTextSize(next);
    if (status === 'authenticated') {
      void api.PATCH('/api/v1/me', { body: { largeText: next === 'large' } }).catch(() => undefined);
    }
  };

  return (
    <button type="button" className="toggle toggle--header" aria-pressed={size === 'large'} onClick={toggle}>
      <span aria-hidden="true" className="toggle__icon">
        A+
      </span>{' '}
      {t('lesson.largeText')}
    </button>
  );
}
