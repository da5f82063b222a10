// @ts-check
/**
 * A locale file that does not parse fails the build, with the words `npm run i18n:check` prints
 * for it, instead of shipping a language whose texts fall back at run time.
 *
 * In vite.config.ts:  plugins: [localeFilesMustParse(), ...]   (from './scripts/i18n/build-check.mjs')
 * or anywhere else:   assertLocaleFilesParse(projectRoot)      (throws an Error with that text)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from './json-file.mjs';
import { localeFiles, unreadableFinding } from './locale-files.mjs';
import { formatFindings } from './report.mjs';

/**
 * The findings for the locale files under `root` that are not valid JSON; none when all parse.
 * @param {string} root the project folder
 * @returns {import('./check.mjs').Finding[]}
 */
export function localeParseFindings(root) {
  return localeFiles(root).files.flatMap(({ lng, ns, path }) => {
    const parsed = parseJson(readFileSync(join(root, path), 'utf8'));
    return parsed.ok ? [] : [unreadableFinding({ path, ...parsed }, lng, ns)];
  });
}

/**
 * Throws when a locale file does not parse; the error's message is the check's own report of it.
 * @param {string} root the project folder
 */
export function assertLocaleFilesParse(root) {
  const findings = localeParseFindings(root);
  if (findings.length === 0) return;
  const files = findings.length === 1 ? 'A locale file does not parse' : `${findings.length} locale files do not parse`;
  throw new Error(`${files}; fix it and build again (npm run i18n:check shows the same):\n${formatFindings(findings)}`);
}

/**
 * The same check as a Vite plugin: runs when a build starts (not in the dev server, where a broken
 * file shows the error overlay instead, see vite-locale-hmr.mjs).
 * @param {string} [root] the project folder; Vite's root by default
 * @returns {import('vite').Plugin}
 */
export function localeFilesMustParse(root) {
  let projectRoot = root ?? process.cwd();
  return {
    name: 'partner-showcase:locale-files-must-parse',
    apply: 'build',
    configResolved(config) {
      projectRoot = root ?? config.root;
    },
    buildStart() {
      try {
        assertLocaleFilesParse(projectRoot);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
