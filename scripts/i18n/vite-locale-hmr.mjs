// @ts-check
/**
 * Dev server plugin: a saved locale file is sent to the page as data (the language feature swaps
 * the bundle in place, see src/features/language/locale-hot-reload.ts) instead of Vite's default
 * full reload, which would lose scroll position and anything typed. A file that is not valid JSON
 * shows Vite's error overlay with its line and column; the page removes it once the file is fixed
 * (an empty Vite update would do that too, but Vite reloads the page on the first update after an
 * error).
 */
import { readFileSync } from 'node:fs';
import { parseJson } from './json-file.mjs';

const EVENT = 'partner-showcase:locale-edit';
const LOCALE_FILE = /[\\/]locales[\\/]([^_\\/][^\\/]*)[\\/]([^\\/]+)\.json$/;

/** @returns {import('vite').Plugin} */
export function localeHotReload() {
  return {
    name: 'partner-showcase:locale-hot-reload',
    apply: 'serve',
    handleHotUpdate({ file, server }) {
      const match = LOCALE_FILE.exec(file);
      if (!match) return undefined;
      const [, lng, ns] = match;
      const parsed = parseJson(readFileSync(file, 'utf8'));
      if (!parsed.ok) {
        server.ws.send({
          type: 'error',
          err: {
            message: `${parsed.message} (line ${parsed.line}, column ${parsed.column})`,
            stack: '',
            id: file,
            loc: { file, line: parsed.line, column: parsed.column },
          },
        });
        return [];
      }
      server.ws.send({ type: 'custom', event: EVENT, data: { lng, ns, resources: parsed.value } });
      // Nothing for Vite to do: the page already has the new texts.
      return [];
    },
  };
}
