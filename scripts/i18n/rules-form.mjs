// @ts-check
/** The form of a text, beside its words: stray spaces, and the ending and line breaks of the source. */
import { placeInText, placeOfKey } from './json-file.mjs';
import { isText } from './keys.mjs';
import { endingOf, spacingMistakes } from './typography.mjs';

/** @typedef {import('./check.mjs').Report} Report */
/** @typedef {import('./load.mjs').LocaleFileOk} LocaleFileOk */

const SPACING = {
  leading: 'The text starts with a space: remove it.',
  trailing: 'The text ends with a space: remove it.',
  doubled: 'Two spaces in a row: keep one.',
};

/** Endings in words, for the message. */
const ENDING_NAMES = {
  '.': 'a full stop (。 .)',
  '?': 'a question mark (？ ?)',
  '!': 'an exclamation mark (！ !)',
  ':': 'a colon (： :)',
  ';': 'a semicolon (； ;)',
  ',': 'a comma (， , 、)',
  '…': 'an ellipsis (…… …)',
  '': 'no punctuation',
};

/**
 * Stray spaces, in any language, the source included. In the verbatim Chinese partner quotes they
 * are only a warning: those are copied as published.
 * @param {{ lng: string, ns: string, file: LocaleFileOk, verbatim: boolean, report: Report }} input
 */
export function checkSpacing({ lng, ns, file, verbatim, report }) {
  for (const [key, text] of file.flat) {
    if (!isText(text)) continue;
    for (const mistake of spacingMistakes(text)) {
      report({
        severity: verbatim ? 'warning' : 'error',
        kind: 'spacing',
        file: file.path,
        ...placeInText(file, key, mistake.index),
        lng,
        ns,
        key,
        message: SPACING[mistake.kind],
      });
    }
  }
}

/**
 * A translation ends like its source (a question stays a question, a heading without a full stop
 * stays without) and has as many line breaks. `aligned` maps each key of the target to its source text.
 * @param {{ lng: string, ns: string, target: LocaleFileOk, aligned: Map<string, unknown>, skip: Set<string>, report: Report }} input
 */
export function compareForm({ lng, ns, target, aligned, skip, report }) {
  for (const [key, text] of target.flat) {
    const sourceText = aligned.get(key);
    if (!isText(text) || !isText(sourceText) || skip.has(key)) continue;
    const at = { file: target.path, ...placeOfKey(target, key), lng, ns, key, source: sourceText, translation: text };
    const breaks = (/** @type {string} */ value) => value.split('\n').length - 1;
    if (breaks(text) !== breaks(sourceText)) {
      report({
        severity: 'error',
        kind: 'line-breaks',
        ...at,
        message: `The Chinese has ${breaks(sourceText)} line break${breaks(sourceText) === 1 ? '' : 's'} (\\n) and this text ${breaks(text)}. Keep the same line breaks: the page shows them.`,
      });
    }
    const want = endingOf(sourceText);
    const have = endingOf(text);
    if (want !== have) {
      report({
        severity: 'warning',
        kind: 'ending',
        ...at,
        message: `The Chinese ends with ${ENDING_NAMES[want]}, this text with ${ENDING_NAMES[have]}. End it the same way, in your language's form, unless the sentence really changed.`,
      });
    }
  }
}
