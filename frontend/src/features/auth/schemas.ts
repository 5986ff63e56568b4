import { z } from 'zod';
import { addError, zodFieldErrors, type FieldErrors } from '@/lib/forms';
import type { LearnerGroup, OrganisationRef, UnitRef } from '@/lib/api/types';
import { isValidEmail } from '@/lib/validation/email';
import { fullNameSchema } from '@/lib/validation/full-name';
import { checkPassword, PASSWORD_MESSAGES } from '@/lib/validation/password';
import { isValidPhone } from '@/lib/validation/phone';

/** The API's rules for registration (see openapi.yaml RegisterRequest); the server stays the authority. */
export const REGISTER_FIELDS = [
  'fullName',
  'phone',
  'email',
  'password',
  'confirmPassword',
  'learnerGroup',
  'unit',
  'organisation',
  'village',
  'className',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export interface RegisterValues {
  fullName: string;
  phone: string;
  email: string;
  password: string;
  confirmPassword: string;
  learnerGroup: LearnerGroup | '';
  unit: UnitRef | null;
  /** A student's school, a worker's enterprise, a public servant's agency or school; null for none. */
  organisation: OrganisationRef | null;
  /** Village id as text, '' for none. */
  village: string;
  /** A student's class, '' for none. */
  className: string;
}

export const emptyRegisterValues: RegisterValues = {
  fullName: '',
  phone: '',
  email: '',
  password: '',
  confirmPassword: '',
  learnerGroup: '',
  unit: null,
  organisation: null,
  village: '',
  className: '',
};

const registerSchema = z.object({
  fullName: fullNameSchema,
  phone: z
    .string()
    .trim()
    .refine((phone) => phone === '' || isValidPhone(phone), 'validation.phoneInvalid'),
  email: z
    .string()
    .trim()
    .refine((email) => email === '' || isValidEmail(email), 'validation.emailInvalid'),
  password: z.string().min(1, 'validation.passwordRequired'),
  confirmPassword: z.string(),
  learnerGroup: z.enum(['CBCCVC', 'STUDENT', 'WORKER', 'CITIZEN'], { error: 'validation.learnerGroupRequired' }),
  unit: z.object({ code: z.string().regex(/^\d{5}$/) }, { error: 'validation.unitRequired' }),
  village: z.string(),
  className: z.string().trim().max(50, 'validation.classNameTooLong'),
});

/** Every problem at once, one per field, in the order of the form. */
export function validateRegister(values: RegisterValues): FieldErrors<RegisterField> {
  const parsed = registerSchema.safeParse(values);
  const errors: FieldErrors<RegisterField> = parsed.success ? {} : zodFieldErrors<RegisterField>(parsed.error);
  const phone = values.phone.trim();
  const email = values.email.trim();
  if (!phone && !email) addError(errors, 'phone', { key: 'validation.phoneOrEmail' });
  if (values.password) {
    const problem = checkPassword(values.password, { phone, email, fullName: values.fullName });
    if (problem) addError(errors, 'password', { key: PASSWORD_MESSAGES[problem] });
  }
  if (values.password && values.confirmPassword !== values.password) {
    addError(errors, 'confirmPassword', { key: 'validation.confirmMismatch' });
  }
  return errors;
}

export const LOGIN_FIELDS = ['login', 'password'] as const;
export type LoginField = (typeof LOGIN_FIELDS)[number];

const loginSchema = z.object({
  login: z.string().trim().min(1, 'validation.loginRequired'),
  password: z.string().min(1, 'validation.passwordRequired'),
});

export function validateLogin(values: { login: string; password: string }): FieldErrors<LoginField> {
  const parsed = loginSchema.safeParse(values);
  return parsed.success ? {} : zodFieldErrors<LoginField>(parsed.error);
}
