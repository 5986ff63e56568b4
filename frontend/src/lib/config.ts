import { DEFAULT_PROVINCE, DEFAULT_PROVINCE_NAME, PROVINCE_CODE, provinceWords, type ProvinceWords } from './province';

/** Run-time settings: public/config.js (rewritten at deployment) wins over build-time values. */
export interface AppConfig {
  /** Where the Học vụ số API lives, without a trailing slash. */
  apiBaseUrl: string;
  /** The deployment's province, a key of `GET /api/v1/provinces` (HOCVUSO_PROVINCE). */
  province: string;
  /**
   * Its name as a sentence writes it, "tỉnh Quảng Ngãi" (HOCVUSO_PROVINCE_NAME): what the app shows
   * until the province's row has arrived, or if it cannot be had, the same as the HTML's first paint.
   */
  provinceName: string;
}

declare global {
  interface Window {
    __HOCVUSO_CONFIG__?: Partial<AppConfig>;
  }
}

const DEFAULT_API_BASE_URL = 'http://localhost:8080';

/**
 * An empty `apiBaseUrl` in config.js means the API is on the page's own origin (the web server proxies
 * /api/ to it: frontend/docker-entrypoint.d/40-config.sh, HOCVUSO_API_UPSTREAM).
 */
export function readConfig(
  source: Partial<AppConfig> | undefined = globalThis.window?.__HOCVUSO_CONFIG__,
  pageOrigin: string | undefined = globalThis.location?.origin,
): AppConfig {
  const sameOrigin = source?.apiBaseUrl === '' && pageOrigin;
  const apiBaseUrl = sameOrigin || source?.apiBaseUrl || import.meta.env.VITE_API_BASE_URL || DEFAULT_API_BASE_URL;
  const province = source?.province && PROVINCE_CODE.test(source.province) ? source.province : DEFAULT_PROVINCE;
  return {
    apiBaseUrl: apiBaseUrl.replace(/\/+$/, ''),
    province,
    provinceName: source?.provinceName?.trim() || DEFAULT_PROVINCE_NAME,
  };
}

export const config: AppConfig = readConfig();

/** How the texts name the deployment's province before its row of the API is here (or when it cannot be had). */
export const configuredProvince: ProvinceWords = provinceWords({ fullName: config.provinceName });
