import { expect, test } from './support/fixtures';

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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Side-by-side review');
  await expect(page.getByRole('article')).toHaveCount(24);
  const zh = page.getByRole('article', { name: '百度' });
  const en = page.getByRole('article', { name: 'Baidu' });
  await expect(zh.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'zh-CN');
  await expect(en.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en');
  // Side by side: the same row, the Chinese column first.
  const [zhBox, enBox] = [await zh.boundingBox(), await en.boundingBox()];
  expect(zhBox && enBox && Math.abs(zhBox.y - enBox.y) < 2 && zhBox.x < enBox.x).toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: '关于 Volcano' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'About Volcano', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await axe('compare view');

  await page.getByRole('link', { name: 'Back to the normal page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volcano Community Co-construction Program');
});

test('the production build has no pseudo-locale', async ({ page }) => {
  await page.goto('/?lng=pseudo');
  // ?lng=pseudo is an unknown language here: the page falls back to the browser's (English).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volcano Community Co-construction Program');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
