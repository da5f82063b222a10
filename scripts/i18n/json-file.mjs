// @ts-check
/**
 * Reading a JSON file the way a translator needs it read: jsonc-parser (the parser behind VS Code's
 * JSON support) finds the mistakes with their exact offsets, json-errors.mjs names them, and the
 * syntax tree gives every key's line, so findings point at the key itself and duplicate keys, which
 * JSON.parse silently resolves to the last one, are seen.
 */
import { readFileSync } from 'node:fs';
import { parseTree } from 'jsonc-parser';
import { describeSyntaxError } from './json-errors.mjs';

/**
 * @typedef {{ line: number, column: number }} Position 1-based, as editors show them
 * @typedef {{ key: string, positions: Position[] }} DuplicateKey a key written more than once in one block
 * @typedef {{ ok: true, value: unknown, positions: Map<string, Position>, textStarts: Map<string, number>, duplicates: DuplicateKey[] }} JsonOk
 *   positions: where each key is written; textStarts: the offset of each text's opening quote
 * @typedef {{ ok: false, line: number, column: number, message: string, kind: string }} JsonError
 */

/**
 * Line and column (1-based) of a character offset.
 * @param {string} text
 * @param {number} offset
 * @returns {Position}
 */
export function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/**
 * Every key of the tree, as a dotted path ("program.stats.forks"; a notes file's "a.b" key gives
 * the same string), with where it is written. Where a key is written twice, the last one counts,
 * as it does for JSON.parse and so for the page.
 * @param {string} text
 * @param {import('jsonc-parser').Node} tree
 */
function keysOf(text, tree) {
  /** @type {Map<string, Position>} */
  const positions = new Map();
  /** @type {Map<string, number>} */
  const textStarts = new Map();
  /** @type {DuplicateKey[]} */
  const duplicates = [];
  /** @type {(node: import('jsonc-parser').Node, prefix: string) => void} */
  const walk = (node, prefix) => {
    if (node.type !== 'object') return;
    /** @type {Map<string, Position[]>} */
    const seen = new Map();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const path = prefix ? `${prefix}.${keyNode.value}` : String(keyNode.value);
      const position = positionOf(text, keyNode.offset);
      seen.set(path, [...(seen.get(path) ?? []), position]);
      positions.set(path, position);
      if (valueNode?.type === 'string') textStarts.set(path, valueNode.offset);
      else textStarts.delete(path);
      if (valueNode) walk(valueNode, path);
    }
    for (const [key, places] of seen) if (places.length > 1) duplicates.push({ key, positions: places });
  };
  walk(tree, '');
  return { positions, textStarts, duplicates };
}

/**
 * Where a key is written; nothing when the file does not have it.
 * @param {{ positions: Map<string, Position> }} file
 * @param {string} key
 * @returns {Partial<Position>}
 */
export function placeOfKey(file, key) {
  return file.positions.get(key) ?? {};
}

/**
 * Where the character at `index` of a key's text is written in the file: the text as JSON writes
 * it, where an escape (\n, \", \u4e2d) takes more characters than it stands for.
 * @param {{ text: string, positions: Map<string, Position>, textStarts: Map<string, number> }} file
 * @param {string} key
 * @param {number} index
 * @returns {Partial<Position>}
 */
export function placeInText(file, key, index) {
  const start = file.textStarts.get(key);
  if (start === undefined) return placeOfKey(file, key);
  let raw = start + 1;
  for (let decoded = 0; decoded < index; decoded += 1) {
    raw += file.text[raw] !== '\\' ? 1 : file.text[raw + 1] === 'u' ? 6 : 2;
  }
  return positionOf(file.text, raw);
}

/**
 * Parses strict JSON (no comments, no trailing commas, no byte-order mark: what JSON.parse, the
 * build and every tool downstream accept). The first mistake is reported; those after it are
 * usually its echo, so the translator fixes one and runs the check again.
 * @param {string} text
 * @returns {JsonOk | JsonError}
 */
export function parseJson(text) {
  /** @type {import('jsonc-parser').ParseError[]} */
  const errors = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (first || !tree) {
    const { kind, offset, message } = describeSyntaxError(text, first);
    return { ok: false, kind, ...positionOf(text, offset), message };
  }
  // The value itself comes from JSON.parse, so the texts are exactly what the page will get.
  try {
    return { ok: true, value: JSON.parse(text), ...keysOf(text, tree) };
  } catch {
    // Not seen so far: jsonc-parser is at least as strict as JSON.parse with these options.
    return { ok: false, kind: 'not-json', line: 1, column: 1, message: 'The file is not valid JSON.' };
  }
}

/** @param {string} path */
export function readJson(path) {
  return parseJson(readFileSync(path, 'utf8'));
}
