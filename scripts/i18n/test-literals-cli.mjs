#!/usr/bin/env node
// @ts-check
/**
 * npm run i18n:test-literals [-- --list] [-- --strict] [-- --json]
 * Finds the locale texts that tests spell out word for word. For now they are warnings and only
 * counted per file (the component tests still have many; --list shows each). --strict makes
 * them errors, lists them and fails the run: add it to the npm script once the tests are rewritten.
 */
import { fileURLToPath } from 'node:url';
import { loadProject } from './load.mjs';
import { findTestLiterals, localeFragments, testLiteralFindings } from './test-literals.mjs';

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const root = fileURLToPath(new URL('../../', import.meta.url));
const literals = findTestLiterals(root, localeFragments(loadProject(root)));

if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify({ findings: testLiteralFindings(literals, { strict }) }, null, 2)}\n`);
} else if (literals.length === 0) {
  console.log('Locale texts in tests: none written out; the tests take their texts from the locale files.');
} else {
  /** @type {Map<string, typeof literals>} */
  const byFile = new Map();
  for (const literal of literals) byFile.set(literal.file, [...(byFile.get(literal.file) ?? []), literal]);
  const what = strict ? 'errors' : 'warnings for now; --strict makes them errors';
  console.log(`Locale texts in tests: ${literals.length} written out word for word in ${byFile.size} files (${what}).`);
  console.log('Take them from the locale files (en.common.error.retry), so that a wording change does not break a test.');
  for (const [file, found] of byFile) {
    if (!strict && !args.has('--list')) {
      console.log(`  ${String(found.length).padStart(3)}  ${file}`);
      continue;
    }
    console.log(`\n${file}`);
    for (const { line, column, text, keys } of found) {
      const more = keys.length > 1 ? ` (also ${keys.slice(1, 3).join(', ')}${keys.length > 3 ? ', …' : ''})` : '';
      console.log(`  ${`${line}:${column}`.padEnd(8)} “${text}”  ${keys[0]}${more}`);
    }
  }
  if (!strict && !args.has('--list')) console.log('Each one with its line: npm run i18n:test-literals -- --list');
}
process.exitCode = strict && literals.length ? 1 : 0;
