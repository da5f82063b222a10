import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every i18next key of the source locale, as it would look if it leaked to the screen
 * ("filter.results", "partners:baidu.quote", "baidu.quote"). Read from disk so new keys count.
 */
function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const localesDir = resolve(import.meta.dirname, '../../locales');

function allKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(resolve(localesDir, 'zh'))) {
    const ns = file.replace(/\.json$/, '');
    const json: unknown = JSON.parse(readFileSync(resolve(localesDir, 'zh', file), 'utf8'));
    for (const key of keysOf(json)) {
      // Single-word community keys ("baidu", "visa") are also ordinary words; only dotted keys are telling.
      if (key.includes('.')) keys.add(key);
      keys.add(`${ns}:${key}`);
    }
  }
  return [...keys];
}

// One pattern for all keys, longest first, compiled once: the language-switch test runs it on every mutation.
const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KEY_PATTERN = new RegExp(
  `(?:^|[^\\w.-])(${allKeys()
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?=$|[^\\w-])`,
  'gm',
);

/** The keys that show anywhere in the text or the accessible attributes of `root`. */
export function rawKeysIn(root: Element = document.body): string[] {
  const attributes = [...root.querySelectorAll('[aria-label],[placeholder],[title],[alt]')].flatMap((element) =>
    ['aria-label', 'placeholder', 'title', 'alt'].map((name) => element.getAttribute(name) ?? ''),
  );
  // Text node by text node: textContent would glue neighbours together ("production.partners.heading").
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
  const haystack = [...texts, ...attributes, document.title].join('\n');
  return [...new Set([...haystack.matchAll(KEY_PATTERN)].map((match) => match[1]!))];
}
