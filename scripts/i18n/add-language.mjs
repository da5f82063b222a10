// @ts-check
/**
 * Starts a new language: locales/<lng>/ with one file per namespace of the source, each holding {}
 * (nothing translated). The page offers the language at once (it finds languages by their folders
 * and names them with Intl.DisplayNames) and shows the fallback texts; the check reports every
 * text as missing and the coverage starts at 0 %. Copying another language's folder instead would
 * pass as translated while every text is still that language's.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS, SOURCE_LANGUAGE } from './config.mjs';
import { localeFiles } from './locale-files.mjs';

/** Codes the page itself uses as preview languages (?lng=cimode, ?lng=pseudo). */
const RESERVED = new Set(['cimode', 'pseudo', 'dev']);

/**
 * The language's name in its own words and in English, or nothing when Intl does not know it.
 * @param {string} lng
 */
export function languageNames(lng) {
  try {
    const own = new Intl.DisplayNames([lng], { type: 'language', fallback: 'none' }).of(lng);
    const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(lng);
    return own && english ? { own, english } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root the project folder
 * @param {string} code the language code as typed ("ja", "zh-tw")
 * @returns {{ lng: string, names: { own: string, english: string }, created: string[], kept: string[] }}
 *   lng: the code as the folder is named (canonical: "zh-TW"); created and kept: file paths
 * @throws {Error} with a message for the person who typed the code
 */
export function addLanguage(root, code) {
  let lng;
  try {
    [lng] = Intl.getCanonicalLocales(code.trim());
  } catch {
    lng = undefined;
  }
  const names = lng ? languageNames(lng) : undefined;
  if (!lng || !names || RESERVED.has(lng)) {
    throw new Error(
      `"${code}" is not a language code this page can use. Use a code such as ja (Japanese), fr (French), de (German), or one with a region such as zh-TW or pt-BR.`,
    );
  }
  if (lng === SOURCE_LANGUAGE) throw new Error(`${lng} is the source language; it is already there.`);
  const namespaces = [
    ...new Set(
      localeFiles(root)
        .files.filter((file) => file.lng === SOURCE_LANGUAGE)
        .map((file) => file.ns),
    ),
  ];
  if (namespaces.length === 0) throw new Error(`There are no source files in ${PATHS.locales}/${SOURCE_LANGUAGE}/ to translate.`);
  mkdirSync(join(root, PATHS.locales, lng), { recursive: true });
  /** @type {string[]} */
  const created = [];
  /** @type {string[]} */
  const kept = [];
  for (const ns of namespaces) {
    const path = `${PATHS.locales}/${lng}/${ns}.json`;
    if (existsSync(join(root, path))) {
      kept.push(path);
      continue;
    }
    // An empty block, not a copy: every text is missing until it is translated.
    writeFileSync(join(root, path), '{}\n');
    created.push(path);
  }
  return { lng, names, created, kept };
}
