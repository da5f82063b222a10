import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import enPartners from '../../../../locales/en/partners.json';
import zhPartners from '../../../../locales/zh/partners.json';
import { WHOLE_LIST_LIMIT } from '@/features/partners/components/partner-grid';
import { reply } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { rawKeysIn } from '@test/support/raw-keys';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

type Texts = Record<string, { name: string; speaker?: string; title?: string; quote: string }>;
const ids = partnersData().partners.map((partner) => partner.id);
const en = await textsIn('en');
const zh = await textsIn('zh');

/** The real partners and generated ones up to `count`, with English texts for the generated. */
function manyPartners(count: number) {
  const data = partnersData();
  const texts: Texts = {};
  for (let index = data.partners.length; index < count; index += 1) {
    const id = `generated-${index}`;
    data.partners.push({ id, logo: 'logos/baidu.svg', website: 'https://example.com/', industries: ['ai'], featured: false });
    texts[id] = { name: `Generated ${index}`, quote: `Quote ${index}` };
  }
  return {
    data,
    texts,
    names: data.partners.map((partner) => (partner.id in texts ? texts[partner.id]!.name : en(`partners:${partner.id}.name`))),
  };
}

describe('the partner list', () => {
  it.each([
    ['en', enPartners as Texts],
    ['zh', zhPartners as Texts],
  ])('shows all 12 testimonials in %s as articles in <main>, each headed by its name with its quote', async (lng, texts) => {
    await renderApp({ lng });
    const main = screen.getByRole('main');
    const articles = await within(main).findAllByRole('article');
    expect(articles).toHaveLength(12);
    articles.forEach((article, index) => {
      const text = texts[ids[index]!]!;
      expect(article).toHaveAccessibleName(text.name);
      expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(text.name);
      expect(within(article).getByRole('blockquote')).toHaveTextContent(text.quote);
      expect(article).toHaveTextContent(text.title!);
      if (text.speaker) expect(article).toHaveTextContent(text.speaker);
    });
  });

  it('puts the host, 华为云, first and marks it', async () => {
    await renderApp({ lng: 'zh' });
    const [first, second] = await screen.findAllByRole('article');
    expect(first).toHaveAccessibleName(zh('partners:huawei-cloud.name'));
    expect(within(first!).getByText(zh('partners.host'))).toBeInTheDocument();
    expect(within(second!).queryByText(zh('partners.host'))).not.toBeInTheDocument();
  });

  it('tags each card with its industries, in the page language', async () => {
    await renderApp({ lng: 'en' });
    const card = await screen.findByRole('article', { name: en('partners:baidu.name') });
    const tags = within(card).getByRole('list', { name: en('partners.industries') });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([en('industry.internet'), en('industry.ai')]);
  });

  it('shows the community and the program once the data is there', async () => {
    await renderApp({ lng: 'en' });
    await screen.findAllByRole('article');
    const community = await screen.findByRole('region', { name: en('program:community.heading') });
    expect(within(community).getByText(en('community:red-hat'))).toBeInTheDocument();
    expect(within(community).getAllByText(en('community:baidu'))).toHaveLength(2);
    expect(await screen.findByRole('region', { name: en('program:heading') })).toBeInTheDocument();
    expect(screen.getByText(en('program:stats.developersValue'))).toBeInTheDocument();
  });

  it('skips a broken record with a warning naming it and shows the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = partnersData();
    (data.partners[2] as { industries: unknown }).industries = 'cloud';
    data.partners.push({ ...data.partners[1]!, website: 'https://duplicate.example' });
    await renderApp({ lng: 'en', routes: partnersRoute(reply.json(data)) });
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(11);
    expect(screen.queryByRole('article', { name: en('partners:bocloud.name') })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(en('filter.results', { count: 11, total: 11 }));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/partners\[2\].*industries/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/partners\[12\].*duplicate id "baidu"/));
  });

  it('shows a partner with no text in any language by its id, never a raw key', async () => {
    const data = partnersData();
    data.partners.push({
      id: 'newcomer',
      logo: 'logos/newcomer.svg',
      website: 'https://newcomer.example',
      industries: ['ai'],
      featured: false,
    });
    const { i18n } = await renderApp({ lng: 'en', routes: partnersRoute(reply.json(data)) });
    const card = await screen.findByRole('article', { name: 'newcomer' });
    expect(within(card).queryByRole('blockquote')).not.toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
    // Still so once the fallback language has arrived.
    await waitFor(() => expect(i18n.getResource('zh', 'partners', 'baidu.name')).toBe('百度'));
    expect(screen.getByRole('article', { name: 'newcomer' })).toBeInTheDocument();
    expect(rawKeysIn()).toEqual([]);
  });

  it(`renders every card of a list of up to ${WHOLE_LIST_LIMIT}, in order (find-in-page and printing see them all)`, async () => {
    const { data, texts, names } = manyPartners(WHOLE_LIST_LIMIT);
    await renderApp({
      lng: 'en',
      routes: partnersRoute(reply.json(data)),
      beforeRender: (i18n) => i18n.addResourceBundle('en', 'partners', texts, true),
    });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(WHOLE_LIST_LIMIT));
    expect(screen.getAllByRole('article').map((article) => article.querySelector('h3')?.textContent)).toEqual(names);
  });

  it('renders only the cards near the window of a longer list, from its start and in order', async () => {
    const count = 5_000;
    const { data, texts, names } = manyPartners(count);
    await renderApp({
      lng: 'en',
      routes: partnersRoute(reply.json(data)),
      beforeRender: (i18n) => i18n.addResourceBundle('en', 'partners', texts, true),
    });
    expect(await screen.findByText(en('filter.results', { count, total: count }))).toBeInTheDocument();
    // Counts are written as the language writes numbers (5,000), in the results line and on the industry chips.
    const written = new Intl.NumberFormat('en').format(count);
    expect(screen.getByRole('status')).toHaveTextContent(written);
    expect(screen.getAllByRole('button', { pressed: false }).some((chip) => /\d,\d{3}/.test(chip.textContent ?? ''))).toBe(true);
    // First what the window shows, before the virtualiser's code is in; then only what is near the window.
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeLessThan(12));
    const shown = screen.getAllByRole('article').map((article) => article.querySelector('h3')?.textContent);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(names.slice(0, shown.length));
  });
});
