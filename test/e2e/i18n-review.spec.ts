import { expect, test } from './support/fixtures';
import { partnerText, ui } from './support/content';

/** Review tools that ship in the production build, and the one that must not. */

test('?lng=cimode shows keys instead of text, partner texts included', async ({ page }) => {
  await page.goto('/?lng=cimode');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('header.heading');
  await expect(page.getByRole('heading', { level: 3, name: 'partners:baidu.name' })).toBeVisible();
  const baidu = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'partners:baidu.name' }) });
  await expect(baidu.getByRole('blockquote')).toHaveText(/partners:baidu\.quote/);
  await expect(page.getByRole('button', { name: /^industry\.ai/ })).toBeVisible();
  // No language button is pressed: cimode is never offered or saved.
  await expect(page.getByRole('group').first().getByRole('button', { pressed: true })).toHaveCount(0);
  expect(await page.evaluate(() => Object.values(localStorage).includes('cimode'))).toBe(false);
});

test('?compare=zh,en shows each testimonial and the program section side by side', async ({ page, axe }) => {
  await page.goto('/?lng=en&compare=zh,en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'compare.heading'));
  await expect(page.getByRole('article')).toHaveCount(24);
  const zh = page.getByRole('article', { name: partnerText('zh', 'baidu').name });
  const en = page.getByRole('article', { name: partnerText('en', 'baidu').name });
  await expect(zh.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'zh-CN');
  await expect(en.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en');
  // Side by side: the same row, the Chinese column first.
  const [zhBox, enBox] = [await zh.boundingBox(), await en.boundingBox()];
  expect(zhBox && enBox && Math.abs(zhBox.y - enBox.y) < 2 && zhBox.x < enBox.x).toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: ui('zh', 'program:heading') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: ui('en', 'program:heading'), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await axe('compare view');

  await page.getByRole('link', { name: ui('en', 'compare.exit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
});

test('the production build has no pseudo-locale', async ({ page }) => {
  await page.goto('/?lng=pseudo');
  // ?lng=pseudo is an unknown language here: the page falls back to the browser's (English).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
