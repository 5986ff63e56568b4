import type { TFunction } from 'i18next';
import type { ZodError } from 'zod';

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

/** Text as the API stores it: NFC, trimmed, inner whitespace collapsed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Length in code points, as the API counts (Java's codePointCount), so "Tịnh" is 4 whatever its form. */
export function textLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

/**
 * The API's size rule for a text (`min`–`max` code points once trimmed): `{ [field]: message }` when the
 * text breaks it, else `{}`, to spread into a form's errors.
 */
export function sizeError<F extends string>(field: F, text: string, min: number, max: number): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  const length = textLength(text.trim());
  if (length < min || length > max) errors[field] = { key: 'admin.validation.size', values: { min, max } };
  return errors;
}
