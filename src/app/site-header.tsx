import { useTexts } from '@/shared/hooks/use-texts';
import { LanguageSwitch } from '@/features/language/language-switch';

export function SiteHeader() {
  const { tx } = useTexts();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <p className="site-header__eyebrow">{tx('header.eyebrow')}</p>
          <LanguageSwitch />
        </div>
        <h1>{tx('header.heading')}</h1>
        <p className="site-header__lead">{tx('header.lead')}</p>
      </div>
    </header>
  );
}
