#!/usr/bin/env node
// @ts-check
/** npm run i18n:add <language code>: starts locales/<code>/ with nothing translated. */
import { fileURLToPath } from 'node:url';
import { addLanguage } from './add-language.mjs';

const [code] = process.argv.slice(2);
const root = fileURLToPath(new URL('../../', import.meta.url));

if (!code) {
  console.error(`Usage: npm run i18n:add <language code>
  for example  npm run i18n:add ja      (Japanese)
               npm run i18n:add zh-TW   (Chinese as written in Taiwan)
Starts locales/<code>/ with one empty file per file of locales/zh/; nothing is translated yet.`);
  process.exit(2);
}

try {
  const { lng, names, created, kept } = addLanguage(root, code);
  console.log(`${names.own} (${names.english}, ${lng})`);
  for (const path of created) console.log(`  created ${path}`);
  for (const path of kept) console.log(`  kept    ${path} (it was there already)`);
  console.log(`
Nothing is translated yet: the page offers ${names.own} and shows English (then Chinese) where a text is missing.
Next: translate the texts of locales/zh/ into these files, run npm run i18n:check to see what is left,
and look at your work with npm run dev, then ?lng=${lng} (or ?compare=zh,${lng}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
