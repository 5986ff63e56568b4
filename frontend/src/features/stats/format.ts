import { dateFormat, formatInVietnam, numberFormat } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';

/** "73,8 %" in Vietnamese, "73.8%" in English: one decimal, as the API gives it. */
export function formatPercent(value: number, locale = currentLocale()): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(
    value / 100,
  );
}

export function formatCount(value: number, locale = currentLocale()): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** "09:00, 11/11/2025" in Vietnam time, whatever the viewer's clock says: the figures are the province's. */
export function formatAsOf(iso: string, locale = currentLocale()): string {
  return formatInVietnam(
    iso,
    { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' },
    locale,
  );
}

/** A calendar date (`2025-12-31`) as people write it, without shifting it through a time zone. */
export function formatDay(day: string, locale = currentLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}
