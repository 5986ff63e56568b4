import { formatInVietnam } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';

/** "08:41 1 tháng 12, 2026" in Vietnam's time (the learner's province), whatever the device says. */
export function formatDateTime(iso: string, locale = currentLocale()): string {
  return formatInVietnam(
    iso,
    { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'numeric', year: 'numeric' },
    locale,
  );
}
