// @ts-check
/**
 * Which translation keys the code uses, read from the TypeScript syntax tree (not by regex, so
 * comments and strings that merely look like t('…') are not counted):
 *   t('filter.results')               a literal key, in the namespace of the nearest useTranslation()
 *   t('partners:baidu.name')          a key with its namespace
 *   t(`program.stats.${id}`)          a template: every key under "program.stats." counts as used
 *   i18n.t('app.title'), <Trans i18nKey="…">
 * A key the scanner cannot read (t(id)) is listed as dynamic with its place, so nothing is
 * silently assumed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * @typedef {{ ns: string, key: string, prefix: boolean, file: string, line: number }} KeyUse
 * @typedef {{ ns: string, file: string, line: number, text: string }} DynamicUse
 */

/** react-i18next's hook and the app's own (src/shared/hooks/use-texts.tsx, whose `tx` looks up like `t`). */
const TRANSLATION_HOOKS = ['useTranslation', 'useTexts'];
const LOOKUPS = ['t', 'tx'];

/** @param {string} dir */
function sourceFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name)) files.push(path);
  }
  return files.sort();
}

/** The namespaces a useTranslation(...) call asks for; the first is where plain keys live. */
/**
 * @param {ts.CallExpression} call
 * @param {string} defaultNs
 */
function namespacesOf(call, defaultNs) {
  const arg = call.arguments[0];
  if (arg && ts.isStringLiteralLike(arg)) return arg.text;
  if (arg && ts.isArrayLiteralExpression(arg)) {
    const first = arg.elements[0];
    if (first && ts.isStringLiteralLike(first)) return first.text;
  }
  return defaultNs;
}

/**
 * @param {ts.Node} node
 * @returns {node is ts.CallExpression}
 */
function isUseTranslation(node) {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TRANSLATION_HOOKS.includes(node.expression.text);
}

/** The namespace of the closest enclosing function that calls useTranslation(). */
/**
 * @param {ts.Node} node
 * @param {string} defaultNs
 */
function namespaceAt(node, defaultNs) {
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) || ts.isSourceFile(scope)) {
      /** @type {string | undefined} */
      let found;
      /** @param {ts.Node} child */
      const visit = (child) => {
        if (found) return;
        if (child !== scope && ts.isFunctionLike(child)) return;
        if (isUseTranslation(child)) found = namespacesOf(child, defaultNs);
        else ts.forEachChild(child, visit);
      };
      ts.forEachChild(scope, visit);
      if (found) return found;
    }
  }
  return defaultNs;
}

/** @param {ts.Expression | undefined} options */
function optionNamespace(options) {
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const property of options.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === 'ns' && ts.isStringLiteralLike(property.initializer)) {
      return property.initializer.text;
    }
  }
  return undefined;
}

/**
 * @param {ts.Node} node
 * @returns {node is ts.CallExpression}
 */
function isTCall(node) {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  return (
    (ts.isIdentifier(callee) && LOOKUPS.includes(callee.text)) ||
    (ts.isPropertyAccessExpression(callee) && LOOKUPS.includes(callee.name.text))
  );
}

/**
 * @param {string} root project root
 * @param {string} srcDir source folder, relative to root
 * @param {string} defaultNs namespace of keys without one
 * @returns {{ uses: KeyUse[], dynamic: DynamicUse[] }}
 */
export function scanCodeKeys(root, srcDir, defaultNs = 'common') {
  /** @type {KeyUse[]} */
  const uses = [];
  /** @type {DynamicUse[]} */
  const dynamic = [];
  for (const path of sourceFiles(join(root, srcDir))) {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const file = relative(root, path).split('\\').join('/');
    const lineOf = (/** @type {ts.Node} */ node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    /** @type {(node: ts.Node, raw: string, ns: string, prefix: boolean) => void} */
    const record = (node, raw, ns, prefix) => {
      const split = /^([\w-]+):(.+)$/.exec(raw);
      uses.push({ ns: split?.[1] ?? ns, key: split?.[2] ?? raw, prefix, file, line: lineOf(node) });
    };
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (isTCall(node)) {
        const [arg, options] = node.arguments;
        const ns = optionNamespace(options) ?? namespaceAt(node, defaultNs);
        if (arg && ts.isStringLiteralLike(arg)) record(arg, arg.text, ns, false);
        else if (arg && ts.isTemplateExpression(arg) && arg.head.text) record(arg, arg.head.text, ns, true);
        else if (arg) dynamic.push({ ns, file, line: lineOf(arg), text: arg.getText(source) });
      } else if (ts.isJsxAttribute(node) && node.name.getText() === 'i18nKey' && node.initializer && ts.isStringLiteral(node.initializer)) {
        record(node.initializer, node.initializer.text, namespaceAt(node, defaultNs), false);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, dynamic };
}

/**
 * The industry ids of the taxonomy: the string literals of `export const INDUSTRIES = [...]`.
 * @param {string} path
 * @returns {string[] | null} null when the file has no such list
 */
export function readTaxonomy(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {string[] | null} */
  let ids = null;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'INDUSTRIES' && node.initializer) {
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isArrayLiteralExpression(init)) ids = init.elements.filter(ts.isStringLiteralLike).map((element) => element.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ids;
}
