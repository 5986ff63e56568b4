/** Run-time settings: public/config.js (rewritten at deployment) wins over build-time values. */
export interface AppConfig {
  /** Where the Học vụ số API lives, without a trailing slash. */
  apiBaseUrl: string;
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
  return { apiBaseUrl: apiBaseUrl.replace(/\/+$/, '') };
}

export const config: AppConfig = readConfig();
