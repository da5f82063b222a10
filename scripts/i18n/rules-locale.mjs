// @ts-check
/** The rules that compare each locale file with the Chinese source, key by key. */
import { HAN_LANGUAGES } from './config.mjs';
import { likelyMisspellings } from './did-you-mean.mjs';
import { placeInText, placeOfKey } from './json-file.mjs';
import { hasKeyOrPlural, isText, pluralBase, pluralCategories } from './keys.mjs';
import { maxLengthFor, metaFor } from './meta.mjs';
import { placeholderMismatches } from './placeholders.mjs';
import { sourceHash } from './source-hashes.mjs';
import { asciiPunctuationInChinese, fullWidthPunctuationInLatin, visibleLength } from './typography.mjs';

/** @typedef {import('./check.mjs').Report} Report */
/** @typedef {import('./load.mjs').LocaleFileOk} LocaleFileOk */

/**
 * Checks one file on its own: every value is text, not empty, punctuated for its script, and
 * within its length limit.
 * @param {{ lng: string, ns: string, file: LocaleFileOk, entries: Record<string, any> | undefined, verbatim: boolean, report: Report }} input
 */
export function checkTexts({ lng, ns, file, entries, verbatim, report }) {
  const at = (/** @type {string} */ key) => ({ file: file.path, ...placeOfKey(file, key), lng, ns, key });
  const han = HAN_LANGUAGES.test(lng);
  for (const [key, value] of file.flat) {
    if (typeof value !== 'string') {
      report({ severity: 'error', kind: 'not-text', ...at(key), message: `The value is ${JSON.stringify(value)}, not a text in quotes.` });
      continue;
    }
    if (!isText(value)) {
      report({
        severity: 'error',
        kind: 'empty',
        ...at(key),
        message: 'The text is empty. Write the text, or remove the key so the page falls back to another language.',
      });
      continue;
    }
    const marks = han ? asciiPunctuationInChinese(value) : fullWidthPunctuationInLatin(value);
    for (const mark of marks) {
      const advice = han
        ? `Chinese text uses full-width punctuation (，。？！：；“”); ASCII "${mark.char}" touches Chinese here`
        : `"${mark.char}" is Chinese (full-width) punctuation inside ${lng} text; use the ASCII form`;
      report({
        // Quotes copied verbatim from the source announcement keep their punctuation: warn only.
        severity: verbatim ? 'warning' : 'error',
        kind: 'typography',
        ...at(key),
        ...placeInText(file, key, mark.index),
        message: `${advice}: ${mark.excerpt}`,
      });
    }
    const max = maxLengthFor(metaFor(entries, key), lng);
    const length = visibleLength(value);
    if (max !== undefined && length > max) {
      report({
        severity: 'error',
        kind: 'too-long',
        ...at(key),
        message: `The text has ${length} characters; there is room for ${max}. Shorten it.`,
      });
    }
  }
}

/**
 * Compares a translation with the source: missing and extra keys (a misspelled key is named as
 * such), placeholders and tags, and whether the source changed since the translation was accepted.
 * skipIds: ids the data rules reported already; dataIds: ids of the data, never "extra" while the
 * source has no text for them yet; aligned: each target key with its source text; untranslated:
 * keys reported as not translated, which have no translation to accept.
 * @param {{ lng: string, ns: string, source: LocaleFileOk, target: LocaleFileOk, skipIds: Set<string>, dataIds: Set<string>, aligned: Map<string, unknown>, untranslated: Set<string>, hashes: Record<string, string> | undefined, report: Report }} input
 */
