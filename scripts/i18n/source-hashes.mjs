// @ts-check
/**
 * Stale translations: for each language and key, a short hash of the Chinese text the translation
 * was last checked against. The file is written by `npm run i18n:accept`, never by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @typedef {Record<string, Record<string, Record<string, string>>>} HashStore lng -> ns -> key -> hash */

const ABOUT =
  'Written by `npm run i18n:accept`; do not edit. Per language and key: a hash of the Chinese text the translation was last checked against.';

/** @param {string} text */
export function sourceHash(text) {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}

/**
 * @param {string} path
 * @returns {HashStore}
 */
export function readHashes(path) {
  if (!existsSync(path)) return {};
  const { about: _about, ...store } = JSON.parse(readFileSync(path, 'utf8'));
  return store;
}

/** Sorted keys, so a change shows as a one-line diff. */
/**
 * @param {any} value
 * @returns {any}
 */
function sorted(value) {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted(value[key])]),
  );
}

/**
 * @param {string} path
 * @param {HashStore} store
 */
export function writeHashes(path, store) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ about: ABOUT, ...sorted(store) }, null, 2)}\n`);
}
