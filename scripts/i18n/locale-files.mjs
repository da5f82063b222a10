// @ts-check
/**
 * Which locale files there are, and how one that does not parse is reported. Shared by the check
 * and the build (build-check.mjs), which must say the same thing about the same file, and kept
 * free of the check's heavier modules so that the build loads little.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS, SOURCE_LANGUAGE } from './config.mjs';

/**
 * The language folders (the source first, then by code) and their JSON files. A folder whose name
 * starts with "_" (translator notes) or "." is never a language.
 * @param {string} root
 * @returns {{ languages: string[], files: { lng: string, ns: string, path: string }[] }} paths relative to root
 */
export function localeFiles(root) {
  const localesDir = join(root, PATHS.locales);
  const isDir = (/** @type {string} */ path) => existsSync(path) && statSync(path).isDirectory();
  const languages = (isDir(localesDir) ? readdirSync(localesDir) : [])
    .filter((name) => !name.startsWith('_') && !name.startsWith('.') && isDir(join(localesDir, name)))
    .sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)));
  const files = languages.flatMap((lng) =>
    readdirSync(join(localesDir, lng))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ lng, ns: name.replace(/\.json$/, ''), path: `${PATHS.locales}/${lng}/${name}` })),
  );
  return { languages, files };
}

/**
 * The finding for a locale file that is not valid JSON.
 * @param {{ path: string, line: number, column: number, message: string }} file
 * @param {string} lng
 * @param {string} ns
 * @returns {import('./check.mjs').Finding}
 */
export function unreadableFinding(file, lng, ns) {
  return {
    severity: 'error',
    kind: 'invalid-json',
    file: file.path,
    line: file.line,
    column: file.column,
    lng,
    ns,
    message: `The file cannot be read: ${file.message}`,
  };
}
