import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '@/lib/i18n';

/** Two plain buttons, each labelled in its own language, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('common.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="lang-switch__button"
          aria-pressed={i18n.resolvedLanguage === lng}
          onClick={() => void changeLanguage(lng).catch(() => undefined)}
        >
          {t(`languages.${lng}`)}
        </button>
      ))}
    </div>
  );
}
