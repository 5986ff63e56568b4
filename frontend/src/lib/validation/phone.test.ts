import { describe, expect, it } from 'vitest';
import { checkPassword } from './password';
import { formatPhone, normalizePhone } from './phone';

describe('Vietnamese mobile numbers', () => {
  it.each([
    ['0912 345 678'],
    ['0912345678'],
    ['0912.345.678'],
    ['0912-345-678'],
    ['+84912345678'],
    ['+84 912 345 678'],
    ['84912345678'],
    ['(0912) 345 678'],
  ])('accepts %s as +84912345678', (written) => {
    expect(normalizePhone(written)).toBe('+84912345678');
  });

  it.each(['03', '05', '07', '08', '09'])('accepts mobile prefix %s', (prefix) => {
    expect(normalizePhone(`${prefix}12345678`)).toBe(`+84${prefix.slice(1)}12345678`);
  });

  it.each([
    ['a landline', '0255 3822 123'],
    ['a number too short', '091234567'],
    ['a number too long', '09123456789'],
    ['an old 11-digit number', '01681234567'],
    ['a prefix no mobile uses', '0612345678'],
    ['letters', '09123abc78'],
    ['nothing', ''],
  ])('rejects %s', (_, written) => {
    expect(normalizePhone(written)).toBeNull();
  });

  it('shows a stored number the way people write it', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
  });
});

describe('password rules shown before sending', () => {
  it('asks for 8 to 128 characters', () => {
    expect(checkPassword('short1')).toBe('length');
    expect(checkPassword('x'.repeat(129))).toBe('length');
  });

  it('refuses common passwords, whatever the case or accents', () => {
    expect(checkPassword('12345678')).toBe('common');
    expect(checkPassword('MậtKhẩu123')).toBe('common');
    expect(checkPassword('aaaaaaaaaa')).toBe('common');
  });

  it('refuses a password containing the phone number, in any written form', () => {
    expect(checkPassword('toi0912345678', { phone: '+84 912 345 678' })).toBe('containsPhone');
    expect(checkPassword('hoa912345678', { phone: '0912.345.678' })).toBe('containsPhone');
  });

  it('refuses the name or the e-mail name', () => {
    expect(checkPassword('NguyễnThịHoa', { fullName: 'Nguyễn Thị Hoa' })).toBe('personal');
    expect(checkPassword('hoanguyen2025', { email: 'hoanguyen@example.vn' })).toBe('personal');
  });

  it('accepts a long, personal phrase', () => {
    expect(checkPassword('hoa-tinh-khe-2025', { phone: '0912345678', fullName: 'Nguyễn Thị Hoa' })).toBeNull();
  });
});
