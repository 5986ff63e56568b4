import { z } from 'zod';
import { addError, zodFieldErrors, type FieldErrors } from '@/lib/forms';
import type { OrganisationRef, UnitRef } from '@/lib/api/types';
import { fullNameSchema } from '@/lib/validation/full-name';
import { checkPassword, PASSWORD_MESSAGES } from '@/lib/validation/password';

export const PROFILE_FIELDS = ['fullName', 'unit', 'organisation', 'village', 'className'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface ProfileValues {
  fullName: string;
  unit: UnitRef | null;
  /** A student's school, a worker's enterprise, a public servant's agency or school; null for none. */
  organisation: OrganisationRef | null;
  /** Village id as text, '' for none. */
  village: string;
  className: string;
}

const profileSchema = z.object({
  fullName: fullNameSchema,
  unit: z.object({ code: z.string() }, { error: 'validation.unitRequired' }),
  village: z.string(),
  className: z.string().trim().max(50, 'validation.classNameTooLong'),
});

export function validateProfile(values: ProfileValues): FieldErrors<ProfileField> {
  const parsed = profileSchema.safeParse(values);
  return parsed.success ? {} : zodFieldErrors<ProfileField>(parsed.error);
}

export const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
export type PasswordFieldName = (typeof PASSWORD_FIELDS)[number];

const passwordSchema = z.object({
  currentPassword: z.string().min(1, 'validation.currentPasswordRequired'),
  newPassword: z.string().min(1, 'validation.passwordRequired'),
  confirmPassword: z.string(),
});

export function validatePasswordChange(
  values: Record<PasswordFieldName, string>,
  owner: { phone: string | null; email: string | null; fullName: string },
): FieldErrors<PasswordFieldName> {
  const parsed = passwordSchema.safeParse(values);
  const errors = parsed.success ? {} : zodFieldErrors<PasswordFieldName>(parsed.error);
  if (values.newPassword) {
    const problem = checkPassword(values.newPassword, owner);
    if (problem) addError(errors, 'newPassword', { key: PASSWORD_MESSAGES[problem] });
    if (values.confirmPassword !== values.newPassword)
      addError(errors, 'confirmPassword', { key: 'validation.confirmMismatch' });
  }
  return errors;
}
