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

export function readConfig(source: Partial<AppConfig> | undefined = globalThis.window?.__HOCVUSO_CONFIG__): AppConfig {
  const apiBaseUrl = source?.apiBaseUrl || import.meta.env.VITE_API_BASE_URL || DEFAULT_API_BASE_URL;
  return { apiBaseUrl: apiBaseUrl.replace(/\/+$/, '') };
}

export const config: AppConfig = readConfig();
