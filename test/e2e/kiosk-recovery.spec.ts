import { partnerText, ui } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * Days without a restart: a kiosk chunk that cannot load (an old build's file gone after a deploy,
 * a server hiccup) never leaves a blank screen. After a deploy the page reloads once into the new
 * build; if that does not help, or nothing was deployed, the friendly error screen shows and the
 * page reloads itself after a pause.
 */
test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false, serviceWorkers: 'block' });

const CHUNK = '**/assets/kiosk-root-*.js';
const CHUNK_ERRORS = /404|Failed to load resource|dynamically imported module|Kiosk: uncaught error|KioskRoot/i;

test('a chunk gone after a deploy: one reload, then the friendly screen, then a reload by itself', async ({ page, guard }) => {
  guard.allow(CHUNK_ERRORS);
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  const chunk = CHUNK;
  await page.route(chunk, (route) => route.fulfill({ status: 404, body: 'gone' }));
  // The server's index.html now names another entry script: a new build is deployed.
  await page.route('**/index.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/\/assets\/index-[\w-]+\.js/, '/assets/index-newbuild.js') });
  });

  await page.goto('/?kiosk=1&rotate=600&lng=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(ui('en', 'kiosk:fatal.heading'), { timeout: 15_000 });
  await expect(alert.getByRole('button', { name: ui('en', 'kiosk:fatal.restart') })).toBeVisible();
  // The reloaded page can show the screen before its load event (a font still loading): wait for it.
  await expect.poll(() => loads, { message: 'the first load and one stale-chunk reload, no loop' }).toBe(2);

  // The file is back (the new build is deployed): the screen restarts the kiosk by itself.
  await page.unroute(chunk);
  await expect(page.getByRole('heading', { level: 2, name: partnerText('en', 'huawei-cloud').name })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => loads).toBe(3);
  expect(new URL(page.url()).searchParams.get('kiosk')).toBe('1');
});

test('a chunk that will not load, with no new build deployed: no reload loop, the friendly screen, then a reload by itself', async ({
  page,
  guard,
}) => {
  guard.allow(CHUNK_ERRORS);
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  await page.route(CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));

  await page.goto('/?kiosk=1&rotate=600&lng=en');
  await expect(page.getByRole('alert')).toContainText(ui('en', 'kiosk:fatal.heading'), { timeout: 15_000 });
  expect(loads, 'a reload cannot bring back a file the same build still names').toBe(1);

  await page.unroute(CHUNK);
  await expect(page.getByRole('heading', { level: 2, name: partnerText('en', 'huawei-cloud').name })).toBeVisible({ timeout: 20_000 });
  expect(loads).toBe(2);
});
