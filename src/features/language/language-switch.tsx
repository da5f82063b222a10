import { useTranslation } from 'react-i18next';
import { chooseLanguage } from './detect-language';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { AVAILABLE_LANGUAGES, nativeNameOf } from './locales';
import './language-switch.css';

/** One button per language, each named in its own words and marked with its own lang. */
export function LanguageSwitch({ languages = AVAILABLE_LANGUAGES }: { languages?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={htmlLangOf(lng)}
          data-lng={lng}
          aria-pressed={i18n.resolvedLanguage === lng}
          onClick={() => chooseLanguage(lng)}
        >
          {nativeNameOf(lng)}
        </button>
      ))}
    </div>
  );
}
