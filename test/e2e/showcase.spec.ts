import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LANGS, partnersFile, partnerText, ui, type Lang } from './support/content';
import { wordsBrokenInHeadings } from './support/page-text';
import { servePartners } from './support/routes';

/**
 * The showcase as the Volcano program's own page (issue 11), in both languages at a phone's,
 * a laptop's and a large screen's width: the brand and the call to join, honest logos, the type,
 * the cards, the phone's first screen, the facts, the whole page in the document, and print.
 */
const SIZES = [
  { name: 'phone', width: 360, height: 800, touch: true },
  { name: 'laptop', width: 1280, height: 800, touch: false },
  { name: 'large screen', width: 1920, height: 1080, touch: false },
] as const;

const MARK = '/brand/volcano-icon-color.svg';

/** The page with its sections below the list in the document, without a single scroll. */
async function openPage(page: Page, lang: Lang) {
  await page.goto(`/?lng=${lang}`);
  await expect(page.getByRole('article')).toHaveCount(partnersFile().partners.length);
  await expect(page.getByRole('heading', { level: 2, name: ui(lang, 'program:heading') })).toBeAttached({ timeout: 5_000 });
}

/** Lays out every card (content-visibility skips the ones far off screen) without scrolling. */
async function layOutCards(page: Page) {
  await page.evaluate(() => {
    for (const card of document.querySelectorAll<HTMLElement>('.partner-card')) card.style.contentVisibility = 'visible';
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const size of SIZES) {
  test.describe(`${size.name}, ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    for (const lang of LANGS) {
      test(`the Volcano mark and a call to join on the first screen, which leads to how to join (${lang})`, async ({ page }) => {
        await page.goto(`/?lng=${lang}`);
        const mark = page.getByRole('banner').getByRole('img', { name: ui(lang, 'header.logoAlt') });
        await expect(mark).toHaveAttribute('src', MARK);
        await expect.poll(() => mark.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

        const join = page.getByRole('link', { name: ui(lang, 'header.join') }).first();
        await expect(join).toBeInViewport({ ratio: 1 });
        await join.click();
        const howToJoin = page.getByRole('region', { name: ui(lang, 'program:joinHeading') });
        await expect(howToJoin).toBeInViewport();
        await expect(page).toHaveURL(/#join$/);
        await expect(howToJoin.getByRole('img', { name: ui(lang, 'program:qrLabel') })).toBeVisible();
        const email = howToJoin.getByRole('link', { name: 'wang.platform@gmail.com' });
        await expect(email).toHaveAttribute('href', 'mailto:wang.platform@gmail.com');
        await expect(howToJoin.getByRole('link', { name: ui(lang, 'program:joinLinkLabel') })).toHaveText(ui(lang, 'program:joinLink'));
        await expect(howToJoin.getByRole('listitem')).toHaveText(
          ['apply', 'email', 'result'].map((step) => ui(lang, `program:joinSteps.${step}`)),
        );
      });

      test(`honest logos: one neutral tile per partner, the name said once by the heading (${lang})`, async ({ page }) => {
        await openPage(page, lang);
        await layOutCards(page);
        for (const partner of partnersFile().partners) {
          const { name } = partnerText(lang, partner.id);
          const card = page.getByRole('article', { name });
          await expect(card.locator('img')).toHaveCount(0);
          const tile = card.locator('.partner-logo--tile');
          await expect(tile).toHaveAttribute('aria-hidden', 'true');
          // Letters of the name, not the name (a name that is a short number is its own monogram).
          if (name.length > 3) await expect(tile).not.toHaveText(name);
          // What a reader reads of the card besides the quote (the tile is a picture, hidden from screen readers).
          const outsideQuote = await card.evaluate((article) => {
            const copy = article.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('blockquote, .partner-logo').forEach((part) => part.remove());
            return copy.textContent ?? '';
          });
          expect(outsideQuote.split(name), `${partner.id}: the name once outside its quote`).toHaveLength(2);
        }
        // One look for every tile: the same colours and type, whoever the partner.
        const looks = await page.locator('.partner-logo--tile').evaluateAll((tiles) =>
          tiles.map((tile) => {
            const style = getComputedStyle(tile);
            return `${style.backgroundColor} ${style.color} ${style.borderColor} ${style.fontFamily}`;
          }),
        );
        expect(new Set(looks).size).toBe(1);
      });

      test(`the type: Source Sans 3 for English once the service worker has it, never downloaded before the first paint; headings break between words only (${lang})`, async ({
        browser,
      }) => {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          hasTouch: size.touch,
          isMobile: size.touch,
          serviceWorkers: 'allow',
        });
        const page = await context.newPage();
        await openPage(page, lang);
        expect(await wordsBrokenInHeadings(page)).toEqual([]);
        // A first visit paints in a local face sized like Source Sans 3; the service worker it installs brings the font.
        const [fontStart, firstPaint] = await page.evaluate(() => [
          performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.woff2'))?.startTime ?? Infinity,
          performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        ]);
        expect(fontStart, 'the font is not asked for before the first paint').toBeGreaterThan(firstPaint!);
        await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20_000 });

        await page.reload();
        await openPage(page, lang);
        const cdp = await context.newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const fontsOf = async (selector: string) => {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          return fonts.sort((a, b) => b.glyphCount - a.glyphCount).map((font) => font.familyName);
        };
        // The variable face reports its default instance ("Source Sans 3 ExtraLight").
        for (const selector of ['h1', '.site-header__lead', '.partner-card blockquote p']) {
          const [main] = await fontsOf(selector);
          if (lang === 'en') expect(main, selector).toMatch(/^Source Sans 3\b/);
          else expect(main, selector).toMatch(/Noto Sans CJK|PingFang|Microsoft YaHei|Source Han Sans/);
        }
        expect(await wordsBrokenInHeadings(page)).toEqual([]);
        await context.close();
      });

      test(`cards: a read-in-full button only where the quote is cut, footers in line, no hole in the last row, tags that are words (${lang})`, async ({
        page,
      }) => {
        await openPage(page, lang);
        await layOutCards(page);
        const cards = await page.getByRole('article').evaluateAll((articles) =>
          articles.map((article) => {
            const box = article.querySelector('blockquote p');
            const footer = article.querySelector('footer')!.getBoundingClientRect();
            return {
              name: article.querySelector('h3')!.textContent,
              cut: box ? box.scrollHeight > box.clientHeight + 1 : false,
              readInFull: article.querySelectorAll('footer button').length === 1,
              top: Math.round(article.getBoundingClientRect().top),
              footerTop: Math.round(footer.top),
              footerBottom: Math.round(footer.bottom),
            };
          }),
        );
        for (const card of cards) expect(card.readInFull, `${card.name}: quote cut ${card.cut}`).toBe(card.cut);
        // Cards of one row: their footers start and end on the same lines.
        for (const top of new Set(cards.map((card) => card.top))) {
          const row = cards.filter((card) => card.top === top);
          expect(new Set(row.map((card) => card.footerTop)).size, `footers of the row at ${top}`).toBe(1);
          expect(new Set(row.map((card) => card.footerBottom)).size).toBe(1);
        }
        // Every row of the grid, the last included, runs from its left edge to its right edge.
        const rows = await page.locator('.partner-list').evaluate((list) => {
          const edge = list.getBoundingClientRect();
          const items = [...list.querySelectorAll<HTMLElement>('.partner-card, .join-tile')].map((item) => item.getBoundingClientRect());
          const tops = [...new Set(items.map((item) => Math.round(item.top)))];
          return tops.map((top) => {
            const row = items.filter((item) => Math.round(item.top) === top);
            return {
              left: Math.round(Math.min(...row.map((item) => item.left)) - edge.left),
              right: Math.round(edge.right - Math.max(...row.map((item) => item.right))),
            };
          });
        });
        for (const row of rows) expect(row).toEqual({ left: 0, right: 0 });
        // Industries and organisation names are words, not buttons: no fill, no outline, no pointer.
        const looks = await page.locator('.industry-tags li, .name-list li').evaluateAll((items) =>
          items.map((item) => {
            const style = getComputedStyle(item);
            return { background: style.backgroundColor, border: style.borderStyle, cursor: style.cursor };
          }),
        );
        expect(looks.length).toBeGreaterThan(20);
        for (const look of looks) expect(look).toEqual({ background: 'rgba(0, 0, 0, 0)', border: 'none', cursor: 'auto' });
      });

      test(`the facts as the announcement gives them, and the whole page in the document without scrolling (${lang})`, async ({ page }) => {
        await openPage(page, lang);
        const total = partnersFile().partners.length;
        await expect(page.getByRole('status').filter({ hasText: ui(lang, 'filter.results', { count: total, total }) })).toHaveCount(1);
        await expect(page.getByText(ui(lang, 'partners.lead'))).toBeVisible();
        const program = page.getByRole('region', { name: ui(lang, 'program:heading') });
        await expect(program.getByText(ui(lang, 'program:lead'))).toBeAttached();
        await expect(program.getByText(ui(lang, 'program:statsAsOf'))).toBeAttached();
        await expect(program.getByRole('definition')).toHaveText(
          ['developers', 'stars', 'forks', 'cases'].map((id) => ui(lang, `program:stats.${id}Value`)),
        );
        for (const id of ['direction', 'help', 'influence'])
          await expect(program.getByText(ui(lang, `program:requirements.${id}`))).toBeAttached();
        await expect(program.getByText(ui(lang, 'program:closing'))).toBeAttached();
        // Everything below the list is there, the QR code drawn, and nobody scrolled.
        await expect(page.getByRole('heading', { level: 2, name: ui(lang, 'program:community.heading') })).toBeAttached();
        await expect(program.locator('.qr-code svg')).toBeAttached();
        await expect(page.locator('.site-footer')).toContainText(ui(lang, 'footer.logoCredit'));
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      });

      test(`print: every testimonial in full, the program and how to join, no controls (${lang})`, async ({ page }) => {
        await openPage(page, lang);
        await page.emulateMedia({ media: 'print' });
        await layOutCards(page);
        const hidden = [
          page.getByRole('searchbox'),
          page.getByRole('group', { name: ui(lang, 'filter.heading') }),
          page.getByRole('navigation', { name: ui(lang, 'language.label') }),
          page.getByRole('link', { name: ui(lang, 'header.join') }),
          page.getByRole('link', { name: ui(lang, 'app.skipToContent') }),
        ];
        for (const control of hidden) await expect(control.first()).toBeHidden();
        expect(await page.locator('button').evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).length)).toBe(0);
        const cut = await page
          .locator('blockquote p')
          .evaluateAll((quotes) => quotes.filter((quote) => quote.scrollHeight > quote.clientHeight + 1).length);
        expect(cut).toBe(0);
        for (const partner of partnersFile().partners) {
          await expect(page.getByRole('article', { name: partnerText(lang, partner.id).name }).locator('blockquote')).toBeVisible();
        }
        await expect(page.getByRole('region', { name: ui(lang, 'program:heading') })).toBeVisible();
        await expect(page.getByRole('region', { name: ui(lang, 'program:joinHeading') })).toBeVisible();
      });
    }
  });
}

test.describe('the first screen of a phone', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });

  for (const lang of LANGS) {
    test(`shows the first testimonial's heading, and the industries behind a button that counts the ones on (${lang})`, async ({
      page,
    }) => {
      await page.goto(`/?lng=${lang}`);
      const first = page.getByRole('article').first();
      await expect(first.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
      const filters = page.getByRole('button', { name: new RegExp(`^${ui(lang, 'filter.toggle')}`) });
      await expect(filters).toBeVisible();
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('button', { name: new RegExp(`^${ui(lang, 'industry.ai')}`) })).toBeHidden();
      await filters.tap();
      await expect(filters).toHaveAttribute('aria-expanded', 'true');
      await page.getByRole('button', { name: new RegExp(`^${ui(lang, 'industry.ai')}`) }).tap();
      await expect(page).toHaveURL(/industry=ai/);
      const active = ui(lang, 'filter.active', { count: 1 });
      await expect(filters).toContainText(active);
    });
  }
});

