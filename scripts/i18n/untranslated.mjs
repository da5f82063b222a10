// @ts-check
/**
 * Text that is present but not translated: left in Chinese, identical to the Chinese source, or
 * identical to another language's text (a folder copied from locales/en). Such a text would pass
 * as 100 % translated otherwise. The check, the coverage and i18n:accept all ask this module.
 *
 * Names and terms written the same in every language (Volcano, CNCF, 360) are listed in
 * locales/_meta/same-in-every-language.json; a text made only of those, numbers, placeholders and
 * punctuation needs no translation.
 */
import { DATA_NAMESPACES, FALLBACK_LANGUAGES, HAN_LANGUAGES } from './config.mjs';
import { isText, sourceKeyFor } from './keys.mjs';
import { withoutPlaceholders } from './typography.mjs';

/** @typedef {import('./load.mjs').Project} Project */

/** The way out when an identical text is right: a name, not a word to translate. */
const SAME_NAME = 'Translate it; if it is a name written the same in every language, add it to locales/_meta/same-in-every-language.json.';

/**
 * The terms of the same-in-every-language list; a malformed list is reported by checkSideFiles.
 * @param {Project} project
 * @returns {string[]}
 */
export function sameEverywhereTerms(project) {
  const texts = project.sameEverywhere?.entries.texts;
  return Array.isArray(texts) ? texts.filter((text) => typeof text === 'string' && text.trim() !== '') : [];
}

/**
 * A partner's name and speaker and a community company are proper names: "Baidu" and "Zhou Ti"
 * are right in English and French alike, and 百度 in Japanese as in Chinese. Only Chinese left in
 * a language not written in Han characters is reported for them.
 * @param {string} ns
 * @param {string} key
 */
export function isProperName(ns, key) {
  if (ns === 'community') return true;
  return ns === 'partners' && DATA_NAMESPACES.partners.nameFields.includes(key.split('.').slice(1).join('.'));
}

/** "zh-TW" -> "zh": variants of one language share most of their words, so identical texts are expected. */
const baseLanguage = (/** @type {string} */ lng) => lng.split('-')[0]?.toLowerCase() ?? lng;

/**
 * Which languages' texts a copy is suspected of: the source first, then the fallback languages in
 * order, then all others alike. A text identical to a language earlier in this order (or to a
 * language of the same rank) was copied from it.
 * @param {string} source
 * @param {string} lng
 */
function rankOf(source, lng) {
  if (lng === source) return 0;
  const fallback = FALLBACK_LANGUAGES.indexOf(lng);
  return fallback === -1 ? Infinity : fallback + 1;
}

/**
 * @param {Project} project
 * @returns {(lng: string, ns: string, key: string, text: unknown) => string | undefined} why the text is
 *   not translated, in words for the translator; undefined when it is (or is not a text at all)
 */
export function untranslatedJudge(project) {
  const terms = sameEverywhereTerms(project).sort((a, b) => b.length - a.length);
  /** What is left to translate once names, placeholders, numbers and punctuation are set aside. */
  const wordsOf = (/** @type {string} */ text) => terms.reduce((rest, term) => rest.split(term).join(' '), withoutPlaceholders(text));
  const { source } = project;
  return (lng, ns, key, text) => {
    if (lng === source || !isText(text)) return undefined;
    const words = wordsOf(text);
    if (!/\p{L}/u.test(words)) return undefined;
    const han = /\p{Script=Han}+/u.exec(words);
    if (han && !HAN_LANGUAGES.test(lng)) return `Still in Chinese: “${han[0]}”. Translate it.`;
    if (isProperName(ns, key)) return undefined;
    const sourceFile = project.files.get(`${source}/${ns}`);
    const sourceKey = sourceFile?.ok ? sourceKeyFor(sourceFile.flat, key) : undefined;
    if (sourceKey && sourceFile?.ok && sourceFile.flat.get(sourceKey) === text) {
      // A variant of the source language (zh-TW) often keeps the source's wording.
      return baseLanguage(lng) === baseLanguage(source) ? undefined : `Same as the Chinese source: not translated yet. ${SAME_NAME}`;
    }
    for (const other of project.languages) {
      if (other === lng || other === source || baseLanguage(other) === baseLanguage(lng)) continue;
      if (rankOf(source, other) > rankOf(source, lng)) continue;
      const otherFile = project.files.get(`${other}/${ns}`);
      if (otherFile?.ok && otherFile.flat.get(key) === text) return `Same as the ${other} text: copied, not translated yet. ${SAME_NAME}`;
    }
    return undefined;
  };
}

/**
 * Reports every untranslated text of one file; returns their keys, which the other comparisons skip.
 * @param {{ project: Project, lng: string, ns: string, file: import('./load.mjs').LocaleFileOk, judge: ReturnType<typeof untranslatedJudge>, report: import('./check.mjs').Report }} input
 * @returns {Set<string>}
 */
export function checkUntranslated({ project, lng, ns, file, judge, report }) {
  const flagged = new Set();
  const sourceFile = project.files.get(`${project.source}/${ns}`);
  for (const [key, text] of file.flat) {
    const reason = judge(lng, ns, key, text);
    if (!reason) continue;
    flagged.add(key);
    const sourceKey = sourceFile?.ok ? sourceKeyFor(sourceFile.flat, key) : undefined;
    const sourceText = sourceKey && sourceFile?.ok ? sourceFile.flat.get(sourceKey) : undefined;
    report({
      severity: 'error',
      kind: 'untranslated',
      file: file.path,
      ...(file.positions.get(key) ?? {}),
      lng,
      ns,
      key,
      ...(isText(sourceText) && sourceText !== text ? { source: sourceText } : {}),
      message: reason,
    });
  }
  return flagged;
}
