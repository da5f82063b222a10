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
