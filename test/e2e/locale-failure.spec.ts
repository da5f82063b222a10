import type { Page, Route } from '@playwright/test';
import { HTML_LANG, LANGUAGE_NAME, ui } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * Locale files that fail or hold something odd: the page never goes blank, never shows a raw key,
 * never throws, and stays consistent (URL, <html lang>, the current language link, what is shown).
 * Locale files are content-hashed (assets/common-<hash>.json); each is told by what it holds.
 */
const COMMON_FILES = '**/assets/common-*.json';
const FAILED_LOAD = /Failed to load resource/;

/** Answers the English common.json (the one whose title is the English one) with `answer`. */
async function replaceEnglishCommon(page: Page, answer: (route: Route, texts: Record<string, unknown>) => Promise<void>) {
  await page.route(COMMON_FILES, async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as { app?: { title?: string } };
    if (texts.app?.title === ui('en', 'app.title')) return answer(route, texts);
    return route.fulfill({ response });
  });
}

test('English texts answering 404 at a switch: the page switches, shows Chinese where it must (marked so), says so, and Retry brings English', async ({
  page,
  guard,
}) => {
  guard.allow(FAILED_LOAD);
  let missing = true;
  await replaceEnglishCommon(page, (route, texts) =>
    missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ json: texts }),
  );
  await page.goto('/?lng=zh');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('link', { name: LANGUAGE_NAME.en }).click();

  await expect(page.getByRole('alert')).toContainText(ui('zh', 'language.notLoaded', { language: LANGUAGE_NAME.en }));
  expect(new URL(page.url()).searchParams.get('lng')).toBe('en');
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
  await expect(page.getByRole('link', { name: LANGUAGE_NAME.en })).toHaveAttribute('aria-current', 'true');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(ui('zh', 'header.heading'));
  await expect(heading.locator('[lang="zh-CN"]')).toHaveText(ui('zh', 'header.heading'));
  // The partner texts, which did load, are English.
  await expect(page.getByRole('heading', { level: 3 }).nth(1)).toHaveAttribute('lang', 'en');

  const retry = page.getByRole('alert').getByRole('button');
  await retry.waitFor();
  // The file comes back just as Retry is pressed: the page also tries again by itself (on a
  // backoff), and on a slow machine that try came first, so Retry was gone before it was pressed.
  missing = false;
  await retry.click();
  await expect(heading).toHaveText(ui('en', 'header.heading'));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a reload with ?lng=en while English texts are missing: no hydration error, the same consistent page', async ({ page, guard }) => {
  guard.allow(FAILED_LOAD);
  await replaceEnglishCommon(page, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?lng=en');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
  await expect(page.getByRole('heading', { level: 1 }).locator('[lang="zh-CN"]')).toHaveText(ui('zh', 'header.heading'));
  await expect(page.getByRole('link', { name: LANGUAGE_NAME.en })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('alert')).toBeVisible();
});

for (const [shape, body] of [
  ['a list', [1, 2, 3]],
  ['a number', 42],
] as const) {
  test(`a locale file that is valid JSON of the wrong shape (${shape}) falls back, with no error`, async ({ page }) => {
    await replaceEnglishCommon(page, (route) => route.fulfill({ json: body }));
    await page.goto('/?lng=en');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('zh', 'header.heading'));
    await expect(page.getByRole('alert')).toBeVisible();
  });
}

test('a group of texts where a text belongs shows the fallback language there, never i18next’s message', async ({ page }) => {
  await replaceEnglishCommon(page, (route, texts) =>
    route.fulfill({ json: { ...texts, header: { ...(texts.header as object), heading: { oops: 'a group' } } } }),
  );
  await page.goto('/?lng=en');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('zh', 'header.heading'));
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(ui('en', 'partners.heading'));
  await expect(page.locator('body')).not.toContainText('returned an object');
});

test('a Chinese fallback file of the wrong shape, needed by an English page missing a text: no error, no raw key', async ({ page }) => {
  await page.route(COMMON_FILES, async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as { app?: { title?: string }; partners?: Record<string, string> };
    if (texts.app?.title === ui('en', 'app.title')) {
      delete texts.partners?.heading;
      return route.fulfill({ json: texts });
    }
    return route.fulfill({ json: ['not', 'texts'] });
  });
  await page.goto('/?lng=en');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
  await expect(page.locator('body')).not.toContainText('partners.heading');
});
