import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readLocale, servePreviewBuild, type Site } from './support/site-build';
import { revealLaterSections } from './support/page-text';
import { ui } from './support/content';

/**
 * Against a preview build (where ?lng=pseudo exists) of a copy of the project that also has a
 * generated third language, locales/ja/: the English texts wrapped in 「 」, half done as a
 * translator's work in progress is: a few texts and a whole file (program.json) not yet there.
 */
test.describe.configure({ mode: 'serial' });

const wrap = (value: unknown): unknown =>
  typeof value === 'string'
    ? `「${value}」`
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]))
      : value;

let site: Site;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const ja = wrap(readLocale('en')) as Record<string, Record<string, Record<string, unknown>>>;
  delete ja.common!.partners!.heading;
  delete ja.common!.app!.title;
  delete ja.program;
  site = await servePreviewBuild({ ja });
});
test.afterAll(async () => site?.close());

/**
 * Every visible text and every visible label (aria-label, placeholder, title, alt) that still
 * has a plain Latin letter or a Han character, i.e. did not go through the pseudo-locale.
 * Exempt, by design: the language links (each language named in its own words by
 * Intl.DisplayNames, never translated), what the visitor typed and the page repeats (marked
 * translate="no") and the contact e-mail address (an address, not text).
 * Numbers need no exemption: they have no letters.
 */
function textsNotPseudoLocalized(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const plain = /[A-Za-z\p{Script=Han}]/u;
    const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
    const exempt = (element: Element) => !!element.closest('.language-switch a, [translate="no"]');
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent ?? '').replace(email, '').trim();
      if (parent && text && shown(parent) && !exempt(parent) && plain.test(text)) found.push(`${parent.tagName.toLowerCase()}: ${text}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (!shown(element) || exempt(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.replace(email, '') ?? '';
        if (plain.test(value)) found.push(`${element.tagName.toLowerCase()}[${name}]: ${value}`);
      }
    }
    if (plain.test(document.title)) found.push(`title: ${document.title}`);
    return found;
  });
}

test('every visible string goes through i18next: the pseudo-locale leaves no plain text', async ({ page }) => {
  await page.goto(`${site.url}/?lng=pseudo`);
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Ṽöö.*\]$/);
  await revealLaterSections(page);
  expect(await textsNotPseudoLocalized(page)).toEqual([]);

  // The check itself can fail: one hard-coded string is found.
  await page.evaluate(() => document.querySelector('footer p')?.append(' Hard-coded'));
  expect(await textsNotPseudoLocalized(page)).toEqual(['p: Hard-coded']);
});

test('the detail view, an empty result and a load error are pseudo-localized too', async ({ page, guard }) => {
  await page.goto(`${site.url}/?lng=pseudo&partner=baidu`);
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await textsNotPseudoLocalized(page)).toEqual([]);

  await page.goto(`${site.url}/?lng=pseudo&q=no-such-partner`);
  await expect(page.getByRole('status').filter({ hasText: /12/ })).toBeVisible();
  expect(await textsNotPseudoLocalized(page)).toEqual([]);

  guard.allow(/status of 503/);
  await page.route('**/data/partners.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(`${site.url}/?lng=pseudo`);
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
  expect(await textsNotPseudoLocalized(page)).toEqual([]);
});

test('a language folder added under locales/ appears in the switch, named in its own words', async ({ page, browser }) => {
  await page.goto(`${site.url}/`);
  const switcher = page.getByRole('navigation', { name: ui('en', 'language.label') });
  await expect(switcher.getByRole('link')).toHaveText(['中文', 'English', '日本語']);
  const japanese = switcher.getByRole('link', { name: '日本語' });
  await expect(japanese).toHaveAttribute('lang', 'ja');
  // The review-only pseudo-locale is never offered.
  await expect(switcher.getByRole('link', { name: /pseudo/i })).toHaveCount(0);

  await japanese.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`「${ui('en', 'header.heading')}」`);
  await expect(japanese).toHaveAttribute('aria-current', 'true');
  expect(new URL(page.url()).searchParams.get('lng')).toBe('ja');

  // A visitor whose browser prefers Japanese gets it at once.
  const context = await browser.newContext({ locale: 'ja-JP' });
  const visitor = await context.newPage();
  await visitor.goto(`${site.url}/`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(`「${ui('en', 'header.heading')}」`);
  await context.close();
});

test('a half-translated language loads with no error; what it lacks comes from English, marked as English', async ({ page }) => {
  await page.goto(`${site.url}/?lng=ja`);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`「${ui('en', 'header.heading')}」`);
  const partnersHeading = page.getByRole('heading', { level: 2 }).first();
  await expect(partnersHeading).toHaveText(ui('en', 'partners.heading'));
  await expect(partnersHeading.locator('[lang="en"]')).toHaveText(ui('en', 'partners.heading'));
  await expect(page).toHaveTitle(ui('en', 'app.title'));
  // A file not translated at all: the section is there, in English, marked as English.
  const program = page.getByRole('region', { name: ui('en', 'program:heading') });
  await expect(program.getByRole('heading', { level: 2 }).locator('[lang="en"]')).toHaveText(ui('en', 'program:heading'));
});
