import { useId, type MouseEvent } from 'react';
import { useCutOff } from '@/shared/hooks/use-cut-off';
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
 * One testimonial: the initiator's is shown in full, the others cut to a few lines.
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

/** A plain click opens the detail in place; a click meant for a new tab or window follows the link. */
const inPlace = (event: MouseEvent) => !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0);

function PartnerCardContent({ partner, text, onOpen, headingId }: PartnerCardProps & { headingId: string }) {
  const { t, tx, i18n } = useTexts();
  // "Read in full" only where the quote is cut: a quote that fits says all there is to read.
  const quote = useCutOff<HTMLParagraphElement, HTMLSpanElement>(!partner.featured && text.quote !== null);
  // The name is the testimonial's own link (?partner=…): every card opens in full, cut or not, and can be shared.
  const href = `?${new URLSearchParams({ lng: i18n.language, partner: partner.id })}`;
  return (
    <>
      <header className="partner-card__header">
        <PartnerLogo src={partner.logo} name={text.name.text} />
        <div className="partner-card__who">
          {partner.featured && <p className="partner-card__badge">{tx('partners.host')}</p>}
          <h3 id={headingId} className="partner-card__name" lang={htmlLangOf(text.name.lang)}>
            <a
              className="partner-card__link"
              href={href}
              onClick={(event) => {
                if (!inPlace(event)) return;
                event.preventDefault();
                onOpen(partner);
              }}
            >
              {text.name.text}
            </a>
          </h3>
          <PartnerByline text={text} />
        </div>
      </header>
      <PartnerQuote text={text} clamp={!partner.featured} cut={quote.cut} boxRef={quote.box} textRef={quote.content} />
      <footer className="partner-card__footer">
        <IndustryTags industries={partner.industries} />
        {quote.cut && (
          <button
            type="button"
            className="button button--quiet partner-card__more"
            aria-label={t('partners.readMoreLabel', { name: text.name.text })}
            onClick={() => onOpen(partner)}
          >
            {tx('partners.readMore')}
          </button>
        )}
      </footer>
    </>
  );
}
