import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LANGS, partnersFile, partnerText, ui, type Lang } from './support/content';
import { servePartners } from './support/routes';

const industryButton = (page: Page, lang: Lang, id: string) =>
  page
    .getByRole('group', { name: ui(lang, 'filter.heading') })
    .getByRole('button', { name: new RegExp(`^${ui(lang, `industry.${id}`)}\\s*\\d+$`) });

/** On a phone the toggles wait behind the filter disclosure button: open it where it is shown and closed. */
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

const results = (lang: Lang, count: number, total = 12) => ui(lang, 'filter.results', { count, total });
const searchBox = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: ui(lang, 'filter.searchLabel') });
/** The empty state: its message, and the button beside it (the filter row has a clear button of its own). */
const emptyState = (page: Page, message: string) => page.locator('p', { hasText: message }).locator('..');

async function expectPartners(page: Page, lang: Lang, ids: string[]) {
  await expect(page.getByRole('article')).toHaveCount(ids.length);
  for (const id of ids) await expect(page.getByRole('article', { name: partnerText(lang, id).name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveText(results(lang, ids.length));
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
  await expect(searchBox(page, 'zh')).toHaveValue('Volcano');
  await expect(industryButton(page, 'zh', 'cloud')).toHaveAttribute('aria-pressed', 'true');
  const cloud = idsWith('cloud').filter((id) => partnerText('zh', id).quote.includes('Volcano'));
  await expectPartners(page, 'zh', cloud);
});

test('search narrows by name, speaker and quote in the current language', async ({ page }) => {
  await page.goto('/?lng=zh');
  const search = searchBox(page, 'zh');

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

  await search.fill('');
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page).not.toHaveURL(/q=/);
});

for (const [lang, other, id] of [
  ['zh', 'en', 'huawei-cloud'],
  ['en', 'zh', 'baidu'],
] as const) {
  test(`on the ${lang} page, a name typed in ${other} finds its partner @mobile`, async ({ page }) => {
    await page.goto(`/?lng=${lang}`);
    const search = searchBox(page, lang);
    await expect(search).toHaveAccessibleDescription(ui(lang, 'filter.searchHint'));
    await search.pressSequentially(partnerText(other, id).name);
    await expectPartners(page, lang, [id]);

    // A speaker too.
    await search.fill(partnerText(other, 'leinao').speaker!);
    await expectPartners(page, lang, ['leinao']);
  });
}

test('a shared link searching a name in the other language', async ({ page }) => {
  await page.goto(`/?lng=zh&q=${encodeURIComponent(partnerText('en', 'baidu').name)}`);
  await expectPartners(page, 'zh', ['baidu']);
});

for (const lang of LANGS) {
  test(`in ${lang}, a search that finds nothing says to change the search, and its button clears it @mobile`, async ({ page, axe }) => {
    await page.goto(`/?lng=${lang}`);
    const query = 'qqqq';
    await searchBox(page, lang).fill(query);
    await expect(page.getByRole('article')).toHaveCount(0);
    const empty = emptyState(page, ui(lang, 'filter.noResultsSearch', { query }));
    await expect(empty).toBeVisible();
    await expect(empty.getByText(ui(lang, 'filter.searchHint'))).toBeVisible();
    await axe(`no results (${lang})`);

    await empty.getByRole('button', { name: ui(lang, 'filter.clearSearch') }).click();
    await expect(page.getByRole('article')).toHaveCount(12);
    await expect(searchBox(page, lang)).toHaveValue('');
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByRole('status').filter({ hasText: /\d/ })).toBeFocused();
  });
}

test('industries with no one in them say to change the filters, and the button clears them', async ({ page }) => {
  await servePartners(page, (file) => {
    file.partners = file.partners.filter((partner) => !partner.industries.includes('recruitment'));
  });
  await page.goto('/?lng=en&industry=recruitment');
  const empty = emptyState(page, ui('en', 'filter.noResultsFilters'));
  await expect(empty).toBeVisible();
  await expect(empty.getByText(ui('en', 'filter.searchHint'))).toHaveCount(0);
  await empty.getByRole('button', { name: ui('en', 'filter.clear') }).click();
  await expect(page.getByRole('article')).toHaveCount(11);
  await expect(page).not.toHaveURL(/industry=/);
});

