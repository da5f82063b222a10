import type { Ref } from 'react';
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

interface PartnerQuoteProps {
  text: PartnerText;
  /** Cut to a few lines (a card); `boxRef` is the clipping box, `textRef` the full text inside it. */
  clamp?: boolean;
  /** Some of it is hidden by the clamp. */
  cut?: boolean;
  boxRef?: Ref<HTMLParagraphElement>;
  textRef?: Ref<HTMLSpanElement>;
}

export function PartnerQuote({ text, clamp = false, cut = false, boxRef, textRef }: PartnerQuoteProps) {
  if (!text.quote) return null;
  const className = ['partner-quote', clamp && 'partner-quote--clamped', clamp && cut && 'partner-quote--cut'].filter(Boolean).join(' ');
  return (
    <blockquote className={className} lang={htmlLangOf(text.quote.lang)}>
      <p ref={boxRef}>
        <span ref={textRef} className="partner-quote__text">
          {text.quote.text}
        </span>
      </p>
    </blockquote>
  );
}
