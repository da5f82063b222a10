import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { partnersFile, partnerText, ui, type Lang } from './support/content';

const industryButton = (page: Page, lang: Lang, id: string) =>
  page
    .getByRole('group', { name: ui(lang, 'filter.heading') })
    .getByRole('button', { name: new RegExp(`^${ui(lang, `industry.${id}`)}\\s*\\d+$`) });

/** On a phone the toggles wait behind the "Filters" button: open it where it is shown and closed. */
async function showIndustries(page: Page, lang: Lang) {
  // The controls come with the data: wait for them before asking whether the button is shown.
  await page.getByRole('searchbox').waitFor();
  const disclosure = page.getByRole('button', { name: new RegExp(`^${ui(lang, 'filter.toggle')}`), expanded: false });
  if (await disclosure.isVisible()) await disclosure.click();
}

const idsWith = (...industries: string[]) =>
  partnersFile()
    .partners.filter((partner) => partner.industries.some((industry) => industries.includes(industry)))
    .map((partner) => partner.id);

async function expectPartners(page: Page, lang: Lang, ids: string[]) {
  await expect(page.getByRole('article')).toHaveCount(ids.length);
  for (const id of ids) await expect(page.getByRole('article', { name: partnerText(lang, id).name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveText(
    ui(lang, 'filter.results').replace('{{count}}', String(ids.length)).replace('{{total}}', '12'),
  );
}

test('industry toggles filter the list, and the URL restores the view on reload and back/forward @mobile', async ({ page }) => {
  await page.goto('/?lng=en');
  await expectPartners(
    page,
    'en',
    idsWith('cloud', 'ai', 'internet', 'ecommerce', 'finance', 'research', 'media', 'recruitment', 'architecture'),
  );

  await showIndustries(page, 'en');
  await industryButton(page, 'en', 'ai').click();
  await expect(page).toHaveURL(/[?&]industry=ai(&|$)/);
  await expectPartners(page, 'en', idsWith('ai'));

  await industryButton(page, 'en', 'finance').click();
  await expect(page).toHaveURL(/[?&]industry=ai(%2C|,)finance(&|$)/);
  await expect(industryButton(page, 'en', 'ai')).toHaveAttribute('aria-pressed', 'true');
  await expect(industryButton(page, 'en', 'finance')).toHaveAttribute('aria-pressed', 'true');
  await expectPartners(page, 'en', idsWith('ai', 'finance'));

  await page.reload();
  await showIndustries(page, 'en');
  await expect(industryButton(page, 'en', 'finance')).toHaveAttribute('aria-pressed', 'true');
  await expectPartners(page, 'en', idsWith('ai', 'finance'));

  await page.goBack();
  await expect(industryButton(page, 'en', 'finance')).toHaveAttribute('aria-pressed', 'false');
  await expectPartners(page, 'en', idsWith('ai'));
  await page.goBack();
  await expect(page.getByRole('article')).toHaveCount(12);
  await page.goForward();
  await page.goForward();
  await expectPartners(page, 'en', idsWith('ai', 'finance'));

  await showIndustries(page, 'en');
  await page.getByRole('button', { name: ui('en', 'filter.clear') }).click();
  await expect(page).not.toHaveURL(/industry=/);
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page.getByRole('button', { name: ui('en', 'filter.clear') })).toBeDisabled();
});

test('a shared link opens exactly that view', async ({ page }) => {
  await page.goto('/?lng=zh&industry=cloud&q=Volcano');
  await expect(page.getByRole('searchbox', { name: ui('zh', 'filter.searchLabel') })).toHaveValue('Volcano');
  await expect(industryButton(page, 'zh', 'cloud')).toHaveAttribute('aria-pressed', 'true');
  const cloud = idsWith('cloud').filter((id) => partnerText('zh', id).quote.includes('Volcano'));
  await expectPartners(page, 'zh', cloud);
});

test('search narrows by name, speaker and quote in the current language', async ({ page }) => {
  await page.goto('/?lng=zh');
  const search = page.getByRole('searchbox', { name: ui('zh', 'filter.searchLabel') });

  await search.fill(partnerText('zh', 'ximalaya').name);
  await expectPartners(page, 'zh', ['ximalaya']);
  await expect(page).toHaveURL(/q=%E5%96%9C/);

  await search.fill(partnerText('zh', 'baidu').speaker!);
  await expectPartners(page, 'zh', ['baidu']);

  // A phrase from inside one quote only.
  await search.fill('飞桨团队');
  await expectPartners(page, 'zh', ['baidu']);

  // Industries that would give nothing with this search are disabled, not hidden.
  await expect(industryButton(page, 'zh', 'finance')).toBeDisabled();
  await expect(industryButton(page, 'zh', 'ai')).toBeEnabled();

  await search.fill('没有这样的合作伙伴');
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByText(ui('zh', 'filter.noResults'))).toBeVisible();

  await search.fill('');
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page).not.toHaveURL(/q=/);

  // Searching is in the visitor's language: the English name finds the partner on the English page.
  await page.goto('/?lng=en&q=Ximalaya');
  await expectPartners(page, 'en', ['ximalaya']);
});
