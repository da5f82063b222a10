import { useTranslation } from 'react-i18next';
import { htmlLangOf } from '@/shared/lib/html-lang';
import { chooseLanguage, languageHref } from './language';
import { AVAILABLE_LANGUAGES, nativeNameOf } from './locales';
import './language-switch.css';

/**
 * One link per language, each named in its own words and marked with its own lang. A link, not a
 * button: it names the same page in that language, so it works before the app has taken over the
 * prerendered screen, can be opened in a new tab, and is what a visitor shares. Once the app runs,
 * a click switches in place, keeping filters, search and scroll.
 */
export function LanguageSwitch({ languages = AVAILABLE_LANGUAGES }: { languages?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      {languages.map((lng) => (
        <a
          key={lng}
          href={languageHref(lng)}
          hrefLang={htmlLangOf(lng)}
          lang={htmlLangOf(lng)}
          aria-current={i18n.language === lng ? 'true' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
            event.preventDefault();
            chooseLanguage(lng);
          }}
        >
          {nativeNameOf(lng)}
        </a>
      ))}
    </nav>
  );
}
