import { expect, type Page } from '@playwright/test';
import { allKeys } from './content';

/**
 * Words that look like an i18next key (`filter.results`, `partners:baidu.quote`). The contact
 * address is the one legitimate dotted word on the page.
 */
const KEY_LIKE = /\b[a-z][a-z0-9-]*[.:][a-zA-Z][\w.-]*\b/g;
const LEGITIMATE = [/^wang\.platform$/, /^gmail\.com$/];

export async function rawKeysShown(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const known = allKeys().filter((key) => text.includes(key));
  const keyLike = (text.match(KEY_LIKE) ?? []).filter((word) => !LEGITIMATE.some((pattern) => pattern.test(word)));
  return [...new Set([...known, ...keyLike])];
}

/**
 * Scrolls every scroller to its end until the sections below the list are on the page (they load
 * as a visitor scrolls towards them; the footer follows them), then back to the top.
 */
export async function revealLaterSections(page: Page): Promise<void> {
  await expect(async () => {
    await page.evaluate(() => {
      for (const element of [document.documentElement, ...document.body.querySelectorAll<HTMLElement>('*')]) {
        if (element.scrollHeight > element.clientHeight) element.scrollTop = element.scrollHeight;
      }
    });
    await expect(page.locator('.site-footer')).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await page.evaluate(() => {
    for (const element of [document.documentElement, ...document.body.querySelectorAll<HTMLElement>('*')]) element.scrollTop = 0;
  });
}

/** Latin words of headings that the browser set on more than one line. */
export const wordsBrokenInHeadings = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const heading of document.querySelectorAll('h1, h2, h3')) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’.-]*/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(`${heading.tagName} "${match[0]}"`);
        }
      }
    }
    return broken;
  });
