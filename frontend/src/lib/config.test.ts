import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('takes the API address config.js names, without a trailing slash', () => {
    expect(readConfig({ apiBaseUrl: 'https://api.hocvuso.example.vn/' }, 'https://hocvuso.example.vn').apiBaseUrl).toBe(
      'https://api.hocvuso.example.vn',
    );
  });

  it('calls the page’s own origin when config.js says "" (the web server proxies /api/)', () => {
    expect(readConfig({ apiBaseUrl: '' }, 'https://hocvuso.example.vn').apiBaseUrl).toBe('https://hocvuso.example.vn');
  });

  it('falls back to the development API without a config.js', () => {
    expect(readConfig(undefined, 'http://localhost:5173').apiBaseUrl).toBe(
      import.meta.env.VITE_API_BASE_URL || 'http://localhost:8080',
    );
  });

  it('names the province config.js names, Quảng Ngãi without one', () => {
    expect(readConfig({ province: 'hue', provinceName: 'thành phố Huế' }, 'https://hue.example.vn')).toMatchObject({
      province: 'hue',
      provinceName: 'thành phố Huế',
    });
    expect(readConfig(undefined, 'http://localhost:5173')).toMatchObject({
      province: 'quang-ngai',
      provinceName: 'tỉnh Quảng Ngãi',
    });
  });

  it('ignores a province key the API could not take', () => {
    expect(readConfig({ province: 'Quảng Ngãi' }, 'http://localhost:5173').province).toBe('quang-ngai');
  });
});
