// @ts-check
/**
 * Placeholders ({{count}}), nesting ($t(key)) and tags (<strong>…</strong>) must survive
 * translation unchanged. @lingual/i18n-check's i18next parser does the comparison; we only
 * normalise the number and date formats first, because those may differ by language on purpose
 * ({{value, number(notation: compact)}} in Chinese reads 5.8万, English keeps {{value, number}}).
 */
import { checkInvalidTranslations } from '@lingual/i18n-check';

const INTERPOLATION = /\{\{\s*(-\s*)?([^,}]+?)\s*(?:,[^}]*)?\}\}/g;
const TOKEN = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>/g;

/** {{value, number(…)}} -> {{value}}: what must match is the name, not the format. */
export function withoutFormats(/** @type {string} */ text) {
  return text.replace(
    INTERPOLATION,
    (/** @type {string} */ _, /** @type {string} */ unescaped = '', /** @type {string} */ name) =>
      `{{${unescaped ? '- ' : ''}${name.trim()}}}`,
  );
}

/** The placeholders and tags of a text, for showing to a person. */
export function tokensOf(/** @type {string} */ text) {
  return (withoutFormats(text).match(TOKEN) ?? []).map((/** @type {string} */ token) => token.replace(/\s+/g, ' '));
}

/**
 * @param {string[]} a
 * @param {string[]} b
 */
function difference(a, b) {
  const rest = [...b];
  return a.filter((token) => {
    const index = rest.indexOf(token);
    if (index === -1) return true;
    rest.splice(index, 1);
    return false;
  });
}

/**
 * Keys whose translation lost, gained or changed a placeholder or tag.
 * @param {Map<string, unknown>} source flat source texts
 * @param {Map<string, unknown>} target flat translated texts
 * @returns {{ key: string, missing: string[], unexpected: string[], detail: string }[]}
 */
export function placeholderMismatches(source, target) {
  /** @type {Record<string, string>} */
  const a = {};
  /** @type {Record<string, string>} */
  const b = {};
  for (const [key, text] of source) {
    const translated = target.get(key);
    if (typeof text === 'string' && typeof translated === 'string' && translated.trim() !== '') {
      a[key] = withoutFormats(text);
      b[key] = withoutFormats(translated);
    }
  }
  const result = checkInvalidTranslations(a, { target: b }, { format: 'i18next' });
  return (result.target ?? []).map(({ key, msg }) => ({
    key,
    missing: difference(tokensOf(a[key] ?? ''), tokensOf(b[key] ?? '')),
    unexpected: difference(tokensOf(b[key] ?? ''), tokensOf(a[key] ?? '')),
    detail: msg,
  }));
}
