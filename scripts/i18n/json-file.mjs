// @ts-check
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ ok: true, value: unknown }} JsonOk
 * @typedef {{ ok: false, line: number, column: number, message: string }} JsonError
 */

/** What V8 says, in words a translator can act on. */
const HINTS = [
  [/Expected double-quoted property name/, 'Expected a "key" here. Often a comma after the last entry of a block: remove it.'],
  [/Expected ',' or '}' after property value/, 'A comma is probably missing at the end of the previous entry.'],
  [/Expected ',' or ']' after array element/, 'A comma is probably missing between two list items.'],
  [/Expected ':' after property name/, 'A colon (:) is missing between the key and its text.'],
  [/Unterminated string/, 'A text is not closed: it needs a straight double quote (") at its end.'],
  [/Bad control character in string literal/, 'A text contains a line break or tab: write \\n for a new line instead.'],
  [/Bad escaped character/, 'A backslash (\\) starts an unknown escape: write \\\\ for a backslash, \\" for a quote.'],
  [/Unexpected end of JSON input/, 'The file ends too early: a closing } or " is missing.'],
  [/Unexpected non-whitespace character after JSON/, 'There is text after the last closing }.'],
  [/Unexpected token/, 'An unexpected character: check quotes (only straight " count) and commas.'],
];

/**
 * Line and column (1-based) of a character offset.
 * @param {string} text
 * @param {number} offset
 */
export function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/**
 * JSON.parse with the place of the mistake. V8 reports "at position N" (Node 22 adds line and
 * column too); an early end of input has no position, so it points at the end of the file.
 * @param {string} text
 * @returns {JsonOk | JsonError}
 */
export function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const match = /at position (\d+)/.exec(raw);
    const offset = match ? Number(match[1]) : text.trimEnd().length;
    // Whatever V8 calls it, a mistake found only at the very end means the file stops too early.
    const atEnd = offset >= text.trimEnd().length && !/Unterminated string/.test(raw);
    const hint = atEnd
      ? 'The file ends too early: a closing } or " is missing.'
      : (HINTS.find(([pattern]) => /** @type {RegExp} */ (pattern).test(raw))?.[1] ?? 'The file is not valid JSON.');
    return { ok: false, ...positionOf(text, offset), message: /** @type {string} */ (hint) };
  }
}

/** @param {string} path */
export function readJson(path) {
  return parseJson(readFileSync(path, 'utf8'));
}

/**
 * The line where a flat key ("program.stats.forks") is written, found by looking for each part
 * of the path after the previous one. Good enough for locale files, which nest plain objects.
 * @param {string} text
 * @param {string} key
 * @param {{ literal?: boolean }} [options] literal: the key is written as one "a.b" string (notes files)
 * @returns {number | undefined}
 */
export function lineOfKey(text, key, { literal = false } = {}) {
  let from = 0;
  for (const part of literal ? [key] : key.split('.')) {
    const escaped = JSON.stringify(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`${escaped}\\s*:`, 'g');
    match.lastIndex = from;
    const found = match.exec(text);
    if (!found) return undefined;
    from = found.index + found[0].length;
  }
  return positionOf(text, from).line;
}
