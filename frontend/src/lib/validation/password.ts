import { normalizePhone } from './phone';
import { fold } from '@/lib/text';

/** The API's password policy (NIST SP 800-63B, no composition rules); the server stays the authority. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// The most used passwords; the server checks a longer list and answers with `password_common`.
const COMMON = new Set([
  '123456',
  '123456789',
  '12345678',
  '1234567890',
  '12345678910',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'qwerty',
  'qwerty123',
  'qwertyuiop',
  '1q2w3e4r',
  '1q2w3e4r5t',
  '1qaz2wsx',
  'zaq12wsx',
  'abc12345',
  'abcd1234',
  'abcdefgh',
  'a1234567',
  'aa123456',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  '99999999',
  '12341234',
  'matkhau',
  'matkhau123',
  'matkhau1',
  'anhyeuem',
  'iloveyou',
  'hocvuso',
  'hocvuso123',
  'quangngai',
  'quangngai123',
  'vietnam',
  'vietnam123',
]);

export type PasswordProblem = 'length' | 'common' | 'containsPhone' | 'personal';

/** The message (an i18n key) for each problem, on whichever form a password is chosen. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  length: 'validation.passwordLength',
  common: 'validation.passwordCommon',
  containsPhone: 'validation.passwordContainsPhone',
  personal: 'validation.passwordPersonal',
};

export function checkPassword(
  password: string,
  context: { phone?: string | null; email?: string | null; fullName?: string | null } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) return 'length';
  const folded = fold(password);
  if (COMMON.has(folded) || new Set(password).size < 4) return 'common';
  const phone = normalizePhone(context.phone);
  if (phone && folded.includes(phone.slice(3))) return 'containsPhone';
  const email = context.email?.trim();
  const emailName = email && email.includes('@') ? fold(email.slice(0, email.indexOf('@'))) : null;
  const name = context.fullName ? fold(context.fullName.trim()).replace(/\s+/g, '') : null;
  if (
    (emailName && emailName.length >= 4 && folded.includes(emailName)) ||
    (name && name.length >= 4 && folded === name)
  ) {
    return 'personal';
  }
  return null;
}
