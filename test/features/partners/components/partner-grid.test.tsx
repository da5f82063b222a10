import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import enPartners from '../../../../locales/en/partners.json';
import zhPartners from '../../../../locales/zh/partners.json';
import { reply } from '@test/support/fetch-stub';
import { rawKeysIn } from '@test/support/raw-keys';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

type Texts = Record<string, { name: string; speaker?: string; title?: string; quote: string }>;
const ids = partnersData().partners.map((partner) => partner.id);

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
    expect(first).toHaveAccessibleName('华为云');
    expect(within(first!).getByText('发起方')).toBeInTheDocument();
    expect(within(second!).queryByText('发起方')).not.toBeInTheDocument();
  });

  it('tags each card with its industries, in the page language', async () => {
    await renderApp({ lng: 'en' });
    const card = await screen.findByRole('article', { name: 'Baidu' });
    const tags = within(card).getByRole('list', { name: 'Industries' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Internet', 'AI']);
  });

  it('shows the community and the program once the data is there', async () => {
    await renderApp({ lng: 'en' });
    await screen.findAllByRole('article');
    const community = await screen.findByRole('region', { name: 'The Volcano community' });
    expect(within(community).getByText('Red Hat')).toBeInTheDocument();
    expect(within(community).getAllByText('Baidu')).toHaveLength(2);
    expect(await screen.findByRole('region', { name: 'About Volcano' })).toBeInTheDocument();
    expect(screen.getByText('58,000+')).toBeInTheDocument();
  });

  it('skips a broken record with a warning naming it and shows the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = partnersData();
    (data.partners[2] as { industries: unknown }).industries = 'cloud';
    data.partners.push({ ...data.partners[1]!, website: 'https://duplicate.example' });
    await renderApp({ lng: 'en', routes: partnersRoute(reply.json(data)) });
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(11);
    expect(screen.queryByRole('article', { name: 'BoCloud' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 11 of 11 partners');
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
});
