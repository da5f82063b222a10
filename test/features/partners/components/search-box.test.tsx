import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enPartners from '../../../../locales/en/partners.json';
import zhPartners from '../../../../locales/zh/partners.json';
import { normalizeForSearch } from '@/features/partners/filter';
import { reply } from '@test/support/fetch-stub';
import { textsIn } from '@test/support/locale-texts';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';

type PartnerTexts = Record<string, { name: string; speaker?: string; quote: string }>;
const partnerTexts: Record<string, PartnerTexts> = { en: enPartners, zh: zhPartners };
const en = await textsIn('en');
const zh = await textsIn('zh');
const texts = { en, zh };

const names = () => screen.queryAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
const nameOf = (lng: 'en' | 'zh', id: string) => texts[lng](`partners:${id}.name`);
const param = (key: string) => new URLSearchParams(window.location.search).get(key);
/** A paragraph reading `text`, the visitor's query in it set apart in an element of its own. */
const paragraph = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent === text;

/** Pastes the query: one change, quicker to test than typing it (typing is in 'announces the count'). */
async function searchFor(lng: 'en' | 'zh', query: string) {
  const rendered = await renderApp({ lng });
  await screen.findAllByRole('article');
  await rendered.user.click(screen.getByRole('searchbox'));
  await rendered.user.paste(query);
  return rendered;
}

/** A stretch from the middle of a partner's quote: words no name has. */
const quotePhrase = (lng: string, id: string) => {
  const quote = partnerTexts[lng]![id]!.quote;
  return quote.slice(Math.floor(quote.length / 2), Math.floor(quote.length / 2) + 8);
};
/** The partners whose quote in that language has the phrase, by name. */
const quotedBy = (lng: 'en' | 'zh', phrase: string) =>
  partnersData()
    .partners.map((partner) => partner.id)
    .filter((id) => normalizeForSearch(partnerTexts[lng]![id]!.quote).includes(normalizeForSearch(phrase)))
    .map((id) => nameOf(lng, id));

describe('the search box', () => {
  // One page per language, searched again and again: each render of the whole app costs more than the searches.
  it.each([
    ['en', 'zh'],
    ['zh', 'en'],
  ] as const)('in %s finds a partner by name and speaker in %s too, and by words of a quote', async (lng, other) => {
    const { user } = await renderApp({ lng });
    await screen.findAllByRole('article');
    const search = async (query: string) => {
      await user.clear(screen.getByRole('searchbox'));
      await user.paste(query);
    };
    for (const [id, language, field] of [
      ['baidu', lng, 'name'],
      ['ximalaya', lng, 'name'],
      ['leinao', lng, 'speaker'],
      ['huawei-cloud', other, 'name'],
      ['netease-shufan', other, 'name'],
      ['baidu', other, 'speaker'],
    ] as const) {
      await search(texts[language](`partners:${id}.${field}`));
      expect(names(), `${id}'s ${field} in ${language}`).toEqual([nameOf(lng, id)]);
    }
    const phrase = quotePhrase(lng, 'baidu');
    await search(phrase);
    expect(names()).toEqual(quotedBy(lng, phrase));
    expect(names()).toContain(nameOf(lng, 'baidu'));
  });

  it('looks through the quotes in the current language only', async () => {
    const phrase = quotePhrase('zh', 'baidu');
    await searchFor('en', phrase);
    expect(names()).toEqual([]);
    expect(screen.getByText(paragraph(en('filter.noResultsSearch', { query: phrase })))).toBeInTheDocument();
  });

  it('matches full-width letters as the half-width ones of a name', async () => {
    const name = en('partners:boss-zhipin.name');
    const fullWidth = [...name].map((char) => (/[A-Z]/.test(char) ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char)).join('');
    await searchFor('en', fullWidth);
    expect(names()).toEqual([name]);
  });

  it('loads the other languages’ names only once the visitor searches', async () => {
    const { i18n, user } = await renderApp({ lng: 'zh' });
    await screen.findAllByRole('article');
    expect(i18n.hasResourceBundle('en', 'partners')).toBe(false);
    await user.click(screen.getByRole('searchbox'));
    await waitFor(() => expect(i18n.hasResourceBundle('en', 'partners')).toBe(true));
  });

  it('finds by the other language’s name from a shared link', async () => {
    await renderApp({ url: `/?lng=zh&q=${encodeURIComponent(en('partners:baidu.name'))}` });
    await waitFor(() => expect(names()).toEqual([nameOf('zh', 'baidu')]));
  });

  it('announces the count and keeps the query in the URL without adding history', async () => {
    const before = window.history.length;
    const { user } = await renderApp({ lng: 'en' });
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox'), 'volcano');
    expect(screen.getByRole('status')).toHaveTextContent(en('filter.results', { count: names().length, total: 12 }));
    expect(param('q')).toBe('volcano');
    expect(window.history.length).toBe(before);
  });

  it('shows everyone again when cleared', async () => {
    const { user } = await searchFor('en', nameOf('en', 'ximalaya'));
    expect(names()).toEqual([nameOf('en', 'ximalaya')]);
    await user.clear(screen.getByRole('searchbox'));
    expect(names()).toHaveLength(12);
    expect(window.location.search).not.toContain('q=');
  });

  it.each(['en', 'zh'] as const)('is labelled, hinted and described in %s', async (lng) => {
    await renderApp({ lng });
    const box = await screen.findByRole('searchbox', { name: texts[lng]('filter.searchLabel') });
    expect(box).toHaveAttribute('placeholder', texts[lng]('filter.searchPlaceholder'));
    expect(box).toHaveAccessibleDescription(texts[lng]('filter.searchHint'));
  });
});

