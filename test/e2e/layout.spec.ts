import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LANGS } from './support/content';
import { settleAnimations } from './support/animations';
import { holdPartners, injectIntoQuotes } from './support/routes';

/** Sum of layout-shift entries not caused by input, from the start of the page (buffered). */
async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; give it two frames.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    window.scrollTo(0, 0);
  });
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));

for (const lang of LANGS) {
  test(`nothing shifts when slow data arrives (${lang}): skeleton first, CLS < 0.01 @mobile`, async ({ page }) => {
    const data = await holdPartners(page, 800);
    await page.goto(`/?lng=${lang}`);
    await expect(page.locator('.partners-skeleton')).toBeVisible();
    data.release();
    await expect(page.getByRole('article')).not.toHaveCount(0);
    await expect(page.locator('.partners-skeleton')).toHaveCount(0);
    // Let fonts, logos and the lazy QR code settle before reading the total.
    await page.waitForLoadState('networkidle');
    const cls = await cumulativeLayoutShift(page);
    expect(cls, `cumulative layout shift ${cls.toFixed(4)}`).toBeLessThan(0.01);
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const lang of LANGS) {
    test(`the page never scrolls sideways (${lang}), even with a 5,000-character unbroken quote`, async ({ page }) => {
      // One word with no break opportunity is the worst case for wrapping.
      await injectIntoQuotes(page, 'Volcano'.repeat(715));
      await page.goto(`/?lng=${lang}`);
      await expect(page.getByRole('article')).toHaveCount(12);
      await expect(page.locator('blockquote', { hasText: 'VolcanoVolcanoVolcano' })).toHaveCount(1);
      await scrollThrough(page);
      let { scrollWidth, innerWidth } = await horizontalOverflow(page);
      expect(scrollWidth, 'page width').toBeLessThanOrEqual(innerWidth);

      // The full quote in the detail view, too.
      const card = page.getByRole('article').filter({ has: page.locator('blockquote', { hasText: 'VolcanoVolcano' }) });
      await card.getByRole('button').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('blockquote')).toContainText('VolcanoVolcanoVolcano');
      ({ scrollWidth, innerWidth } = await horizontalOverflow(page));
      expect(scrollWidth, 'page width with the detail open').toBeLessThanOrEqual(innerWidth);
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      const quoteOverflow = await dialog.locator('blockquote').evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(quoteOverflow, 'the quote wraps inside the dialog').toBeLessThanOrEqual(0);
    });
  }
});

test.describe('at 360 px with touch', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  for (const lang of LANGS) {
    test(`every button, link and input is at least 44 × 44 px (${lang})`, async ({ page }) => {
      await page.goto(`/?lng=${lang}`);
      await expect(page.getByRole('article')).toHaveCount(12);
      await scrollThrough(page);
      const tooSmall = async () =>
        page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])',
            ),
          ]
            .map((element) => ({ element, rect: element.getBoundingClientRect() }))
            .filter(({ rect }) => rect.width > 0 && rect.height > 0)
            .filter(({ rect }) => rect.width < 44 || rect.height < 44)
            .map(
              ({ element, rect }) =>
                `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
            ),
        );
      expect(await tooSmall(), 'targets smaller than 44 × 44 CSS px').toEqual([]);

      await page.getByRole('article').nth(1).getByRole('button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await settleAnimations(page);
      expect(await tooSmall(), 'targets in the detail view smaller than 44 × 44 CSS px').toEqual([]);
    });
  }
});
