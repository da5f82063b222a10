import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@test/support/render-app';

const names = () => screen.queryAllByRole('article').map((article) => within(article).getByRole('heading', { level: 3 }).textContent);
const param = (key: string) => new URLSearchParams(window.location.search).get(key);

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
    const dialog = await screen.findByRole('dialog', { name: 'Pinlan' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^AI/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Finance/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('scheduling');
    expect(names()).toEqual(['Baidu', 'Ruitian Capital', 'Leinao']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 12 partners');
  });

  it('writes each toggle to the URL as a new history entry, in taxonomy order', async () => {
    const { user } = await renderApp({ url: '/?lng=en' });
    await screen.findAllByRole('article');
    const start = window.history.length;
    await user.click(screen.getByRole('button', { name: /^Finance/ }));
    expect(param('industry')).toBe('finance');
    await user.click(screen.getByRole('button', { name: /^AI/ }));
    expect(param('industry')).toBe('ai,finance');
    expect(param('lng')).toBe('en');
    expect(window.history.length).toBe(start + 2);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(param('industry')).toBeNull();
  });

  it('goes back to the previous view on popstate', async () => {
    const { user } = await renderApp({ url: '/?lng=en' });
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('button', { name: /^Finance/ }));
    await user.click(screen.getByRole('button', { name: /^AI/ }));
    expect(names()).toHaveLength(5);

    goBack('/?lng=en&industry=finance');
    expect(names()).toEqual(['Ruitian Capital']);
    expect(screen.getByRole('button', { name: /^AI/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 12 partners');

    goBack('/?lng=en');
    expect(names()).toHaveLength(12);
  });

  it('keeps filters and search when the language changes', async () => {
    const { user } = await renderApp({ url: '/?lng=en&industry=ai' });
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox'), 'Leinao');
    expect(names()).toEqual(['Leinao']);

    await user.click(screen.getByRole('link', { name: '中文' }));
    expect(await screen.findByRole('button', { name: /^人工智能/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('Leinao');
    expect(param('industry')).toBe('ai');
    expect(param('q')).toBe('Leinao');
    // The query is kept as typed; it now searches the Chinese text.
    expect(names()).toEqual([]);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '中科类脑');
    expect(names()).toEqual(['中科类脑']);
    expect(screen.getByRole('status')).toHaveTextContent('显示 1 / 12 位合作伙伴');
  });
});
