import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hocvuso.lang';

/** BCP 47 locales for Intl: Vietnamese formats as vi-VN. */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * Texts come in bundles per language and per area, so that a learner reading Vietnamese downloads
 * neither English nor the manager pages' texts: the Vietnamese learner texts are in the main bundle;
 * every other bundle is its own chunk, loaded when its language is chosen or its area is opened.
 * Every bundle merges into the one `translation` namespace (its top-level keys are its own).
 */
export type Area = 'learner' | 'manager';

type Bundle = () => Promise<Record<string, unknown>>;
const BUNDLES: Record<Language, Record<Area, Bundle>> = {
  vi: {
    learner: () => Promise.resolve(vi),
    manager: () => import('./manager.vi').then((m) => m.managerVi),
  },
  en: {
    learner: () => import('./en').then((m) => m.en),
    manager: () => import('./manager.en').then((m) => m.managerEn),
  },
};

const openedAreas = new Set<Area>(['learner']);
const loaded = new Map<string, Promise<void>>();

function loadBundle(lng: Language, area: Area): Promise<void> {
  const key = `${lng}:${area}`;
  let done = loaded.get(key);
  if (!done) {
    done = BUNDLES[lng][area]().then((resources) => {
      i18n.addResourceBundle(lng, 'translation', resources, true, true);
    });
    // a failed download (offline) may be tried again later
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

/** Every opened area's texts in this language. */
function loadLanguage(lng: Language): Promise<void> {
  return Promise.all([...openedAreas].map((area) => loadBundle(lng, area))).then(() => undefined);
}

function storedLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  // English is chosen once its texts are here (see i18nReady)
  lng: 'vi',
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

/** Switches the language once its texts (for every area opened so far) have arrived. */
export async function changeLanguage(lng: Language): Promise<void> {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
}

/** Before a page of this area renders: its texts in the current language. */
export function openArea(area: Area): Promise<void> {
  openedAreas.add(area);
  return loadBundle(currentLanguage(), area);
}

/**
 * The language the learner chose last time, ready to render. Vietnamese is ready at once; English
 * waits for its chunk (and falls back to Vietnamese if that cannot be loaded).
 */
export const i18nReady: Promise<void> =
  storedLanguage() === 'en' ? changeLanguage('en').catch(() => undefined) : Promise.resolve();

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}

export function currentLocale(): string {
  return LOCALES[currentLanguage()];
}

export { i18n };