test('a search with no one in the selected industries says to change either, and the button clears both', async ({ page }) => {
  const query = partnerText('zh', 'baidu').name;
  await page.goto(`/?lng=zh&industry=finance&q=${encodeURIComponent(query)}`);
  const empty = emptyState(page, ui('zh', 'filter.noResultsBoth', { query }));
  await expect(empty).toBeVisible();
  await empty.getByRole('button', { name: ui('zh', 'filter.clearAll') }).click();
  await expect(page.getByRole('article')).toHaveCount(12);
  await expect(page).not.toHaveURL(/industry=|q=/);
});

/** Focuses the element once it can take the focus: the first cards of a long list wait for the list's code. */
/** The name of the card the keyboard focus is in, if any. */
const focusedCard = (page: Page) =>
  page.evaluate(() => {
    const card = document.activeElement?.closest('article');
    return card ? (card.querySelector('h3')?.textContent ?? '') : null;
  });

/** A card's own link: its name, which opens its testimonial (every card has it, cut or not). */
const cardLink = (page: Page, name: string) => page.getByRole('article', { name, exact: true }).getByRole('link', { name, exact: true });

async function focusWhenReady(locator: Locator) {
  await expect(async () => {
    await locator.focus();
    await expect(locator).toBeFocused({ timeout: 200 });
  }).toPass();
}

/**
 * The real partners and generated ones up to `count`: each generated partner is a real one's texts
 * under a numbered name ("百度 1", "Baidu 1"), in every language's partners file.
 */
async function serveManyPartners(page: Page, count: number) {
  const real = partnersFile().partners;
  const generated = Array.from({ length: count - real.length }, (_, index) => ({
    ...real[(index % (real.length - 1)) + 1]!,
    index: index + 1,
  }));
  const nameOf = (lang: Lang, index: number) => `${partnerText(lang, generated[index - 1]!.id).name} ${index}`;
  const withIndustry = (industry: string) => [...real, ...generated].filter((partner) => partner.industries.includes(industry)).length;
  await servePartners(page, (file) => {
    file.partners.push(...generated.map(({ index, ...partner }) => ({ ...partner, id: `generated-${index}`, featured: false })));
  });
  await page.route(/\/assets\/partners-[\w-]+\.json$/, async (route) => {
    const response = await route.fetch();
    const texts = (await response.json()) as Record<string, unknown>;
    const lang = LANGS.find((candidate) => (texts.baidu as { name?: string } | undefined)?.name === partnerText(candidate, 'baidu').name)!;
    for (const { id, index } of generated) texts[`generated-${index}`] = { ...partnerText(lang, id), name: nameOf(lang, index) };
    await route.fulfill({ response, json: texts });
  });
  return { nameOf, withIndustry };
}

