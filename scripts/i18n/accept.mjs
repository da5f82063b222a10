// @ts-check
/**
 * Records that translations were checked against the current Chinese text, which clears their
 * "possibly stale" finding. A text that is not translated (still in Chinese, or copied from
 * another language) is refused: there is no translation to approve. Targets:
 *   common:program.intro   one key          program.intro   that key in any namespace
 *   common:program.*       keys under a prefix
 *   common                 a whole namespace                all   everything
 */
import { sourceHash } from './source-hashes.mjs';
import { isText, pluralBase } from './keys.mjs';
import { untranslatedJudge } from './untranslated.mjs';

/** @typedef {import('./source-hashes.mjs').HashStore} HashStore */

/**
 * @param {string} target
 * @param {string[]} namespaces
 * @returns {(ns: string, key: string) => boolean}
 */
function matcher(target, namespaces) {
  if (target === 'all' || target === '*') return () => true;
  const [ns = '*', key = '*'] = target.includes(':') ? target.split(/:(.*)/s) : namespaces.includes(target) ? [target, '*'] : ['*', target];
  /** @type {(k: string) => boolean} */
  const keyMatches =
    key === '*' || key === ''
      ? () => true
      : key.endsWith('*')
        ? (k) => k.startsWith(key.slice(0, -1))
        : (k) => k === key || pluralBase(k) === key;
  return (candidateNs, candidateKey) => (ns === '*' || ns === candidateNs) && keyMatches(candidateKey);
}

/**
 * @param {import('./load.mjs').Project} project
 * @param {string} lngArg a language folder, or "all"
 * @param {string[]} targets
 * @returns {{
 *   store: HashStore,
 *   accepted: { lng: string, ns: string, key: string }[],
 *   refused: { lng: string, ns: string, key: string, reason: string }[],
 *   unmatched: string[],
 * }}
 */
export function acceptTranslations(project, lngArg, targets) {
  const store = structuredClone(project.hashes);
  const languages = lngArg === 'all' ? project.languages.filter((lng) => lng !== project.source) : [lngArg];
  const untranslated = untranslatedJudge(project);
  const accepted = [];
  const refused = [];
  const used = new Set();
  for (const lng of languages) {
    for (const ns of project.namespaces) {
      const source = project.files.get(`${project.source}/${ns}`);
      const target = project.files.get(`${lng}/${ns}`);
      if (!source?.ok || !target?.ok) continue;
      const records = (store[lng] ??= {})[ns] ?? {};
      for (const [key, text] of target.flat) {
        const sourceText = source.flat.get(key) ?? source.flat.get(pluralBase(key)) ?? source.flat.get(`${pluralBase(key)}_other`);
        const hit = targets.find((item) => matcher(item, project.namespaces)(ns, key));
        if (!hit || !isText(text) || !isText(sourceText)) continue;
        used.add(hit);
        const reason = untranslated(lng, ns, key, text);
        if (reason) {
          refused.push({ lng, ns, key, reason });
          delete records[key];
          continue;
        }
        records[key] = sourceHash(String(sourceText));
        accepted.push({ lng, ns, key });
      }
      // Records of keys that are gone are dropped, so the file never grows stale itself.
      for (const key of Object.keys(records)) if (!target.flat.has(key)) delete records[key];
      store[lng][ns] = records;
    }
  }
  return { store, accepted, refused, unmatched: targets.filter((item) => !used.has(item)) };
}
