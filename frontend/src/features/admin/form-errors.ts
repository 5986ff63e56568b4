import type { TFunction } from 'i18next';
import { ApiError, errorMessage } from '@/lib/api/problem';
import { mapViolations } from '@/lib/forms';

/**
 * The API's answer to a failed form, split for display: its Vietnamese violations on the form's own
 * fields, and one message for the rest (a 409's detail, a network failure…).
 */
export function apiFormErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  t: TFunction,
  fieldMap: Partial<Record<string, F>> = {},
): { fields: Partial<Record<F, string>>; other: string | null } {
  if (error instanceof ApiError && error.violations.length > 0) {
    const { errors, other } = mapViolations(error.violations, fields, fieldMap);
    const out: Partial<Record<F, string>> = {};
    for (const [field, message] of Object.entries(errors) as [F, { text: string }][]) out[field] = message.text;
    return { fields: out, other: other.length ? other.join(' ') : null };
  }
  return { fields: {}, other: errorMessage(error, t) };
}

/** Length in code points, as the API counts (Java's codePointCount), so "Tịnh" is 4 whatever its form. */
export function textLength(text: string): number {
  return [...text.normalize('NFC')].length;
}
