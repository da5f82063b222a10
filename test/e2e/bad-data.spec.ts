import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { BROWSER_LOCALE, HTML_LANG, LANGS, partnerText, ui } from './support/content';
import { rawKeysShown } from './support/page-text';
import { PARTNERS_JSON, failPartners, servePartners } from './support/routes';

/** Chromium reports a failed request as a console error; here it is the point of the test. */
const FAILED_REQUEST = /Failed to load resource/;

const failures: { name: string; respond: (route: Route) => Promise<void>; message: string; retried: boolean }[] = [
  { name: 'HTTP 500', respond: (route) => route.fulfill({ status: 500, body: 'oops' }), message: 'error.http', retried: true },
  { name: 'network down', respond: (route) => route.abort('internetdisconnected'), message: 'error.network', retried: true },
  {
    name: 'malformed JSON',
    respond: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"partners": [' }),
    message: 'error.format',
    retried: false,
  },
  {
    name: 'wrong shape',
    respond: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": {}}' }),
    message: 'error.format',
    retried: false,
  },
];

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: BROWSER_LOCALE[lang] });

    for (const failure of failures) {
      test(`${failure.name}: an alert in the page language, and Retry works`, async ({ page, guard }) => {
        guard.allow(FAILED_REQUEST);
        const data = await failPartners(page, failure.respond);
        await page.goto('/');

        // Network and server errors are retried with backoff (about 7 s) before the alert shows.
        const alert = page.getByRole('alert');
        await expect(alert).toBeVisible({ timeout: 20_000 });
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await expect(alert.getByRole('heading')).toHaveText(ui(lang, 'error.heading'));
        await expect(alert).toContainText(ui(lang, failure.message, { status: 500 }));
        expect(data.requests(), failure.retried ? 'retried with backoff' : 'a bad file is not asked for again').toBe(
          failure.retried ? 4 : 1,
        );
        // The rest of the page is still there.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(lang, 'header.heading'));
        expect(await rawKeysShown(page)).toEqual([]);

        await page.unroute(PARTNERS_JSON);
        await alert.getByRole('button', { name: ui(lang, 'error.retry') }).click();
        await expect(page.getByRole('article')).toHaveCount(12);
        await expect(page.getByRole('alert')).toHaveCount(0);
      });
    }
  });
}

test('one invalid record is skipped with a warning naming its index and field; the rest show @mobile', async ({ page, guard }) => {
  await servePartners(page, (file) => {
    file.partners.splice(3, 0, { id: 'no-industries', industries: [] });
    file.partners.splice(5, 0, { id: 'Not Kebab', industries: ['ai'] });
  });
  await page.goto('/?lng=en');
  await expect(page.getByRole('article')).toHaveCount(12);
  expect(guard.warnings).toEqual(
    expect.arrayContaining([expect.stringMatching(/partners\[3\].*"industries"/), expect.stringMatching(/partners\[5\].*"id"/)]),
  );
  await expect(page.getByText('no-industries')).toHaveCount(0);
});

test('a duplicate id is dropped with a warning', async ({ page, guard }) => {
  await servePartners(page, (file) => {
    file.partners.push({ ...file.partners.find((partner) => partner.id === 'baidu')!, website: 'https://duplicate.example' });
  });
  await page.goto('/?lng=zh');
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.getByRole('article', { name: partnerText('zh', 'baidu').name })).toHaveCount(1);
  expect(guard.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/partners\[12\].*duplicate id "baidu"/)]));
});

test('an unknown industry is ignored: the partner shows, no raw key, no empty toggle', async ({ page, guard }) => {
  await servePartners(page, (file) => {
    file.partners.find((partner) => partner.id === 'ruitian')!.industries = ['finance', 'space-mining'];
  });
  await page.goto('/?lng=en&industry=space-mining');
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.getByRole('article', { name: partnerText('en', 'ruitian').name })).toBeVisible();
  await expect(page.getByRole('button', { name: /space/i })).toHaveCount(0);
  expect(guard.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/partners\[\d+\].*"industries".*space-mining/)]));
  expect(await rawKeysShown(page)).toEqual([]);
});

test('a missing or unsafe logo shows the name tile, never a broken image', async ({ page, guard }) => {
  guard.allow(FAILED_REQUEST);
  await page.route('**/logos/baidu.svg', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await servePartners(page, (file) => {
    file.partners.find((partner) => partner.id === 'baidu')!.logo = 'logos/baidu.svg';
    file.partners.find((partner) => partner.id === 'pinlan')!.logo = 'javascript:alert(1)';
  });
  await page.goto('/?lng=en');
  await expect(page.getByRole('article')).toHaveCount(12);
  for (const [id, letters] of [
    ['baidu', 'B'],
    ['pinlan', 'P'],
    ['360', '360'],
  ] as const) {
    const card = page.getByRole('article', { name: partnerText('en', id).name });
    await expect(card.locator('.partner-logo--tile')).toHaveText(letters);
    await expect(card.locator('img')).toHaveCount(0);
  }

  // Every image on the page has loaded (the Volcano mark is the only one); off-screen cards render when scrolled to.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  const images = page.locator('img');
  await expect(images).toHaveCount(1);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }

  await page.goto('/?lng=zh&partner=baidu');
  await expect(page.getByRole('dialog').locator('.partner-logo--tile')).toHaveText([...partnerText('zh', 'baidu').name][0]!);
});

test('a javascript: or data: website is never a link; every href on the page is http(s) or relative', async ({ page, guard }) => {
  await servePartners(page, (file) => {
    file.partners.find((partner) => partner.id === 'baidu')!.website = 'javascript:alert(document.domain)';
    file.partners.find((partner) => partner.id === 'vipshop')!.website = 'data:text/html,<script>alert(1)</script>';
    file.partners.find((partner) => partner.id === '360')!.website = ' JAVASCRIPT:alert(1)';
  });
  for (const id of ['baidu', 'vipshop', '360']) {
    await page.goto(`/?lng=en&partner=${id}`);
    const dialog = page.getByRole('dialog', { name: partnerText('en', id).name });
    await expect(dialog.locator('blockquote')).toBeVisible();
    await expect(dialog.getByRole('link')).toHaveCount(0);
    await expectOnlySafeHrefs(page);
  }
  expect(guard.warnings.filter((warning) => /"website"/.test(warning)).length).toBeGreaterThanOrEqual(3);
});

test('with the real data, every href is http(s) or same-origin relative, and external links are safe', async ({ page }) => {
  await page.goto('/?lng=zh&partner=huawei-cloud');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectOnlySafeHrefs(page);
  for (const link of await page.locator('a[target="_blank"]').all()) {
    expect((await link.getAttribute('rel'))?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
});

/**
 * Every URL-bearing attribute is an absolute http(s) URL or a path on this site: no other scheme,
 * save the maintainer's address, which is the page's own (program-facts.ts), never the data's.
 */
async function expectOnlySafeHrefs(page: Page) {
  const unsafe = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((element) => ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name)?.trim()))
      .filter((value): value is string => value !== undefined)
      .filter((value) => {
        if (/^https?:\/\//i.test(value) || value === 'mailto:wang.platform@gmail.com') return false;
        const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
        return hasScheme || value.startsWith('//') || new URL(value, document.baseURI).origin !== location.origin;
      }),
  );
  expect(unsafe, 'attributes that are not http(s) or same-origin relative').toEqual([]);
}
