import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { BROWSER_LOCALE, HTML_LANG, LANGS, LANGUAGE_NAME, ui } from './support/content';

const LOCALE_FILE = /\/assets\/(common|partners|community)-[\w-]+\.json$/;
// The app's chunk, which the page's entry imports once the first screen has painted (src/main.ts).
const APP_CHUNK = '**/assets/render-page-*.js';

/** Holds the app's script until release(), recording when it was first asked for. */
async function holdAppScript(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requestedAt = Number.POSITIVE_INFINITY;
  let arrivedAt = Number.POSITIVE_INFINITY;
  await page.route(APP_CHUNK, async (route) => {
    requestedAt = Math.min(requestedAt, Date.now());
    await released;
    arrivedAt = Date.now();
    await route.continue();
  });
  return { release, requestedAt: () => requestedAt, arrivedAt: () => arrivedAt };
}

for (const lang of LANGS) {
  test.describe(`first load (${lang})`, () => {
    test.use({ locale: BROWSER_LOCALE[lang] });

    test('the first screen is on screen, in the right language, before the app script has arrived', async ({ page }) => {
      const app = await holdAppScript(page);
      await page.goto('/');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(ui(lang, 'header.heading'));
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.getByRole('link', { name: LANGUAGE_NAME[lang] })).toHaveAttribute('aria-current', 'true');
      // The app is requested only once that screen has painted, and is still held here.
      await expect.poll(app.requestedAt).toBeLessThan(Number.POSITIVE_INFINITY);
      expect(app.arrivedAt()).toBe(Number.POSITIVE_INFINITY);
      await expect(page.getByRole('article')).toHaveCount(0);

      // The app hydrates that screen in place: the heading a visitor is reading is the same element.
      await heading.evaluate((element) => ((element as HTMLElement & { seen?: boolean }).seen = true));
      app.release();
      await expect(page.getByRole('article').first()).toBeVisible();
      expect(await heading.evaluate((element) => (element as HTMLElement & { seen?: boolean }).seen)).toBe(true);
    });

    test('the language texts download beside the app script, not after it', async ({ page }) => {
      const app = await holdAppScript(page);
      const localeRequests: { url: string; at: number }[] = [];
      page.on('request', (request) => {
        if (LOCALE_FILE.test(new URL(request.url()).pathname)) localeRequests.push({ url: request.url(), at: Date.now() });
      });
      await page.goto('/');
      await expect.poll(app.requestedAt).toBeLessThan(Number.POSITIVE_INFINITY);
      // The first screen's files (common, partners) of this language and of its fallback (English falls
      // back to Chinese; Chinese, the source, to nothing), asked for while the app script was held.
      const files = lang === 'zh' ? ['common', 'partners'] : ['common', 'common', 'partners', 'partners'];
      await expect.poll(() => localeRequests.map(({ url }) => LOCALE_FILE.exec(new URL(url).pathname)?.[1]).sort()).toEqual(files);
      const heldAt = Date.now();
      app.release();
      await expect(page.getByRole('article').first()).toBeVisible();
      // Those files are not asked for again once the app runs; the later sections' file (community) may follow.
      const firstScreenFiles = localeRequests.filter(({ url }) => !url.includes('/community-'));
      expect(firstScreenFiles).toHaveLength(files.length);
      for (const { url, at } of firstScreenFiles) expect(at, url).toBeLessThanOrEqual(heldAt);
    });
  });
}

test('a language chosen before the app has arrived is the one the app starts in', async ({ page }) => {
  const app = await holdAppScript(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
  // Before the app runs, the language links are plain links to the page in that language.
  await page.getByRole('link', { name: LANGUAGE_NAME.zh }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('zh', 'header.heading'));
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
  expect(new URL(page.url()).searchParams.get('lng')).toBe('zh');
  app.release();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(ui('zh', 'partners.heading'));
  await expect(page.getByRole('link', { name: LANGUAGE_NAME.zh })).toHaveAttribute('aria-current', 'true');
  // And the app's own switch takes over from there.
  await page.getByRole('link', { name: LANGUAGE_NAME.en }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
});

test('a kiosk and the review view start without the prerendered screen', async ({ page }) => {
  const app = await holdAppScript(page);
  for (const url of ['/?kiosk=1', '/?compare=zh,en']) {
    await page.goto(url);
    await expect.poll(app.requestedAt).toBeLessThan(Number.POSITIVE_INFINITY);
    await expect(page.locator('#root')).toBeEmpty();
  }
  app.release();
});