export function compareWithSource({ lng, ns, source, target, skipIds, dataIds, aligned, untranslated, hashes, report }) {
  const at = (/** @type {string} */ key) => ({ file: target.path, ...placeOfKey(target, key), lng, ns, key });
  const idOf = (/** @type {string} */ key) => key.split('.')[0] ?? '';
  const sourceIds = new Set([...source.flat.keys()].map(idOf));
  const sourceBases = new Set([...source.flat.keys()].map(pluralBase));
  const missing = [...source.flat]
    .filter(([key, text]) => isText(text) && !skipIds.has(idOf(key)) && !hasKeyOrPlural(target.flat, key))
    .map(([key]) => key);
  const extra = [...target.flat.keys()].filter(
    (key) => !skipIds.has(idOf(key)) && !(dataIds.has(idOf(key)) && !sourceIds.has(idOf(key))) && !sourceBases.has(pluralBase(key)),
  );
  const misspelled = likelyMisspellings(extra, missing);
  const meant = new Set(misspelled.values());
  for (const [written, expected] of misspelled) {
    report({
      severity: 'error',
      kind: 'misspelled-key',
      ...at(written),
      source: String(source.flat.get(expected)),
      message: `The Chinese source has no key "${written}", and "${expected}" is missing here: did you mean "${expected}"? Correct the key's spelling; the text can stay.`,
    });
  }
  for (const key of missing) {
    if (meant.has(key)) continue;
    report({
      severity: 'error',
      kind: 'missing',
      file: target.path,
      lng,
      ns,
      key,
      source: String(source.flat.get(key)),
      message: 'Not translated yet: the key is missing.',
    });
  }
  for (const key of extra) {
    if (misspelled.has(key)) continue;
    report({
      severity: 'warning',
      kind: 'extra',
      ...at(key),
      message: 'The Chinese source has no such key, so the page never shows this text. Check the spelling of the key, or remove it.',
    });
  }
  checkPluralForms({ lng, target, at, report });
  for (const mismatch of placeholderMismatches(aligned, target.flat)) {
    // A singular form may say "one partner" instead of {{count}}.
    const optionalCount = /_(zero|one|two)$/.test(mismatch.key);
    const missingTokens = mismatch.missing.filter((token) => !(optionalCount && token === '{{count}}'));
    if (missingTokens.length === 0 && mismatch.unexpected.length === 0 && optionalCount) continue;
    const parts = [];
    if (missingTokens.length) parts.push(`missing ${missingTokens.join(' ')}`);
    if (mismatch.unexpected.length) parts.push(`not in the source ${mismatch.unexpected.join(' ')}`);
    report({
      severity: 'error',
      kind: 'placeholder',
      ...at(mismatch.key),
      source: String(aligned.get(mismatch.key)),
      translation: String(target.flat.get(mismatch.key)),
      message: `Placeholders or tags differ from the source (${parts.join('; ') || mismatch.detail}). Copy every {{…}} and <…> exactly; only the words around them change.`,
    });
  }
  for (const [key, text] of target.flat) {
    const sourceText = aligned.get(key);
    if (!isText(text) || !isText(sourceText) || untranslated.has(key)) continue;
    const recorded = hashes?.[key];
    const accept = `npm run i18n:accept -- ${lng} ${ns}:${key}`;
    if (recorded === undefined) {
      report({
        severity: 'warning',
        kind: 'unrecorded',
        ...at(key),
        message: `No record of which Chinese text this was translated from. Once reviewed, run: ${accept}`,
      });
    } else if (recorded !== sourceHash(String(sourceText))) {
      report({
        severity: 'warning',
        kind: 'stale',
        ...at(key),
        source: String(sourceText),
        translation: String(text),
        message: `Possibly stale: the Chinese source changed after this translation was accepted. Update it if needed, then run: ${accept}`,
      });
    }
  }
}

/**
 * A text written in plural forms (key_one, key_other) needs every form the language has:
 * without key_one, English "1 second" falls back to another language's text.
 */
/** @param {{ lng: string, target: LocaleFileOk, at: (key: string) => Omit<import('./check.mjs').Finding, 'severity' | 'kind' | 'message'>, report: Report }} input */
function checkPluralForms({ lng, target, at, report }) {
  const needed = pluralCategories(lng);
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const key of target.flat.keys()) {
    const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    if (match?.[1] && match[2] && !key.includes('_ordinal_')) groups.set(match[1], [...(groups.get(match[1]) ?? []), match[2]]);
  }
  for (const [base, forms] of groups) {
    const missing = needed.filter((form) => !forms.includes(form));
    if (missing.length === 0) continue;
    report({
      severity: 'error',
      kind: 'plural-forms',
      ...at(`${base}_${forms[0]}`),
      key: base,
      message: `${lng} needs the plural forms ${needed.map((form) => `${base}_${form}`).join(', ')}; missing: ${missing.map((form) => `${base}_${form}`).join(', ')}.`,
    });
  }
}

/**
 * A key written twice in one block: JSON.parse, and so the page, keeps the last and silently drops
 * the other, which is often the one just edited.
 * @param {{ file: { path: string, duplicates: import('./json-file.mjs').DuplicateKey[] }, lng?: string, ns: string, report: Report }} input
 */
export function checkDuplicateKeys({ file, lng, ns, report }) {
  for (const { key, positions } of file.duplicates) {
    const lines = positions.map((position) => position.line);
    const last = positions.at(-1);
    report({
      severity: 'error',
      kind: 'duplicate-key',
      file: file.path,
      ...last,
      ...(lng ? { lng } : {}),
      ns,
      key,
      message: `The key "${key.split('.').at(-1)}" is written ${positions.length === 2 ? 'twice' : `${positions.length} times`} in this block, on lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}. Only the last one (line ${lines.at(-1)}) is used: keep one and delete the other${positions.length === 2 ? '' : 's'}.`,
    });
  }
}
