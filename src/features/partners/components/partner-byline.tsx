import { htmlLangOf } from '@/shared/lib/html-lang';
import type { LocalizedText, PartnerText } from '@/features/partners/hooks/use-partner-text';

function Part({ value }: { value: LocalizedText | null }) {
  if (!value) return null;
  return <span lang={htmlLangOf(value.lang)}>{value.text}</span>;
}

/** "Speaker · Title", either part optional. */
export function PartnerByline({ text }: { text: PartnerText }) {
  if (!text.speaker && !text.title) return null;
  return (
    <p className="partner-byline">
      {text.speaker && (
        <strong className="partner-byline__speaker">
          <Part value={text.speaker} />
        </strong>
      )}
      {text.speaker && text.title && <span aria-hidden="true"> · </span>}
      <Part value={text.title} />
    </p>
  );
}

export function PartnerQuote({ text, clamp = false }: { text: PartnerText; clamp?: boolean }) {
  if (!text.quote) return null;
  return (
    <blockquote className={clamp ? 'partner-quote partner-quote--clamped' : 'partner-quote'} lang={htmlLangOf(text.quote.lang)}>
      <p>{text.quote.text}</p>
    </blockquote>
  );
}
