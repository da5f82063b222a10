// @ts-check
/**
 * Locale texts written word for word in tests. A test that spells out "Retry" fails when a
 * translator writes "Try again", with a message the translator cannot act on; tests take their
 * expected texts from the locale files instead (en.common.error.retry). This finds the literal
 * ones: every string, template, JSX text and regular expression of test/**\/*.{ts,tsx} (fixtures
 * aside) is searched for the texts of every locale file, read from the TypeScript syntax tree so
 * that comments and test names are not counted.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { HAN_LANGUAGES } from './config.mjs';
import { isText } from './keys.mjs';
import { isProperName, sameEverywhereTerms } from './untranslated.mjs';

/**
 * @typedef {{ text: string, keys: string[] }} LocaleFragment a piece of locale text, and where it comes from ("en common:error.retry")
 * @typedef {{ file: string, line: number, column: number, text: string, keys: string[] }} TestLiteral
 */

/** Placeholders and tags split a text into the pieces a test could spell out. */
const PLACEHOLDER = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>/g;

/**
 * Long enough to be a text rather than a word that happens to match: five characters of Latin
 * text ("Retry", the wording edit that once broke six tests), four of Chinese.
 */
const MIN_LATIN = 5;
const MIN_HAN = 4;

/** An id, a role or a class name rather than words: one lower-case token ("carousel", "baidu"). */
const KEY_LIKE = /^[a-z0-9][a-z0-9._:/-]*$/;

/**
 * Every piece of locale text a test should not spell out, longest first.
 * @param {import('./load.mjs').Project} project
 * @returns {LocaleFragment[]}
 */
export function localeFragments(project) {
  const same = new Set(sameEverywhereTerms(project));
  /** @type {Map<string, string[]>} */
  const found = new Map();
  for (const [id, file] of project.files) {
    if (!file.ok) continue;
    const [lng = '', ns = ''] = id.split('/');
    for (const [key, value] of file.flat) {
      // Names (Baidu, Zhou Ti) are not wording a translator edits, and tests build data of their own with them.
      if (!isText(value) || isProperName(ns, key)) continue;
      for (const piece of value.split(PLACEHOLDER).map((part) => part.trim())) {
        const han = /\p{Script=Han}/u.test(piece);
        const long = [...piece].length >= (han || HAN_LANGUAGES.test(lng) ? MIN_HAN : MIN_LATIN);
        if (!long || KEY_LIKE.test(piece) || same.has(piece) || !/\p{L}/u.test(piece)) continue;
        found.set(piece, [...(found.get(piece) ?? []), `${lng} ${ns}:${key}`]);
      }
    }
  }
  return [...found].map(([text, keys]) => ({ text, keys })).sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/** @param {string} dir */
function testFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...testFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

const TEST_FUNCTIONS = new Set(['describe', 'it', 'test', 'bench', 'suite']);

/** The name given to describe(), it() or test() (with .each, .skip, .only …) is prose, not an expectation. */
function isTestName(/** @type {ts.Node} */ node) {
  // A part of a template with ${…} belongs to the template, which is the argument.
  const argument = ts.isTemplateLiteralToken(node) ? ts.findAncestor(node, ts.isTemplateExpression) : node;
  const call = argument?.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== argument) return false;
  let callee = call.expression;
  while (ts.isPropertyAccessExpression(callee) || ts.isCallExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) && TEST_FUNCTIONS.has(callee.text);
}

/**
 * The literal texts of a test file with where each starts; a regular expression keeps its flags,
 * so that /retry/i can match "Retry".
 * @param {ts.SourceFile} source
 * @returns {{ node: ts.Node, text: string, ignoreCase: boolean }[]}
 */
