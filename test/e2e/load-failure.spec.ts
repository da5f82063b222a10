import type { BrowserContext, Page } from '@playwright/test';
import { partnerText, ui } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * The network drops while the page is opening or in use, before the service worker has the app
 * (a first visit, on a phone or at the booth): the page says so where the visitor is looking,
 * keeps what it has, never reloads onto the browser's offline screen, and carries on by itself
 * once the connection is back.
 */
test.use({ serviceWorkers: 'block' });

const APP_CHUNK = '**/assets/render-page-*.js';
const DETAIL_CHUNK = '**/assets/partner-detail-*.js';
const DOWNLOAD_ERRORS =
  /Failed to load resource|dynamically imported module|did not download|Service Worker registration blocked|Service worker registration failed/i;

/** Makes `pattern` fail as a dropped network does; returns how to bring it back, at once. */
async function cut(context: BrowserContext, pattern: string) {
  let down = true;
  await context.route(pattern, (route) => (down ? route.abort('internetdisconnected') : route.fallback()));
  return () => {
    down = false;
  };
}

function countLoads(page: Page) {
  let loads = 0;
  page.on('load', () => (loads += 1));
  return () => loads;
}

test('the app script does not arrive: the header stays, a notice says so, Retry brings the page @mobile', async ({
  page,
  context,
  guard,
  axe,
}) => {
  guard.allow(DOWNLOAD_ERRORS);
  const loads = countLoads(page);
  const restore = await cut(context, APP_CHUNK);
  await page.goto('/?lng=en');

  const notice = page.getByRole('alert');
  await expect(notice).toHaveText(new RegExp(ui('en', 'error.page').slice(0, 30)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('en', 'header.heading'));
  await expect(notice).toBeInViewport();
  await axe('app download failed');

  const retry = notice.getByRole('button', { name: ui('en', 'error.retry') });
  await retry.waitFor();
  // Back just as Retry is pressed: the page also tries again by itself (after 5 s, then longer),
  // and on a slow machine that try came first, so Retry was gone before it was pressed.
  restore();
  await retry.click();
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(loads(), 'no reload: the app came in place').toBe(1);
});

test('the app script does not arrive: back online, the page carries on by itself', async ({ page, context, guard }) => {
  guard.allow(DOWNLOAD_ERRORS);
  const restore = await cut(context, APP_CHUNK);
  await page.goto('/?lng=zh');
  await expect(page.getByRole('alert')).toContainText(ui('zh', 'error.page'));

  await restore();
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('on the kiosk, with nothing else on screen, the notice stands in the middle and is big enough for a finger', async ({
  page,
  context,
  guard,
  axe,
}) => {
  guard.allow(DOWNLOAD_ERRORS);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const restore = await cut(context, APP_CHUNK);
  await page.goto('/?kiosk=1&lng=en');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(ui('en', 'error.page'));
  const box = (await notice.boundingBox())!;
  expect(Math.abs(box.y + box.height / 2 - 540), 'centred vertically').toBeLessThan(20);
  const button = (await notice.getByRole('button').boundingBox())!;
  expect(button.height).toBeGreaterThanOrEqual(44);
  await axe('kiosk: app download failed');

  await restore();
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 2, name: partnerText('en', 'huawei-cloud').name })).toBeVisible();
});

test('the detail does not download: a notice over the list, Close keeps the page, Retry opens the detail @mobile', async ({
  page,
  context,
  guard,
  axe,
}) => {
  guard.allow(DOWNLOAD_ERRORS);
  const loads = countLoads(page);
  await page.goto('/?lng=en');
  await expect(page.getByRole('article')).toHaveCount(12);
  const restore = await cut(context, DETAIL_CHUNK);
  const text = partnerText('en', 'baidu');
  const readMore = page.getByRole('button', { name: ui('en', 'partners.readMoreLabel', { name: text.name }) });

  await readMore.click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(ui('en', 'error.part'));
  await expect(notice).toBeInViewport();
  await expect(page.getByRole('article')).toHaveCount(12);
  await axe('detail download failed');
  await notice.getByRole('button', { name: ui('en', 'detail.close') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).not.toHaveURL(/partner=/);

  await readMore.click();
  await expect(page.getByRole('alert')).toBeVisible();
  await restore();
  await page
    .getByRole('alert')
    .getByRole('button', { name: ui('en', 'error.retry') })
    .click();
  await expect(page.getByRole('dialog', { name: text.name })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(loads(), 'never reloaded').toBe(1);
});
