import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { nativeNameOf } from '@/features/language/locales';
import { IndustryTags } from '@/features/partners/components/industry-tags';
import { PartnerByline, PartnerQuote } from '@/features/partners/components/partner-byline';
import { PartnerLogo } from '@/features/partners/components/partner-logo';
import { usePartnerText, type PartnerField } from '@/features/partners/hooks/use-partner-text';
import type { Partner } from '@/features/partners/schema';
import { htmlLangOf } from '@/shared/lib/html-lang';

const FIELDS: PartnerField[] = ['name', 'speaker', 'title', 'quote'];

/**
 * One testimonial in full for review: the card's parts without the clamp, and a visible note when
 * a field is not translated and the page falls back to another language.
 */
export function ComparePartner({ partner }: { partner: Partner }) {
  const { i18n, tx } = useTexts();
  const headingId = useId();
  const text = usePartnerText()(partner);
  const fallbacks = [...new Set(FIELDS.map((field) => text[field]?.lang).filter((lang) => lang && lang !== i18n.language))];
  return (
    <article className="compare-partner" aria-labelledby={headingId}>
      <PartnerLogo src={partner.logo} name={text.name.text} />
      <h3 id={headingId} lang={htmlLangOf(text.name.lang)}>
        {text.name.text}
      </h3>
      <PartnerByline text={text} />
      <PartnerQuote text={text} />
      <IndustryTags industries={partner.industries} />
      {i18n.language !== 'cimode' &&
        fallbacks.map((lang) => (
          <p key={lang} className="compare-partner__fallback">
            {tx('compare.fallback', { language: nativeNameOf(lang!) })}
          </p>
        ))}
    </article>
  );
}
