import type { ReactNode } from 'react';

/** Languages written without spaces, where a line may otherwise break inside any word. */
const UNSPACED = /^(zh|ja)\b/i;

/**
 * Chinese at display size breaks lines between any two characters, so a word such as 合作伙伴 can
 * end up split across two lines. Here a line may break only between the words Intl.Segmenter
 * finds: each boundary gets a <wbr>, and kiosk.css sets word-break: keep-all on the text.
 */
export function withWordBreaks(text: string, lang: string): ReactNode {
  if (!UNSPACED.test(lang) || typeof Intl.Segmenter !== 'function') return text;
  const segments = Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text));
  // Only between two words: a <wbr> would let a comma open a line, and the browser already
  // breaks after punctuation by itself.
  return segments.flatMap(({ segment, isWordLike }, index) =>
    index > 0 && isWordLike && segments[index - 1]?.isWordLike ? [<wbr key={index} />, segment] : [segment],
  );
}