test('an official logo is one file: dropped into public/logos/ it shows after the next build, and a broken one falls back to the tile', async ({
  page,
}) => {
  // A whole build of a copy of the project: minutes on a busy machine.
  test.setTimeout(420_000);
  const { copyProject, serveFolder } = await import('./support/site-build');
  const copy = copyProject();
  // A stand-in for a partner's official file, whatever it looks like.
  copy.writeFile(
    'public/logos/baidu.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#333"/></svg>',
  );
  copy.writeFile('public/logos/bocloud.png', 'not an image at all');
  const dist = copy.build();
  const site = await serveFolder(() => dist);
  try {
    await page.goto(`${site.url}/?lng=en`);
    const baidu = page.getByRole('article', { name: partnerText('en', 'baidu').name });
    await expect(baidu.locator('img')).toHaveAttribute('src', '/logos/baidu.svg');
    await expect.poll(() => baidu.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth > 0)).toBe(true);
    // A file that does not decode: the tile, never a broken image, and nothing in the console.
    const bocloud = page.getByRole('article', { name: partnerText('en', 'bocloud').name });
    await expect(bocloud.locator('.partner-logo--tile')).toBeVisible();
    await expect(bocloud.locator('img')).toHaveCount(0);
    await expect(page.getByRole('article', { name: partnerText('en', '360').name }).locator('img')).toHaveCount(0);
  } finally {
    await site.close();
    copy.remove();
  }
});

