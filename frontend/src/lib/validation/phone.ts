/**
 * Vietnamese mobile numbers, the same rule as the API (backend PhoneNumbers): people write them as
 * "0912 345 678", "0912.345.678", "+84 912 345 678" or "84912345678"; all mean +84912345678.
 * Mobile numbers have nine digits after the country code, starting with 3, 5, 7, 8 or 9.
 */
const SEPARATORS = /[\s.\-()]/g;
const NATIONAL = /^0([35789]\d{8})$/;
const INTERNATIONAL = /^(?:\+|00)?84([35789]\d{8})$/;

/** The number in E.164 form ("+84912345678"), or null when it is not a Vietnamese mobile number. */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const digits = raw.trim().replace(SEPARATORS, '');
  const match = NATIONAL.exec(digits) ?? INTERNATIONAL.exec(digits);
  return match ? `+84${match[1]}` : null;
}

export function isValidPhone(raw: string): boolean {
  return normalizePhone(raw) !== null;
}

/** "+84912345678" → "0912 345 678", the form people recognise. Other text is returned unchanged. */
export function formatPhone(e164: string): string {
  const normalized = normalizePhone(e164);
  if (!normalized) return e164;
  const national = `0${normalized.slice(3)}`;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}
