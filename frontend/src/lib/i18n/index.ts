import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { managerEn } from './manager.en';
import { managerVi } from './manager.vi';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hocvuso.lang';

/** BCP 47 locales for Intl: Vietnamese formats as vi-VN. */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

function storedLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

void i18n.use(initReactI18next).init({
  // the manager pages' texts live in their own files, under top-level keys of their own
  resources: { vi: { translation: { ...vi, ...managerVi } }, en: { translation: { ...en, ...managerEn } } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

function applyLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
applyLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  applyLanguage(lng);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
});

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}

export function currentLocale(): string {
  return LOCALES[currentLanguage()];
}

export { i18n };
