// @ts-check
/**
 * The glossary (locales/_meta/glossary.json): a Chinese term and the translation each language must
 * use for it, so that 百度 is "Baidu" in partners.json and in community.json alike. Wherever the
 * Chinese text has the term, the translation must have the required wording (case aside, since
 * headings capitalise: "Co-construction Program").
 *
 *   { "百度": { "en": "Baidu" }, "共建计划": { "en": "co-construction program", "note": "…" } }
 *
 * A language may list several accepted forms: { "en": ["Peng Cheng Laboratory", "Peng Cheng Lab"] }.
 */
import { placeOfKey } from './json-file.mjs';
import { isText } from './keys.mjs';

/** @typedef {{ term: string, translations: Record<string, string[]>, note?: string }} GlossaryTerm */

/**
 * The usable terms of the glossary; malformed entries are reported by checkSideFiles.
 * @param {import('./load.mjs').Project} project
 * @returns {GlossaryTerm[]}
 */
export function glossaryTerms(project) {
  /** @type {GlossaryTerm[]} */
  const terms = [];
  for (const [term, entry] of Object.entries(project.glossary?.entries ?? {})) {
    if (term.startsWith('$') || !entry || typeof entry !== 'object') continue;
    const { note, ...languages } = /** @type {Record<string, unknown>} */ (entry);
    /** @type {Record<string, string[]>} */
    const translations = {};
    for (const [lng, wording] of Object.entries(languages)) {
      const forms = (Array.isArray(wording) ? wording : [wording]).filter(isText);
      if (forms.length) translations[lng] = forms;
    }
    terms.push({ term, translations, ...(typeof note === 'string' ? { note } : {}) });
  }
  return terms;
}

/**
 * @param {{ lng: string, ns: string, target: import('./load.mjs').LocaleFileOk, aligned: Map<string, unknown>, terms: GlossaryTerm[], skip: Set<string>, report: import('./check.mjs').Report }} input
 */
export function checkGlossary({ lng, ns, target, aligned, terms, skip, report }) {
  for (const [key, text] of target.flat) {
    const sourceText = aligned.get(key);
    if (!isText(text) || !isText(sourceText) || skip.has(key)) continue;
    for (const { term, translations, note } of terms) {
      const forms = translations[lng];
      if (!forms || !sourceText.includes(term)) continue;
      if (forms.some((form) => text.toLowerCase().includes(form.toLowerCase()))) continue;
      const wanted = forms.map((form) => `“${form}”`).join(' or ');
      report({
        severity: 'error',
        kind: 'glossary',
        file: target.path,
        ...placeOfKey(target, key),
        lng,
        ns,
        key,
        source: sourceText,
        translation: text,
        message: `The Chinese has “${term}”, which the glossary (locales/_meta/glossary.json) translates as ${wanted}; this text does not have it.${note ? ` ${note}` : ''}`,
      });
    }
  }
}
