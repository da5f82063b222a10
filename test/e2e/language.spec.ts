import { expect, test } from './support/fixtures';
import { BROWSER_LOCALE, HTML_LANG, LANGS, LANGUAGE_NAME, ui, type Lang } from './support/content';
import { rawKeysShown, revealLaterSections } from './support/page-text';

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

for (const lang of LANGS) {
  test.describe(`browser locale ${BROWSER_LOCALE[lang]}`, () => {
    test.use({ locale: BROWSER_LOCALE[lang] });

    test(`shows the ${lang} UI @mobile`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(lang, 'header.heading'));
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page).toHaveTitle(ui(lang, 'app.title'));
      await expect(page.getByRole('article')).toHaveCount(12);
      await expect(page.getByRole('link', { name: LANGUAGE_NAME[lang] })).toHaveAttribute('aria-current', 'true');
      await revealLaterSections(page);
      expect(await rawKeysShown(page)).toEqual([]);
    });

    test(`switching to ${other(lang)} changes everything in place and keeps the view`, async ({ page }) => {
      const target = other(lang);
      // Both languages match this search: the Chinese quote names the product in Latin letters too.
      await page.goto('/?industry=ai,finance&q=PaddlePaddle');
      await expect(page.getByRole('article')).toHaveCount(1);
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

      // Scroll so the list starts at the top of the viewport, then switch without scrolling.
      const list = page.getByRole('article').first();
      await page.evaluate(() => window.scrollTo(0, 0));
      const before = await page.evaluate(() => {
        const controls = document.querySelector('.partner-controls')!;
        window.scrollTo(0, controls.getBoundingClientRect().top + window.scrollY - 8);
        return window.scrollY;
      });
      expect(before).toBeGreaterThan(0);

      // Watch every DOM state between the click and the settled page: no keys, no skeleton.
      await page.evaluate(() => {
        const flashes: string[] = [];
        new MutationObserver(() => {
          Object.assign(window, { __mutations: ((window as { __mutations?: number }).__mutations ?? 0) + 1 });
          if (document.querySelector('.skeleton, [aria-busy="true"]')) flashes.push('skeleton');
          const text = document.body.innerText;
          const key = /\b(?:header|filter|partners|industry|program|detail|error|app)\.[a-zA-Z]+\b/.exec(text);
          if (key) flashes.push(`key ${key[0]}`);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
        Object.assign(window, { __flashes: flashes });
      });
      await page.getByRole('link', { name: LANGUAGE_NAME[target] }).dispatchEvent('click');

      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[target]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(target, 'header.heading'));
      await expect(page).toHaveTitle(ui(target, 'app.title'));
      await expect(page.getByRole('heading', { name: ui(target, 'partners.heading') })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveText(ui(target, 'filter.results', { count: 1, total: 12 }));
      expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument), 'no reload').toBe(true);
      expect(await page.evaluate(() => (window as { __flashes?: string[] }).__flashes), 'no flash of keys or skeleton').toEqual([]);
      expect(await page.evaluate(() => (window as { __mutations?: number }).__mutations), 'the observer saw the switch').toBeGreaterThan(0);
      expect(await rawKeysShown(page)).toEqual([]);

      // The view is kept: filter, search and (roughly) the scroll position.
      await expect(page).toHaveURL(/industry=ai(%2C|,)finance/);
      await expect(page).toHaveURL(/q=PaddlePaddle/);
      await expect(page.getByRole('searchbox')).toHaveValue('PaddlePaddle');
      await expect(page.getByRole('button', { name: new RegExp(`^${ui(target, 'industry.ai')}`) })).toHaveAttribute('aria-pressed', 'true');
      await expect(list).toBeInViewport();
      const after = await page.evaluate(() => window.scrollY);
      expect(Math.abs(after - before), `scroll kept (before ${before}, after ${after})`).toBeLessThan(200);

      // Saved: a fresh visit without ?lng= opens in the chosen language, whatever the browser says.
      expect(await page.evaluate(() => localStorage.getItem('partner-showcase.lng'))).toBe(target);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[target]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(target, 'header.heading'));
    });
  });
}

test('?lng= wins over the browser locale and the saved choice', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('partner-showcase.lng', 'en'));
  await page.goto('/?lng=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('zh', 'header.heading'));
});

test('back and forward across a language switch change the language in place', async ({ page }) => {
  await page.goto('/?lng=en');
  await expect(page.getByRole('article')).toHaveCount(12);
  await page.getByRole('button', { name: /^AI\s*\d+$/ }).click();
  await expect(page).toHaveURL(/industry=ai/);
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The switch replaced the entry: one step back is the English page before the filter.
  await page.goBack();
  await expect(page).not.toHaveURL(/industry=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
  await page.goForward();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: new RegExp(`^${ui('zh', 'industry.ai')}\\s*\\d+$`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
