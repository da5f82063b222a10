import type { ReactNode } from 'react';

/** Languages written without spaces, where a line may otherwise break inside any word. */
const UNSPACED = /^(zh|ja)\b/i;

/**
 * Line breaks for display type. Chinese at display size breaks between any two characters, so a
 * word such as 合作伙伴 can end up split across two lines: there a line may break only between the
 * words Intl.Segmenter finds (a <wbr> at each, with word-break: keep-all in kiosk.css). In spaced
 * languages the last two words are held together, so no word stands alone on the last line (not
 * for headings: a no-break space would become part of their accessible name, and text-wrap:
 * balance already shapes their few lines).
 */
export function withWordBreaks(text: string, lang: string, { holdLastWords = true } = {}): ReactNode {
  if (!UNSPACED.test(lang)) return holdLastWords ? text.replace(/ (\S+)$/, '\u00a0$1') : text;
  if (typeof Intl.Segmenter !== 'function') return text;
  const segments = Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text));
  // Only between two words: a <wbr> would let a comma open a line, and the browser already
  // breaks after punctuation by itself.
  return segments.flatMap(({ segment, isWordLike }, index) =>
    index > 0 && isWordLike && segments[index - 1]?.isWordLike ? [<wbr key={index} />, segment] : [segment],
  );
}
