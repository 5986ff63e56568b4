import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';
import type { Violation } from './api/types';

/** A field error: an i18n key from our own checks, or a text the server already wrote in the user's language. */
export type Message = { key: string; values?: Record<string, unknown> } | { text: string };
export type FieldErrors<F extends string> = Partial<Record<F, Message>>;

export function renderMessage(t: TFunction, message: Message): string {
  return 'text' in message ? message.text : t(message.key, message.values);
}

export function renderErrors<F extends string>(t: TFunction, errors: FieldErrors<F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, message] of Object.entries(errors) as [F, Message | undefined][]) {
    if (message) out[field] = renderMessage(t, message);
  }
  return out;
}

/** The first issue of each field; issue messages are i18n keys. */
export function zodFieldErrors<F extends string>(error: ZodError): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in errors)) errors[field as F] = { key: issue.message };
  }
  return errors;
}

/** Adds an error to a field unless it already has one (the first problem is the one to fix first). */
export function addError<F extends string>(errors: FieldErrors<F>, field: F, message: Message) {
  if (!errors[field]) errors[field] = message;
}

/**
 * Puts the server's violations (RFC 9457 `violations[]`, already in the user's language) on the form's
 * fields. `fieldMap` renames API fields to form fields; violations of other fields come back in `other`.
 */
export function mapViolations<F extends string>(
  violations: Violation[],
  fields: readonly F[],
  fieldMap: Partial<Record<string, F>> = {},
): { errors: FieldErrors<F>; other: string[] } {
  const errors: FieldErrors<F> = {};
  const other: string[] = [];
  for (const violation of violations) {
    const name = fieldMap[violation.field] ?? violation.field;
    if ((fields as readonly string[]).includes(name)) addError(errors, name as F, { text: violation.message });
    else other.push(violation.message);
  }
  return { errors, other };
}

/** Text as the API stores it: NFC, trimmed, inner whitespace collapsed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}
