// @ts-check
/** The translator notes (locales/_meta/<ns>.json): which entry describes a key, and how to show it. */
import { pluralBase } from './keys.mjs';

/** "*.quote" matches "baidu.quote"; "program.stats.*" matches "program.stats.forks". */
function patternToRegExp(/** @type {string} */ pattern) {
  const body = pattern
    .split('.')
    .map((/** @type {string} */ segment) => (segment === '*' ? '[^.]+' : segment.replace(/[-/\\^$+?()|[\]{}]/g, '\\$&')))
    .join('\\.');
  return new RegExp(`^${body}$`);
}

/**
 * The note for a key: an exact entry first, then the most specific pattern.
 * @param {Record<string, import('./load.mjs').MetaEntry> | undefined} entries
 * @param {string} key
 */
export function metaFor(entries, key) {
  if (!entries) return undefined;
  const base = pluralBase(key);
  if (entries[key]) return entries[key];
  if (entries[base]) return entries[base];
  const patterns = Object.keys(entries)
    .filter((pattern) => pattern.includes('*') && !pattern.startsWith('$'))
    .sort((a, b) => b.replace(/\*/g, '').length - a.replace(/\*/g, '').length);
  const match = patterns.find((pattern) => patternToRegExp(pattern).test(base));
  return match ? entries[match] : undefined;
}

/** Is this sidecar entry a pattern (or a "$about" note on the file) rather than one key? */
export function isPattern(/** @type {string} */ key) {
  return key.includes('*') || key.startsWith('$');
}

/**
 * The maximum length for a language, if the note sets one.
 * @param {import('./load.mjs').MetaEntry | undefined} entry
 * @param {string} lng
 * @returns {number | undefined}
 */
export function maxLengthFor(entry, lng) {
  const limit = entry?.maxLength;
  if (typeof limit === 'number') return limit;
  if (limit && typeof limit === 'object') return limit[lng] ?? limit['*'];
  return undefined;
}

/**
 * One line of context for a finding: the description, where it shows, the limit.
 * @param {import('./load.mjs').MetaEntry | undefined} entry
 * @param {string} lng
 */
export function contextLine(entry, lng) {
  if (!entry) return undefined;
  const parts = [];
  if (entry.description) parts.push(entry.description);
  if (entry.where) parts.push(`Shown: ${entry.where}.`);
  const max = maxLengthFor(entry, lng);
  if (max !== undefined) parts.push(`At most ${max} characters.`);
  return parts.join(' ') || undefined;
}
