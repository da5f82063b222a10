import type { Page } from '@playwright/test';
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
