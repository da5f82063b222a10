import type { Page } from '@playwright/test';
import { partnerText, ui } from './support/content';
import { expect, test } from './support/fixtures';
import { expectAttractHome } from './support/kiosk';

/**
 * The service worker: after one visit with a network, the kiosk (and the web page) start and run
 * with none. Service workers are allowed here whatever the project default is.
 */
test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false, serviceWorkers: 'allow' });

async function waitForServiceWorker(page: Page) {
  // clientsClaim: the worker takes over the first page as soon as it has precached everything.
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });
}

test('after the first visit the kiosk reloads and runs with no network, and says so quietly', async ({ page, context }) => {
  await page.goto('/?kiosk=1&rotate=600');
  await expectAttractHome(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expectAttractHome(page);
  await expect(page.getByRole('status').filter({ hasText: ui('zh', 'kiosk:offline') })).toBeVisible();
  // The Volcano mark, every locale and the QR code library came from the precache.
  await expect(
    page
      .getByRole('img', { name: ui('zh', 'kiosk:qrLabel', { name: partnerText('zh', 'huawei-cloud').name }) })
      .locator('path')
      .first(),
  ).toBeAttached();
  // No partner has supplied an official logo yet: the slide shows the partner's name tile.
  await expect(page.locator('.kiosk-slide--current .partner-logo--tile')).toBeVisible();

  await page.getByRole('link', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: partnerText('en', 'huawei-cloud').name })).toBeVisible();
  await page.getByRole('button', { name: ui('en', 'kiosk:explore') }).tap();
  await expect(page.getByRole('heading', { name: ui('en', 'partners.heading') })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.locator('.partner-card .partner-logo--tile')).toHaveCount(12);
  expect(await page.locator('.site-header__mark').evaluate((img) => (img as HTMLImageElement).naturalWidth > 0)).toBe(true);

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: ui('en', 'kiosk:offline') })).toHaveCount(0);
});

test('the web page works under the service worker, and offline after its first visit', async ({ page, context }) => {
  await page.goto('/?lng=en');
  await expect(page.getByRole('article')).toHaveCount(12);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: ui('en', 'partners.heading') })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(12);
  await context.setOffline(false);
});
