// @ts-check
/**
 * Punctuation that belongs to the other script. Placeholders are blanked first, so
 * {{value, number(…)}} is never read as text.
 *
 * Chinese: , . ? ! : ; " are flagged when they touch Chinese: the nearest non-space character on
 * either side is a Han character or Chinese punctuation, or nothing follows. Inside embedded Latin
 * text they are left alone ("Spark,Tensorflow", "v1.2", "x86、Arm"), because product names and
 * quotes copied verbatim from a source contain them.
 *
 * English (and other Latin-script languages): full-width punctuation (，。？！：；（）、「」【】《》)
 * is always flagged, except where it touches a Han character (a quoted Chinese name).
 */

const HAN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;
const ASCII_PUNCT = /[,.?!:;"]/g;
const FULL_WIDTH = /[\u3001\u3002\u300a-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]/g;
const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>/g;

/** Placeholders become neutral Latin letters of the same length, keeping offsets intact. */
function blankPlaceholders(/** @type {string} */ text) {
  return text.replace(PLACEHOLDER, (/** @type {string} */ match) => 'x'.repeat(match.length));
}

/**
 * @param {string} text
 * @param {number} index
 * @param {1 | -1} step
 */
function neighbour(text, index, step) {
  for (let i = index + step; i >= 0 && i < text.length; i += step) {
    if (!/\s/.test(text[i] ?? '')) return text[i];
  }
  return undefined;
}

/** A short piece of text around a position, for the report. */
function excerpt(/** @type {string} */ text, /** @type {number} */ index) {
  const start = Math.max(0, index - 8);
  return `${start > 0 ? '…' : ''}${text.slice(start, index + 9)}${index + 9 < text.length ? '…' : ''}`;
}

/**
 * @param {string} text
 * @returns {{ char: string, index: number, excerpt: string }[]}
 */
export function asciiPunctuationInChinese(text) {
  const blanked = blankPlaceholders(text);
  const found = [];
  for (const match of blanked.matchAll(ASCII_PUNCT)) {
    const index = match.index ?? 0;
    // "..." and "?!" runs are judged by their outer characters.
    if (/[,.?!:;"]/.test(blanked[index - 1] ?? '')) continue;
    let end = index;
    while (/[,.?!:;"]/.test(blanked[end + 1] ?? '')) end += 1;
    const before = neighbour(blanked, index, -1);
    const after = neighbour(blanked, end, 1);
    const touchesChinese = (before !== undefined && HAN.test(before)) || (after !== undefined && HAN.test(after));
    const endsSentence = after === undefined && before !== undefined && /[.?!:;,]/.test(match[0]) && HAN.test(blanked);
    if (touchesChinese || endsSentence) found.push({ char: text.slice(index, end + 1), index, excerpt: excerpt(text, index) });
  }
  return found;
}

/**
 * @param {string} text
 * @returns {{ char: string, index: number, excerpt: string }[]}
 */
export function fullWidthPunctuationInLatin(text) {
  const found = [];
  for (const match of text.matchAll(FULL_WIDTH)) {
    const index = match.index ?? 0;
    const before = text[index - 1];
    const after = text[index + 1];
    const touchesHan = [before, after].some((char) => char !== undefined && /\p{Script=Han}/u.test(char));
    if (!touchesHan) found.push({ char: match[0], index, excerpt: excerpt(text, index) });
  }
  return found;
}

/** Characters as a reader counts them; placeholders count as nothing (their value is unknown). */
export function visibleLength(/** @type {string} */ text) {
  return [...text.replace(PLACEHOLDER, '')].length;
}

/** The text without its placeholders and tags: what a reader sees besides the filled-in values. */
export function withoutPlaceholders(/** @type {string} */ text) {
  return text.replace(PLACEHOLDER, '');
}

/**
 * Spaces no one means to type: at the start, at the end, two or more in a row (full-width and
 * no-break spaces included). The page shows them, or HTML collapses them unpredictably.
 * @param {string} text
 * @returns {{ kind: 'leading' | 'trailing' | 'doubled', index: number }[]}
 */
export function spacingMistakes(text) {
  /** @type {{ kind: 'leading' | 'trailing' | 'doubled', index: number }[]} */
  const found = [];
  const leading = /^[^\S\n]+/.exec(text);
  const trailing = /[^\S\n]+$/.exec(text);
  if (leading) found.push({ kind: 'leading', index: 0 });
  for (const match of text.matchAll(/[ \u00a0\u3000]{2,}/g)) {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    // Runs at the start or end are reported as such, and a run before a line break is trailing space.
    if (index !== 0 && end !== text.length && text[end] !== '\n') found.push({ kind: 'doubled', index });
  }
  if (trailing && trailing.index !== 0) found.push({ kind: 'trailing', index: trailing.index });
  return found;
}

/**
 * How a text ends, by kind, so that Chinese 。 and English "." count as the same ending. Closing
 * quotes and brackets are looked past: “…好。” ends with a full stop, (…打开) with nothing.
 * @param {string} text
 * @returns {'.' | '?' | '!' | ':' | ';' | ',' | '…' | ''}
 */
export function endingOf(text) {
  const end = blankPlaceholders(text)
    .trimEnd()
    .replace(/[)\]}）］｝」』”’"'》〉】]+$/u, '')
    .trimEnd();
  if (/(…|\.\.\.|⋯)$/u.test(end)) return '…';
  const last = end.at(-1) ?? '';
  if (/[.。．｡]/u.test(last)) return '.';
  if (/[?？]/u.test(last)) return '?';
  if (/[!！]/u.test(last)) return '!';
  if (/[:：]/u.test(last)) return ':';
  if (/[;；]/u.test(last)) return ';';
  if (/[,，、]/u.test(last)) return ',';
  return '';
}
