import { memo, useId } from 'react';
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
  /** A card leaving a long list is hidden first and unmounted later (see useRenderedCards). */
  hidden?: boolean;
}

/**
 * One testimonial: the host's is shown in full, the others clamped with a way to read on.
 * Memoised in two layers: with thousands of cards, a filter change re-renders only the cards
 * whose visibility flips, and for those only this outer element, not the content.
 */
export const PartnerCard = memo(function PartnerCard({ partner, text, onOpen, hidden = false }: PartnerCardProps) {
  const headingId = useId();
  return (
    <article
      className={partner.featured ? 'partner-card partner-card--featured' : 'partner-card'}
      aria-labelledby={headingId}
      hidden={hidden}
    >
      <PartnerCardContent partner={partner} text={text} onOpen={onOpen} headingId={headingId} />
    </article>
  );
});

const PartnerCardContent = memo(function PartnerCardContent({
  partner,
  text,
  onOpen,
  headingId,
}: PartnerCardProps & { headingId: string }) {
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
});
