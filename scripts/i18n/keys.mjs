// @ts-check

/**
 * Nested locale objects as flat "a.b.c" keys. A value that is not a string or an object (a number,
 * a list) is kept, so the check can say it is not text.
 * @param {unknown} value
 * @param {string} [prefix]
 * @returns {Map<string, unknown>}
 */
export function flatten(value, prefix = '') {
  const out = new Map();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (child && typeof child === 'object' && !Array.isArray(child)) {
        for (const [inner, leaf] of flatten(child, path)) out.set(inner, leaf);
      } else {
        out.set(path, child);
      }
    }
  }
  return out;
}

const PLURAL_SUFFIX = /_(?:ordinal_)?(zero|one|two|few|many|other)$/;

/** "filter.results_one" -> "filter.results": i18next picks plural forms by suffix. */
export function pluralBase(/** @type {string} */ key) {
  return key.replace(PLURAL_SUFFIX, '');
}

/** The plural forms a language needs ("one", "other" for English; "other" for Chinese). */
export function pluralCategories(/** @type {string} */ lng) {
  try {
    return new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  } catch {
    return ['one', 'other'];
  }
}

/**
 * Does `target` hold the key `sourceKey` in a form i18next will find? A plural group counts as
 * present when the target has the plain key or any of its plural forms.
 * @param {Map<string, unknown>} target
 * @param {string} sourceKey
 */
export function hasKeyOrPlural(target, sourceKey) {
  if (target.has(sourceKey)) return true;
  const base = pluralBase(sourceKey);
  return [...target.keys()].some((key) => key !== base && pluralBase(key) === base);
}

/**
 * Text that counts as translated: a string with something besides spaces.
 * @param {unknown} value
 * @returns {value is string}
 */
export function isText(value) {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The key of the source text a translated key is measured against: the same key, or for a plural
 * form ("results_one") the source's group ("results" or "results_other").
 * @param {Map<string, unknown>} source
 * @param {string} key
 */
export function sourceKeyFor(source, key) {
  if (source.has(key)) return key;
  const base = pluralBase(key);
  if (source.has(base)) return base;
  return source.has(`${base}_other`) ? `${base}_other` : undefined;
}

/**
 * Each key of a translation with the source text it translates (keys the source lacks are left out).
 * @param {Map<string, unknown>} source
 * @param {Map<string, unknown>} target
 * @returns {Map<string, unknown>}
 */
export function alignWithSource(source, target) {
  /** @type {Map<string, unknown>} */
  const aligned = new Map();
  for (const key of target.keys()) {
    const sourceKey = sourceKeyFor(source, key);
    if (sourceKey) aligned.set(key, source.get(sourceKey));
  }
  return aligned;
}
