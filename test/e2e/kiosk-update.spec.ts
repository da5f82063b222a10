import { partnerText } from './support/content';
import { expect, test } from './support/fixtures';
import { copyProject, readLocale, serveFolder, type ProjectCopy, type Site } from './support/site-build';

/**
 * A booth runs for days while the site is redeployed. The kiosk asks for a new version every 15
 * minutes; a new one installs in the background and waits, and the kiosk asks it to take over at
 * the next idle reset, never while a visitor is using it. Two builds of a copy of the project,
 * served one after the other from the same address: the second has another English quote (and
 * highlight) for the host. (When the waiting version then takes charge is Chromium's call: it waits until the page
 * has no work left with the old one, which in these runs took from a moment to longer than any
 * test should wait. So the spec checks the kiosk's part: the request, at the right moment.)
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false, serviceWorkers: 'allow' });

const HOST = 'huawei-cloud';
// The attract loop shows the highlight: the new build changes it with the quote.
const oldHighlight = (partnerText('en', HOST) as { highlight?: string }).highlight!;
const newQuote = 'Volcano now runs every batch workload on our cloud: this is the updated quote.';

let copy: ProjectCopy;
let site: Site;
let serving = '';
let next = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  copy = copyProject();
  serving = copy.build({ outDir: 'dist-first' });
  const partners = readLocale('en').partners as Record<string, Record<string, unknown>>;
  copy.writeLocale('en', { partners: { ...partners, [HOST]: { ...partners[HOST], quote: newQuote, highlight: newQuote } } });
  next = copy.build({ outDir: 'dist-next' });
  site = await serveFolder(() => serving);
});
test.afterAll(async () => {
  await site?.close();
  copy?.remove();
});

test('a new version installs in the background and is asked to take over at the next idle reset, not before', async ({ page }) => {
  test.setTimeout(120_000);
  // What the page asks of service workers, as "SKIP_WAITING <state of the worker asked>"; kept
  // here, not in the page, which may reload into the new version as soon as it is asked.
  const requests: string[] = [];
  page.on('console', (message) => {
    const [tag, request] = message.text().split('|');
    if (tag === 'sw-request') requests.push(request!);
  });
  await page.addInitScript(() => {
    const post = ServiceWorker.prototype.postMessage;
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: Parameters<ServiceWorker['postMessage']>) {
      console.debug(`sw-request|${(args[0] as { type?: string })?.type} ${this.state}`);
      return post.apply(this, args);
    } as ServiceWorker['postMessage'];
  });
  await page.clock.install();
  await page.goto(`${site.url}/?kiosk=1&rotate=600&idle=30&lng=en`);
  await expect(page.locator('.kiosk-slide--current blockquote')).toContainText(oldHighlight.slice(0, 40));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 30_000 }).toBe('activated');
  const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

  // The site is redeployed. Before the kiosk's next check nothing new is installed; 15 minutes on,
  // the check finds the new version, which installs and waits.
  serving = next;
  let loads = 0;
  page.on('load', () => (loads += 1));
  await page.clock.runFor(14 * 60_000);
  expect(await waiting()).toBeNull();
  await page.clock.runFor(60_000 + 1_000);
  await expect.poll(waiting, { timeout: 30_000 }).toBe('installed');

  // A visitor is using the kiosk: nothing changes under their finger.
  await page.locator('.kiosk-slide--current').tap();
  await page.clock.runFor(20_000);
  await expect(page.getByRole('heading', { level: 2, name: partnerText('en', 'baidu').name })).toBeVisible();
  expect(requests).toEqual([]);
  expect(loads).toBe(0);

  // They walk away: at the idle reset the kiosk asks the waiting version, once, to take over.
  await page.clock.runFor(15_000);
  await expect.poll(() => requests).toEqual(['SKIP_WAITING installed']);
  // On its home screen, in either build: the new one once Chromium lets it take charge.
  await expect(page.getByRole('heading', { level: 2, name: partnerText('en', HOST).name })).toBeVisible();
});
