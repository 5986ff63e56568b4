import { currentLocale } from './i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The format kept in `formats` for this locale and these options, made the first time it is asked for. */
function kept<F>(formats: Map<string, F>, locale: string | undefined, options: object, make: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/**
 * One `Intl.NumberFormat` per locale and options, kept: making one costs far more than using it, and a
 * table of the province's units formats hundreds of numbers in one render (on a cheap phone, tens of
 * milliseconds of a page that cannot answer a tap).
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** One `Intl.DateTimeFormat` per locale and options, kept (see `numberFormat`). */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return kept(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** "23/11/2026" in Vietnamese, "23 Nov 2026" in English. */
export function formatDate(iso: string, locale = currentLocale()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/**
 * A moment as the province reads it, in Vietnam's time whatever the device's clock says (`options`: which
 * parts, as Intl's); a value that is not a date is shown as it came.
 */
export function formatInVietnam(iso: string, options: Intl.DateTimeFormatOptions, locale = currentLocale()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { ...options, timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

export function formatNumber(value: number, locale = currentLocale()): string {
  return numberFormat(locale).format(value);
}

/** Bytes as people read them (a lesson kept offline, a report's file): kB under a megabyte, MB under a gigabyte, then GB (one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${formatNumber(Math.max(1, Math.round(bytes / 1_000)))} kB`;
  if (bytes < 1_000_000_000) return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
  return `${formatNumber(Math.round(bytes / 100_000_000) / 10)} GB`;
}

/** Today's date in Vietnam as the API writes dates ("2026-11-23"), whatever the device's time zone. */
export function todayInVietnam(now = new Date()): string {
  return dateFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
