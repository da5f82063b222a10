import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { languageName, textsIn } from '@test/support/locale-texts';
import { renderApp } from '@test/support/render-app';

const en = await textsIn('en');
const zh = await textsIn('zh');

const names = () => screen.queryAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
const param = (key: string) => new URLSearchParams(window.location.search).get(key);
const toggle = (label: string) => screen.getByRole('button', { name: new RegExp(`^${label}`) });

function goBack(url: string) {
  // jsdom's history.back() is asynchronous and does not always fire; a popstate with the old URL is what a browser does.
  act(() => {
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

describe('the URL is the state', () => {
  it('restores filters, search and the open partner from a shared link', async () => {
    await renderApp({ url: '/?lng=en&industry=ai,finance&q=scheduling&partner=pinlan' });
    const dialog = await screen.findByRole('dialog', { name: en('partners:pinlan.name') });
    expect(dialog).toBeInTheDocument();
    expect(toggle(en('industry.ai'))).toHaveAttribute('aria-pressed', 'true');
    expect(toggle(en('industry.finance'))).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('searchbox')).toHaveValue('scheduling');
    expect(names()).toEqual(['baidu', 'ruitian', 'leinao'].map((id) => en(`partners:${id}.name`)));
    expect(screen.getByRole('status')).toHaveTextContent(en('filter.results', { count: 3, total: 12 }));
  });

  it('writes each toggle to the URL as a new history entry, in taxonomy order', async () => {
    const { user } = await renderApp({ url: '/?lng=en' });
    await screen.findAllByRole('article');
    const start = window.history.length;
    await user.click(toggle(en('industry.finance')));
    expect(param('industry')).toBe('finance');
    await user.click(toggle(en('industry.ai')));
    expect(param('industry')).toBe('ai,finance');
    expect(param('lng')).toBe('en');
    expect(window.history.length).toBe(start + 2);
    await user.click(screen.getByRole('button', { name: en('filter.clear') }));
    expect(param('industry')).toBeNull();
  });

  it('goes back to the previous view on popstate', async () => {
    const { user } = await renderApp({ url: '/?lng=en' });
    await screen.findAllByRole('article');
    await user.click(toggle(en('industry.finance')));
    await user.click(toggle(en('industry.ai')));
    expect(names()).toHaveLength(5);

    goBack('/?lng=en&industry=finance');
    expect(names()).toEqual([en('partners:ruitian.name')]);
    expect(toggle(en('industry.ai'))).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(en('filter.results', { count: 1, total: 12 }));

    goBack('/?lng=en');
    expect(names()).toHaveLength(12);
  });

  it('keeps filters and search when the language changes, and the name still finds its partner', async () => {
    const { user } = await renderApp({ url: '/?lng=en&industry=ai' });
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox'), en('partners:leinao.name'));
    expect(names()).toEqual([en('partners:leinao.name')]);

    await user.click(screen.getByRole('link', { name: languageName('zh') }));
    expect(await screen.findByRole('button', { name: new RegExp(`^${zh('industry.ai')}`), pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue(en('partners:leinao.name'));
    expect(param('industry')).toBe('ai');
    expect(param('q')).toBe(en('partners:leinao.name'));
    // The query is kept as typed: names match in every language, so it still finds the partner.
    expect(names()).toEqual([zh('partners:leinao.name')]);
    expect(screen.getByRole('status')).toHaveTextContent(zh('filter.results', { count: 1, total: 12 }));
  });
});
