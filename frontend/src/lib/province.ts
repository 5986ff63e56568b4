// Imported by vite.config.ts (Node, at build time, through src/app/page-shells.ts) as well as by the app:
// no imports, nothing of the browser.

/** The province a deployment serves unless its config.js names another (HOCVUSO_PROVINCE). */
export const DEFAULT_PROVINCE = 'quang-ngai';

/**
 * Its name as a sentence writes it (the API's `fullName`), which the built pages carry
 * (index.html, the pages' own first screens, the web manifest) and the entrypoint replaces with
 * HOCVUSO_PROVINCE_NAME (frontend/docker-entrypoint.d/40-config.sh).
 */
export const DEFAULT_PROVINCE_NAME = 'tỉnh Quảng Ngãi';

/** A province's key as the API accepts it (`GET /api/v1/provinces/{code}`). */
export const PROVINCE_CODE = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * How the texts name a province: the values `common.province`, `common.footer`, `home.intro` and
 * `publicDashboard.title` interpolate (`t(key, words)`).
 */
// a type, not an interface: i18next's options take it as a dictionary
export type ProvinceWords = {
  /** "Quảng Ngãi" */
  name: string;
  /** "tỉnh Quảng Ngãi", "thành phố Huế": as a sentence writes it */
  fullName: string;
  /** "Tỉnh Quảng Ngãi": as the header writes it */
  titleName: string;
  /**
   * `city` for a centrally governed city: the English texts say "Huế city" where they say "Quảng Ngãi
   * province" (`common.provinceKind`). The API gives no kind: its `fullName` starts with it.
   */
  kind: 'province' | 'city';
  /** The support line learners are told to call, if the province has one. */
  hotline: string | null;
};

const KIND = /^(tỉnh|thành phố)\s+/iu;

/** The words of a province row of the API, or of a name alone (config.js's, before the row is here). */
export function provinceWords(province: { fullName: string; name?: string; hotline?: string | null }): ProvinceWords {
  const fullName = province.fullName.trim();
  const kind = KIND.exec(fullName)?.[1]?.toLocaleLowerCase('vi');
  return {
    name: province.name ?? fullName.replace(KIND, ''),
    fullName,
    titleName: fullName.charAt(0).toLocaleUpperCase('vi') + fullName.slice(1),
    kind: kind === 'thành phố' ? 'city' : 'province',
    hotline: province.hotline ?? null,
  };
}

/** The texts' `{{placeholders}}` filled in, for pages written at build time (src/app/page-shells.ts). */
export function interpolate(text: string, words: ProvinceWords): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in words ? String(words[key as keyof ProvinceWords] ?? '') : whole,
  );
}
