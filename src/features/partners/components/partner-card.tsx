import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangOf } from '../../../shared/lib/html-lang';
import type { PartnerText } from '../hooks/use-partner-text';
import type { Partner } from '../schema';
import { IndustryTags } from './industry-tags';
import { PartnerByline, PartnerQuote } from './partner-byline';
import { PartnerLogo } from './partner-logo';
import './partner-card.css';

interface PartnerCardProps {
  partner: Partner;
  text: PartnerText;
  onOpen: (partner: Partner) => void;
}

/** One testimonial: the host's is shown in full, the others clamped with a way to read on. */
export function PartnerCard({ partner, text, onOpen }: PartnerCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className={partner.featured ? 'partner-card partner-card--featured' : 'partner-card'} aria-labelledby={headingId}>
      <header className="partner-card__header">
        <PartnerLogo src={partner.logo} name={text.name.text} />
        {partner.featured && <span className="partner-card__badge">{t('partners.host')}</span>}
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
          {t('partners.readMore')}
        </button>
      </footer>
    </article>
  );
}