describe('when nothing matches', () => {
  /** The empty state: its message and the button beside it (the filter row has a clear button of its own). */
  const emptyState = async (message: string) => (await screen.findByText(paragraph(message))).parentElement!;

  it('says the search found nothing, and its button clears the search', async () => {
    const { user } = await searchFor('en', 'qqqq');
    expect(names()).toEqual([]);
    const empty = await emptyState(en('filter.noResultsSearch', { query: 'qqqq' }));
    // Where it helps: what the search looks through.
    expect(within(empty).getByText(en('filter.searchHint'))).toBeVisible();
    await user.click(within(empty).getByRole('button', { name: en('filter.clearSearch') }));
    expect(names()).toHaveLength(12);
    expect(param('q')).toBeNull();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    // The button went with the empty state: the focus is on the count it changed, not lost.
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('says the selected industries have no one, and its button clears the filters', async () => {
    const data = partnersData();
    data.partners = data.partners.filter((partner) => !partner.industries.includes('recruitment'));
    const { user } = await renderApp({ url: '/?lng=en&industry=recruitment', routes: partnersRoute(reply.json(data)) });
    const empty = await emptyState(en('filter.noResultsFilters'));
    expect(within(empty).queryByText(en('filter.searchHint'))).not.toBeInTheDocument();
    await user.click(within(empty).getByRole('button', { name: en('filter.clear') }));
    expect(param('industry')).toBeNull();
    expect(names()).toHaveLength(data.partners.length);
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('says the search finds no one in the selected industries, and its button clears both', async () => {
    const query = nameOf('en', 'baidu');
    const { user } = await renderApp({ url: `/?lng=en&industry=finance&q=${query}` });
    const empty = await emptyState(en('filter.noResultsBoth', { query }));
    await user.click(within(empty).getByRole('button', { name: en('filter.clearAll') }));
    expect(param('industry')).toBeNull();
    expect(param('q')).toBeNull();
    expect(names()).toHaveLength(12);
  });

  it('says it in Chinese on a Chinese page', async () => {
    await searchFor('zh', 'qqqq');
    const empty = await emptyState(zh('filter.noResultsSearch', { query: 'qqqq' }));
    expect(within(empty).getByRole('button', { name: zh('filter.clearSearch') })).toBeInTheDocument();
  });

  it('shows what was typed as it is, never as markup or as a text reference', async () => {
    const typed = '<b>x</b> {{query}} $t(filter.clear)';
    await renderApp({ url: `/?lng=en&q=${encodeURIComponent(typed)}` });
    const message = await screen.findByText(
      paragraph(en('filter.noResultsSearch', { query: typed, interpolation: { skipOnVariables: true } })),
    );
    expect(message.querySelector('b')).toBeNull();
    expect(message.textContent).not.toContain(en('filter.clear'));
    // Set apart: a browser's page translation leaves the visitor's words as typed.
    expect(within(message).getByText(typed)).toHaveAttribute('translate', 'no');
  });
});
