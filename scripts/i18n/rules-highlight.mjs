// @ts-check
/**
 * A partner's highlight (partners.json "<id>.highlight") is the line the booth display shows large:
 * one or two sentences of the quote. In Chinese, the source, it is taken from the quote word for
 * word, so the booth never puts words in a partner's mouth; translations translate it like any text
 * (the key-by-key comparison asks every language for it).
 *
 * Highlights are being written: until the Chinese file has its first one, none is required. From
 * then on every partner with a quote needs one.
 */
import { placeInText, placeOfKey } from './json-file.mjs';
import { isText } from './keys.mjs';

/** @typedef {import('./check.mjs').Report} Report */

/** The quote's sentences, each with its closing mark(s): "甲。乙！丙" -> ["甲。", "乙！", "丙"]. */
function sentencesOf(/** @type {string} */ quote) {
  return (quote.match(/[^。！？!?]+(?:[。！？!?]+|$)|[。！？!?]+/gu) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
}

/**
 * Is the highlight taken from the quote? Either one continuous piece of it, or whole sentences of
 * it in the quote's order (skipping the sentences between), so a highlight may join the first and
 * the last sentence. Spaces around the highlight and between joined sentences do not count.
 * @param {string} highlight
 * @param {string} quote
 */
export function isExcerpt(highlight, quote) {
  const wanted = highlight.trim();
  if (wanted === '') return false;
  if (quote.includes(wanted)) return true;
  const sentences = sentencesOf(quote);
  /** @type {(at: number, from: number) => boolean} */
  const joins = (at, from) => {
    const rest = wanted.slice(at).trimStart();
    if (rest === '') return true;
    const start = wanted.length - rest.length;
    return sentences.some((sentence, index) => index >= from && rest.startsWith(sentence) && joins(start + sentence.length, index + 1));
  };
  return joins(0, 0);
}

/** How much of the highlight's start is in the quote: where a copy went wrong. */
function agreeingLength(/** @type {string} */ highlight, /** @type {string} */ quote) {
  let length = 0;
  while (length < highlight.length && quote.includes(highlight.slice(0, length + 1))) length += 1;
  return length;
}

/**
 * @param {{ project: import('./load.mjs').Project, report: Report }} input
 */
export function checkHighlights({ project, report }) {
  const file = project.files.get(`${project.source}/partners`);
  if (!file?.ok || !file.value || typeof file.value !== 'object') return;
  const partners = Object.entries(/** @type {Record<string, any>} */ (file.value)).filter(
    ([, entry]) => entry && typeof entry === 'object' && !Array.isArray(entry),
  );
  const started = partners.some(([, entry]) => entry.highlight !== undefined);
  if (!started) return;
  const at = (/** @type {string} */ key) => ({ file: file.path, lng: project.source, ns: 'partners', key });
  for (const [id, { quote, highlight }] of partners) {
    const key = `${id}.highlight`;
    if (highlight === undefined) {
      if (isText(quote))
        report({
          severity: 'error',
          kind: 'highlight-missing',
          ...at(key),
          ...placeOfKey(file, id),
          message: `Partner "${id}" has a quote but no highlight: copy one or two sentences of the quote into "highlight", for the booth display.`,
        });
    } else if (!isText(quote)) {
      report({
        severity: 'error',
        kind: 'highlight-without-quote',
        ...at(key),
        ...placeOfKey(file, key),
        message: `Partner "${id}" has a highlight but no quote to take it from: add the quote, or remove the highlight.`,
      });
    } else if (isText(highlight) && !isExcerpt(highlight, quote)) {
      const leading = highlight.length - highlight.trimStart().length;
      const agreed = agreeingLength(highlight.trim(), quote);
      report({
        severity: 'error',
        kind: 'highlight-not-in-quote',
        ...at(key),
        ...placeInText(file, key, leading + agreed),
        translation: highlight,
        message: `The highlight must be copied word for word from the quote: one piece of it, or whole sentences of it in their order. ${
          agreed
            ? `It follows the quote up to “${highlight.trim().slice(Math.max(0, agreed - 12), agreed)}”, then differs here.`
            : 'Its first words are not in the quote.'
        }`,
      });
    }
  }
}
