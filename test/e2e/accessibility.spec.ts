import { expect, test } from './support/fixtures';
import { LANGS, partnerText } from './support/content';
import { revealLaterSections } from './support/page-text';
import { failPartners } from './support/routes';

/**
 * axe-core, WCAG 2.2 A/AA: no serious or critical violation. Tagged @mobile, so each runs at
 * 1280 px (desktop project) and at 360 px with touch (mobile project).
 */
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    for (const lang of LANGS) {
      test(`the page in ${lang} @mobile`, async ({ page, axe }) => {
        await page.goto(`/?lng=${lang}`);
        await expect(page.getByRole('article')).toHaveCount(12);
        // The sections below the list and their QR code load lazily; scan the finished page.
        await revealLaterSections(page);
        await expect(page.getByRole('img', { name: /QR|二维码/ })).toHaveCount(1);
        await page.waitForLoadState('networkidle');
        await axe(`${lang} ${scheme}`);
      });

      test(`the detail dialog in ${lang} @mobile`, async ({ page, axe }) => {
        await page.goto(`/?lng=${lang}&partner=huawei-cloud`);
        await expect(page.getByRole('dialog', { name: partnerText(lang, 'huawei-cloud').name })).toBeVisible();
        await axe(`${lang} ${scheme} detail`);
      });
    }

    test('a filtered view with disabled toggles and the error state @mobile', async ({ page, axe }) => {
      await page.goto('/?lng=en&industry=finance&q=Volcano');
      await expect(page.getByRole('article')).not.toHaveCount(0);
      await axe(`filtered ${scheme}`);

      await failPartners(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }));
      await page.goto('/?lng=zh');
      await expect(page.getByRole('alert')).toBeVisible();
      await axe(`error ${scheme}`);
    });
  });
}