test.describe('2,000 partners', () => {
  const COUNT = 2_000;

  test('the document holds only the cards near the window; scrolling brings the rest, to the last @mobile', async ({ page, axe }) => {
    const { nameOf } = await serveManyPartners(page, COUNT);
    await page.goto('/?lng=en');
    await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveText(results('en', COUNT, COUNT));
    await expect(page.getByRole('article').first()).toHaveAccessibleName(partnerText('en', 'huawei-cloud').name);
    expect(await page.getByRole('article').count()).toBeLessThan(40);
    // Laid out as the whole list would be: side by side where the page has room for columns. The
    // first cards show before the virtualiser's code is in; measured once its window holds them.
    await expect(page.locator('.partner-grid-window').getByRole('article').nth(2)).toBeVisible();
    const columns = (page.viewportSize()?.width ?? 0) >= 1000;
    await expect
      .poll(
        async () => {
          const [second, third] = [
            await page.getByRole('article').nth(1).boundingBox(),
            await page.getByRole('article').nth(2).boundingBox(),
          ];
          return !!second && !!third && Math.abs(second.y - third.y) < 1;
        },
        { message: 'the second and third cards share a row' },
      )
      .toBe(columns);
    await axe('2,000 partners');

    // Scroll to the end of the list (the program follows it). Heights are measured as rows
    // arrive, so the end moves a little: scroll again until the last one is in view.
    const list = page.getByRole('region', { name: ui('en', 'partners.heading') });
    const last = page.getByRole('article', { name: nameOf('en', COUNT - 12) });
    await expect(async () => {
      await list.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().bottom + window.scrollY - window.innerHeight));
      await expect(last).toBeInViewport({ timeout: 500 });
    }).toPass();
    expect(await page.getByRole('article').count()).toBeLessThan(40);
  });

  test('Tab goes on from card to card past the first screenful, and back', async ({ page }) => {
    // Up to 160 key presses, each waiting for its element to scroll into view.
    test.setTimeout(90_000);
    const { nameOf } = await serveManyPartners(page, COUNT);
    await page.goto('/?lng=en');
    const first = cardLink(page, partnerText('en', 'huawei-cloud').name);
    await focusWhenReady(first);
    // At a person's pace: each element focused is scrolled into view before the next press. A card
    // has its link and, where its quote is cut, its read-in-full button: the 40th card after the host's,
    // generated partner 29, is reached within 80 presses, and every card on the way in order.
    const cards: string[] = [];
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await expect(page.locator(':focus')).toBeInViewport();
      const card = await focusedCard(page);
      if (card !== null && card !== cards.at(-1)) cards.push(card);
    };
    const target = nameOf('en', 29);
    for (let step = 0; step < 80 && cards.at(-1) !== target; step += 1) await press('Tab');
    expect(cards.at(-1)).toBe(target);
    expect(cards).toHaveLength(40);
    // And back: the host's card, far above by now, is rendered again as focus reaches it.
    const host = partnerText('en', 'huawei-cloud').name;
    for (let step = 0; step < 80 && (await focusedCard(page)) !== host; step += 1) await press('Shift+Tab');
    await expect(first).toBeFocused();
  });

  test('the focused card stays in the document while the visitor scrolls away, and Tab goes on from it', async ({ page }) => {
    await serveManyPartners(page, COUNT);
    await page.goto('/?lng=en');
    const name = (id: string) => partnerText('en', id).name;
    await focusWhenReady(cardLink(page, name('4paradigm')));
    await page.evaluate(() => window.scrollBy(0, 20_000));
    await expect(page.getByRole('article', { name: name('4paradigm'), exact: true })).not.toBeInViewport();
    await expect(cardLink(page, name('4paradigm'))).toBeFocused();
    // On from there: past its own read-in-full button, if it has one, to the next card.
    for (let step = 0; step < 3 && (await focusedCard(page)) === name('4paradigm'); step += 1) await page.keyboard.press('Tab');
    expect(await focusedCard(page)).toBe(name('vipshop'));
  });

  test('while the long list’s code downloads, the first cards show but take no focus they would lose', async ({ page }) => {
    await serveManyPartners(page, COUNT);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/virtual-partner-grid-[\w-]+\.js$/, async (route) => {
      await released;
      await route.fallback();
    });
    await page.goto('/?lng=en');
    const name = (id: string) => partnerText('en', id).name;
    const first = cardLink(page, name('baidu'));
    await expect(page.getByRole('article', { name: name('baidu'), exact: true })).toBeVisible();
    await first.focus({ timeout: 1_000 }).catch(() => {});
    await expect(first).not.toBeFocused();
    release();
    await focusWhenReady(first);
    for (let step = 0; step < 3 && (await focusedCard(page)) === name('baidu'); step += 1) await page.keyboard.press('Tab');
    expect(await focusedCard(page)).toBe(name('bocloud'));
  });

  test('a search and a filter narrow the list and its count', async ({ page }) => {
    const { nameOf, withIndustry } = await serveManyPartners(page, COUNT);
    await page.goto('/?lng=zh');
    await searchBox(page, 'zh').fill(nameOf('en', 1500));
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article', { name: nameOf('zh', 1500) })).toBeVisible();
    await searchBox(page, 'zh').fill('');
    await industryButton(page, 'zh', 'finance').click();
    await expect(page.getByRole('status').filter({ hasText: /\d/ })).toHaveText(results('zh', withIndustry('finance'), COUNT));
  });
});