test('the favicon and the web-app icons are the Volcano mark', async ({ page, request }) => {
  await page.goto('/?lng=en');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', MARK);
  const manifest = (await (await request.get((await page.locator('link[rel="manifest"]').getAttribute('href')) ?? '')).json()) as {
    icons: { src: string; sizes: string; type: string }[];
  };
  // The mark itself, and bitmaps of it where a system wants one (home screens, iOS).
  expect(manifest.icons[0]).toMatchObject({ src: 'brand/volcano-icon-color.svg', type: 'image/svg+xml' });
  const mark = await request.get(MARK);
  expect(mark.ok()).toBe(true);
  expect(await mark.text()).toMatch(/^<svg/);
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  for (const icon of [...manifest.icons.slice(1), { src: touchIcon!.slice(1), sizes: '180x180', type: 'image/png' }]) {
    expect(icon.src, 'a bitmap of the mark').toMatch(/^brand\/volcano-icon-\d+\.png$/);
    const response = await request.get(`/${icon.src}`);
    expect(response.ok(), icon.src).toBe(true);
    const png = await response.body();
    // PNG header: width and height at bytes 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
});

test('a logo file that fails to load shows the tile, never a broken image', async ({ page }) => {
  await servePartners(page, (file) => {
    file.partners.find((partner) => partner.id === 'leinao')!.logo = 'brand/not-an-image.svg';
  });
  await page.route('**/brand/not-an-image.svg', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: 'garbage' }));
  await page.goto('/?lng=zh');
  const card = page.getByRole('article', { name: partnerText('zh', 'leinao').name });
  await expect(card.locator('.partner-logo--tile')).toHaveText([...partnerText('zh', 'leinao').name][0]!);
  await expect(card.locator('img')).toHaveCount(0);
});

// axe at 1280 and 360 px is accessibility.spec.ts; here the large screen, light and dark.
test.describe('large screen, 1920 px, axe', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of LANGS) {
      test(`no serious or critical violation, the whole page loaded (${lang}, ${scheme})`, async ({ page, axe }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openPage(page, lang);
        await expect(page.locator('.qr-code svg')).toBeAttached();
        await axe(`${lang} ${scheme} 1920`);
      });
    }
  }
});
