import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/features/language/language-switch';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <p className="site-header__eyebrow">{t('header.eyebrow')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('header.heading')}</h1>
        <p className="site-header__lead">{t('header.lead')}</p>
      </div>
    </header>
  );
}
