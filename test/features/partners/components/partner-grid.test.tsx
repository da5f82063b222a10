import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enPartners from '../../../../locales/en/partners.json';
import zhPartners from '../../../../locales/zh/partners.json';
import { partnersData, renderApp } from '../../../support/render-app';

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
    expect(within(tags).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Internet', 'AI']);
  });

  it('shows the community and the program once the data is there', async () => {
    await renderApp({ lng: 'en' });
    await screen.findAllByRole('article');
    const community = screen.getByRole('region', { name: 'The Volcano community' });
    expect(within(community).getByText('Red Hat')).toBeInTheDocument();
    expect(within(community).getAllByText('Baidu')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'About Volcano' })).toBeInTheDocument();
    expect(screen.getByText('58,000+')).toBeInTheDocument();
  });
});
