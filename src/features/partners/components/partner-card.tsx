import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { htmlLangOf } from '@/shared/lib/html-lang';
import type { PartnerText } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { IndustryTags } from './industry-tags';
import { PartnerByline, PartnerQuote } from './partner-byline';
import { PartnerLogo } from './partner-logo';
import './partner-card.css';

interface PartnerCardProps {
  partner: Partner;
  text: PartnerText;
  onOpen: (partner: Partner) => void;
}

/**
 * One testimonial: the host's is shown in full, the others clamped with a way to read on.
 * Not memoised: a long list renders only the cards near the window, and with or without memo a
 * filter toggle, a search keystroke and scrolling measured the same at 100 and 10,000 partners
 * (npm run bench; at 10,000: toggle 19-24 ms, keystroke 34-65 ms at the 90th percentile).
 */
export function PartnerCard({ partner, text, onOpen }: PartnerCardProps) {
  const headingId = useId();
  return (
    <article className={partner.featured ? 'partner-card partner-card--featured' : 'partner-card'} aria-labelledby={headingId}>
      <PartnerCardContent partner={partner} text={text} onOpen={onOpen} headingId={headingId} />
    </article>
  );
}

function PartnerCardContent({ partner, text, onOpen, headingId }: PartnerCardProps & { headingId: string }) {
  const { t, tx } = useTexts();
  return (
    <>
      <header className="partner-card__header">
        <PartnerLogo src={partner.logo} name={text.name.text} />
        {partner.featured && <span className="partner-card__badge">{tx('partners.host')}</span>}
      </header>
      <h3 id={headingId} className="partner-card__name" lang={htmlLangOf(text.name.lang)}>
        {text.name.text}
      </h3>
      <PartnerByline text={text} />
      <PartnerQuote text={text} clamp={!partner.featured} />
      <footer className="partner-card__footer">
        <IndustryTags industries={partner.industries} />
        <button
          type="button"
          className="button button--quiet partner-card__more"
          aria-label={t('partners.readMoreLabel', { name: text.name.text })}
          onClick={() => onOpen(partner)}
        >
          {tx('partners.readMore')}
        </button>
      </footer>
    </>
  );
}
