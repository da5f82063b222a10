import { useTexts } from '@/shared/hooks/use-texts';
import { LanguageSwitch } from '@/features/language/language-switch';
import { KeepWords } from '@/shared/ui/keep-words';
import { JOIN_SECTION_ID } from '@/features/program/program-facts';
import { VOLCANO_MARK_URL } from '@/shared/lib/brand';

/** The project's colour icon from the CNCF artwork collection (CC BY 4.0), unchanged; credited in the footer. */

/**
 * The program's own header: the Volcano mark, what Volcano is, the program's name, and the one
 * thing the page asks of a visitor, joining, on the first screen of a phone as of a desktop.
 */
export function SiteHeader() {
  const { t, tx } = useTexts();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__top">
          <img className="site-header__mark" src={VOLCANO_MARK_URL} alt={t('header.logoAlt')} width={48} height={48} />
          <LanguageSwitch />
        </div>
        <p className="site-header__eyebrow">{tx('header.eyebrow')}</p>
        <h1>
          <KeepWords>{tx('header.heading')}</KeepWords>
        </h1>
        <p className="site-header__lead">
          <KeepWords>{tx('header.lead')}</KeepWords>
        </p>
        <a className="button button--large site-header__join" href={`#${JOIN_SECTION_ID}`}>
          {tx('header.join')}
        </a>
      </div>
    </header>
  );
}
