/** The API's e-mail rule: one @, no spaces, a dot in the domain, at most 254 characters. */
const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s.]{2,}$/;

export function isValidEmail(raw: string): boolean {
  const email = raw.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email);
}
