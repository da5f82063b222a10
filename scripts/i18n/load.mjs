// @ts-check
/** Reads everything the check looks at, once, into plain data; the rules never touch the disk. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanCodeKeys, readTaxonomy } from './code-keys.mjs';
import { PATHS, SOURCE_LANGUAGE } from './config.mjs';
import { parseJson } from './json-file.mjs';
import { localeFiles } from './locale-files.mjs';
import { flatten } from './keys.mjs';
import { readHashes } from './source-hashes.mjs';

/**
 * @typedef {import('./json-file.mjs').Position} Position
 * @typedef {import('./json-file.mjs').DuplicateKey} DuplicateKey
 * @typedef {{ path: string, text: string, ok: true, value: unknown, flat: Map<string, unknown>, positions: Map<string, Position>, textStarts: Map<string, number>, duplicates: DuplicateKey[] }} LocaleFileOk
 * @typedef {{ path: string, text: string, ok: false, line: number, column: number, message: string, kind: string }} LocaleFileBad
 * @typedef {LocaleFileOk | LocaleFileBad} LocaleFile
 * @typedef {{ description?: string, where?: string, maxLength?: number | Record<string, number> }} MetaEntry
 * @typedef {{ path: string, text: string, entries: Record<string, MetaEntry>, positions: Map<string, Position>, duplicates: DuplicateKey[], error?: LocaleFileBad }} MetaFile
 * @typedef {{ path: string, entries: Record<string, unknown>, positions: Map<string, Position>, error?: LocaleFileBad }} SideFile
 *   a JSON file of locales/_meta read as plain data (the glossary, the same-in-every-language list)
 * @typedef {{ path: string, partners: string[], community: string[], error?: string }} DataFile
 * @typedef {{
 *   root: string,
 *   source: string,
 *   languages: string[],
 *   namespaces: string[],
 *   files: Map<string, LocaleFile>,
 *   meta: Map<string, MetaFile>,
 *   data: DataFile | null,
 *   taxonomy: string[] | null,
 *   code: ReturnType<typeof scanCodeKeys> | null,
 *   hashes: import('./source-hashes.mjs').HashStore,
 *   glossary: SideFile | null,
 *   sameEverywhere: SideFile | null,
 * }} Project
 */

const isDir = (/** @type {string} */ path) => existsSync(path) && statSync(path).isDirectory();

/**
 * @param {string} root
 * @param {string} path
 * @returns {LocaleFile}
 */
function readLocaleFile(root, path) {
  const text = readFileSync(join(root, path), 'utf8');
  const parsed = parseJson(text);
  if (!parsed.ok) return { path, text, ...parsed };
  return { path, text, ...parsed, flat: flatten(parsed.value) };
}

/**
 * @param {string} root
 * @param {string} path
 * @returns {SideFile | null} null when the file does not exist
 */
function readSideFile(root, path) {
  if (!existsSync(join(root, path))) return null;
  const file = readLocaleFile(root, path);
  if (!file.ok) return { path, entries: {}, positions: new Map(), error: file };
  const value = file.value && typeof file.value === 'object' && !Array.isArray(file.value) ? file.value : {};
  return { path, entries: /** @type {Record<string, unknown>} */ (value), positions: file.positions };
}

/**
 * @param {string} root
 * @returns {DataFile | null}
 */
function readData(root) {
  const path = PATHS.data;
  if (!existsSync(join(root, path))) return null;
  const parsed = parseJson(readFileSync(join(root, path), 'utf8'));
  if (!parsed.ok) return { path, partners: [], community: [], error: `line ${parsed.line}, column ${parsed.column}: ${parsed.message}` };
  const value = /** @type {any} */ (parsed.value);
  const partners = Array.isArray(value?.partners)
    ? value.partners.map((/** @type {any} */ p) => p?.id).filter((/** @type {unknown} */ id) => typeof id === 'string')
    : [];
  const lists = [value?.community?.contributors, value?.community?.users].filter(Array.isArray);
  const community = [...new Set(lists.flat().filter((id) => typeof id === 'string'))];
  return { path, partners, community };
}

/**
 * @param {string} root the project (or fixture) folder
 * @returns {Project}
 */
export function loadProject(root) {
  const { languages, files: paths } = localeFiles(root);
  const namespaceSet = new Set(paths.map((file) => file.ns));
  /** @type {Map<string, LocaleFile>} */
  const files = new Map(paths.map(({ lng, ns, path }) => [`${lng}/${ns}`, readLocaleFile(root, path)]));
  /** @type {Map<string, MetaFile>} */
  const meta = new Map();
  for (const ns of namespaceSet) {
    const path = `${PATHS.meta}/${ns}.json`;
    if (!existsSync(join(root, path))) continue;
    const file = readLocaleFile(root, path);
    meta.set(ns, {
      path,
      text: file.text,
      entries: file.ok ? /** @type {Record<string, MetaEntry>} */ (file.value) : {},
      positions: file.ok ? file.positions : new Map(),
      duplicates: file.ok ? file.duplicates : [],
      error: file.ok ? undefined : file,
    });
  }
  const srcDir = join(root, PATHS.src);
  return {
    root,
    source: SOURCE_LANGUAGE,
    languages,
    // The source's files decide what the namespaces are; others are still read, to be reported.
    namespaces: [...namespaceSet].sort(),
    files,
    meta,
    data: readData(root),
    taxonomy: existsSync(join(root, PATHS.industries)) ? readTaxonomy(join(root, PATHS.industries)) : null,
    code: isDir(srcDir) ? scanCodeKeys(root, PATHS.src) : null,
    hashes: readHashes(join(root, PATHS.sourceHashes)),
    glossary: readSideFile(root, PATHS.glossary),
    sameEverywhere: readSideFile(root, PATHS.sameEverywhere),
  };
}
