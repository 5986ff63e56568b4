import { describe, expect, it } from 'vitest';
import { interpolate, provinceWords } from './province';

describe('provinceWords', () => {
  it("takes a province's row as the API gives it", () => {
    expect(provinceWords({ name: 'Quảng Ngãi', fullName: 'tỉnh Quảng Ngãi', hotline: '0255 3822 123' })).toEqual({
      name: 'Quảng Ngãi',
      fullName: 'tỉnh Quảng Ngãi',
      titleName: 'Tỉnh Quảng Ngãi',
      kind: 'province',
      hotline: '0255 3822 123',
    });
  });

  it('tells a centrally governed city by its full name, and finds the name in it', () => {
    expect(provinceWords({ fullName: 'thành phố Hồ Chí Minh' })).toEqual({
      name: 'Hồ Chí Minh',
      fullName: 'thành phố Hồ Chí Minh',
      titleName: 'Thành phố Hồ Chí Minh',
      kind: 'city',
      hotline: null,
    });
  });
});

describe('interpolate', () => {
  it('fills in the words a text names and leaves any other placeholder', () => {
    expect(interpolate('{{appName}} của {{fullName}}', provinceWords({ fullName: 'tỉnh Quảng Ngãi' }))).toBe(
      '{{appName}} của tỉnh Quảng Ngãi',
    );
  });
});