function literalsOf(source) {
  /** @type {{ node: ts.Node, text: string, ignoreCase: boolean }[]} */
  const literals = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) &&
      !isTestName(node)
    ) {
      literals.push({ node, text: node.text, ignoreCase: false });
    } else if (ts.isRegularExpressionLiteral(node)) {
      const [, body = '', flags = ''] = /^\/(.*)\/([a-z]*)$/s.exec(node.text) ?? [];
      // Escaped punctuation reads as itself: /\(opens in a new tab\)/ has "(opens in a new tab)".
      literals.push({ node, text: body.replace(/\\([^\w\s])/g, '$1'), ignoreCase: flags.includes('i') });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return literals;
}

/**
 * Where a fragment occurs in a literal as whole words (Latin text must not run on: "Close" is not
 * found in "Closed"); -1 when it does not. A single Latin word counts only at the start of the
 * literal, as in an accessible name ("Retry", "Finance 0"): inside a sentence of the test's own
 * data ("Leinao\nResearch platform") it is a coincidence.
 * @param {string} literal
 * @param {string} fragment
 * @param {boolean} ignoreCase
 */
function indexOfWhole(literal, fragment, ignoreCase) {
  const haystack = ignoreCase ? literal.toLowerCase() : literal;
  const needle = ignoreCase ? fragment.toLowerCase() : fragment;
  const word = /[\p{L}\p{N}]/u;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? '';
    const after = haystack[at + needle.length] ?? '';
    const latinStart = /[A-Za-z0-9]/.test(needle[0] ?? '');
    const latinEnd = /[A-Za-z0-9]/.test(needle.at(-1) ?? '');
    if ((latinStart && word.test(before)) || (latinEnd && word.test(after))) continue;
    if (/^[A-Za-z][\w&'-]*$/.test(needle) && /\p{L}/u.test(haystack.slice(0, at))) continue;
    return at;
  }
  return -1;
}

/**
 * Not searched: the fixtures, and the tests of the translation check itself, which run it on the
 * fixture projects: their texts are the fixtures' (made to look like the real ones), and a
 * wording change in locales/ never reaches them.
 */
const EXCLUDED = ['test/fixtures', 'test/scripts/i18n'];

/**
 * @param {string} root the project folder
 * @param {LocaleFragment[]} fragments from localeFragments()
 * @param {{ testDir?: string, exclude?: string[] }} [options] folders relative to root
 * @returns {TestLiteral[]}
 */
export function findTestLiterals(root, fragments, { testDir = 'test', exclude = EXCLUDED } = {}) {
  /** @type {TestLiteral[]} */
  const found = [];
  for (const path of testFiles(join(root, testDir))) {
    const file = relative(root, path).split('\\').join('/');
    if (exclude.some((folder) => file.startsWith(`${folder}/`))) continue;
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    for (const { node, text, ignoreCase } of literalsOf(source)) {
      // Longest first; a shorter text inside a longer one already found is not reported again.
      /** @type {[number, number][]} */
      const taken = [];
      for (const fragment of fragments) {
        const at = indexOfWhole(text, fragment.text, ignoreCase);
        const end = at + fragment.text.length;
        if (at === -1 || taken.some(([start, stop]) => at < stop && end > start)) continue;
        taken.push([at, end]);
        const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ file, line: line + 1, column: character + 1, text: fragment.text, keys: fragment.keys });
      }
    }
  }
  return found;
}

/**
 * The findings, in the shape the translation check prints: warnings, or errors once strict.
 * @param {TestLiteral[]} literals
 * @param {{ strict: boolean }} options
 * @returns {import('./check.mjs').Finding[]}
 */
export function testLiteralFindings(literals, { strict }) {
  return literals.map(({ file, line, column, text, keys }) => {
    const [first = ''] = keys;
    const [lng, nsKey = ''] = first.split(' ');
    const [ns, key] = nsKey.split(/:(.*)/s);
    const more = keys.length > 1 ? ` (also ${keys.slice(1, 4).join(', ')}${keys.length > 4 ? ', …' : ''})` : '';
    return {
      severity: strict ? 'error' : 'warning',
      kind: 'test-literal',
      file,
      line,
      column,
      message: `The locale text “${text}” (${first}${more}) is written out in the test. Take it from the locale file (${lng}.${ns}.${key}), so that a wording change does not break the test.`,
    };
  });
}
