import { describe, expect, it } from 'vitest';
import { dateFormat, formatInVietnam, formatNumber, numberFormat } from './format';

describe('the formats kept for reuse', () => {
  it('formats as a new Intl object would, and makes one per locale and options', () => {
    expect(numberFormat('vi-VN', { maximumFractionDigits: 1 }).format(56000.25)).toBe('56.000,3');
    expect(numberFormat('vi-VN', { maximumFractionDigits: 1 })).toBe(
      numberFormat('vi-VN', { maximumFractionDigits: 1 }),
    );
    expect(numberFormat('vi-VN', { maximumFractionDigits: 1 })).not.toBe(
      numberFormat('vi-VN', { maximumFractionDigits: 0 }),
    );
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(56000.25)).toBe('56,000.3');
    expect(formatNumber(1716, 'vi-VN')).toBe('1.716');
  });

  it("keeps a time zone apart: Vietnam's day is not the device's", () => {
    expect(dateFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })).not.toBe(dateFormat('en-CA', { timeZone: 'UTC' }));
    // 23:30 UTC on 30 November is 06:30 on 1 December in Vietnam
    expect(formatInVietnam('2026-11-30T23:30:00Z', { day: '2-digit', month: '2-digit' }, 'vi-VN')).toMatch(/^01\D12$/);
  });
});
